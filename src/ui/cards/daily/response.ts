/**
 * Official mail open in Gmail (to a watched address, or from the instansi's domain): when it
 * came, when its answer is due under the standard response time — counted in working time,
 * so a Friday-afternoon letter is due on the next working day — and whether it was answered.
 * Overdue is shown in red.
 */
import type { MessageView } from '../../../app/daily/message';
import { escapeHtml } from '../../../core/text/html';
import { type Card, field, type Widget } from '../model';
import { alert, duration, red, when } from './text';

type OfficialView = Extract<MessageView, { kind: 'official' }>;

const esc = escapeHtml;

function status(view: OfficialView): Widget {
  const { answeredAt, overdue } = view.response;
  if (answeredAt !== null) {
    return field(
      'Status',
      overdue ? alert('Sudah dibalas, tetapi melewati batas waktu') : '✅ Sudah dibalas',
      `Dibalas ${when(answeredAt)}`,
    );
  }
  return field(
    'Status',
    overdue ? alert('Belum dibalas — batas waktu sudah lewat') : 'Belum dibalas',
    overdue ? 'Segera balas atau teruskan kepada yang berwenang.' : undefined,
  );
}

export function officialMailCard(view: OfficialView): Card {
  const { message, response } = view;
  const { watched } = response;
  const widgets: Widget[] = [
    field('Perihal', esc(message.subject || '(tanpa perihal)')),
    field('Dari', esc(message.from)),
    field('Diterima', when(response.receivedAt)),
    field(
      'Batas waktu respons',
      response.overdue && response.answeredAt === null
        ? red(when(response.due))
        : when(response.due),
      `Standar ${duration(response.standardMinutes)} kerja (jam kantor pada hari kerja)`,
    ),
    status(view),
  ];
  if (response.priority) widgets.push(field('Prioritas', esc(response.priority)));
  if (watched) {
    const owner = [watched.unit, watched.category].filter(Boolean).join(' · ');
    widgets.push(field('Alamat dipantau', owner ? esc(owner) : 'Ya (AlamatDipantau)'));
  }
  return {
    name: 'surat-resmi',
    header: { title: 'Surat resmi', subtitle: 'Waktu respons — LENTERA' },
    sections: [{ widgets }],
  };
}
