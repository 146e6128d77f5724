/** Gmail contextual and compose cards. */
import { escapeHtml } from '../../core/text/html';
import { actionButton, buttons, type Card, field, text } from './model';

export interface OpenMessage {
  readonly subject: string;
  readonly from: string;
  readonly receivedAt: string;
  /** Whether the sender writes from the instansi's own domain (seed 000: no personal accounts). */
  readonly official: boolean;
}

export function messageCard(message: OpenMessage): Card {
  return {
    name: 'pesan',
    header: { title: 'Pesan ini', subtitle: 'LENTERA — Email Daily' },
    sections: [
      {
        widgets: [
          field('Perihal', escapeHtml(message.subject || '(tanpa perihal)')),
          field('Dari', escapeHtml(message.from)),
          field('Diterima', escapeHtml(message.receivedAt)),
          field(
            'Alamat pengirim',
            message.official ? 'Alamat resmi instansi' : 'Di luar domain instansi',
            message.official
              ? undefined
              : 'Surat dinas seharusnya memakai akun resmi, bukan akun pribadi.',
          ),
        ],
      },
    ],
  };
}

export function composeCard(unit: string, subject: string): Card {
  return {
    name: 'tulis-laporan',
    header: { title: 'Laporan harian', subtitle: escapeHtml(unit) },
    sections: [
      {
        widgets: [
          field('Perihal yang akan dipakai', escapeHtml(subject)),
          text(
            'Templat berisi bagian Ringkasan, Capaian, Kendala, Rencana Besok, Lampiran dan Prioritas.',
          ),
          buttons(actionButton('Sisipkan templat laporan harian', 'actionInsertDailyTemplate')),
        ],
      },
    ],
  };
}
