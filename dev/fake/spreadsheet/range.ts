/**
 * Range: a fixed rectangle of one sheet. Values follow Google's documented shapes: getValues
 * gives numbers, booleans, Dates (of the caller's realm) and strings, with '' for empty cells;
 * formula cells read as '' because the fake does not evaluate formulas (their text is kept and
 * returned by getFormulas). Every write checks protections first and changes nothing when
 * refused.
 */
import type { FakeKernel } from '../kernel';
import { intersects, type Rect, toA1 } from './a1';
import {
  checkGrid,
  clearRect,
  partsFromOptions,
  readDisplayValues,
  readNumberFormats,
  readValues,
  writeFormulas,
  writeInputs,
} from './cells';
import { AUTOMATIC_FORMAT } from './display';
import type { CellValue } from './input';
import { type RangeTarget, rectAt, signatureError } from './locate';
import { allocateId, type FormatKey, type ValidationSpec } from './model';
import { assertCanWrite, canEditRect, type FakeProtection, protect } from './protection';
import { FakeSheet } from './sheet';
import { FakeDataValidation } from './validation';
import type { Workspace } from './workspace';

const FORMAT_DEFAULTS: Record<FormatKey, string> = {
  numberFormat: AUTOMATIC_FORMAT,
  background: '#ffffff',
  fontWeight: 'normal',
  fontColor: '#000000',
  wrapStrategy: 'OVERFLOW',
  horizontalAlignment: 'general',
};

/** Sheets reports colours as lower-case six-digit hex; names are kept as given. */
function normalizeColor(color: unknown): string | undefined {
  if (color === null || color === undefined || color === '') return undefined;
  const text = String(color).trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : text;
}

function attributeValue(key: FormatKey, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (key === 'background' || key === 'fontColor') return normalizeColor(value);
  return String(value);
}

export class FakeRange {
  private readonly kernel: FakeKernel;

  constructor(
    private readonly ws: Workspace,
    readonly target: RangeTarget,
  ) {
    this.kernel = ws.kernel;
  }

  private get rect(): Rect {
    return this.target.rect;
  }

  private write(): void {
    assertCanWrite(this.ws, this.target);
  }

  private readFormat(key: FormatKey): string[][] {
    return this.target.sheet.formats[key].read(this.rect, (v) => v, FORMAT_DEFAULTS[key]);
  }

  private topLeft(key: FormatKey): string {
    const { sheet } = this.target;
    return sheet.formats[key].get(this.rect.row, this.rect.col) ?? FORMAT_DEFAULTS[key];
  }

  private fillFormat(key: FormatKey, value: unknown): this {
    this.write();
    this.target.sheet.formats[key].fill(this.rect, attributeValue(key, value));
    return this;
  }

  private setFormatGrid(method: string, key: FormatKey, data: unknown): this {
    const grid = checkGrid(this.ws, method, data, this.rect);
    this.write();
    const layer = this.target.sheet.formats[key];
    grid.forEach((row, i) => {
      row.forEach((v, j) => {
        layer.set(this.rect.row + i, this.rect.col + j, attributeValue(key, v));
      });
    });
    return this;
  }

  private topLeftCell(): RangeTarget {
    return { ...this.target, rect: { ...this.rect, numRows: 1, numCols: 1 } };
  }

  private sub(rect: Rect): FakeRange {
    return new FakeRange(this.ws, { ...this.target, rect, shape: 'cells' });
  }

  // --- values -------------------------------------------------------------------------

  getValues(): CellValue[][] {
    this.kernel.call('Range.getValues');
    return readValues(this.ws, this.target);
  }

  getValue(): CellValue {
    this.kernel.call('Range.getValue');
    return readValues(this.ws, this.topLeftCell())[0]?.[0] ?? '';
  }

  setValues(values: unknown): this {
    this.kernel.call('Range.setValues');
    const grid = checkGrid(this.ws, 'Range.setValues', values, this.rect);
    this.write();
    writeInputs(this.ws, this.target, (i, j) => grid[i]?.[j]);
    return this;
  }

  /** Sets every cell of the range to the value. */
  setValue(value: unknown): this {
    this.kernel.call('Range.setValue');
    this.write();
    writeInputs(this.ws, this.target, () => value);
    return this;
  }

  getDisplayValues(): string[][] {
    this.kernel.call('Range.getDisplayValues');
    return readDisplayValues(this.target);
  }

  getDisplayValue(): string {
    this.kernel.call('Range.getDisplayValue');
    return readDisplayValues(this.topLeftCell())[0]?.[0] ?? '';
  }

  getFormulas(): string[][] {
    this.kernel.call('Range.getFormulas');
    return this.target.sheet.formulas.read(this.rect, (f) => f, '');
  }

  getFormula(): string {
    this.kernel.call('Range.getFormula');
    return this.target.sheet.formulas.get(this.rect.row, this.rect.col) ?? '';
  }

  setFormula(formula: unknown): this {
    this.kernel.call('Range.setFormula');
    this.write();
    writeFormulas(this.ws, this.target, () => formula);
    return this;
  }

  setFormulas(formulas: unknown): this {
    this.kernel.call('Range.setFormulas');
    const grid = checkGrid(this.ws, 'Range.setFormulas', formulas, this.rect);
    this.write();
    writeFormulas(this.ws, this.target, (i, j) => grid[i]?.[j]);
    return this;
  }

  getNumberFormats(): string[][] {
    this.kernel.call('Range.getNumberFormats');
    return readNumberFormats(this.target);
  }

  getNumberFormat(): string {
    this.kernel.call('Range.getNumberFormat');
    return this.topLeft('numberFormat');
  }

  setNumberFormat(numberFormat: unknown): this {
    this.kernel.call('Range.setNumberFormat');
    return this.fillFormat('numberFormat', numberFormat);
  }

  setNumberFormats(numberFormats: unknown): this {
    this.kernel.call('Range.setNumberFormats');
    return this.setFormatGrid('Range.setNumberFormats', 'numberFormat', numberFormats);
  }

  clearContent(): this {
    this.kernel.call('Range.clearContent');
    this.write();
    clearRect(this.target.sheet, this.rect, {
      contents: true,
      formats: false,
      validations: false,
      notes: false,
    });
    return this;
  }

  /** clear(): contents and formats; clear(options): see partsFromOptions. */
  clear(options?: unknown): this {
    this.kernel.call('Range.clear');
    this.write();
    const parts =
      options === undefined
        ? { contents: true, formats: true, validations: false, notes: false }
        : partsFromOptions(options);
    clearRect(this.target.sheet, this.rect, parts);
    return this;
  }

  clearFormat(): this {
    this.kernel.call('Range.clearFormat');
    this.write();
    clearRect(this.target.sheet, this.rect, {
      contents: false,
      formats: true,
      validations: false,
      notes: false,
    });
    return this;
  }

  clearNote(): this {
    this.kernel.call('Range.clearNote');
    this.write();
    this.target.sheet.notes.fill(this.rect, undefined);
    return this;
  }

  clearDataValidations(): this {
    this.kernel.call('Range.clearDataValidations');
    this.write();
    this.target.sheet.validations.fill(this.rect, undefined);
    return this;
  }

  // --- data validation and checkboxes ---------------------------------------------------

  private validationOf(value: unknown): ValidationSpec | undefined {
    if (value === null || value === undefined) return undefined;
    if (value instanceof FakeDataValidation) return value.spec;
    throw signatureError(this.ws, 'Range.setDataValidation', [value]);
  }

  setDataValidation(rule: unknown): this {
    this.kernel.call('Range.setDataValidation');
    const spec = this.validationOf(rule);
    this.write();
    this.target.sheet.validations.fill(this.rect, spec);
    return this;
  }

  setDataValidations(rules: unknown): this {
    this.kernel.call('Range.setDataValidations');
    const grid = checkGrid(this.ws, 'Range.setDataValidations', rules, this.rect);
    const specs = grid.map((row) => row.map((r) => this.validationOf(r)));
    this.write();
    specs.forEach((row, i) => {
      row.forEach((spec, j) => {
        this.target.sheet.validations.set(this.rect.row + i, this.rect.col + j, spec);
      });
    });
    return this;
  }

  getDataValidation(): FakeDataValidation | null {
    this.kernel.call('Range.getDataValidation');
    const spec = this.target.sheet.validations.get(this.rect.row, this.rect.col);
    return spec ? new FakeDataValidation(this.kernel, spec) : null;
  }

  getDataValidations(): Array<Array<FakeDataValidation | null>> {
    this.kernel.call('Range.getDataValidations');
    return this.target.sheet.validations.read<FakeDataValidation | null>(
      this.rect,
      (spec) => new FakeDataValidation(this.kernel, spec),
      null,
    );
  }

  /** Checkbox cells hold their checked/unchecked value: TRUE/FALSE unless configured. */
  private checkboxStates(): Array<'checked' | 'unchecked' | 'other'> {
    const { sheet } = this.target;
    const states: Array<'checked' | 'unchecked' | 'other'> = [];
    for (let r = this.rect.row; r < this.rect.row + this.rect.numRows; r++) {
      for (let c = this.rect.col; c < this.rect.col + this.rect.numCols; c++) {
        const spec = sheet.validations.get(r, c);
        const value = sheet.values.get(r, c);
        if (spec?.criteria !== 'CHECKBOX') states.push('other');
        else if (value === (spec.values[0] ?? true)) states.push('checked');
        else if (value === (spec.values[1] ?? false)) states.push('unchecked');
        else states.push('other');
      }
    }
    return states;
  }

  private setCheckboxes(checked: boolean): this {
    this.write();
    const { sheet } = this.target;
    for (let r = this.rect.row; r < this.rect.row + this.rect.numRows; r++) {
      for (let c = this.rect.col; c < this.rect.col + this.rect.numCols; c++) {
        const spec = sheet.validations.get(r, c);
        if (spec?.criteria !== 'CHECKBOX') continue;
        const on = (spec.values[0] ?? true) as CellValue;
        const off = (spec.values[1] ?? false) as CellValue;
        const value = sheet.values.get(r, c);
        // Cells holding neither configured value are left alone (Range.check docs).
        if (value === on || value === off) sheet.values.set(r, c, checked ? on : off);
      }
    }
    return this;
  }

  check(): this {
    this.kernel.call('Range.check');
    return this.setCheckboxes(true);
  }

  uncheck(): this {
    this.kernel.call('Range.uncheck');
    return this.setCheckboxes(false);
  }

  /** true when all are checked, false when all unchecked, null otherwise. */
  isChecked(): boolean | null {
    this.kernel.call('Range.isChecked');
    const states = this.checkboxStates();
    if (states.every((s) => s === 'checked')) return true;
    if (states.every((s) => s === 'unchecked')) return false;
    return null;
  }

  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    this.kernel.call('Range.insertCheckboxes');
    this.write();
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    const spec: ValidationSpec = {
      criteria: 'CHECKBOX',
      values,
      allowInvalid: false,
      helpText: null,
    };
    this.target.sheet.validations.fill(this.rect, spec);
    this.target.sheet.values.fill(this.rect, (uncheckedValue ?? false) as CellValue);
    this.target.sheet.formulas.fill(this.rect, undefined);
    return this;
  }

  // --- formatting (recorded) ----------------------------------------------------------

  getBackground(): string {
    this.kernel.call('Range.getBackground');
    return this.topLeft('background');
  }

  getBackgrounds(): string[][] {
    this.kernel.call('Range.getBackgrounds');
    return this.readFormat('background');
  }

  setBackground(color: unknown): this {
    this.kernel.call('Range.setBackground');
    return this.fillFormat('background', color);
  }

  setBackgrounds(colors: unknown): this {
    this.kernel.call('Range.setBackgrounds');
    return this.setFormatGrid('Range.setBackgrounds', 'background', colors);
  }

  getFontWeight(): string {
    this.kernel.call('Range.getFontWeight');
    return this.topLeft('fontWeight');
  }

  getFontWeights(): string[][] {
    this.kernel.call('Range.getFontWeights');
    return this.readFormat('fontWeight');
  }

  setFontWeight(fontWeight: unknown): this {
    this.kernel.call('Range.setFontWeight');
    return this.fillFormat('fontWeight', fontWeight);
  }

  setFontWeights(fontWeights: unknown): this {
    this.kernel.call('Range.setFontWeights');
    return this.setFormatGrid('Range.setFontWeights', 'fontWeight', fontWeights);
  }

  getFontColor(): string {
    this.kernel.call('Range.getFontColor');
    return this.topLeft('fontColor');
  }

  setFontColor(color: unknown): this {
    this.kernel.call('Range.setFontColor');
    return this.fillFormat('fontColor', color);
  }

  getHorizontalAlignment(): string {
    this.kernel.call('Range.getHorizontalAlignment');
    return this.topLeft('horizontalAlignment');
  }

  setHorizontalAlignment(alignment: unknown): this {
    this.kernel.call('Range.setHorizontalAlignment');
    return this.fillFormat('horizontalAlignment', alignment);
  }

  getWrap(): boolean {
    this.kernel.call('Range.getWrap');
    return this.topLeft('wrapStrategy') === 'WRAP';
  }

  setWrap(isWrapEnabled: boolean): this {
    this.kernel.call('Range.setWrap');
    return this.fillFormat('wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
  }

  getWrapStrategy(): string {
    this.kernel.call('Range.getWrapStrategy');
    return this.topLeft('wrapStrategy');
  }

  setWrapStrategy(strategy: unknown): this {
    this.kernel.call('Range.setWrapStrategy');
    return this.fillFormat('wrapStrategy', strategy);
  }

  getNote(): string {
    this.kernel.call('Range.getNote');
    return this.target.sheet.notes.get(this.rect.row, this.rect.col) ?? '';
  }

  getNotes(): string[][] {
    this.kernel.call('Range.getNotes');
    return this.target.sheet.notes.read(this.rect, (n) => n, '');
  }

  setNote(note: unknown): this {
    this.kernel.call('Range.setNote');
    this.write();
    const text = note === null || note === undefined ? '' : String(note);
    this.target.sheet.notes.fill(this.rect, text === '' ? undefined : text);
    return this;
  }

  // --- merges ----------------------------------------------------------------------------

  /** Merging keeps only the top-left cell's content, as Sheets does. */
  merge(): this {
    this.kernel.call('Range.merge');
    this.write();
    const { sheet } = this.target;
    const { row, col } = this.rect;
    const keepValue = sheet.values.get(row, col);
    const keepFormula = sheet.formulas.get(row, col);
    sheet.values.fill(this.rect, undefined);
    sheet.formulas.fill(this.rect, undefined);
    sheet.values.set(row, col, keepValue);
    sheet.formulas.set(row, col, keepFormula);
    sheet.merges = [...sheet.merges.filter((m) => !intersects(m, this.rect)), this.rect];
    return this;
  }

  breakApart(): this {
    this.kernel.call('Range.breakApart');
    this.write();
    const { sheet } = this.target;
    sheet.merges = sheet.merges.filter((m) => !intersects(m, this.rect));
    return this;
  }

  isPartOfMerge(): boolean {
    this.kernel.call('Range.isPartOfMerge');
    return this.target.sheet.merges.some((m) => intersects(m, this.rect));
  }

  getMergedRanges(): FakeRange[] {
    this.kernel.call('Range.getMergedRanges');
    return this.target.sheet.merges.filter((m) => intersects(m, this.rect)).map((m) => this.sub(m));
  }

  // --- geometry --------------------------------------------------------------------------

  getRow(): number {
    this.kernel.call('Range.getRow');
    return this.rect.row;
  }

  getColumn(): number {
    this.kernel.call('Range.getColumn');
    return this.rect.col;
  }

  getLastRow(): number {
    this.kernel.call('Range.getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.kernel.call('Range.getLastColumn');
    return this.rect.col + this.rect.numCols - 1;
  }

  getNumRows(): number {
    this.kernel.call('Range.getNumRows');
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.kernel.call('Range.getNumColumns');
    return this.rect.numCols;
  }

  getA1Notation(): string {
    this.kernel.call('Range.getA1Notation');
    return toA1(this.rect, this.target.shape);
  }

  getGridId(): number {
    this.kernel.call('Range.getGridId');
    return this.target.sheet.id;
  }

  getSheet(): FakeSheet {
    this.kernel.call('Range.getSheet');
    return new FakeSheet(this.ws, this.target.ss, this.target.sheet);
  }

  /** row and column are relative to the range, 1-based. */
  getCell(row: number, column: number): FakeRange {
    this.kernel.call('Range.getCell');
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols) {
      throw this.kernel.error('INVALID_ARGUMENT', 'Cell reference out of range');
    }
    return this.sub({
      row: this.rect.row + row - 1,
      col: this.rect.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }

  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    this.kernel.call('Range.offset');
    const rect = rectAt(this.ws, this.target.sheet, 'Range.offset', [
      this.rect.row + rowOffset,
      this.rect.col + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numCols,
    ]);
    return this.sub(rect);
  }

  // --- protection ----------------------------------------------------------------------

  /** A new protection each call, even over an already protected range (Google does the same). */
  protect(): FakeProtection {
    this.kernel.call('Range.protect');
    return protect(
      this.ws,
      this.target.ss,
      this.target.sheet,
      this.rect,
      allocateId(this.target.ss),
    );
  }

  canEdit(): boolean {
    this.kernel.call('Range.canEdit');
    return canEditRect(this.ws, this.target);
  }
}
