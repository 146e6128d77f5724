/**
 * The whole fake Google Workspace: every fake service on one kernel (clock, counters,
 * faults, ids), the globals to install into a script context, and save/load of the entire
 * state as JSON (the local preview keeps its workspace between runs this way).
 */
import { FakeCalendarService } from './calendar';
import { FakeCardService } from './cards';
import { FakeDriveService } from './drive';
import { FakeGmailService } from './gmail';
import { FakeHtmlService } from './html';
import { fromJson, toJson } from './json';
import { FakeKernel, type KernelState } from './kernel';
import { FakeMailService } from './mail';
import { FakeCacheService } from './script/cache';
import { FakeLockService } from './script/lock';
import { FakeLogger } from './script/logger';
import { FakePropertiesService } from './script/properties';
import { FakeSession } from './script/session';
import { FakeScriptApp } from './script/triggers';
import { FakeUtilities } from './script/utilities';
import { FakeSpreadsheetService } from './spreadsheet';

export interface WorkspaceOptions {
  /** Start of the fake clock (ISO); default Monday 23 November 2026 08:00 WIB. */
  readonly start?: string;
  /** Who runs executions until `asUser` says otherwise. */
  readonly user?: string;
  /** HTML files by Apps Script name (e.g. `Sidebar`), for HtmlService.createHtmlOutputFromFile. */
  readonly files?: Record<string, string>;
}

const STATE_VERSION = 1;

export class FakeWorkspace {
  readonly kernel: FakeKernel;
  readonly spreadsheets: FakeSpreadsheetService;
  readonly calendar: FakeCalendarService;
  readonly gmail: FakeGmailService;
  readonly mail: FakeMailService;
  readonly drive: FakeDriveService;
  readonly cards: FakeCardService;
  readonly html: FakeHtmlService;
  readonly properties: FakePropertiesService;
  readonly cache: FakeCacheService;
  readonly lock: FakeLockService;
  readonly triggers: FakeScriptApp;
  readonly session: FakeSession;
  readonly utilities: FakeUtilities;
  readonly logger: FakeLogger;

  constructor(options: WorkspaceOptions = {}) {
    this.kernel = new FakeKernel(options.start ?? '2026-11-23T01:00:00.000Z');
    if (options.user) this.kernel.activeUser = options.user;
    const k = this.kernel;
    this.spreadsheets = new FakeSpreadsheetService(k);
    this.calendar = new FakeCalendarService(k);
    this.gmail = new FakeGmailService(k);
    this.mail = new FakeMailService(k, this.gmail);
    this.drive = new FakeDriveService(k);
    this.cards = new FakeCardService(k);
    this.html = new FakeHtmlService(k, options.files ?? {});
    this.properties = new FakePropertiesService(k, () => this.spreadsheets.activeId());
    this.cache = new FakeCacheService(k);
    this.lock = new FakeLockService(k);
    this.triggers = new FakeScriptApp(k);
    this.session = new FakeSession(k);
    this.utilities = new FakeUtilities(k);
    this.logger = new FakeLogger(k);
  }

  /** Every Apps Script global the fakes provide, to install into a script context. */
  globals(): Record<string, unknown> {
    return {
      ...this.spreadsheets.globals(),
      ...this.calendar.globals(),
      ...this.gmail.globals(),
      ...this.mail.globals(),
      ...this.drive.globals(),
      ...this.cards.globals(),
      ...this.html.globals(),
      ...this.properties.globals(),
      ...this.cache.globals(),
      ...this.lock.globals(),
      ...this.triggers.globals(),
      ...this.session.globals(),
      ...this.utilities.globals(),
      ...this.logger.globals(),
    };
  }

  asUser(email: string): this {
    this.kernel.activeUser = email;
    return this;
  }

  save(): string {
    const state = {
      version: STATE_VERSION,
      kernel: this.kernel.snapshot(),
      spreadsheets: this.spreadsheets.snapshot(),
      calendar: this.calendar.snapshot(),
      gmail: this.gmail.snapshot(),
      mail: this.mail.snapshot(),
      drive: this.drive.snapshot(),
      properties: this.properties.snapshot(),
      cache: this.cache.snapshot(),
      triggers: this.triggers.snapshot(),
      utilities: this.utilities.snapshot(),
    };
    return JSON.stringify(toJson(state));
  }

  static load(json: string, options: Omit<WorkspaceOptions, 'start' | 'user'> = {}): FakeWorkspace {
    const workspace = new FakeWorkspace(options);
    const raw = JSON.parse(json) as { version?: unknown };
    if (raw.version !== STATE_VERSION) {
      throw new Error(
        `saved workspace has version ${String(raw.version)}; this fake reads version ${STATE_VERSION}`,
      );
    }
    type Saved = {
      kernel: KernelState;
      spreadsheets: Parameters<FakeSpreadsheetService['restore']>[0];
      calendar: Parameters<FakeCalendarService['restore']>[0];
      gmail: Parameters<FakeGmailService['restore']>[0];
      mail: Parameters<FakeMailService['restore']>[0];
      /** Absent in workspaces saved before the Drive fake existed: they load with an empty Drive. */
      drive?: Parameters<FakeDriveService['restore']>[0];
      properties: Parameters<FakePropertiesService['restore']>[0];
      cache: Parameters<FakeCacheService['restore']>[0];
      triggers: Parameters<FakeScriptApp['restore']>[0];
      utilities: Parameters<FakeUtilities['restore']>[0];
    };
    // Dates are rebuilt through the kernel so they belong to the script realm later.
    const state = fromJson<Saved>(raw, (iso) => workspace.kernel.date(iso));
    workspace.kernel.restore(state.kernel);
    workspace.spreadsheets.restore(state.spreadsheets);
    workspace.calendar.restore(state.calendar);
    workspace.gmail.restore(state.gmail);
    workspace.mail.restore(state.mail);
    if (state.drive) workspace.drive.restore(state.drive);
    workspace.properties.restore(state.properties);
    workspace.cache.restore(state.cache);
    workspace.triggers.restore(state.triggers);
    workspace.utilities.restore(state.utilities);
    return workspace;
  }
}
