/**
 * Inserting and deleting rows or columns. Cells move, and so does everything that points at
 * cells — named ranges, protections, conditional-format ranges, chart ranges, merges — the
 * way Sheets keeps them attached to the same data. A range object a script already holds
 * keeps its coordinates, as a Google Range does.
 */
import type { Rect } from './a1';
import type { SheetModel, SpreadsheetModel } from './model';
import { FORMAT_KEYS } from './model';

type Axis = 'rows' | 'columns';

function along(rect: Rect, axis: Axis): { start: number; length: number } {
  return axis === 'rows'
    ? { start: rect.row, length: rect.numRows }
    : { start: rect.col, length: rect.numCols };
}

function rebuild(rect: Rect, axis: Axis, start: number, length: number): Rect {
  return axis === 'rows'
    ? { ...rect, row: start, numRows: length }
    : { ...rect, col: start, numCols: length };
}

/** `count` > 0 inserts before `at`; < 0 deletes `-count` from `at`. null: nothing left. */
function shift(rect: Rect, axis: Axis, at: number, count: number): Rect | null {
  const { start, length } = along(rect, axis);
  const end = start + length - 1;
  if (count > 0) {
    if (start >= at) return rebuild(rect, axis, start + count, length);
    if (end >= at) return rebuild(rect, axis, start, length + count);
    return rect;
  }
  const n = -count;
  const lastDeleted = at + n - 1;
  const overlap = Math.max(0, Math.min(end, lastDeleted) - Math.max(start, at) + 1);
  if (overlap === length) return null;
  const newStart = start < at ? start : start > lastDeleted ? start - n : at;
  return rebuild(rect, axis, newStart, length - overlap);
}

function shiftAll(rects: Rect[], axis: Axis, at: number, count: number): Rect[] {
  return rects.flatMap((r) => shift(r, axis, at, count) ?? []);
}

function moveReferences(
  ss: SpreadsheetModel,
  sheet: SheetModel,
  axis: Axis,
  at: number,
  count: number,
): void {
  // Specs change in place: Protection and NamedRange objects a script holds stay live.
  ss.namedRanges = ss.namedRanges.filter((n) => {
    if (n.sheetId !== sheet.id) return true;
    const rect = shift(n.rect, axis, at, count);
    if (rect) n.rect = rect;
    return rect !== null;
  });
  ss.protections = ss.protections.filter((p) => {
    if (p.sheetId !== sheet.id) return true;
    p.unprotected = shiftAll(p.unprotected, axis, at, count);
    if (p.rect === null) return true;
    const rect = shift(p.rect, axis, at, count);
    if (rect) p.rect = rect;
    return rect !== null;
  });
  sheet.merges = shiftAll(sheet.merges, axis, at, count);
  sheet.conditionalRules = sheet.conditionalRules.flatMap((rule) => {
    const rects = shiftAll(rule.rects, axis, at, count);
    return rects.length > 0 ? [{ ...rule, rects }] : [];
  });
  for (const other of ss.sheets) {
    for (const chart of other.charts) {
      chart.ranges = chart.ranges.flatMap((ref) => {
        if (ref.sheetId !== sheet.id) return [ref];
        const rect = shift(ref.rect, axis, at, count);
        return rect ? [{ ...ref, rect }] : [];
      });
    }
  }
}

function layers(sheet: SheetModel) {
  return [
    sheet.values,
    sheet.formulas,
    sheet.validations,
    sheet.notes,
    ...FORMAT_KEYS.map((k) => sheet.formats[k]),
  ];
}

export function insertRows(ss: SpreadsheetModel, sheet: SheetModel, at: number, count: number) {
  for (const layer of layers(sheet)) layer.insertRows(at, count);
  sheet.maxRows += count;
  moveReferences(ss, sheet, 'rows', at, count);
}

export function deleteRows(ss: SpreadsheetModel, sheet: SheetModel, at: number, count: number) {
  for (const layer of layers(sheet)) layer.deleteRows(at, count);
  sheet.maxRows -= count;
  moveReferences(ss, sheet, 'rows', at, -count);
}

function shiftWidths(sheet: SheetModel, at: number, count: number): void {
  const widths = new Map<number, number>();
  for (const [col, width] of sheet.columnWidths) {
    if (col < at) widths.set(col, width);
    else if (count > 0) widths.set(col + count, width);
    else if (col >= at - count) widths.set(col + count, width);
  }
  sheet.columnWidths = widths;
}

export function insertColumns(ss: SpreadsheetModel, sheet: SheetModel, at: number, count: number) {
  for (const layer of layers(sheet)) layer.insertColumns(at, count);
  sheet.maxCols += count;
  shiftWidths(sheet, at, count);
  moveReferences(ss, sheet, 'columns', at, count);
}

export function deleteColumns(ss: SpreadsheetModel, sheet: SheetModel, at: number, count: number) {
  for (const layer of layers(sheet)) layer.deleteColumns(at, count);
  sheet.maxCols -= count;
  shiftWidths(sheet, at, -count);
  moveReferences(ss, sheet, 'columns', at, -count);
}
