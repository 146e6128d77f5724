/**
 * A key/value settings sheet (columns Kunci, Nilai, Keterangan): which row holds each known
 * key. Each key stands alone, so a problem in one row never costs the others their value.
 * What a Nilai cell means is the caller's business; this only finds it.
 */
import { cellText, fold, isBlankCell, shown } from './cells';
import type { SheetProblem, SheetRow } from './sheet-rows';

const KEY_COLUMN = 'Kunci';
export const VALUE_COLUMN = 'Nilai';

export interface KeyCell {
  /** 1-based sheet row. */
  readonly row: number;
  /** The raw Nilai cell. */
  readonly cell: unknown;
}

/** "Batas Waktu", "batas_waktu" and "BATAS-WAKTU" name the same key. */
const keyOf = (text: string): string => fold(text).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The Nilai cell of each of `keys` found in the rows, by the key as given. Reported (and
 * skipped): a value without a key, an unknown key, a key written twice (the first row wins,
 * so a row added below never quietly overrides the one the admin sees first). A row with
 * neither key nor value is a note and is skipped silently.
 */
export function keyValueCells(
  rows: readonly SheetRow[],
  sheet: string,
  keys: readonly string[],
  problems: SheetProblem[],
): Map<string, KeyCell> {
  const known = new Map(keys.map((key) => [keyOf(key), key]));
  const list = keys.join(', ');
  const found = new Map<string, KeyCell>();
  for (const r of rows) {
    const typed = r.cell(KEY_COLUMN);
    const value = r.cell(VALUE_COLUMN);
    if (isBlankCell(typed) && isBlankCell(value)) continue;
    const fail = (message: string) =>
      problems.push({ sheet, row: r.row, column: KEY_COLUMN, message });
    const text = cellText(typed) ?? '';
    const key = known.get(keyOf(text));
    if (text === '') {
      fail(`Kunci wajib diisi bila Nilai diisi; kunci yang dikenal: ${list}`);
    } else if (key === undefined) {
      fail(`Kunci "${shown(typed)}" tidak dikenal; kunci yang dikenal: ${list}`);
    } else if (found.has(key)) {
      fail(`Kunci ${key} sudah ada di baris ${found.get(key)?.row}; baris ini diabaikan`);
    } else {
      found.set(key, { row: r.row, cell: value });
    }
  }
  return found;
}
