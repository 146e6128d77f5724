/**
 * Agenda Harian: one leader's agenda for one day as a printable A4 page, the manual backup
 * the protocol office keeps in case the calendar or the network fails. The caller turns the
 * HTML into a PDF (or prints it); everything it needs is inline, nothing is fetched.
 *
 * Which items: those not refused or cancelled that involve the leader, either among the
 * item's leaders or as the delegate, and overlap the day in the zone (an item running past
 * midnight is shown on both days, with its dates). An item the leader hands to a delegate
 * stays on the leader's page, marked "Diwakili oleh …", so the aide knows who goes instead.
 * Every text from the register is escaped: titles, notes and names are typed by users.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { id as localeId } from 'date-fns/locale/id';
import { UserError } from '../errors';
import { escapeHtml } from '../text/html';
import { DEFAULT_TIME_ZONE, formatDateTime, formatLongDate, formatTime } from '../time/format';
import type { AgendaItem } from './item';
import type { AgendaRecord } from './record';
import { type AgendaStatus, isClosedStatus } from './status';

export interface AgendaHarianInput {
  /** Heading line, e.g. "Pemerintah Kabupaten Contoh — Bagian Protokol". */
  readonly instansi: string;
  /** The leader as in the configured list, e.g. "Bupati". */
  readonly leader: string;
  /** The day, 'YYYY-MM-DD' in `timeZone`. */
  readonly date: string;
  readonly records: readonly AgendaRecord[];
  /** The location line as the conventions format it (e.g. "Pendopo, Desa X, Kec. Y"). */
  locationOf(item: AgendaItem): string;
  /** Default Asia/Jakarta (WIB). */
  readonly timeZone?: string;
  readonly printedAt: Date;
}

/** Statuses in which the leader (or the aide, or the coordinator) has said yes. */
const CONFIRMED: readonly AgendaStatus[] = ['DIKONFIRMASI', 'DIPUBLIKASIKAN', 'DIWAKILKAN'];

const STATUS_LABELS: Record<AgendaStatus, string> = {
  DIAJUKAN: 'Diajukan',
  DIVERIFIKASI: 'Diverifikasi',
  DIJADWALKAN: 'Dijadwalkan',
  DIKONFIRMASI: 'Dikonfirmasi',
  DIPUBLIKASIKAN: 'Dipublikasikan',
  DITOLAK: 'Ditolak',
  DIBATALKAN: 'Dibatalkan',
  DIWAKILKAN: 'Diwakilkan',
  DITUNDA: 'Ditunda',
};

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** [start, end) of the day in the zone; throws when `date` is not a real 'YYYY-MM-DD'. */
function dayBounds(date: string, timeZone: string): [number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (year === undefined || month === undefined || day === undefined) {
    throw new UserError(`Tanggal "${date}" harus berbentuk YYYY-MM-DD.`, 'date');
  }
  const start = new TZDate(year, month - 1, day, timeZone);
  if (format(start, 'yyyy-MM-dd') !== date) {
    throw new UserError(`Tanggal "${date}" tidak ada di kalender.`, 'date');
  }
  // The next midnight, not start + 24 h: correct in zones with daylight saving too.
  return [start.getTime(), new TZDate(year, month - 1, day + 1, timeZone).getTime()];
}

const esc = (text: string) => escapeHtml(text.trim());
const lines = (parts: readonly string[]) => parts.filter((p) => p !== '').join('<br>');

function timeCell(item: AgendaItem, bounds: [number, number], timeZone: string): string {
  const start = new Date(item.start);
  const end = new Date(item.end);
  const clock = (at: Date) => format(new TZDate(at.getTime(), timeZone), 'HH.mm');
  if (item.start >= bounds[0] && item.end <= bounds[1]) {
    return esc(`${clock(start)}–${formatTime(end, timeZone)}`);
  }
  // Runs past midnight: without the dates "20.00–02.00" would read as a typo.
  const day = (at: Date) =>
    format(new TZDate(at.getTime(), timeZone), 'd MMM', { locale: localeId });
  return esc(`${day(start)} ${clock(start)} – ${day(end)} ${formatTime(end, timeZone)}`);
}

function row(item: AgendaItem, input: AgendaHarianInput, bounds: [number, number], tz: string) {
  const confirmed = CONFIRMED.includes(item.status);
  const kegiatan = lines([
    `<strong>${esc(item.title)}</strong>`,
    item.activityType.trim() ? `<span class="muted">${esc(item.activityType)}</span>` : '',
    confirmed ? '' : '<em class="unconfirmed">(belum dikonfirmasi)</em>',
  ]);
  const pic = [item.pic.name, item.pic.phone].map((s) => s.trim()).filter((s) => s !== '');
  const penyelenggara = lines([esc(item.unit), pic.length > 0 ? esc(pic.join(', ')) : '']);
  const delegate = item.delegate?.trim() ?? '';
  const represents = delegate !== '' && same(delegate, input.leader);
  const keterangan = lines([
    represents ? `Mewakili ${esc(item.leaders.join(', '))}` : '',
    delegate !== '' && !represents ? `Diwakili oleh ${esc(delegate)}` : '',
    // Notes are typed in a textarea; their line breaks matter on paper.
    esc(item.notes).replace(/\r?\n/g, '<br>'),
  ]);
  return [
    '<tr>',
    `<td class="time">${timeCell(item, bounds, tz)}</td>`,
    `<td>${kegiatan}</td>`,
    `<td>${esc(input.locationOf(item))}</td>`,
    `<td>${penyelenggara}</td>`,
    `<td>${esc(STATUS_LABELS[item.status])}</td>`,
    `<td>${keterangan}</td>`,
    '</tr>',
  ].join('');
}

const STYLE = `
@page { size: A4 portrait; margin: 15mm 12mm 18mm; }
* { box-sizing: border-box; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; color: #000; margin: 0; }
header { text-align: center; margin-bottom: 10mm; }
header .instansi { font-size: 11pt; }
header h1 { font-size: 14pt; margin: 2mm 0 1mm; letter-spacing: 0.5pt; }
header .date { font-size: 11pt; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
th, td { border: 1px solid #000; padding: 2mm; vertical-align: top; text-align: left; }
th { background: #e8e8e8; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
td.time { white-space: nowrap; }
td.empty { text-align: center; font-style: italic; padding: 6mm; }
.muted { color: #444; font-size: 9pt; }
.unconfirmed { color: #000; font-weight: bold; }
footer { margin-top: 6mm; font-size: 8.5pt; color: #444; }
`;

/** A complete HTML document (UTF-8) for one leader's day. */
export function agendaHarianHtml(input: AgendaHarianInput): string {
  const tz = input.timeZone ?? DEFAULT_TIME_ZONE;
  const bounds = dayBounds(input.date, tz);
  const involves = (item: AgendaItem) =>
    item.leaders.some((l) => same(l, input.leader)) ||
    (item.delegate !== undefined && same(item.delegate, input.leader));
  const items = input.records
    .map((r) => r.item)
    .filter(
      (item) =>
        !isClosedStatus(item.status) &&
        involves(item) &&
        item.start < bounds[1] &&
        item.end > bounds[0],
    )
    .sort((a, b) => a.start - b.start || a.end - b.end || a.title.localeCompare(b.title));

  const leader = input.leader.trim();
  const longDate = formatLongDate(new Date(bounds[0]), tz);
  const body =
    items.length > 0
      ? items.map((item) => row(item, input, bounds, tz)).join('\n')
      : '<tr><td class="empty" colspan="6">Tidak ada agenda</td></tr>';

  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`Agenda Harian ${leader} — ${longDate}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<div class="instansi">${esc(input.instansi)}</div>
<h1>${escapeHtml(`AGENDA HARIAN ${leader.toLocaleUpperCase('id-ID')}`)}</h1>
<div class="date">${escapeHtml(longDate)}</div>
</header>
<table>
<thead><tr><th>Waktu</th><th>Kegiatan</th><th>Tempat</th><th>Penyelenggara / Penanggung jawab</th><th>Status</th><th>Keterangan</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
<footer>Dicetak ${escapeHtml(formatDateTime(input.printedAt, tz))} — cadangan manual PROTOCLOUD</footer>
</body>
</html>
`;
}
