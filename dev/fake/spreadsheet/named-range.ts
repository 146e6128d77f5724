/** Named ranges (Spreadsheet.setNamedRange / getNamedRanges / getRangeByName). */
import type { FakeKernel } from '../kernel';
import { type NamedRangeSpec, type SpreadsheetModel, sheetById } from './model';
import { FakeRange } from './range';
import type { Workspace } from './workspace';

/**
 * Sheets' rule for names: letters, digits, underscores and periods, not starting with a digit,
 * not "true"/"false", and not something that reads as a cell reference (A1, R1C1).
 */
export function isValidRangeName(name: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || name.length > 250) return false;
  if (/^(true|false)$/i.test(name)) return false;
  return !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name);
}

export function findNamedRange(ss: SpreadsheetModel, name: string): NamedRangeSpec | undefined {
  const wanted = name.toLowerCase();
  return ss.namedRanges.find((n) => n.name.toLowerCase() === wanted);
}

export function rangeOfName(ws: Workspace, ss: SpreadsheetModel, spec: NamedRangeSpec) {
  const sheet = sheetById(ss, spec.sheetId);
  return sheet ? new FakeRange(ws, { ss, sheet, rect: spec.rect, shape: 'cells' }) : null;
}

export class FakeNamedRange {
  private readonly kernel: FakeKernel;

  constructor(
    private readonly ws: Workspace,
    private readonly ss: SpreadsheetModel,
    readonly spec: NamedRangeSpec,
  ) {
    this.kernel = ws.kernel;
  }

  getName(): string {
    this.kernel.call('NamedRange.getName');
    return this.spec.name;
  }

  setName(name: string): this {
    this.kernel.call('NamedRange.setName');
    const text = String(name);
    const clash = findNamedRange(this.ss, text);
    if (!isValidRangeName(text) || (clash && clash !== this.spec)) {
      throw this.kernel.error('INVALID_ARGUMENT', `name "${text}"`);
    }
    this.spec.name = text;
    return this;
  }

  getRange(): FakeRange {
    this.kernel.call('NamedRange.getRange');
    const range = rangeOfName(this.ws, this.ss, this.spec);
    if (!range) throw this.kernel.error('INVALID_ARGUMENT', 'Range not found');
    return range;
  }

  setRange(range: unknown): this {
    this.kernel.call('NamedRange.setRange');
    if (!(range instanceof FakeRange) || range.target.ss !== this.ss) {
      throw this.kernel.error('INVALID_ARGUMENT', 'range');
    }
    this.spec.sheetId = range.target.sheet.id;
    this.spec.rect = range.target.rect;
    return this;
  }

  remove(): void {
    this.kernel.call('NamedRange.remove');
    this.ss.namedRanges = this.ss.namedRanges.filter((n) => n !== this.spec);
  }
}
