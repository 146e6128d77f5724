/**
 * A1 notation as Sheets reads it: `B2`, `A1:C10`, whole columns `A:C`, whole rows `2:5`,
 * open-ended `A2:C` (to the last row), an optional `Sheet!` or `'My sheet'!` prefix, `$`
 * anchors ignored and reversed corners normalised.
 */

/** 1-based cell rectangle. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
}

/** How the range was written, which is how `getA1Notation` writes it back. */
export type Shape = 'cells' | 'columns' | 'rows';

export interface ResolvedA1 {
  rect: Rect;
  shape: Shape;
}

export function columnToLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function splitSheetPrefix(text: string): { sheetName: string | null; ref: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: text };
  let name = text.slice(0, bang);
  if (name.length >= 2 && name.startsWith("'") && name.endsWith("'")) {
    name = name.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName: name, ref: text.slice(bang + 1) };
}

interface Corner {
  col: number | null;
  row: number | null;
}

const CORNER = /^\$?([A-Za-z]*)\$?(\d*)$/;

function parseCorner(text: string): Corner | null {
  const match = CORNER.exec(text.trim());
  if (!match) return null;
  const letters = match[1] ?? '';
  const digits = match[2] ?? '';
  if (letters === '' && digits === '') return null;
  const row = digits === '' ? null : Number(digits);
  if (row === 0) return null;
  return { col: letters === '' ? null : lettersToColumn(letters), row };
}

function span(a: number, b: number): { start: number; count: number } {
  const start = Math.min(a, b);
  return { start, count: Math.max(a, b) - start + 1 };
}

/**
 * Resolves the part after any sheet prefix against the sheet's size; null when the text is
 * not A1 notation. The rectangle may lie outside the sheet: bounds are the caller's check.
 */
export function resolveA1(ref: string, maxRows: number, maxCols: number): ResolvedA1 | null {
  const parts = ref.split(':');
  if (parts.length > 2) return null;
  const first = parseCorner(parts[0] ?? '');
  if (!first) return null;
  if (parts.length === 1) {
    if (first.col === null || first.row === null) return null;
    return { rect: { row: first.row, col: first.col, numRows: 1, numCols: 1 }, shape: 'cells' };
  }
  const second = parseCorner(parts[1] ?? '');
  if (!second) return null;
  if (first.row === null && second.row === null && first.col !== null && second.col !== null) {
    const cols = span(first.col, second.col);
    return {
      rect: { row: 1, col: cols.start, numRows: maxRows, numCols: cols.count },
      shape: 'columns',
    };
  }
  if (first.col === null && second.col === null && first.row !== null && second.row !== null) {
    const rows = span(first.row, second.row);
    return {
      rect: { row: rows.start, col: 1, numRows: rows.count, numCols: maxCols },
      shape: 'rows',
    };
  }
  if (first.col === null || second.col === null || first.row === null) return null;
  const cols = span(first.col, second.col);
  // `A2:C` runs to the sheet's last row.
  const rows = second.row === null ? span(first.row, maxRows) : span(first.row, second.row);
  return {
    rect: { row: rows.start, col: cols.start, numRows: rows.count, numCols: cols.count },
    shape: 'cells',
  };
}

export function toA1(rect: Rect, shape: Shape = 'cells'): string {
  const lastRow = rect.row + rect.numRows - 1;
  const lastCol = rect.col + rect.numCols - 1;
  if (shape === 'columns') return `${columnToLetters(rect.col)}:${columnToLetters(lastCol)}`;
  if (shape === 'rows') return `${rect.row}:${lastRow}`;
  const start = `${columnToLetters(rect.col)}${rect.row}`;
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${columnToLetters(lastCol)}${lastRow}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.col <= b.col + b.numCols - 1 &&
    b.col <= a.col + a.numCols - 1
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
