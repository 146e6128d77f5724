/**
 * Spreadsheet: one file. Its tabs, time zone, named ranges, sharing (owner and editors, which
 * drive protection checks) and the toasts it showed.
 */
import type { FakeKernel } from '../kernel';
import { rectFromA1, signatureError } from './locate';
import {
  allocateId,
  newSheet,
  type SheetModel,
  type SpreadsheetModel,
  sheetById,
  sheetByName,
  sheetNameTaken,
} from './model';
import { FakeNamedRange, findNamedRange, isValidRangeName, rangeOfName } from './named-range';
import { type FakeProtection, protectionsOf } from './protection';
import { FakeRange } from './range';
import { duplicateNameError, FakeSheet } from './sheet';
import { emailOf, FakeUser, uniqueEmails } from './user';
import type { Workspace } from './workspace';
import { isValidTimeZone } from './zone';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

export class FakeSpreadsheet {
  private readonly kernel: FakeKernel;

  constructor(
    private readonly ws: Workspace,
    readonly ss: SpreadsheetModel,
  ) {
    this.kernel = ws.kernel;
  }

  private wrap(sheet: SheetModel): FakeSheet {
    return new FakeSheet(this.ws, this.ss, sheet);
  }

  private activeSheet(): SheetModel {
    const sheet = sheetById(this.ss, this.ss.activeSheetId) ?? this.ss.sheets[0];
    if (!sheet) throw this.kernel.error('NOT_FOUND', 'Sheet');
    return sheet;
  }

  private ownSheet(method: string, sheet: unknown): SheetModel {
    if (!(sheet instanceof FakeSheet) || !this.ss.sheets.includes(sheet.sheet)) {
      throw signatureError(this.ws, method, [sheet]);
    }
    return sheet.sheet;
  }

  getId(): string {
    this.kernel.call('Spreadsheet.getId');
    return this.ss.id;
  }

  getUrl(): string {
    this.kernel.call('Spreadsheet.getUrl');
    return spreadsheetUrl(this.ss.id);
  }

  getName(): string {
    this.kernel.call('Spreadsheet.getName');
    return this.ss.name;
  }

  rename(newName: string): void {
    this.kernel.call('Spreadsheet.rename');
    this.ss.name = String(newName);
  }

  getSheets(): FakeSheet[] {
    this.kernel.call('Spreadsheet.getSheets');
    return this.ss.sheets.map((s) => this.wrap(s));
  }

  getNumSheets(): number {
    this.kernel.call('Spreadsheet.getNumSheets');
    return this.ss.sheets.length;
  }

  /** null when absent; the name must match exactly, case included. */
  getSheetByName(name: string): FakeSheet | null {
    this.kernel.call('Spreadsheet.getSheetByName');
    const sheet = sheetByName(this.ss, String(name));
    return sheet ? this.wrap(sheet) : null;
  }

  getSheetById(id: number): FakeSheet | null {
    this.kernel.call('Spreadsheet.getSheetById');
    const sheet = sheetById(this.ss, id);
    return sheet ? this.wrap(sheet) : null;
  }

  /**
   * insertSheet(), (sheetIndex), (sheetName), (sheetName, sheetIndex) and the variants with
   * an options object (whose template is not supported). The index is 0-based; the new sheet
   * becomes the active sheet.
   */
  insertSheet(...args: unknown[]): FakeSheet {
    this.kernel.call('Spreadsheet.insertSheet');
    const given = args.find((a): a is string => typeof a === 'string');
    const index = args.find((a): a is number => typeof a === 'number');
    let name = given;
    if (name === undefined) {
      let n = this.ss.sheets.length + 1;
      while (sheetNameTaken(this.ss, `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (sheetNameTaken(this.ss, name)) throw duplicateNameError(this.ws, name);
    if (
      index !== undefined &&
      (!Number.isInteger(index) || index < 0 || index > this.ss.sheets.length)
    ) {
      throw this.kernel.error('INVALID_ARGUMENT', 'sheetIndex');
    }
    const sheet = newSheet(allocateId(this.ss), name, DEFAULT_ROWS, DEFAULT_COLUMNS);
    this.ss.sheets.splice(index ?? this.ss.sheets.length, 0, sheet);
    this.ss.activeSheetId = sheet.id;
    return this.wrap(sheet);
  }

  deleteSheet(sheet: unknown): void {
    this.kernel.call('Spreadsheet.deleteSheet');
    const model = this.ownSheet('Spreadsheet.deleteSheet', sheet);
    if (this.ss.sheets.length === 1) {
      throw this.kernel.error('INVALID_ARGUMENT', "You can't remove all the sheets in a document.");
    }
    this.ss.sheets = this.ss.sheets.filter((s) => s !== model);
    this.ss.protections = this.ss.protections.filter((p) => p.sheetId !== model.id);
    this.ss.namedRanges = this.ss.namedRanges.filter((n) => n.sheetId !== model.id);
    for (const other of this.ss.sheets) {
      for (const chart of other.charts) {
        chart.ranges = chart.ranges.filter((r) => r.sheetId !== model.id);
      }
    }
    if (this.ss.activeSheetId === model.id) {
      this.ss.activeSheetId = (this.ss.sheets.find((s) => !s.hidden) ?? this.ss.sheets[0])?.id ?? 0;
    }
  }

  getActiveSheet(): FakeSheet {
    this.kernel.call('Spreadsheet.getActiveSheet');
    return this.wrap(this.activeSheet());
  }

  setActiveSheet(sheet: unknown): FakeSheet {
    this.kernel.call('Spreadsheet.setActiveSheet');
    const model = this.ownSheet('Spreadsheet.setActiveSheet', sheet);
    this.ss.activeSheetId = model.id;
    return this.wrap(model);
  }

  getSpreadsheetTimeZone(): string {
    this.kernel.call('Spreadsheet.getSpreadsheetTimeZone');
    return this.ss.timeZone;
  }

  /**
   * Date cells keep their instant. Sheets keeps their wall-clock serial instead, so after a
   * zone change Google's getValues returns shifted Dates where the fake's do not.
   */
  setSpreadsheetTimeZone(timezone: string): void {
    this.kernel.call('Spreadsheet.setSpreadsheetTimeZone');
    if (typeof timezone !== 'string' || !isValidTimeZone(timezone)) {
      throw this.kernel.error('INVALID_ARGUMENT', `timezone: ${String(timezone)}`);
    }
    this.ss.timeZone = timezone;
  }

  /** A1 notation, optionally `Sheet!`-prefixed; without a prefix, on the active sheet. */
  getRange(a1Notation: string): FakeRange {
    this.kernel.call('Spreadsheet.getRange');
    return new FakeRange(
      this.ws,
      rectFromA1(this.ws, this.ss, this.activeSheet(), a1Notation, 'Spreadsheet.getRange'),
    );
  }

  getRangeByName(name: string): FakeRange | null {
    this.kernel.call('Spreadsheet.getRangeByName');
    const spec = findNamedRange(this.ss, String(name));
    return spec ? rangeOfName(this.ws, this.ss, spec) : null;
  }

  /** Names (or re-points, when the name exists) a range of this spreadsheet. */
  setNamedRange(name: string, range: unknown): void {
    this.kernel.call('Spreadsheet.setNamedRange');
    const text = String(name);
    if (!isValidRangeName(text)) throw this.kernel.error('INVALID_ARGUMENT', `name "${text}"`);
    if (!(range instanceof FakeRange) || range.target.ss !== this.ss) {
      throw signatureError(this.ws, 'Spreadsheet.setNamedRange', [name, range]);
    }
    const existing = findNamedRange(this.ss, text);
    const place = { sheetId: range.target.sheet.id, rect: range.target.rect };
    if (existing) Object.assign(existing, place);
    else this.ss.namedRanges.push({ name: text, ...place });
  }

  getNamedRanges(): FakeNamedRange[] {
    this.kernel.call('Spreadsheet.getNamedRanges');
    return this.ss.namedRanges.map((spec) => new FakeNamedRange(this.ws, this.ss, spec));
  }

  removeNamedRange(name: string): void {
    this.kernel.call('Spreadsheet.removeNamedRange');
    const spec = findNamedRange(this.ss, String(name));
    this.ss.namedRanges = this.ss.namedRanges.filter((n) => n !== spec);
  }

  getOwner(): FakeUser {
    this.kernel.call('Spreadsheet.getOwner');
    return new FakeUser(this.kernel, this.ss.owner);
  }

  addEditor(emailAddressOrUser: unknown): this {
    this.kernel.call('Spreadsheet.addEditor');
    this.ss.editors = uniqueEmails([...this.ss.editors, emailOf(emailAddressOrUser)]);
    return this;
  }

  addEditors(emailAddresses: unknown[]): this {
    this.kernel.call('Spreadsheet.addEditors');
    this.ss.editors = uniqueEmails([...this.ss.editors, ...emailAddresses.map(emailOf)]);
    return this;
  }

  removeEditor(emailAddressOrUser: unknown): this {
    this.kernel.call('Spreadsheet.removeEditor');
    const email = emailOf(emailAddressOrUser).toLowerCase();
    this.ss.editors = this.ss.editors.filter((e) => e.toLowerCase() !== email);
    return this;
  }

  /** The owner first, then the editors the file was shared with. */
  getEditors(): FakeUser[] {
    this.kernel.call('Spreadsheet.getEditors');
    return uniqueEmails([this.ss.owner, ...this.ss.editors]).map(
      (e) => new FakeUser(this.kernel, e),
    );
  }

  getProtections(type: unknown): FakeProtection[] {
    this.kernel.call('Spreadsheet.getProtections');
    return protectionsOf(this.ws, this.ss, type);
  }

  toast(msg: unknown, title?: unknown, timeoutSeconds?: number): void {
    this.kernel.call('Spreadsheet.toast');
    this.ws.toasts.push({
      spreadsheetId: this.ss.id,
      message: String(msg),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}
