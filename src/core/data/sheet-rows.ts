/**
 * What every hand-edited settings or registry sheet needs when it is read: columns found by
 * header (case, spacing and a "(menit)"-style note ignored, so an admin may reorder columns
 * or add their own), the non-blank rows with their sheet row numbers, and problems pointed at
 * the cell the admin has to fix.
 */
import { cellText, isBlankCell } from './cells';

/** What is wrong in a sheet, pointed at the cell the admin has to fix. */
export interface SheetProblem {
  /** Sheet name, e.g. "AgendaJenis". */
  readonly sheet: string;
  /** 1-based sheet row, as the admin sees it (row 1 is the header). */
  readonly row: number;
  /** Column header; '' when the problem is the whole sheet. */
  readonly column: string;
  /** Indonesian, without the sheet/row/column prefix and without a final period. */
  readonly message: string;
}

/** The sentence shown to the admin, e.g. `AgendaJenis baris 4, kolom Warna: Warna "…" ….` */
export const describeSheetProblem = (p: SheetProblem): string =>
  p.column === ''
    ? `${p.sheet}: ${p.message}.`
    : `${p.sheet} baris ${p.row}, kolom ${p.column}: ${p.message}.`;

/** A non-blank row of a sheet, its cells found by header. */
export interface SheetRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** The raw cell under `column`; undefined when the column is absent. */
  cell(column: string): unknown;
}

const headerKey = (header: string): string =>
  header
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Where each column is in the header row (the first of two equal headers wins). */
export function headerPositions(header: readonly unknown[]): {
  readonly count: number;
  indexOf(column: string): number | undefined;
} {
  const positions = new Map<string, number>();
  header.forEach((cell, index) => {
    const text = cellText(cell);
    const key = text === null ? '' : headerKey(text);
    if (key !== '' && !positions.has(key)) positions.set(key, index);
  });
  return { count: positions.size, indexOf: (column) => positions.get(headerKey(column)) };
}

/**
 * The rows under the header (sheet row 2 onwards) that hold something in one of `columns`;
 * rows that are not arrays are skipped.
 */
export function nonBlankRows(
  rows: readonly unknown[],
  indexOf: (column: string) => number | undefined,
  columns: readonly string[],
): SheetRow[] {
  const result: SheetRow[] = [];
  rows.forEach((raw, index) => {
    if (!Array.isArray(raw)) return;
    const cell = (column: string) => {
      const i = indexOf(column);
      return i === undefined ? undefined : raw[i];
    };
    if (columns.every((column) => isBlankCell(cell(column)))) return;
    result.push({ row: index + 2, cell });
  });
  return result;
}
