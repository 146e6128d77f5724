/**
 * The "Surat Melewati Standar" sheet: official mail not answered within its standard, the
 * furthest over first, so the coordinator starts at the top. Unanswered mail past its due
 * time is listed as well as mail answered late; every text cell comes from mail and is
 * written as literal text.
 */
import type { SheetDecoration } from '../data/sheet-decoration';
import { sheetText } from '../text/sheet-safe';
import { formatDateTime } from '../time/format';
import type { Breach } from './response';

export const BREACH_SHEET = 'Surat Melewati Standar';

const HEADERS = [
  'Unit',
  'Kategori',
  'Prioritas',
  'Subjek',
  'Dari',
  'Diterima',
  'Batas Respons',
  'Dibalas',
  'Lewat (jam kerja)',
];

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

export function breachSheet(
  breaches: readonly Breach[],
  now: number,
  timeZone: string,
): { values: unknown[][]; decoration: SheetDecoration } {
  const at = (ms: number) => formatDateTime(new Date(ms), timeZone);
  const title = [
    `Surat resmi yang melewati standar waktu respons per ${at(now)} WIB: ${breaches.length} surat`,
  ];
  const rows = breaches.map(({ thread, status }) => [
    sheetText(thread.unit),
    sheetText(thread.category),
    sheetText(thread.priority || '*'),
    sheetText(thread.subject),
    sheetText(thread.from),
    at(thread.receivedAt),
    at(status.due),
    status.answered && thread.firstReplyAt !== null ? at(thread.firstReplyAt) : 'Belum dibalas',
    hours(status.overMinutes),
  ]);
  const width = HEADERS.length;
  const pad = (row: unknown[]) => [...row, ...Array<string>(width - row.length).fill('')];
  return {
    values: [pad(title), HEADERS, ...rows],
    decoration: {
      sheet: BREACH_SHEET,
      rows: rows.length,
      firstDataRow: 3,
      frozenRows: 2,
      boldRows: [1, 2],
      numberFormats: [{ column: width, format: '0.0' }],
      columnWidths: [{ column: 4, width: 320 }],
    },
  };
}
