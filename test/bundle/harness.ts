/** Loads the built bundle on a fresh fake workspace, as the bundle tests and bench need it. */

import { FakeWorkspace, type WorkspaceOptions } from '../../dev/fake/workspace';
import { AppsScriptRuntime, readDist } from '../../dev/runtime';

export const ADMIN = 'admin@bangka.go.id';

export function loadBundle(options: WorkspaceOptions = {}) {
  const dist = readDist();
  const workspace = new FakeWorkspace({
    user: ADMIN,
    ...options,
    files: { Sidebar: dist.sidebar },
  });
  const runtime = new AppsScriptRuntime(workspace, dist.code);
  return { workspace, runtime, dist };
}

/** Every `function` named by an action anywhere in a card or response JSON. */
export function actionFunctions(json: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'function' && typeof value === 'string') found.push(value);
        else walk(value);
      }
    }
  };
  walk(json);
  return found;
}

/** Google's card JSON of what a card function returned. */
export const printed = (built: unknown): Record<string, unknown> =>
  JSON.parse((built as { printJson(): string }).printJson()) as Record<string, unknown>;

/** The fake SpreadsheetApp with Apps Script's types, for arranging and inspecting test data. */
export const sheetsApp = (workspace: FakeWorkspace) =>
  workspace.spreadsheets.globals()
    .SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/**
 * The bundle with its data spreadsheet set up by the real `setup`, and `sheet(name)` to
 * arrange rows in it (throws when setup did not create the sheet, so a test never writes
 * into nothing).
 */
export function setUpDataBook(options: WorkspaceOptions = {}) {
  const { runtime, workspace } = loadBundle(options);
  const { spreadsheetId } = runtime.run<{ spreadsheetId: string }>('setup');
  const book = sheetsApp(workspace).openById(spreadsheetId);
  const sheet = (name: string) => {
    const found = book.getSheetByName(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return { runtime, workspace, book, sheet };
}
