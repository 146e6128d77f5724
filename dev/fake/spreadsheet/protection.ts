/**
 * Protected ranges and sheets, enforced. Google's rules, from the Protection reference:
 * a new protection mirrors the file's sharing (so it protects nothing) until a script
 * changes its editors or domain setting; the spreadsheet owner can always edit; neither the
 * owner nor the current user can be removed as an editor; warning-only protections let
 * everyone edit. A write the active user may not make throws and changes nothing.
 */
import type { FakeKernel } from '../kernel';
import { contains, intersects, type Rect } from './a1';
import type { RangeTarget } from './locate';
import { type ProtectionSpec, type SheetModel, type SpreadsheetModel, sheetById } from './model';
import { FakeNamedRange } from './named-range';
import { FakeRange } from './range';
import { emailOf, FakeUser, uniqueEmails } from './user';
import type { Workspace } from './workspace';

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });

function sameUser(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

export function userCanEdit(ss: SpreadsheetModel, p: ProtectionSpec, user: string): boolean {
  if (sameUser(user, ss.owner)) return true;
  // Sharing of the file itself is not modelled, so a mirroring protection stops no one.
  if (p.editors === null) return true;
  if (p.editors.some((e) => sameUser(e, user))) return true;
  return p.domainEdit && domainOf(user) === domainOf(ss.owner);
}

/** Every cell of `rect` lies in one of `holes`. */
function coveredBy(rect: Rect, holes: Rect[]): boolean {
  if (holes.length === 0) return false;
  const lastCol = rect.col + rect.numCols - 1;
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    const spans = holes
      .filter((h) => r >= h.row && r < h.row + h.numRows)
      .map((h) => [h.col, h.col + h.numCols - 1] as const)
      .sort((a, b) => a[0] - b[0]);
    let reach = rect.col - 1;
    for (const [start, end] of spans) {
      if (start > reach + 1) break;
      reach = Math.max(reach, end);
    }
    if (reach < lastCol) return false;
  }
  return true;
}

function blocks(
  ss: SpreadsheetModel,
  p: ProtectionSpec,
  sheet: SheetModel,
  rect: Rect,
  user: string,
) {
  if (p.sheetId !== sheet.id || p.warningOnly || userCanEdit(ss, p, user)) return false;
  if (p.rect !== null) return intersects(p.rect, rect);
  return !coveredBy(rect, p.unprotected);
}

export function canEditRect(ws: Workspace, t: RangeTarget): boolean {
  const user = ws.kernel.activeUser;
  return !t.ss.protections.some((p) => blocks(t.ss, p, t.sheet, t.rect, user));
}

export function assertCanWrite(ws: Workspace, t: RangeTarget): void {
  if (!canEditRect(ws, t)) throw ws.exactError('PERMISSION', PROTECTED_MESSAGE);
}

export function wholeSheet(sheet: SheetModel): Rect {
  return { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols };
}

export class FakeProtection {
  private readonly kernel: FakeKernel;

  constructor(
    private readonly ws: Workspace,
    private readonly ss: SpreadsheetModel,
    private readonly spec: ProtectionSpec,
  ) {
    this.kernel = ws.kernel;
  }

  private sheet(): SheetModel {
    const sheet = sheetById(this.ss, this.spec.sheetId);
    if (!sheet) throw this.kernel.error('NOT_FOUND', 'Protected sheet');
    return sheet;
  }

  private requireEditor(): void {
    if (!userCanEdit(this.ss, this.spec, this.kernel.activeUser)) {
      throw this.ws.exactError('PERMISSION', PROTECTED_MESSAGE);
    }
  }

  /** The first change to the editors turns the mirrored sharing into an explicit list. */
  private editorList(): string[] {
    this.requireEditor();
    if (this.spec.editors === null) {
      this.spec.editors = uniqueEmails([this.ss.owner, ...this.ss.editors, this.kernel.activeUser]);
    }
    return this.spec.editors;
  }

  private add(emails: string[]): this {
    this.spec.editors = uniqueEmails([...this.editorList(), ...emails]);
    return this;
  }

  private drop(emails: string[]): this {
    const keep = [this.ss.owner, this.kernel.activeUser];
    const gone = emails.filter((e) => !keep.some((k) => sameUser(k, e)));
    this.spec.editors = this.editorList().filter((e) => !gone.some((g) => sameUser(g, e)));
    return this;
  }

  addEditor(emailAddressOrUser: unknown): this {
    this.kernel.call('Protection.addEditor');
    return this.add([emailOf(emailAddressOrUser)]);
  }

  addEditors(emailAddresses: unknown[]): this {
    this.kernel.call('Protection.addEditors');
    return this.add(emailAddresses.map(emailOf));
  }

  removeEditor(emailAddressOrUser: unknown): this {
    this.kernel.call('Protection.removeEditor');
    return this.drop([emailOf(emailAddressOrUser)]);
  }

  removeEditors(emailAddresses: unknown[]): this {
    this.kernel.call('Protection.removeEditors');
    return this.drop(emailAddresses.map(emailOf));
  }

  getEditors(): FakeUser[] {
    this.kernel.call('Protection.getEditors');
    this.requireEditor();
    const emails = this.spec.editors ?? uniqueEmails([this.ss.owner, ...this.ss.editors]);
    return emails.map((e) => new FakeUser(this.kernel, e));
  }

  canEdit(): boolean {
    this.kernel.call('Protection.canEdit');
    return userCanEdit(this.ss, this.spec, this.kernel.activeUser);
  }

  canDomainEdit(): boolean {
    this.kernel.call('Protection.canDomainEdit');
    this.requireEditor();
    return this.spec.domainEdit;
  }

  setDomainEdit(editable: boolean): this {
    this.kernel.call('Protection.setDomainEdit');
    this.editorList();
    this.spec.domainEdit = Boolean(editable);
    return this;
  }

  getDescription(): string {
    this.kernel.call('Protection.getDescription');
    return this.spec.description;
  }

  setDescription(description: string): this {
    this.kernel.call('Protection.setDescription');
    this.requireEditor();
    this.spec.description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    this.kernel.call('Protection.isWarningOnly');
    return this.spec.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.kernel.call('Protection.setWarningOnly');
    this.requireEditor();
    this.spec.warningOnly = Boolean(warningOnly);
    return this;
  }

  getProtectionType(): string {
    this.kernel.call('Protection.getProtectionType');
    return this.spec.type;
  }

  getRange(): FakeRange {
    this.kernel.call('Protection.getRange');
    const sheet = this.sheet();
    const rect = this.spec.rect ?? wholeSheet(sheet);
    return new FakeRange(this.ws, { ss: this.ss, sheet, rect, shape: 'cells' });
  }

  setRange(range: unknown): this {
    this.kernel.call('Protection.setRange');
    this.requireEditor();
    if (!(range instanceof FakeRange) || range.target.ss !== this.ss) {
      throw this.kernel.error('INVALID_ARGUMENT', 'range');
    }
    if (this.spec.type === 'RANGE') {
      this.spec.sheetId = range.target.sheet.id;
      this.spec.rect = range.target.rect;
    }
    return this;
  }

  getRangeName(): string | null {
    this.kernel.call('Protection.getRangeName');
    return this.spec.rangeName;
  }

  setRangeName(rangeName: string): this {
    this.kernel.call('Protection.setRangeName');
    return this.associate(String(rangeName));
  }

  setNamedRange(namedRange: unknown): this {
    this.kernel.call('Protection.setNamedRange');
    return this.associate(namedRange instanceof FakeNamedRange ? namedRange.spec.name : '');
  }

  private associate(name: string): this {
    this.requireEditor();
    const named = this.ss.namedRanges.find((n) => n.name === name);
    if (!named) throw this.kernel.error('NOT_FOUND', `Named range "${name}"`);
    if (named.sheetId !== this.spec.sheetId) {
      throw this.kernel.error(
        'INVALID_ARGUMENT',
        'The named range must be on the same sheet as the current protected range.',
      );
    }
    this.spec.rangeName = named.name;
    this.spec.rect = named.rect;
    return this;
  }

  getUnprotectedRanges(): FakeRange[] {
    this.kernel.call('Protection.getUnprotectedRanges');
    const sheet = this.sheet();
    return this.spec.unprotected.map(
      (rect) => new FakeRange(this.ws, { ss: this.ss, sheet, rect, shape: 'cells' }),
    );
  }

  setUnprotectedRanges(ranges: unknown[]): this {
    this.kernel.call('Protection.setUnprotectedRanges');
    this.requireEditor();
    if (this.spec.type !== 'SHEET') {
      throw this.kernel.error(
        'INVALID_ARGUMENT',
        'Unprotected ranges are only supported on protected sheets.',
      );
    }
    const sheet = this.sheet();
    const rects = ranges.map((r) => {
      if (!(r instanceof FakeRange) || r.target.sheet !== sheet) {
        throw this.kernel.error('INVALID_ARGUMENT', 'Every range must be on the protected sheet.');
      }
      return r.target.rect;
    });
    this.spec.unprotected = rects.filter((r) => contains(wholeSheet(sheet), r));
    return this;
  }

  remove(): void {
    this.kernel.call('Protection.remove');
    this.requireEditor();
    this.ss.protections = this.ss.protections.filter((p) => p !== this.spec);
  }
}

export function protect(
  ws: Workspace,
  ss: SpreadsheetModel,
  sheet: SheetModel,
  rect: Rect | null,
  id: number,
): FakeProtection {
  const spec: ProtectionSpec = {
    id,
    type: rect === null ? 'SHEET' : 'RANGE',
    sheetId: sheet.id,
    rect,
    description: '',
    editors: null,
    domainEdit: false,
    warningOnly: false,
    unprotected: [],
    rangeName: null,
  };
  ss.protections.push(spec);
  return new FakeProtection(ws, ss, spec);
}

export function protectionsOf(
  ws: Workspace,
  ss: SpreadsheetModel,
  type: unknown,
  sheet?: SheetModel,
): FakeProtection[] {
  return ss.protections
    .filter((p) => p.type === String(type) && (sheet === undefined || p.sheetId === sheet.id))
    .map((p) => new FakeProtection(ws, ss, p));
}
