/**
 * Writing a table row back into a sheet an admin may have rearranged: the values go under
 * their headers wherever those columns now are, and every other cell of the row (a column
 * the admin added) is written back as it was read.
 */
import { cellText } from './cells';
import { headerPositions } from './sheet-rows';

/**
 * A cell as read with getValues, ready to be written back unchanged. Text gets the leading
 * apostrophe again: without it "=1+1" would become a formula and "0812…" a number.
 */
export const keptCell = (cell: unknown): unknown =>
  typeof cell === 'string' && cell !== '' ? `'${cell}` : cell;

/**
 * The row in the sheet's column order: `values[i]` under the header `columns[i]` (headers
 * matched as the sheet readers match them), the rest of `old` kept. A column missing from the
 * header is not written (setup and the nightly repair put it back).
 */
export function alignedRow(
  header: readonly unknown[],
  columns: readonly string[],
  values: readonly unknown[],
  old: readonly unknown[] = [],
): unknown[] {
  const { indexOf } = headerPositions(header);
  const row = Array.from({ length: Math.max(header.length, old.length) }, (_, i) =>
    keptCell(old[i] ?? ''),
  );
  columns.forEach((column, i) => {
    const at = indexOf(column);
    if (at !== undefined) row[at] = values[i];
  });
  return row;
}

/** The value a written cell reads back as: text without its protecting apostrophe. */
const readBack = (cell: unknown): unknown =>
  typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell;

/** Whether writing `written` over a cell that reads `read` would change nothing. */
export function sameCell(read: unknown, written: unknown): boolean {
  const a = read ?? '';
  const b = readBack(written ?? '');
  if (a instanceof Date || b instanceof Date) return cellText(a) === cellText(b);
  return a === b;
}
