/**
 * The Sheets Ui (SpreadsheetApp.getUi()): menus are recorded as trees when added to the UI;
 * sidebars and dialogs record the HtmlOutput object exactly as given; alert/prompt record what
 * was asked and answer with responses a test queued, or the first button of the set (OK, or
 * YES for the yes/no sets) with empty text when nothing is queued.
 */
import type { FakeKernel } from '../kernel';
import { signatureError } from './locate';
import type { MenuItemRecord, MenuTree, ShownHtml, Workspace } from './workspace';

export const Button = Object.freeze({
  CLOSE: 'CLOSE',
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
});

export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});

function firstButton(buttons: string): string {
  return buttons.startsWith('YES') ? Button.YES : Button.OK;
}

/** A menu while the script builds it; submenus stay live until the parent is added. */
interface MenuDraft {
  caption: string;
  addon: boolean;
  entries: Array<
    | { kind: 'item'; caption: string; functionName: string }
    | { kind: 'separator' }
    | { kind: 'submenu'; menu: MenuDraft }
  >;
}

function freeze(draft: MenuDraft): MenuTree {
  const items: MenuItemRecord[] = [];
  const entries = draft.entries.map((entry) => {
    if (entry.kind === 'item') {
      items.push({ caption: entry.caption, functionName: entry.functionName });
      return { ...entry };
    }
    if (entry.kind === 'separator') return { kind: 'separator' as const };
    const menu = freeze(entry.menu);
    items.push(...menu.items);
    return { kind: 'submenu' as const, menu };
  });
  return { caption: draft.caption, addon: draft.addon, entries, items };
}

/** The menu as the user sees it: taken at addToUi time. */
function addMenu(ws: Workspace, spreadsheetId: string, draft: MenuDraft): void {
  // Re-running onOpen must not grow the bar: a menu replaces one with the same caption.
  const menus = (ws.menus.get(spreadsheetId) ?? []).filter(
    (m) => m.caption !== draft.caption || m.addon !== draft.addon,
  );
  menus.push(freeze(draft));
  ws.menus.set(spreadsheetId, menus);
}

function htmlOutput(ws: Workspace, method: string, output: unknown): ShownHtml {
  const looksRight =
    output !== null &&
    typeof output === 'object' &&
    'getContent' in output &&
    typeof output.getContent === 'function';
  if (!looksRight) throw signatureError(ws, method, [output]);
  return output as ShownHtml;
}

/** alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
function question(args: unknown[]): { title: string | null; prompt: string; buttons: string } {
  if (args.length >= 3) {
    return { title: String(args[0]), prompt: String(args[1]), buttons: String(args[2]) };
  }
  return {
    title: null,
    prompt: String(args[0] ?? ''),
    buttons: args[1] === undefined ? ButtonSet.OK : String(args[1]),
  };
}

export class FakeMenu {
  constructor(
    private readonly ws: Workspace,
    private readonly spreadsheetId: string,
    readonly tree: MenuDraft,
  ) {}

  private get kernel(): FakeKernel {
    return this.ws.kernel;
  }

  addItem(caption: string, functionName: string): this {
    this.kernel.call('Menu.addItem');
    this.tree.entries.push({
      kind: 'item',
      caption: String(caption),
      functionName: String(functionName),
    });
    return this;
  }

  addSeparator(): this {
    this.kernel.call('Menu.addSeparator');
    this.tree.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: unknown): this {
    this.kernel.call('Menu.addSubMenu');
    if (!(menu instanceof FakeMenu)) throw this.kernel.error('INVALID_ARGUMENT', 'menu');
    this.tree.entries.push({ kind: 'submenu', menu: menu.tree });
    return this;
  }

  addToUi(): void {
    this.kernel.call('Menu.addToUi');
    addMenu(this.ws, this.spreadsheetId, this.tree);
  }
}

export class FakePromptResponse {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly text: string,
    private readonly button: string,
  ) {}

  getResponseText(): string {
    this.kernel.call('PromptResponse.getResponseText');
    return this.text;
  }

  getSelectedButton(): string {
    this.kernel.call('PromptResponse.getSelectedButton');
    return this.button;
  }
}

export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly ws: Workspace,
    private readonly spreadsheetId: string,
  ) {}

  private get kernel(): FakeKernel {
    return this.ws.kernel;
  }

  createMenu(caption: string): FakeMenu {
    this.kernel.call('Ui.createMenu');
    return new FakeMenu(this.ws, this.spreadsheetId, {
      caption: String(caption),
      addon: false,
      entries: [],
    });
  }

  createAddonMenu(): FakeMenu {
    this.kernel.call('Ui.createAddonMenu');
    return new FakeMenu(this.ws, this.spreadsheetId, { caption: '', addon: true, entries: [] });
  }

  alert(...args: unknown[]): string {
    this.kernel.call('Ui.alert');
    const asked = question(args);
    const response = this.ws.alertResponses.shift() ?? firstButton(asked.buttons);
    this.ws.alerts.push({ spreadsheetId: this.spreadsheetId, kind: 'alert', ...asked, response });
    return response;
  }

  prompt(...args: unknown[]): FakePromptResponse {
    this.kernel.call('Ui.prompt');
    const asked = question(args);
    const scripted = this.ws.promptResponses.shift();
    const response = scripted?.button ?? firstButton(asked.buttons);
    const responseText = scripted?.text ?? '';
    this.ws.alerts.push({
      spreadsheetId: this.spreadsheetId,
      kind: 'prompt',
      ...asked,
      response,
      responseText,
    });
    return new FakePromptResponse(this.kernel, responseText, response);
  }

  showSidebar(userInterface: unknown): void {
    this.kernel.call('Ui.showSidebar');
    const output = htmlOutput(this.ws, 'Ui.showSidebar', userInterface);
    // Kept as given, unread: reading its title would count a call the script never made.
    this.ws.sidebars.push({ spreadsheetId: this.spreadsheetId, output });
  }

  showModalDialog(userInterface: unknown, title: string): void {
    this.kernel.call('Ui.showModalDialog');
    const output = htmlOutput(this.ws, 'Ui.showModalDialog', userInterface);
    this.ws.dialogs.push({
      spreadsheetId: this.spreadsheetId,
      kind: 'modal',
      output,
      title: String(title),
    });
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    this.kernel.call('Ui.showModelessDialog');
    const output = htmlOutput(this.ws, 'Ui.showModelessDialog', userInterface);
    this.ws.dialogs.push({
      spreadsheetId: this.spreadsheetId,
      kind: 'modeless',
      output,
      title: String(title),
    });
  }
}
