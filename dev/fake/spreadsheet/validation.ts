/**
 * Data validation rules: SpreadsheetApp.newDataValidation() → DataValidationBuilder → build()
 * → DataValidation, stored per cell. Like Apps Script, writes from a script are not rejected
 * by a rule (only the Sheets UI enforces rules), so the fake only records them.
 */

import type { FakeKernel } from '../kernel';
import { isDate } from '../kernel';
import type { ValidationSpec } from './model';

export const DataValidationCriteria = Object.freeze({
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
});

/** Criteria values leave the fake as copies, dates in the caller's realm. */
export function copyCriteriaValues(kernel: FakeKernel, values: unknown[]): unknown[] {
  return values.map((v) => {
    if (isDate(v)) return kernel.date(v);
    if (Array.isArray(v)) return [...v];
    return v;
  });
}

/**
 * DataValidation and DataValidationBuilder answer the same four getters from their spec;
 * only the class name a call is counted under differs.
 */
abstract class ValidationGetters {
  protected abstract readonly spec: ValidationSpec;

  constructor(
    protected readonly kernel: FakeKernel,
    private readonly className: string,
  ) {}

  getCriteriaType(): string {
    this.kernel.call(`${this.className}.getCriteriaType`);
    return this.spec.criteria;
  }

  getCriteriaValues(): unknown[] {
    this.kernel.call(`${this.className}.getCriteriaValues`);
    return copyCriteriaValues(this.kernel, this.spec.values);
  }

  getAllowInvalid(): boolean {
    this.kernel.call(`${this.className}.getAllowInvalid`);
    return this.spec.allowInvalid;
  }

  getHelpText(): string | null {
    this.kernel.call(`${this.className}.getHelpText`);
    return this.spec.helpText;
  }
}

export class FakeDataValidation extends ValidationGetters {
  constructor(
    kernel: FakeKernel,
    readonly spec: ValidationSpec,
  ) {
    super(kernel, 'DataValidation');
  }

  copy(): FakeDataValidationBuilder {
    this.kernel.call('DataValidation.copy');
    return new FakeDataValidationBuilder(this.kernel, this.spec);
  }
}

export class FakeDataValidationBuilder extends ValidationGetters {
  protected spec: ValidationSpec;

  constructor(kernel: FakeKernel, from?: ValidationSpec) {
    super(kernel, 'DataValidationBuilder');
    // A new rule allows invalid input (warns) until setAllowInvalid(false), as in Sheets.
    this.spec = from
      ? { ...from, values: copyCriteriaValues(kernel, from.values) }
      : { criteria: '', values: [], allowInvalid: true, helpText: null };
  }

  private criteria(criteria: string, values: unknown[]): this {
    this.spec = { ...this.spec, criteria, values: copyCriteriaValues(this.kernel, values) };
    return this;
  }

  requireValueInList(values: unknown[], showDropdown = true): this {
    this.kernel.call('DataValidationBuilder.requireValueInList');
    return this.criteria('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireNumberBetween(start: number, end: number): this {
    this.kernel.call('DataValidationBuilder.requireNumberBetween');
    return this.criteria('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberNotBetween(start: number, end: number): this {
    this.kernel.call('DataValidationBuilder.requireNumberNotBetween');
    return this.criteria('NUMBER_NOT_BETWEEN', [start, end]);
  }

  requireNumberEqualTo(number: number): this {
    this.kernel.call('DataValidationBuilder.requireNumberEqualTo');
    return this.criteria('NUMBER_EQUAL_TO', [number]);
  }

  requireNumberGreaterThan(number: number): this {
    this.kernel.call('DataValidationBuilder.requireNumberGreaterThan');
    return this.criteria('NUMBER_GREATER_THAN', [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    this.kernel.call('DataValidationBuilder.requireNumberGreaterThanOrEqualTo');
    return this.criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberLessThan(number: number): this {
    this.kernel.call('DataValidationBuilder.requireNumberLessThan');
    return this.criteria('NUMBER_LESS_THAN', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): this {
    this.kernel.call('DataValidationBuilder.requireNumberLessThanOrEqualTo');
    return this.criteria('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    this.kernel.call('DataValidationBuilder.requireCheckbox');
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.criteria('CHECKBOX', values);
  }

  requireDate(): this {
    this.kernel.call('DataValidationBuilder.requireDate');
    return this.criteria('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: Date): this {
    this.kernel.call('DataValidationBuilder.requireDateAfter');
    return this.criteria('DATE_AFTER', [date]);
  }

  requireDateBefore(date: Date): this {
    this.kernel.call('DataValidationBuilder.requireDateBefore');
    return this.criteria('DATE_BEFORE', [date]);
  }

  requireDateBetween(start: Date, end: Date): this {
    this.kernel.call('DataValidationBuilder.requireDateBetween');
    return this.criteria('DATE_BETWEEN', [start, end]);
  }

  requireDateOnOrAfter(date: Date): this {
    this.kernel.call('DataValidationBuilder.requireDateOnOrAfter');
    return this.criteria('DATE_ON_OR_AFTER', [date]);
  }

  requireDateOnOrBefore(date: Date): this {
    this.kernel.call('DataValidationBuilder.requireDateOnOrBefore');
    return this.criteria('DATE_ON_OR_BEFORE', [date]);
  }

  requireTextIsUrl(): this {
    this.kernel.call('DataValidationBuilder.requireTextIsUrl');
    return this.criteria('TEXT_IS_VALID_URL', []);
  }

  requireTextIsEmail(): this {
    this.kernel.call('DataValidationBuilder.requireTextIsEmail');
    return this.criteria('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextContains(text: string): this {
    this.kernel.call('DataValidationBuilder.requireTextContains');
    return this.criteria('TEXT_CONTAINS', [text]);
  }

  requireTextEqualTo(text: string): this {
    this.kernel.call('DataValidationBuilder.requireTextEqualTo');
    return this.criteria('TEXT_EQUAL_TO', [text]);
  }

  requireFormulaSatisfied(formula: string): this {
    this.kernel.call('DataValidationBuilder.requireFormulaSatisfied');
    return this.criteria('CUSTOM_FORMULA', [formula]);
  }

  withCriteria(criteria: string, args: unknown[]): this {
    this.kernel.call('DataValidationBuilder.withCriteria');
    return this.criteria(String(criteria), args);
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.kernel.call('DataValidationBuilder.setAllowInvalid');
    this.spec = { ...this.spec, allowInvalid: Boolean(allowInvalidData) };
    return this;
  }

  setHelpText(helpText: string): this {
    this.kernel.call('DataValidationBuilder.setHelpText');
    this.spec = { ...this.spec, helpText: String(helpText) };
    return this;
  }

  build(): FakeDataValidation {
    this.kernel.call('DataValidationBuilder.build');
    if (this.spec.criteria === '') {
      throw this.kernel.error('INVALID_ARGUMENT', 'You must specify a criteria type.');
    }
    return new FakeDataValidation(this.kernel, {
      ...this.spec,
      values: copyCriteriaValues(this.kernel, this.spec.values),
    });
  }
}
