/**
 * Turning getRange/offset arguments into a checked rectangle, with the errors Google raises,
 * in Google's order: starting row, starting column, row count, column count, then the sheet's
 * bounds.
 */
import { type Rect, resolveA1, type Shape, splitSheetPrefix } from './a1';
import { type SheetModel, type SpreadsheetModel, sheetByName } from './model';
import type { Workspace } from './workspace';

export interface RangeTarget {
  ss: SpreadsheetModel;
  sheet: SheetModel;
  rect: Rect;
  shape: Shape;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'object') return Array.isArray(value) ? 'Object[]' : 'Object';
  return typeof value;
}

/** Apps Script's message when arguments match no overload of the method. */
export function signatureError(ws: Workspace, method: string, args: unknown[]): Error {
  return ws.kernel.error(
    'INVALID_ARGUMENT',
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.${method}.`,
  );
}

export function assertInside(ws: Workspace, sheet: SheetModel, rect: Rect): void {
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) {
    throw ws.kernel.error('OUT_OF_BOUNDS', '');
  }
}

export function rectAt(ws: Workspace, sheet: SheetModel, method: string, args: unknown[]): Rect {
  const numbers = args.filter((a) => a !== undefined);
  if (numbers.length < 2 || numbers.some((a) => typeof a !== 'number' || Number.isNaN(a))) {
    throw signatureError(ws, method, numbers);
  }
  const [row = 1, col = 1, numRows = 1, numCols = 1] = (numbers as number[]).map(Math.floor);
  const fail = (text: string) => ws.kernel.error('INVALID_ARGUMENT', text);
  if (row < 1) throw fail('The starting row of the range is too small.');
  if (col < 1) throw fail('The starting column of the range is too small.');
  if (numRows < 1) throw fail('The number of rows in the range must be at least 1.');
  if (numCols < 1) throw fail('The number of columns in the range must be at least 1.');
  const rect = { row, col, numRows, numCols };
  assertInside(ws, sheet, rect);
  return rect;
}

/** `defaultSheet` answers A1 without a `Sheet!` prefix. */
export function rectFromA1(
  ws: Workspace,
  ss: SpreadsheetModel,
  defaultSheet: SheetModel,
  a1: unknown,
  method: string,
): RangeTarget {
  if (typeof a1 !== 'string') throw signatureError(ws, method, [a1]);
  const { sheetName, ref } = splitSheetPrefix(a1.trim());
  const sheet = sheetName === null ? defaultSheet : sheetByName(ss, sheetName);
  const resolved = sheet ? resolveA1(ref, sheet.maxRows, sheet.maxCols) : null;
  if (!sheet || !resolved) throw ws.kernel.error('INVALID_ARGUMENT', 'Range not found');
  assertInside(ws, sheet, resolved.rect);
  return { ss, sheet, rect: resolved.rect, shape: resolved.shape };
}
