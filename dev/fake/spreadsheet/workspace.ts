/**
 * Everything the SpreadsheetApp fake knows, shared by every wrapper object: the files, which
 * one the script is bound to, and what the script showed the user (menus, sidebars, dialogs,
 * alerts, toasts) so tests can assert on it.
 */
import type { AppsScriptErrorName } from '../errors';
import type { FakeKernel } from '../kernel';
import type { SpreadsheetModel } from './model';

export interface MenuItemRecord {
  caption: string;
  functionName: string;
}

export type MenuEntry =
  | ({ kind: 'item' } & MenuItemRecord)
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuTree };

/** A menu as it was added to the UI. */
export interface MenuTree {
  caption: string;
  /** createAddonMenu(): shown under Extensions with the add-on's name. */
  addon: boolean;
  /** The layout: items, separators and submenus in order. */
  entries: MenuEntry[];
  /** Every clickable item, submenus' included, in display order. */
  items: MenuItemRecord[];
}

/** What showSidebar/showModalDialog accept: an HtmlOutput (of the HtmlService fake). */
export interface ShownHtml {
  getTitle(): string;
  getContent(): string;
}

export interface ShownSidebar {
  spreadsheetId: string;
  output: ShownHtml;
}

export interface ShownDialog {
  spreadsheetId: string;
  kind: 'modal' | 'modeless';
  output: ShownHtml;
  title: string;
}

export interface AlertRecord {
  spreadsheetId: string;
  kind: 'alert' | 'prompt';
  title: string | null;
  prompt: string;
  buttons: string;
  /** The button the scripted user pressed. */
  response: string;
  /** prompt(): the text the scripted user typed. */
  responseText?: string;
}

export interface ToastRecord {
  spreadsheetId: string;
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface PromptScript {
  text: string;
  button: string;
}

export class Workspace {
  readonly spreadsheets = new Map<string, SpreadsheetModel>();
  /** The file the script is bound to (getActiveSpreadsheet); null for a standalone script. */
  activeId: string | null = null;
  /** false in contexts without a Sheets UI (time-driven triggers, web apps). */
  uiAvailable = true;
  readonly menus = new Map<string, MenuTree[]>();
  sidebars: ShownSidebar[] = [];
  dialogs: ShownDialog[] = [];
  alerts: AlertRecord[] = [];
  toasts: ToastRecord[] = [];
  alertResponses: string[] = [];
  promptResponses: PromptScript[] = [];

  constructor(readonly kernel: FakeKernel) {}

  /**
   * An Apps Script error carrying Google's exact message. The kernel's catalogue formats some
   * kinds around a service name (PERMISSION) or with a prefix; where the real runtime shows a
   * fixed sentence, code under test may match on it, so the sentence replaces the message.
   */
  exactError(kind: AppsScriptErrorName, message: string): Error {
    const error = this.kernel.error(kind, message);
    error.message = message;
    return error;
  }
}
