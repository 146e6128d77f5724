/**
 * The SpreadsheetApp fake: `globals()` gives the object to install as the global
 * `SpreadsheetApp`; the other public methods are the test API (not counted as service calls)
 * for seeding, binding the script to a file and asserting on what the script showed.
 */
import { fromJson, toJson } from '../json';
import type { FakeKernel, Persistent } from '../kernel';
import { FakeSpreadsheetApp } from './app';
import { loadSpreadsheet, type SpreadsheetServiceState, saveSpreadsheet } from './persist';
import { FakeSpreadsheet, spreadsheetUrl } from './spreadsheet';
import type { AlertRecord, MenuTree, ShownDialog, ShownHtml, ToastRecord } from './workspace';
import { Workspace } from './workspace';

export type SpreadsheetSnapshot = ReturnType<typeof toJson>;

export interface SpreadsheetSummary {
  id: string;
  name: string;
  url: string;
  owner: string;
  sheets: string[];
  trashed: boolean;
}

export class FakeSpreadsheetService implements Persistent<SpreadsheetSnapshot> {
  private readonly ws: Workspace;
  private readonly app: FakeSpreadsheetApp;

  constructor(readonly kernel: FakeKernel) {
    this.ws = new Workspace(kernel);
    this.app = new FakeSpreadsheetApp(this.ws);
  }

  globals(): { SpreadsheetApp: unknown } {
    return { SpreadsheetApp: this.app };
  }

  /** Files, the bound file and the installed menus; shown dialogs and alerts are not kept. */
  snapshot(): SpreadsheetSnapshot {
    const state: SpreadsheetServiceState = {
      spreadsheets: [...this.ws.spreadsheets.values()].map(saveSpreadsheet),
      activeId: this.ws.activeId,
      uiAvailable: this.ws.uiAvailable,
      menus: [...this.ws.menus.entries()],
    };
    return toJson(state);
  }

  restore(state: SpreadsheetSnapshot): void {
    // toJson first: the whole-workspace loader may hand over a tree whose dates are revived.
    const loaded = fromJson<SpreadsheetServiceState>(toJson(state), (iso) => this.kernel.date(iso));
    this.ws.spreadsheets.clear();
    for (const ss of loaded.spreadsheets) this.ws.spreadsheets.set(ss.id, loadSpreadsheet(ss));
    this.ws.activeId = loaded.activeId;
    this.ws.uiAvailable = loaded.uiAvailable;
    this.ws.menus.clear();
    for (const [id, menus] of loaded.menus) this.ws.menus.set(id, menus);
    this.ws.sidebars = [];
    this.ws.dialogs = [];
    this.ws.alerts = [];
    this.ws.toasts = [];
    this.ws.alertResponses = [];
    this.ws.promptResponses = [];
  }

  // --- test API ---------------------------------------------------------------------------

  all(): SpreadsheetSummary[] {
    return [...this.ws.spreadsheets.values()].map((ss) => ({
      id: ss.id,
      name: ss.name,
      url: spreadsheetUrl(ss.id),
      owner: ss.owner,
      sheets: ss.sheets.map((s) => s.name),
      trashed: ss.trashed,
    }));
  }

  /** The file as the script would see it (its methods are counted like the script's). */
  byId(id: string): FakeSpreadsheet | null {
    const ss = this.ws.spreadsheets.get(id);
    return ss ? new FakeSpreadsheet(this.ws, ss) : null;
  }

  /** Binds the script to a file (getActiveSpreadsheet, getUi); null for a standalone script. */
  /** The container spreadsheet's id (null outside a bound/editor add-on context). */
  activeId(): string | null {
    return this.ws.activeId;
  }

  setActive(id: string | null): void {
    if (id !== null && !this.ws.spreadsheets.has(id)) throw new Error(`no spreadsheet ${id}`);
    this.ws.activeId = id;
  }

  /** Deletes the file as Drive would: openById fails from now on. */
  trash(id: string): void {
    const ss = this.ws.spreadsheets.get(id);
    if (!ss) throw new Error(`no spreadsheet ${id}`);
    ss.trashed = true;
  }

  /** false simulates a context without the Sheets editor (trigger, web app): getUi throws. */
  setUiAvailable(available: boolean): void {
    this.ws.uiAvailable = available;
  }

  /** Menus added to the UI of a file (default: the bound file), as trees. */
  menus(id: string | null = this.ws.activeId): MenuTree[] {
    return id === null ? [] : structuredClone(this.ws.menus.get(id) ?? []);
  }

  /** The HtmlOutput objects passed to showSidebar, oldest first. */
  shownSidebars(): ShownHtml[] {
    return this.ws.sidebars.map((s) => s.output);
  }

  shownDialogs(): ShownDialog[] {
    return [...this.ws.dialogs];
  }

  alerts(): AlertRecord[] {
    return [...this.ws.alerts];
  }

  toasts(): ToastRecord[] {
    return [...this.ws.toasts];
  }

  /** The next alert() returns this button (Ui.Button name: OK, CANCEL, YES, NO, CLOSE). */
  queueAlertResponse(button: string): void {
    this.ws.alertResponses.push(button);
  }

  /** The next prompt() returns this text and button. */
  queuePromptResponse(text: string, button = 'OK'): void {
    this.ws.promptResponses.push({ text, button });
  }
}
