/**
 * The Gmail contextual card: a daily report, official mail with its response time, or any
 * other message (subject, sender, and whether the sender uses an official address).
 */
import type { MessageSummary, MessageView } from '../../app/daily/message';
import { escapeHtml } from '../../core/text/html';
import { reportCard } from './daily/report';
import { officialMailCard } from './daily/response';
import { when } from './daily/text';
import { type Card, field } from './model';

function plainCard(message: MessageSummary): Card {
  return {
    name: 'pesan',
    header: { title: 'Pesan ini', subtitle: 'LENTERA — Email Daily' },
    sections: [
      {
        widgets: [
          field('Perihal', escapeHtml(message.subject || '(tanpa perihal)')),
          field('Dari', escapeHtml(message.from)),
          field('Diterima', when(message.receivedAt)),
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

export function messageCard(view: MessageView): Card {
  if (view.kind === 'report') return reportCard(view);
  if (view.kind === 'official') return officialMailCard(view);
  return plainCard(view.message);
}
