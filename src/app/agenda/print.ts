/**
 * The manual fallback: a printable Agenda Harian per leader as PDF, emailed to the user who
 * asked (the add-on runs on phones too, where a download would go nowhere).
 */
import { agendaHarianHtml } from '../../core/agenda/daily-agenda';
import { formatLocation } from '../../core/agenda/settings';
import { UserError } from '../../core/errors';
import type { Ports } from '../../ports';
import { loadAgendaContext } from './context';

const INSTANSI_KEY = 'NAMA_INSTANSI';
const DEFAULT_INSTANSI = 'Pemerintah Kabupaten Bangka';

export function emailAgendaHarian(ports: Ports, leader: string, date: string): string {
  const ctx = loadAgendaContext(ports);
  if (ctx.actor.email === '') throw new UserError('Alamat email Anda tidak terbaca.');
  const known = ctx.conventions.leaders.find(
    (l) => l.name.toLowerCase() === leader.trim().toLowerCase(),
  );
  if (!known)
    throw new UserError(`Pimpinan "${leader}" tidak ada dalam daftar AgendaPimpinan.`, 'leader');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UserError('Tanggal wajib dipilih.', 'day');
  const html = agendaHarianHtml({
    instansi: ports.settings.get(INSTANSI_KEY) || DEFAULT_INSTANSI,
    leader: known.name,
    date,
    records: ctx.store.records(),
    locationOf: (item) => formatLocation(ctx.conventions, item.location),
    printedAt: ctx.now,
  });
  const title = `Agenda Harian ${known.name} ${date}`;
  ports.mail.send({
    to: [ctx.actor.email],
    subject: title,
    body: `Terlampir ${title} (PDF) sebagai cadangan manual PROTOCLOUD.`,
    attachments: [
      {
        name: `${title}.pdf`,
        mimeType: 'application/pdf',
        base64: ports.documents.pdfBase64(html, title),
      },
    ],
  });
  return `${title} dikirim ke ${ctx.actor.email}.`;
}
