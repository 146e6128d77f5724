/**
 * Conditional format rules (boolean conditions only): built with
 * SpreadsheetApp.newConditionalFormatRule(), stored with Sheet.setConditionalFormatRules.
 * Recorded, never applied to how cells display.
 */
import type { FakeKernel } from '../kernel';
import type { CellFormatSpec, ConditionSpec } from './model';
import { FakeRange } from './range';
import { copyCriteriaValues } from './validation';

export const BooleanCriteria = Object.freeze({
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
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
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
});

export interface RuleParts {
  ranges: FakeRange[];
  condition: ConditionSpec | null;
  format: CellFormatSpec;
}

export class FakeBooleanCondition {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly condition: ConditionSpec,
    private readonly format: CellFormatSpec,
  ) {}

  getCriteriaType(): string {
    this.kernel.call('BooleanCondition.getCriteriaType');
    return this.condition.type;
  }

  getCriteriaValues(): unknown[] {
    this.kernel.call('BooleanCondition.getCriteriaValues');
    return copyCriteriaValues(this.kernel, this.condition.values);
  }

  getBackground(): string | null {
    this.kernel.call('BooleanCondition.getBackground');
    return this.format.background;
  }

  getFontColor(): string | null {
    this.kernel.call('BooleanCondition.getFontColor');
    return this.format.fontColor;
  }

  getBold(): boolean | null {
    this.kernel.call('BooleanCondition.getBold');
    return this.format.bold;
  }

  getItalic(): boolean | null {
    this.kernel.call('BooleanCondition.getItalic');
    return this.format.italic;
  }
}

export class FakeConditionalFormatRule {
  constructor(
    private readonly kernel: FakeKernel,
    readonly parts: RuleParts,
  ) {}

  getRanges(): FakeRange[] {
    this.kernel.call('ConditionalFormatRule.getRanges');
    return [...this.parts.ranges];
  }

  getBooleanCondition(): FakeBooleanCondition | null {
    this.kernel.call('ConditionalFormatRule.getBooleanCondition');
    const { condition, format } = this.parts;
    return condition ? new FakeBooleanCondition(this.kernel, condition, format) : null;
  }

  copy(): FakeConditionalFormatRuleBuilder {
    this.kernel.call('ConditionalFormatRule.copy');
    return new FakeConditionalFormatRuleBuilder(this.kernel, this.parts);
  }
}

export class FakeConditionalFormatRuleBuilder {
  private parts: RuleParts;

  constructor(
    private readonly kernel: FakeKernel,
    from?: RuleParts,
  ) {
    this.parts = from
      ? { ...from, ranges: [...from.ranges], format: { ...from.format } }
      : {
          ranges: [],
          condition: null,
          format: { background: null, fontColor: null, bold: null, italic: null },
        };
  }

  private when(type: string, values: unknown[]): this {
    this.parts = {
      ...this.parts,
      condition: { type, values: copyCriteriaValues(this.kernel, values) },
    };
    return this;
  }

  private style(patch: Partial<CellFormatSpec>): this {
    this.parts = { ...this.parts, format: { ...this.parts.format, ...patch } };
    return this;
  }

  whenCellEmpty(): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenCellEmpty');
    return this.when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenCellNotEmpty');
    return this.when('CELL_NOT_EMPTY', []);
  }

  whenNumberBetween(start: number, end: number): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenNumberBetween');
    return this.when('NUMBER_BETWEEN', [start, end]);
  }

  whenNumberNotBetween(start: number, end: number): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenNumberNotBetween');
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }

  whenNumberEqualTo(number: number): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenNumberEqualTo');
    return this.when('NUMBER_EQUAL_TO', [number]);
  }

  whenNumberNotEqualTo(number: number): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenNumberNotEqualTo');
    return this.when('NUMBER_NOT_EQUAL_TO', [number]);
  }

  whenNumberGreaterThan(number: number): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenNumberGreaterThan');
    return this.when('NUMBER_GREATER_THAN', [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenNumberGreaterThanOrEqualTo');
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberLessThan(number: number): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenNumberLessThan');
    return this.when('NUMBER_LESS_THAN', [number]);
  }

  whenNumberLessThanOrEqualTo(number: number): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenNumberLessThanOrEqualTo');
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  whenTextEqualTo(text: string): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenTextEqualTo');
    return this.when('TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenTextContains');
    return this.when('TEXT_CONTAINS', [text]);
  }

  whenTextDoesNotContain(text: string): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenTextDoesNotContain');
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }

  whenTextStartsWith(text: string): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenTextStartsWith');
    return this.when('TEXT_STARTS_WITH', [text]);
  }

  whenTextEndsWith(text: string): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenTextEndsWith');
    return this.when('TEXT_ENDS_WITH', [text]);
  }

  whenFormulaSatisfied(formula: string): this {
    this.kernel.call('ConditionalFormatRuleBuilder.whenFormulaSatisfied');
    return this.when('CUSTOM_FORMULA', [formula]);
  }

  setBackground(color: string | null): this {
    this.kernel.call('ConditionalFormatRuleBuilder.setBackground');
    return this.style({ background: color });
  }

  setFontColor(color: string | null): this {
    this.kernel.call('ConditionalFormatRuleBuilder.setFontColor');
    return this.style({ fontColor: color });
  }

  setBold(bold: boolean | null): this {
    this.kernel.call('ConditionalFormatRuleBuilder.setBold');
    return this.style({ bold });
  }

  setItalic(italic: boolean | null): this {
    this.kernel.call('ConditionalFormatRuleBuilder.setItalic');
    return this.style({ italic });
  }

  setRanges(ranges: unknown[]): this {
    this.kernel.call('ConditionalFormatRuleBuilder.setRanges');
    const list = ranges.map((r) => {
      if (!(r instanceof FakeRange)) throw this.kernel.error('INVALID_ARGUMENT', 'ranges');
      return r;
    });
    this.parts = { ...this.parts, ranges: list };
    return this;
  }

  getRanges(): FakeRange[] {
    this.kernel.call('ConditionalFormatRuleBuilder.getRanges');
    return [...this.parts.ranges];
  }

  build(): FakeConditionalFormatRule {
    this.kernel.call('ConditionalFormatRuleBuilder.build');
    return new FakeConditionalFormatRule(this.kernel, {
      ...this.parts,
      ranges: [...this.parts.ranges],
      format: { ...this.parts.format },
    });
  }
}
