/**
 * The HariLibur table: days off that an admin keeps up to date each year (Islamic holidays
 * move, cuti bersama is decreed yearly by SKB 3 Menteri). Every row is a day off; a regional
 * day belongs here only when the instansi closes on it.
 *
 * Reading is forgiving where that is safe: a row whose date is valid still counts as a day
 * off even when its name or kind needs fixing, because treating a listed holiday as a
 * working day would be the worse mistake. A row without a valid date cannot be used.
 */
import type { TableDef } from '../data/tables';
import { DEFAULT_TIME_ZONE } from '../time/format';
import { type IsoDate, isoOfDay, looksLikeDate, normalizeDate } from './dates';
import { wallClockOf } from './zone';

export const HOLIDAY_KINDS = ['nasional', 'cuti-bersama', 'daerah'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface HolidayEntry {
  readonly date: IsoDate;
  readonly name: string;
  readonly kind: HolidayKind;
  readonly note?: string;
}

export const HOLIDAYS_TABLE: TableDef = {
  name: 'HariLibur',
  description:
    'Hari libur nasional, cuti bersama, dan libur daerah; setiap baris adalah hari tidak bekerja',
  headers: ['Tanggal', 'Nama', 'Jenis', 'Keterangan'],
};

/** How each kind is written in the sheet. */
export const HOLIDAY_KIND_LABELS: Record<HolidayKind, string> = {
  nasional: 'nasional',
  'cuti-bersama': 'cuti bersama',
  daerah: 'daerah',
};

// Words admins actually type, folded to lower case with spaces for '-' and '_'.
const KIND_WORDS: Record<string, HolidayKind> = {
  nasional: 'nasional',
  'libur nasional': 'nasional',
  'cuti bersama': 'cuti-bersama',
  cuti: 'cuti-bersama',
  daerah: 'daerah',
  'libur daerah': 'daerah',
  lokal: 'daerah',
};

/** Name used when the Nama cell is empty, so the day still shows up as a day off. */
const UNNAMED = 'Hari libur';

export interface HolidayProblem {
  /** 1-based sheet row, as the admin sees it (row 1 is the header). */
  readonly row: number;
  readonly column: string;
  /** What is wrong with the cell, without the table/row prefix. */
  readonly message: string;
}

/** The sentence shown to the admin, e.g. `HariLibur baris 5, kolom Tanggal: "31/02/2026" …`. */
export const describeHolidayProblem = (p: HolidayProblem): string =>
  `${HOLIDAYS_TABLE.name} baris ${p.row}, kolom ${p.column}: ${p.message}.`;

const isBlank = (cell: unknown) =>
  cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

const cellText = (cell: unknown): string =>
  cell instanceof Date ? cell.toISOString() : isBlank(cell) ? '' : String(cell).trim();

type DateCell = { date: IsoDate } | { problem: string };

/**
 * Sheets gives a date cell as a Date at midnight of the spreadsheet's zone; typed text
 * arrives as a string. A Date is read on the zone's calendar so that midnight WIB
 * (17:00 UTC the day before) stays on its own day.
 */
function readDateCell(cell: unknown, timeZone: string): DateCell {
  if (cell instanceof Date) {
    const ms = cell.getTime();
    if (Number.isNaN(ms)) return { problem: 'tanggal tidak valid' };
    return { date: isoOfDay(wallClockOf(ms, timeZone).day) };
  }
  if (isBlank(cell)) return { problem: 'tanggal wajib diisi' };
  const text = String(cell).trim();
  const date = normalizeDate(text);
  if (date !== null) return { date };
  // A recognisable but impossible date (31/02) needs no format hint; anything else does.
  const hint = looksLikeDate(text) ? '' : '; tulis seperti 17/08/2026 atau 2026-08-17';
  return { problem: `"${text}" bukan tanggal yang valid${hint}` };
}

export interface HolidayTable {
  readonly holidays: readonly HolidayEntry[];
  readonly problems: readonly HolidayProblem[];
}

/**
 * Reads the sheet's values: `header` is its first row, `rows` the rows under it (sheet row
 * 2 onwards). Columns are found by name, so an admin may reorder or add columns.
 */
export function readHolidays(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  timeZone = DEFAULT_TIME_ZONE,
): HolidayTable {
  const [dateName, nameName, kindName, noteName] = HOLIDAYS_TABLE.headers as [
    string,
    string,
    string,
    string,
  ];
  const col = (name: string) =>
    header.findIndex((h) => cellText(h).toLowerCase() === name.toLowerCase());
  const iDate = col(dateName);
  const iName = col(nameName);
  const iKind = col(kindName);
  const iNote = col(noteName);

  const problems: HolidayProblem[] = [];
  for (const [index, name] of [
    [iDate, dateName],
    [iName, nameName],
    [iKind, kindName],
  ] as const) {
    if (index < 0) {
      problems.push({ row: 1, column: name, message: 'kolom ini tidak ada di baris judul' });
    }
  }
  if (iDate < 0) return { holidays: [], problems };

  const holidays: HolidayEntry[] = [];
  rows.forEach((row, index) => {
    const sheetRow = index + 2;
    if (row.every(isBlank)) return;
    const at = (i: number) => (i < 0 ? '' : row[i]);
    const report = (column: string, message: string) =>
      problems.push({ row: sheetRow, column, message });

    const dateCell = readDateCell(at(iDate), timeZone);
    if ('problem' in dateCell) report(dateName, dateCell.problem);
    const name = cellText(at(iName));
    if (iName >= 0 && name === '') report(nameName, 'nama hari libur wajib diisi');
    const kindText = cellText(at(iKind));
    const kind = KIND_WORDS[kindText.toLowerCase().replace(/[-_\s]+/g, ' ')];
    if (iKind >= 0 && kind === undefined) {
      const allowed = HOLIDAY_KINDS.map((k) => `"${HOLIDAY_KIND_LABELS[k]}"`).join(', ');
      report(
        kindName,
        kindText === ''
          ? `jenis wajib diisi: ${allowed}`
          : `jenis "${kindText}" tidak dikenal; isi salah satu dari ${allowed}`,
      );
    }
    if ('problem' in dateCell) return;
    const note = cellText(at(iNote));
    holidays.push({
      date: dateCell.date,
      name: name || UNNAMED,
      // An unreadable kind is reported above; the day still counts as a day off.
      kind: kind ?? 'nasional',
      ...(note ? { note } : {}),
    });
  });
  return { holidays, problems };
}

/**
 * The row to write for an entry, in HOLIDAYS_TABLE.headers order. The date is text; the
 * sheet adapter decides whether to write it as a date cell.
 */
export const holidayRow = (entry: HolidayEntry): [string, string, string, string] => [
  entry.date,
  entry.name,
  HOLIDAY_KIND_LABELS[entry.kind],
  entry.note ?? '',
];
