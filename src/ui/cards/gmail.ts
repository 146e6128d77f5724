/** Gmail contextual and compose cards. */
import { actionButton, buttons, type Card, escapeCardText, field, text } from './model';

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
          field('Perihal', escapeCardText(message.subject || '(tanpa perihal)')),
          field('Dari', escapeCardText(message.from)),
          field('Diterima', escapeCardText(message.receivedAt)),
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
    header: { title: 'Laporan harian', subtitle: escapeCardText(unit) },
    sections: [
      {
        widgets: [
          field('Perihal yang akan dipakai', escapeCardText(subject)),
          text(
            'Templat berisi bagian Ringkasan, Capaian, Kendala, Rencana Besok, Lampiran dan Prioritas.',
          ),
          buttons(actionButton('Sisipkan templat laporan harian', 'actionInsertDailyTemplate')),
        ],
      },
    ],
  };
}
