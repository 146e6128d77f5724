/**
 * Sheet: one tab. Owns the grid's size (getMaxRows/Columns), finds ranges, appends and
 * inserts/deletes rows and columns, and carries the tab-level settings and objects (frozen
 * panes, column widths, visibility, protections, charts, conditional formats).
 */
import type { FakeKernel } from '../kernel';
import type { Rect } from './a1';
import { checkGrid, clearRect, lastColumn, lastRow, partsFromOptions, writeInputs } from './cells';
import {
  type ChartDraft,
  draftFromSpec,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
  specFromDraft,
} from './chart';
import { FakeConditionalFormatRule } from './conditional';
import { type RangeTarget, rectAt, rectFromA1, signatureError } from './locate';
import {
  allocateId,
  DEFAULT_COLUMN_WIDTH,
  type SheetModel,
  type SpreadsheetModel,
  sheetNameTaken,
} from './model';
import { assertCanWrite, FakeProtection, protect, protectionsOf, wholeSheet } from './protection';
import { FakeRange } from './range';
import { FakeSpreadsheet } from './spreadsheet';
import * as structure from './structure';
import type { Workspace } from './workspace';

export function duplicateNameError(ws: Workspace, name: string): Error {
  return ws.kernel.error(
    'INVALID_ARGUMENT',
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  );
}

function positiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

export class FakeSheet {
  private readonly kernel: FakeKernel;

  constructor(
    private readonly ws: Workspace,
    private readonly ss: SpreadsheetModel,
    readonly sheet: SheetModel,
  ) {
    this.kernel = ws.kernel;
  }

  private target(rect: Rect): RangeTarget {
    return { ss: this.ss, sheet: this.sheet, rect, shape: 'cells' };
  }

  private range(rect: Rect): FakeRange {
    return new FakeRange(this.ws, this.target(rect));
  }

  private rowsRect(row: number, count: number): Rect {
    return { row, col: 1, numRows: count, numCols: this.sheet.maxCols };
  }

  private columnsRect(col: number, count: number): Rect {
    return { row: 1, col, numRows: this.sheet.maxRows, numCols: count };
  }

  getName(): string {
    this.kernel.call('Sheet.getName');
    return this.sheet.name;
  }

  getSheetName(): string {
    this.kernel.call('Sheet.getSheetName');
    return this.sheet.name;
  }

  setName(name: string): this {
    this.kernel.call('Sheet.setName');
    const text = String(name);
    if (text.trim() === '') throw this.kernel.error('INVALID_ARGUMENT', 'name');
    if (sheetNameTaken(this.ss, text, this.sheet)) throw duplicateNameError(this.ws, text);
    this.sheet.name = text;
    return this;
  }

  getSheetId(): number {
    this.kernel.call('Sheet.getSheetId');
    return this.sheet.id;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    this.kernel.call('Sheet.getIndex');
    return this.ss.sheets.indexOf(this.sheet) + 1;
  }

  getParent(): FakeSpreadsheet {
    this.kernel.call('Sheet.getParent');
    return new FakeSpreadsheet(this.ws, this.ss);
  }

  activate(): this {
    this.kernel.call('Sheet.activate');
    this.ss.activeSheetId = this.sheet.id;
    return this;
  }

  getLastRow(): number {
    this.kernel.call('Sheet.getLastRow');
    return lastRow(this.sheet);
  }

  getLastColumn(): number {
    this.kernel.call('Sheet.getLastColumn');
    return lastColumn(this.sheet);
  }

  getMaxRows(): number {
    this.kernel.call('Sheet.getMaxRows');
    return this.sheet.maxRows;
  }

  getMaxColumns(): number {
    this.kernel.call('Sheet.getMaxColumns');
    return this.sheet.maxCols;
  }

  /** getRange(a1Notation) or getRange(row, column, numRows?, numColumns?). */
  getRange(rowOrA1: unknown, column?: unknown, numRows?: unknown, numColumns?: unknown): FakeRange {
    this.kernel.call('Sheet.getRange');
    if (typeof rowOrA1 === 'string' && column === undefined) {
      return new FakeRange(
        this.ws,
        rectFromA1(this.ws, this.ss, this.sheet, rowOrA1, 'Sheet.getRange'),
      );
    }
    return this.range(
      rectAt(this.ws, this.sheet, 'Sheet.getRange', [rowOrA1, column, numRows, numColumns]),
    );
  }

  /** A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): FakeRange {
    this.kernel.call('Sheet.getDataRange');
    return this.range({
      row: 1,
      col: 1,
      numRows: Math.max(lastRow(this.sheet), 1),
      numCols: Math.max(lastColumn(this.sheet), 1),
    });
  }

  /** Writes after the last row with content, adding rows or columns when the sheet is full. */
  appendRow(rowContents: unknown): this {
    this.kernel.call('Sheet.appendRow');
    if (!Array.isArray(rowContents))
      throw signatureError(this.ws, 'Sheet.appendRow', [rowContents]);
    if (rowContents.length === 0) return this;
    const rect = { row: lastRow(this.sheet) + 1, col: 1, numRows: 1, numCols: rowContents.length };
    const target = this.target(rect);
    assertCanWrite(this.ws, target);
    if (rect.row > this.sheet.maxRows) {
      structure.insertRows(
        this.ss,
        this.sheet,
        this.sheet.maxRows + 1,
        rect.row - this.sheet.maxRows,
      );
    }
    if (rect.numCols > this.sheet.maxCols) {
      structure.insertColumns(
        this.ss,
        this.sheet,
        this.sheet.maxCols + 1,
        rect.numCols - this.sheet.maxCols,
      );
    }
    const row = checkGrid(this.ws, 'Sheet.appendRow', [rowContents], rect)[0] ?? [];
    writeInputs(this.ws, target, (_i, j) => row[j]);
    return this;
  }

  // --- inserting and deleting rows and columns ----------------------------------------

  private checkedCount(method: string, position: unknown, howMany: unknown, max: number): void {
    if (!positiveInteger(position) || !positiveInteger(howMany)) {
      throw signatureError(this.ws, method, [position, howMany]);
    }
    if (position > max) {
      const what = method.includes('Column') ? 'columns' : 'rows';
      throw this.kernel.error('INVALID_ARGUMENT', `Those ${what} are out of bounds.`);
    }
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.kernel.call('Sheet.insertRowsAfter');
    this.checkedCount('Sheet.insertRowsAfter', afterPosition, howMany, this.sheet.maxRows);
    structure.insertRows(this.ss, this.sheet, afterPosition + 1, howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.kernel.call('Sheet.insertRowsBefore');
    this.checkedCount('Sheet.insertRowsBefore', beforePosition, howMany, this.sheet.maxRows);
    structure.insertRows(this.ss, this.sheet, beforePosition, howMany);
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    this.kernel.call('Sheet.insertRowAfter');
    this.checkedCount('Sheet.insertRowAfter', afterPosition, 1, this.sheet.maxRows);
    structure.insertRows(this.ss, this.sheet, afterPosition + 1, 1);
    return this;
  }

  insertRowBefore(beforePosition: number): this {
    this.kernel.call('Sheet.insertRowBefore');
    this.checkedCount('Sheet.insertRowBefore', beforePosition, 1, this.sheet.maxRows);
    structure.insertRows(this.ss, this.sheet, beforePosition, 1);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.kernel.call('Sheet.insertColumnsAfter');
    this.checkedCount('Sheet.insertColumnsAfter', afterPosition, howMany, this.sheet.maxCols);
    structure.insertColumns(this.ss, this.sheet, afterPosition + 1, howMany);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.kernel.call('Sheet.insertColumnsBefore');
    this.checkedCount('Sheet.insertColumnsBefore', beforePosition, howMany, this.sheet.maxCols);
    structure.insertColumns(this.ss, this.sheet, beforePosition, howMany);
    return this;
  }

  private removeRows(method: string, position: unknown, howMany: unknown): void {
    this.checkedCount(method, position, howMany, this.sheet.maxRows);
    const at = position as number;
    const count = howMany as number;
    if (at + count - 1 > this.sheet.maxRows) {
      throw this.kernel.error('INVALID_ARGUMENT', 'Those rows are out of bounds.');
    }
    if (this.sheet.maxRows - count <= this.sheet.frozenRows) {
      throw this.kernel.error(
        'INVALID_ARGUMENT',
        'Sorry, it is not possible to delete all non-frozen rows.',
      );
    }
    assertCanWrite(this.ws, this.target(this.rowsRect(at, count)));
    structure.deleteRows(this.ss, this.sheet, at, count);
  }

  deleteRow(rowPosition: number): this {
    this.kernel.call('Sheet.deleteRow');
    this.removeRows('Sheet.deleteRow', rowPosition, 1);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.kernel.call('Sheet.deleteRows');
    this.removeRows('Sheet.deleteRows', rowPosition, howMany);
  }

  private removeColumns(method: string, position: unknown, howMany: unknown): void {
    this.checkedCount(method, position, howMany, this.sheet.maxCols);
    const at = position as number;
    const count = howMany as number;
    if (at + count - 1 > this.sheet.maxCols) {
      throw this.kernel.error('INVALID_ARGUMENT', 'Those columns are out of bounds.');
    }
    if (this.sheet.maxCols - count <= this.sheet.frozenCols) {
      throw this.kernel.error(
        'INVALID_ARGUMENT',
        'Sorry, it is not possible to delete all non-frozen columns.',
      );
    }
    assertCanWrite(this.ws, this.target(this.columnsRect(at, count)));
    structure.deleteColumns(this.ss, this.sheet, at, count);
  }

  deleteColumn(columnPosition: number): this {
    this.kernel.call('Sheet.deleteColumn');
    this.removeColumns('Sheet.deleteColumn', columnPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.kernel.call('Sheet.deleteColumns');
    this.removeColumns('Sheet.deleteColumns', columnPosition, howMany);
  }

  // --- clearing -------------------------------------------------------------------------

  /** clear(): contents and formats; clear(options): see partsFromOptions. */
  clear(options?: unknown): this {
    this.kernel.call('Sheet.clear');
    const rect = wholeSheet(this.sheet);
    assertCanWrite(this.ws, this.target(rect));
    const parts =
      options === undefined
        ? { contents: true, formats: true, validations: false, notes: false }
        : partsFromOptions(options);
    clearRect(this.sheet, rect, parts);
    return this;
  }

  clearContents(): this {
    this.kernel.call('Sheet.clearContents');
    const rect = wholeSheet(this.sheet);
    assertCanWrite(this.ws, this.target(rect));
    clearRect(this.sheet, rect, {
      contents: true,
      formats: false,
      validations: false,
      notes: false,
    });
    return this;
  }

  clearFormats(): this {
    this.kernel.call('Sheet.clearFormats');
    const rect = wholeSheet(this.sheet);
    assertCanWrite(this.ws, this.target(rect));
    clearRect(this.sheet, rect, {
      contents: false,
      formats: true,
      validations: false,
      notes: false,
    });
    return this;
  }

  // --- layout -----------------------------------------------------------------------------

  setFrozenRows(rows: number): void {
    this.kernel.call('Sheet.setFrozenRows');
    if (!Number.isInteger(rows) || rows < 0 || rows > this.sheet.maxRows) {
      throw signatureError(this.ws, 'Sheet.setFrozenRows', [rows]);
    }
    this.sheet.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.kernel.call('Sheet.getFrozenRows');
    return this.sheet.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.kernel.call('Sheet.setFrozenColumns');
    if (!Number.isInteger(columns) || columns < 0 || columns > this.sheet.maxCols) {
      throw signatureError(this.ws, 'Sheet.setFrozenColumns', [columns]);
    }
    this.sheet.frozenCols = columns;
  }

  getFrozenColumns(): number {
    this.kernel.call('Sheet.getFrozenColumns');
    return this.sheet.frozenCols;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.kernel.call('Sheet.setColumnWidth');
    rectAt(this.ws, this.sheet, 'Sheet.setColumnWidth', [1, columnPosition]);
    this.sheet.columnWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.kernel.call('Sheet.setColumnWidths');
    rectAt(this.ws, this.sheet, 'Sheet.setColumnWidths', [1, startColumn, 1, numColumns]);
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.sheet.columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    this.kernel.call('Sheet.getColumnWidth');
    return this.sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  hideSheet(): this {
    this.kernel.call('Sheet.hideSheet');
    const othersVisible = this.ss.sheets.some((s) => s !== this.sheet && !s.hidden);
    if (!othersVisible) {
      throw this.kernel.error('INVALID_ARGUMENT', "You can't hide all the sheets in a document.");
    }
    this.sheet.hidden = true;
    if (this.ss.activeSheetId === this.sheet.id) {
      const next = this.ss.sheets.find((s) => !s.hidden);
      if (next) this.ss.activeSheetId = next.id;
    }
    return this;
  }

  showSheet(): this {
    this.kernel.call('Sheet.showSheet');
    this.sheet.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.kernel.call('Sheet.isSheetHidden');
    return this.sheet.hidden;
  }

  setTabColor(color: string | null): this {
    this.kernel.call('Sheet.setTabColor');
    this.sheet.tabColor = color === null || color === '' ? null : String(color);
    return this;
  }

  getTabColor(): string | null {
    this.kernel.call('Sheet.getTabColor');
    return this.sheet.tabColor;
  }

  // --- protection ----------------------------------------------------------------------

  /** The sheet's existing protection when there is one, else a new one. */
  protect(): FakeProtection {
    this.kernel.call('Sheet.protect');
    const existing = this.ss.protections.find(
      (p) => p.type === 'SHEET' && p.sheetId === this.sheet.id,
    );
    if (existing) return new FakeProtection(this.ws, this.ss, existing);
    return protect(this.ws, this.ss, this.sheet, null, allocateId(this.ss));
  }

  getProtections(type: unknown): FakeProtection[] {
    this.kernel.call('Sheet.getProtections');
    return protectionsOf(this.ws, this.ss, type, this.sheet);
  }

  // --- conditional formats ----------------------------------------------------------------

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.kernel.call('Sheet.getConditionalFormatRules');
    return this.sheet.conditionalRules.map(
      (rule) =>
        new FakeConditionalFormatRule(this.kernel, {
          ranges: rule.rects.map((rect) => this.range(rect)),
          condition: rule.condition,
          format: { ...rule.format },
        }),
    );
  }

  setConditionalFormatRules(rules: unknown[]): void {
    this.kernel.call('Sheet.setConditionalFormatRules');
    if (!Array.isArray(rules))
      throw signatureError(this.ws, 'Sheet.setConditionalFormatRules', [rules]);
    this.sheet.conditionalRules = rules.map((rule) => {
      if (!(rule instanceof FakeConditionalFormatRule)) {
        throw signatureError(this.ws, 'Sheet.setConditionalFormatRules', [rules]);
      }
      const { ranges, condition, format } = rule.parts;
      if (ranges.some((r) => r.target.sheet !== this.sheet)) {
        throw this.kernel.error(
          'INVALID_ARGUMENT',
          'Conditional format rule cannot reference a different sheet.',
        );
      }
      return { rects: ranges.map((r) => r.target.rect), condition, format: { ...format } };
    });
  }

  // --- charts -----------------------------------------------------------------------------

  newChart(): FakeEmbeddedChartBuilder {
    this.kernel.call('Sheet.newChart');
    return new FakeEmbeddedChartBuilder(this.kernel);
  }

  getCharts(): FakeEmbeddedChart[] {
    this.kernel.call('Sheet.getCharts');
    return this.sheet.charts.map(
      (spec) => new FakeEmbeddedChart(this.kernel, draftFromSpec(this.ws, this.ss, spec)),
    );
  }

  private draftOf(method: string, chart: unknown): ChartDraft {
    if (!(chart instanceof FakeEmbeddedChart)) throw signatureError(this.ws, method, [chart]);
    return chart.draft;
  }

  insertChart(chart: unknown): void {
    this.kernel.call('Sheet.insertChart');
    const draft = this.draftOf('Sheet.insertChart', chart);
    draft.id = allocateId(this.ss);
    this.sheet.charts.push(specFromDraft(draft, draft.id));
  }

  updateChart(chart: unknown): void {
    this.kernel.call('Sheet.updateChart');
    const draft = this.draftOf('Sheet.updateChart', chart);
    const index = this.sheet.charts.findIndex((c) => c.id === draft.id);
    if (draft.id === null || index < 0) throw this.kernel.error('NOT_FOUND', 'Chart');
    this.sheet.charts[index] = specFromDraft(draft, draft.id);
  }

  removeChart(chart: unknown): void {
    this.kernel.call('Sheet.removeChart');
    const draft = this.draftOf('Sheet.removeChart', chart);
    this.sheet.charts = this.sheet.charts.filter((c) => c.id !== draft.id);
  }
}
