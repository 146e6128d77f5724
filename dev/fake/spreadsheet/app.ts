/** The SpreadsheetApp global: opening and creating files, the bound file, the Ui, builders. */
import type { FakeKernel } from '../kernel';
import { BooleanCriteria, FakeConditionalFormatRuleBuilder } from './conditional';
import { newSheet, type SpreadsheetModel } from './model';
import { ProtectionType } from './protection';
import { FakeSheet } from './sheet';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';
import { DataValidationCriteria, FakeDataValidationBuilder } from './validation';
import type { Workspace } from './workspace';

export const WrapStrategy = Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' });

/** Google's message when a file id does not exist, is trashed or is not shared with the user. */
function missingFile(method: string): string {
  return `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`;
}

export class FakeSpreadsheetApp {
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;

  constructor(private readonly ws: Workspace) {}

  private get kernel(): FakeKernel {
    return this.ws.kernel;
  }

  private open(id: string, method: string): FakeSpreadsheet {
    const ss = this.ws.spreadsheets.get(id);
    if (!ss || ss.trashed) throw this.ws.exactError('NOT_FOUND', missingFile(method));
    return new FakeSpreadsheet(this.ws, ss);
  }

  /** A new file owned by the active user, with one 1000 × 26 sheet named Sheet1. */
  create(name: string, rows?: number, columns?: number): FakeSpreadsheet {
    this.kernel.call('SpreadsheetApp.create');
    const size = [rows ?? DEFAULT_ROWS, columns ?? DEFAULT_COLUMNS];
    if (typeof name !== 'string' || size.some((n) => !Number.isInteger(n) || n < 1)) {
      throw this.kernel.error('INVALID_ARGUMENT', 'create');
    }
    const ss: SpreadsheetModel = {
      id: this.kernel.nextId('ss'),
      name,
      owner: this.kernel.activeUser,
      editors: [],
      timeZone: this.kernel.timeZone,
      sheets: [newSheet(0, 'Sheet1', size[0] ?? DEFAULT_ROWS, size[1] ?? DEFAULT_COLUMNS)],
      activeSheetId: 0,
      nextObjectId: 1,
      namedRanges: [],
      protections: [],
      trashed: false,
    };
    this.ws.spreadsheets.set(ss.id, ss);
    return new FakeSpreadsheet(this.ws, ss);
  }

  openById(id: string): FakeSpreadsheet {
    this.kernel.call('SpreadsheetApp.openById');
    return this.open(String(id), 'openById');
  }

  openByUrl(url: string): FakeSpreadsheet {
    this.kernel.call('SpreadsheetApp.openByUrl');
    const match = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!match?.[1]) throw this.kernel.error('INVALID_ARGUMENT', 'url');
    return this.open(match[1], 'openByUrl');
  }

  /** The file the script is bound to; null for a standalone script. */
  getActiveSpreadsheet(): FakeSpreadsheet | null {
    this.kernel.call('SpreadsheetApp.getActiveSpreadsheet');
    return this.active();
  }

  getActive(): FakeSpreadsheet | null {
    this.kernel.call('SpreadsheetApp.getActive');
    return this.active();
  }

  getActiveSheet(): FakeSheet | null {
    this.kernel.call('SpreadsheetApp.getActiveSheet');
    const active = this.active();
    if (!active) return null;
    const { ss } = active;
    const sheet = ss.sheets.find((s) => s.id === ss.activeSheetId) ?? ss.sheets[0];
    return sheet ? new FakeSheet(this.ws, ss, sheet) : null;
  }

  private active(): FakeSpreadsheet | null {
    const ss = this.ws.activeId === null ? undefined : this.ws.spreadsheets.get(this.ws.activeId);
    return ss && !ss.trashed ? new FakeSpreadsheet(this.ws, ss) : null;
  }

  /** Only where a Sheets editor is open: not from a standalone script, trigger or web app. */
  getUi(): FakeUi {
    this.kernel.call('SpreadsheetApp.getUi');
    const active = this.active();
    if (!active || !this.ws.uiAvailable) {
      throw this.ws.exactError(
        'PERMISSION',
        'Cannot call SpreadsheetApp.getUi() from this context.',
      );
    }
    return new FakeUi(this.ws, active.ss.id);
  }

  /** Writes are applied at once in the fake, so there is nothing to flush. */
  flush(): void {
    this.kernel.call('SpreadsheetApp.flush');
  }

  newDataValidation(): FakeDataValidationBuilder {
    this.kernel.call('SpreadsheetApp.newDataValidation');
    return new FakeDataValidationBuilder(this.kernel);
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    this.kernel.call('SpreadsheetApp.newConditionalFormatRule');
    return new FakeConditionalFormatRuleBuilder(this.kernel);
  }
}
