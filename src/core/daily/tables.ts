/**
 * The sheets of LENTERA Email Daily in the data spreadsheet, and what their readers share:
 * opening a hand-edited sheet by header names, and pointing a problem at the cell to fix.
 *
 * Headers are Indonesian because admins read and edit these sheets directly. Like every
 * table, columns are only ever appended, never renamed or removed (setup migrates a sheet by
 * appending the missing headers). Headers are matched without case, spacing or a trailing
 * "(…)" note, so "Standar (menit)" and "standar" are the same column to a reader.
 *
 * LaporanHarian is defined once, next to the code that writes it (./report-log); it is
 * re-exported here so DAILY_TABLES lists every LENTERA sheet. Its "Kode Unit" column is the
 * unit code, and "Catatan" holds the rejection reason (Alasan Tolak) of a DITOLAK row.
 */
import { cellText, isBlankCell, shown } from '../data/cells';
import {
  describeSheetProblem,
  headerPositions,
  nonBlankRows,
  type SheetProblem,
  type SheetRow,
} from '../data/sheet-rows';
import type { TableDef } from '../data/tables';
import {
  dayNumberOf,
  type IsoDate,
  isoOfDay,
  looksLikeDate,
  normalizeDate,
} from '../workdays/dates';
import { instantOf, wallClockOf } from '../workdays/zone';
import { DAILY_NOTIFICATIONS_TABLE } from './notifications';
import { REPORT_LOG_TABLE } from './report-log';
import { dailySettingsRows } from './settings/seed';
import { DAILY_SECTIONS_TABLE, DAILY_SETTINGS_TABLE } from './settings/tables';

export { REPORT_LOG_TABLE };

export const TRACKED_MAIL_TABLE: TableDef = {
  name: 'SuratResmi',
  description:
    'Surat resmi masuk ke alamat yang dipantau (satu baris per percakapan): kapan diterima, kapan pertama kali dibalas, dan waktu responsnya dalam menit kerja dibanding standar',
  headers: [
    'Thread ID',
    'Message-ID',
    'Unit',
    'Kategori',
    'Prioritas',
    'Dari',
    'Kepada',
    'Subjek',
    'Diterima',
    'Dibalas',
    'Menit Kerja',
    'Standar (menit)',
    'Melewati Standar',
    'Kotak Surat',
  ],
};

export const RESPONSE_STANDARDS_TABLE: TableDef = {
  name: 'StandarRespons',
  description:
    'Standar waktu respons surat resmi dalam menit kerja (jam kantor pada hari kerja), per kategori dan prioritas; * berarti semua. Aturan yang paling khusus yang berlaku: kategori dan prioritas yang sama persis, lalu kategori saja, lalu prioritas saja, lalu * | *. Angka awal hanyalah usulan: sesuaikan dengan keputusan pimpinan.',
  headers: ['Kategori', 'Prioritas', 'Menit Kerja'],
};

export const WATCHED_ADDRESSES_TABLE: TableDef = {
  name: 'AlamatDipantau',
  description:
    'Alamat email kedinasan yang surat masuknya dipantau waktu responsnya: unit pemilik alamat dan kategori surat (mis. Surat Masuk, Pengaduan, Koordinasi)',
  headers: ['Alamat', 'Unit', 'Kategori'],
};

export const STAFF_TABLE: TableDef = {
  name: 'Pegawai',
  description:
    'Daftar pegawai dan akun email kedinasannya: akun aktif, autentikasi dua faktor (Ya/Tidak), dan tanggal email kedinasan dikonfigurasi di ponsel (kosong = belum)',
  headers: [
    'Email',
    'Nama',
    'Unit',
    'Jabatan',
    'Akun Aktif',
    '2FA',
    'Dikonfigurasi di Ponsel (tanggal)',
    'Dikonfigurasi Oleh',
    'Catatan',
  ],
};

export const TECH_PROBLEMS_TABLE: TableDef = {
  name: 'MasalahTeknis',
  description:
    'Masalah teknis email kedinasan dan sinkronisasi ponsel yang dicatat Admin Sistem untuk ditindaklanjuti atau dieskalasi; Status: BARU, DIPROSES, DIESKALASI, SELESAI',
  headers: [
    'ID',
    'Dilaporkan',
    'Pelapor',
    'Pegawai',
    'Masalah',
    'Status',
    'Dieskalasi Ke',
    'Selesai',
    'Catatan',
  ],
};

export const EXCUSES_TABLE: TableDef = {
  name: 'Pengecualian',
  description:
    'Hari ketika sebuah unit tidak wajib mengirim laporan harian (dinas luar, libur unit); Unit diisi kode unit',
  headers: ['Unit', 'Tanggal', 'Alasan'],
};

export const KPI_SNAPSHOT_TABLE: TableDef = {
  name: 'SnapshotKPIHarian',
  description:
    'Angka evaluasi triwulan LENTERA yang dibekukan oleh job KPI lima hari kerja setelah triwulan berakhir, agar laporan evaluasi tidak berubah ketika data lama dikoreksi; satu baris per triwulan dan indikator',
  headers: [
    'Triwulan',
    'Indikator',
    'Nilai',
    'Triwulan Sebelumnya',
    'Perubahan',
    'Arah',
    'Dibekukan',
  ],
};

/** Every LENTERA sheet, in the order setup creates them. */
export const DAILY_TABLES: readonly TableDef[] = [
  REPORT_LOG_TABLE,
  TRACKED_MAIL_TABLE,
  RESPONSE_STANDARDS_TABLE,
  WATCHED_ADDRESSES_TABLE,
  STAFF_TABLE,
  TECH_PROBLEMS_TABLE,
  EXCUSES_TABLE,
  KPI_SNAPSHOT_TABLE,
  DAILY_SETTINGS_TABLE,
  DAILY_SECTIONS_TABLE,
  DAILY_NOTIFICATIONS_TABLE,
];

/**
 * The rows setup writes into an empty StandarRespons sheet (header order). These are
 * assumptions, not figures from the seed document, which asks for a standard response time
 * without giving one: Tinggi half a working day, Sedang one working day, Rendah two (the
 * default office day is 8.5–9 hours), and one working day for mail without a priority. The
 * admin edits them to the instansi's decision; readResponseStandards reads them back exactly.
 */
export const RESPONSE_STANDARD_SEED_ROWS: readonly (readonly [string, string, number])[] = [
  ['*', 'Tinggi', 240],
  ['*', 'Sedang', 480],
  ['*', 'Rendah', 960],
  ['*', '*', 480],
];

/** Seed rows per sheet name, for setup to write into empty sheets. */
export const DAILY_SEED_ROWS: ReadonlyMap<string, readonly (readonly unknown[])[]> = new Map([
  [RESPONSE_STANDARDS_TABLE.name, RESPONSE_STANDARD_SEED_ROWS],
  ...dailySettingsRows(),
]);

// ---- shared by the readers ------------------------------------------------------------

export { describeSheetProblem, type SheetProblem, type SheetRow };

export interface OpenedSheet {
  readonly rows: SheetRow[];
  /** Whether a column of the table is in the header row. */
  has(column: string): boolean;
}

/**
 * The sheet's non-blank rows (a row counts as blank when every column of the table is),
 * cells found by header so an admin may reorder columns or add their own. Each table column
 * missing from the header is reported once on row 1 and read as blank; `required` columns
 * make the whole sheet unreadable when missing (null).
 */
export function openSheet(
  def: TableDef,
  header: unknown,
  rows: unknown,
  required: readonly string[],
  problems: SheetProblem[],
): OpenedSheet | null {
  const { count, indexOf } = headerPositions(Array.isArray(header) ? header : []);
  if (count === 0) {
    problems.push({
      sheet: def.name,
      row: 1,
      column: '',
      message: 'baris judul kosong atau sheet tidak ditemukan; jalankan Setup lagi',
    });
    return null;
  }
  let usable = true;
  for (const column of def.headers) {
    if (indexOf(column) !== undefined) continue;
    const isRequired = required.includes(column);
    if (isRequired) usable = false;
    problems.push({
      sheet: def.name,
      row: 1,
      column,
      message: isRequired
        ? `kolom ${column} tidak ada di baris judul; isi sheet ini tidak dapat dibaca`
        : `kolom ${column} tidak ada di baris judul; isinya dianggap kosong`,
    });
  }
  if (!usable) return null;

  const result = nonBlankRows(Array.isArray(rows) ? rows : [], indexOf, def.headers);
  return { rows: result, has: (column) => indexOf(column) !== undefined };
}

// ---- date cells ------------------------------------------------------------------------

export type DateCell = { readonly date: IsoDate } | { readonly problem: string } | null;

const DATE_HINT = 'tulis seperti 17/08/2026 atau 2026-08-17';

/** Years a LENTERA date can fall in; outside them it is a typo (0226, 2062 for 2026 is not caught). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2199;
const yearProblem = (cell: unknown) =>
  `"${shown(cell)}": tahun harus antara ${FIRST_YEAR} dan ${LAST_YEAR}`;
const inRange = (date: IsoDate) =>
  date >= `${FIRST_YEAR}-01-01` && date <= `${LAST_YEAR}-12-31` && normalizeDate(date) === date;
/** 'YYYY-MM-DD' of a day number; '' for one no Date can hold. */
const isoOrBlank = (day: number): IsoDate =>
  Number.isFinite(day) && Math.abs(day) < 100_000_000 ? isoOfDay(day) : '';

/** Epoch ms of a Date cell (a forged Date-like object included → NaN). */
function dateCellMs(cell: Date): number {
  const text = cellText(cell);
  return text === null ? Number.NaN : Date.parse(text);
}

/**
 * A day typed or picked in a cell; null when blank. Sheets gives a date cell as a Date at
 * midnight of the spreadsheet's zone, read on the zone's calendar so that midnight WIB
 * (17:00 UTC the day before) stays on its day; text may be 'YYYY-MM-DD' or day first
 * ('dd/mm/yyyy', also with '-' or '.').
 */
export function readDateCell(cell: unknown, timeZone: string): DateCell {
  if (isBlankCell(cell)) return null;
  let date: IsoDate | null = null;
  if (cell instanceof Date) {
    const ms = dateCellMs(cell);
    date = Number.isFinite(ms) ? isoOrBlank(wallClockOf(ms, timeZone).day) : '';
    if (date === '') return { problem: 'tanggal tidak valid' };
  } else if (typeof cell === 'string') {
    date = normalizeDate(cell);
    if (date === null) {
      const hint = looksLikeDate(cell.trim()) ? '' : `; ${DATE_HINT}`;
      return { problem: `"${shown(cell)}" bukan tanggal yang valid${hint}` };
    }
  } else {
    return { problem: `"${shown(cell)}" bukan tanggal; ${DATE_HINT}` };
  }
  return inRange(date) ? { date } : { problem: yearProblem(cell) };
}

export type DateTimeCell = { readonly at: number } | { readonly problem: string } | null;

const TIME = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

/**
 * An instant typed or picked in a cell; null when blank. A Date cell is taken as is; text is
 * a date as in readDateCell, optionally followed by a time 'HH:MM' or 'HH.MM' on the zone's
 * clock (a date alone is that day's midnight).
 */
export function readDateTimeCell(cell: unknown, timeZone: string): DateTimeCell {
  if (isBlankCell(cell)) return null;
  if (cell instanceof Date) {
    const ms = dateCellMs(cell);
    if (!Number.isFinite(ms)) return { problem: 'tanggal tidak valid' };
    if (!inRange(isoOrBlank(wallClockOf(ms, timeZone).day))) return { problem: yearProblem(cell) };
    return { at: ms };
  }
  const bad = {
    problem: `"${shown(cell)}" bukan tanggal dan jam yang valid; tulis seperti 17/08/2026 08:30`,
  };
  if (typeof cell !== 'string') return bad;
  const [datePart = '', timePart, ...rest] = cell.trim().split(/[\sT]+/);
  const day = dayNumberOf(datePart);
  if (day === null || rest.length > 0) return bad;
  if (!inRange(isoOfDay(day))) return { problem: yearProblem(cell) };
  let msOfDay = 0;
  if (timePart !== undefined) {
    const match = TIME.exec(timePart);
    const hours = Number(match?.[1]);
    const minutes = Number(match?.[2]);
    const seconds = Number(match?.[3] ?? 0);
    if (!match || hours > 23 || minutes > 59 || seconds > 59) return bad;
    msOfDay = ((hours * 60 + minutes) * 60 + seconds) * 1000;
  }
  const at = instantOf(day, msOfDay, timeZone);
  return Number.isFinite(at) ? { at } : bad;
}
