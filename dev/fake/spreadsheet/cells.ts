/**
 * Reading and writing the cells of a rectangle in one pass over the sheet's layers: the work
 * behind Range.getValues/setValues and friends, kept free of per-cell service calls so a
 * 5,000 × 20 range costs one counted call.
 */
import { isDate } from '../kernel';
import type { Rect } from './a1';
import { AUTOMATIC_FORMAT, displayValue } from './display';
import { type CellValue, interpretInput } from './input';
import type { RangeTarget } from './locate';
import { signatureError } from './locate';
import { FORMAT_KEYS, type SheetModel } from './model';
import type { Workspace } from './workspace';

/** Checks that `data` is a 2-D array of the range's size, with Google's messages. */
export function checkGrid(ws: Workspace, method: string, data: unknown, rect: Rect): unknown[][] {
  if (!Array.isArray(data)) throw signatureError(ws, method, [data]);
  if (data.length !== rect.numRows) {
    throw ws.kernel.error(
      'INVALID_ARGUMENT',
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of data) {
    if (!Array.isArray(row)) throw signatureError(ws, method, [data]);
    if (row.length !== rect.numCols) {
      throw ws.kernel.error(
        'INVALID_ARGUMENT',
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numCols}.`,
      );
    }
  }
  return data as unknown[][];
}

/** Each cell's raw input → typed content, as if typed into the cell (see input.ts). */
export function writeInputs(
  ws: Workspace,
  t: RangeTarget,
  inputAt: (i: number, j: number) => unknown,
): void {
  const { sheet, rect } = t;
  const makeDate = (ms: number) => ws.kernel.date(ms);
  for (let i = 0; i < rect.numRows; i++) {
    const r = rect.row + i;
    for (let j = 0; j < rect.numCols; j++) {
      const c = rect.col + j;
      const plainText = sheet.formats.numberFormat.get(r, c) === '@';
      const content = interpretInput(inputAt(i, j), plainText, t.ss.timeZone, makeDate);
      sheet.values.set(r, c, content.value);
      sheet.formulas.set(r, c, content.formula);
    }
  }
}

/** setFormula: a formula lands as a formula even in a plain-text cell. */
export function writeFormulas(
  ws: Workspace,
  t: RangeTarget,
  formulaAt: (i: number, j: number) => unknown,
): void {
  const { sheet, rect } = t;
  for (let i = 0; i < rect.numRows; i++) {
    for (let j = 0; j < rect.numCols; j++) {
      const formula = formulaAt(i, j);
      if (typeof formula === 'string' && formula.length > 1 && formula.startsWith('=')) {
        sheet.values.set(rect.row + i, rect.col + j, undefined);
        sheet.formulas.set(rect.row + i, rect.col + j, formula);
      } else {
        const cell = {
          ...t,
          rect: { row: rect.row + i, col: rect.col + j, numRows: 1, numCols: 1 },
        };
        writeInputs(ws, cell, () => formula);
      }
    }
  }
}

export function readValues(ws: Workspace, t: RangeTarget): CellValue[][] {
  return t.sheet.values.read<CellValue>(t.rect, (v) => (isDate(v) ? ws.kernel.date(v) : v), '');
}

export function readDisplayValues(t: RangeTarget): string[][] {
  const { sheet, rect } = t;
  const out: string[][] = [];
  for (let i = 0; i < rect.numRows; i++) {
    const row: string[] = [];
    for (let j = 0; j < rect.numCols; j++) {
      const r = rect.row + i;
      const c = rect.col + j;
      row.push(
        displayValue(sheet.values.get(r, c), sheet.formats.numberFormat.get(r, c), t.ss.timeZone),
      );
    }
    out.push(row);
  }
  return out;
}

export function readNumberFormats(t: RangeTarget): string[][] {
  return t.sheet.formats.numberFormat.read(t.rect, (f) => f, AUTOMATIC_FORMAT);
}

export interface ClearParts {
  contents: boolean;
  formats: boolean;
  validations: boolean;
  notes: boolean;
}

export function clearRect(sheet: SheetModel, rect: Rect, parts: ClearParts): void {
  if (parts.contents) {
    sheet.values.fill(rect, undefined);
    sheet.formulas.fill(rect, undefined);
  }
  if (parts.formats) for (const key of FORMAT_KEYS) sheet.formats[key].fill(rect, undefined);
  if (parts.validations) sheet.validations.fill(rect, undefined);
  if (parts.notes) sheet.notes.fill(rect, undefined);
}

/**
 * `clear(options)`: the flags named pick what goes; with none of them set everything goes
 * ("By default all data is cleared").
 */
export function partsFromOptions(options: unknown): ClearParts {
  const o = (options ?? {}) as Record<string, unknown>;
  const contents = o.contentsOnly === true;
  const formats = o.formatOnly === true;
  const validations = o.validationsOnly === true;
  const notes = o.commentsOnly === true;
  if (!contents && !formats && !validations && !notes) {
    return { contents: true, formats: true, validations: true, notes: true };
  }
  return { contents, formats, validations, notes };
}

/** Last row / column with a value or a formula; 0 on an empty sheet. */
export function lastRow(sheet: SheetModel): number {
  return Math.max(sheet.values.lastRow(), sheet.formulas.lastRow());
}

export function lastColumn(sheet: SheetModel): number {
  return Math.max(sheet.values.lastColumn(), sheet.formulas.lastColumn());
}
