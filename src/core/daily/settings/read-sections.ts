/**
 * Reading the LenteraBagian sheet: the sections of the report template, in row order. The
 * section names are the columns LaporanHarian stores a report in, so only those can be used
 * (a new name would be asked for in the template and then lost from the log); the admin
 * chooses which of them the template has, which are required, and the other headings people
 * write for them. A bad row is skipped, a bad heading dropped, each reported at its cell.
 */
import { cellText, isBlankCell, readYesNo, shown, splitList } from '../../data/cells';
import type { SheetProblem, SheetRow } from '../../data/sheet-rows';
import { type DailySection, DEFAULT_DAILY_CONFIG } from '../config';
import { foldName, orList } from '../parse/normalize';
import { DAILY_SECTIONS_TABLE } from './tables';

/** The sections LaporanHarian has a column for. */
const LOGGED: readonly string[] = DEFAULT_DAILY_CONFIG.sections.map((s) => s.name);
const LOGGED_BY_KEY = new Map(LOGGED.map((name) => [foldName(name), name]));

interface SectionRow {
  readonly row: SheetRow;
  readonly name: string;
  readonly required: boolean;
}

/** The sections in `rows` (LenteraBagian opened); null when none is usable. */
export function readDailySections(
  rows: readonly SheetRow[],
  problems: SheetProblem[],
): DailySection[] | null {
  const sheet = DAILY_SECTIONS_TABLE.name;
  const report = (row: SheetRow, column: string, message: string) =>
    problems.push({ sheet, row: row.row, column, message });

  const named: SectionRow[] = [];
  const rowOf = new Map<string, number>();
  for (const r of rows) {
    const typed = r.cell('Bagian');
    const name = LOGGED_BY_KEY.get(foldName(cellText(typed) ?? ''));
    if (isBlankCell(typed)) {
      report(r, 'Bagian', 'nama bagian wajib diisi; baris ini diabaikan');
    } else if (name === undefined) {
      report(
        r,
        'Bagian',
        `"${shown(typed)}" bukan bagian yang disimpan di LaporanHarian (${orList(LOGGED)}); baris ini diabaikan. Judul lain untuk bagian yang sama ditulis di kolom Judul Lain`,
      );
    } else if (rowOf.has(name)) {
      report(r, 'Bagian', `${name} sudah ada di baris ${rowOf.get(name)}; baris ini diabaikan`);
    } else {
      rowOf.set(name, r.row);
      named.push({ row: r, name, required: readRequired(r, name, report) });
    }
  }
  if (named.length === 0) {
    problems.push({
      sheet,
      row: 2,
      column: 'Bagian',
      message: 'belum ada bagian laporan yang terbaca; dipakai bagian bawaan',
    });
    return null;
  }

  // Every name first: an alias may not take the name of a section listed further down.
  const owner = new Map(named.map((s) => [foldName(s.name), s.name]));
  return named.map((s) => {
    const aliases: string[] = [];
    for (const alias of splitList(cellText(s.row.cell('Judul Lain')) ?? '', /[;\n]+/)) {
      const key = foldName(alias);
      const taken = owner.get(key);
      if (key === '') {
        report(
          s.row,
          'Judul Lain',
          `"${alias}" tidak memuat huruf atau angka; judul ini diabaikan`,
        );
      } else if (taken !== undefined && taken !== s.name) {
        report(
          s.row,
          'Judul Lain',
          `"${alias}" sudah dipakai bagian ${taken}; judul ini diabaikan agar isi laporan tidak masuk ke bagian yang salah`,
        );
      } else if (taken === undefined) {
        owner.set(key, s.name);
        aliases.push(alias);
      }
    }
    return { name: s.name, required: s.required, aliases };
  });
}

function readRequired(
  r: SheetRow,
  name: string,
  report: (row: SheetRow, column: string, message: string) => void,
): boolean {
  const cell = r.cell('Wajib');
  if (isBlankCell(cell)) return false;
  const required = readYesNo(cell);
  if (required !== null) return required;
  const fallback = DEFAULT_DAILY_CONFIG.sections.find((s) => s.name === name)?.required === true;
  report(
    r,
    'Wajib',
    `isi Ya atau Tidak, bukan "${shown(cell)}"; dipakai nilai bawaan ${fallback ? 'Ya' : 'Tidak'}`,
  );
  return fallback;
}
