/**
 * Opening one settings sheet from the values the caller read: columns are found by header
 * (case-insensitive, "(menit)" and spacing ignored), so an admin may reorder columns or add
 * their own. Blank rows are skipped here, once, for every table.
 */

import { isBlankCell } from '../../data/cells';
import { headerPositions, nonBlankRows, type SheetRow } from '../../data/sheet-rows';
import type { TableDef } from '../../data/tables';
import type { SettingsProblem } from './problems';

/** A sheet as read: `header` is row 1, `rows` are sheet rows 2 onwards. */
export interface TableInput {
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

export type TablesInput = ReadonlyMap<string, TableInput>;

export type { SheetRow };

export interface ColumnSpec {
  /** Without these nothing in the sheet can be read, and the defaults are used instead. */
  readonly required: readonly string[];
  /** Read as blank when missing (and reported). */
  readonly optional?: readonly string[];
  /** Explanations only: never reported, and a row holding only these counts as blank. */
  readonly notes?: readonly string[];
}

function findInput(tables: unknown, name: string): TableInput | null {
  if (tables === null || typeof tables !== 'object') return null;
  const map = tables as Partial<ReadonlyMap<unknown, unknown>>;
  if (typeof map.get !== 'function') return null;
  let found = map.get(name);
  // A sheet renamed only in case ("agendapimpinan") is still the admin's sheet.
  if (found === undefined && typeof map.keys === 'function') {
    for (const key of map.keys()) {
      if (typeof key === 'string' && key.trim().toLowerCase() === name.toLowerCase()) {
        found = map.get(key);
        break;
      }
    }
  }
  if (found === null || typeof found !== 'object') return null;
  const { header, rows } = found as { header?: unknown; rows?: unknown };
  if (!Array.isArray(header)) return null;
  return { header, rows: Array.isArray(rows) ? rows : [] };
}

/**
 * The sheet's non-blank rows, or null when the defaults must stand in for the whole sheet:
 * the sheet is missing (or has an empty header row), or a required column is. A missing sheet
 * is reported once (row 1, column '') so that a renamed or deleted sheet does not go unnoticed.
 */
export function openTable(
  def: TableDef,
  tables: unknown,
  spec: ColumnSpec,
  problems: SettingsProblem[],
): SheetRow[] | null {
  const input = findInput(tables, def.name);
  // A sheet without a header row has not been set up; that is one problem, not one per column.
  if (input === null || input.header.every(isBlankCell)) {
    problems.push({
      sheet: def.name,
      row: 1,
      column: '',
      message: `sheet ini tidak ditemukan atau baris judulnya kosong; dipakai pengaturan bawaan sampai Setup dijalankan lagi`,
    });
    return null;
  }
  const { indexOf } = headerPositions(input.header);

  let usable = true;
  for (const column of spec.required) {
    if (indexOf(column) === undefined) {
      usable = false;
      problems.push({
        sheet: def.name,
        row: 1,
        column,
        message: `kolom ${column} tidak ada di baris judul; seluruh sheet diganti pengaturan bawaan`,
      });
    }
  }
  if (!usable) return null;
  for (const column of spec.optional ?? []) {
    if (indexOf(column) === undefined) {
      problems.push({
        sheet: def.name,
        row: 1,
        column,
        message: `kolom ${column} tidak ada di baris judul; isinya dianggap kosong`,
      });
    }
  }

  return nonBlankRows(input.rows, indexOf, [...spec.required, ...(spec.optional ?? [])]);
}

/**
 * Collects a row's problems so all of them are reported at once, and tells whether the row
 * may be used: a row with any problem is skipped whole, never half-applied.
 */
export function checkRow(
  row: SheetRow,
  report: (row: number, column: string, message: string) => void,
) {
  const errors: [string, string][] = [];
  return {
    fail(column: string, message: string): void {
      errors.push([column, message]);
    },
    /** Reports what was collected; true when the row is clean. */
    ok(): boolean {
      for (const [column, message] of errors) report(row.row, column, message);
      return errors.length === 0;
    },
  };
}
