/**
 * The shipped dist/Sidebar.html in jsdom, its google.script.run forwarded to the real built
 * bundle on the fake workspace with HtmlService's rules: asynchronous, JSON-like data only,
 * a thrown error reaching the failure handler as an Error with just its message.
 */
import { JSDOM } from 'jsdom';
import type { AppsScriptRuntime } from '../../dev/runtime';
import { loadBundle, sheetsApp } from '../bundle/harness';

export const UNIT = 'Badan Kepegawaian dan Pengembangan SDM';
export const OFFICER = 'bkpsdm@bangka.go.id';
export const DRIVE = 'https://drive.google.com/file/d/1AbCdEf/view';

type Handler = ((value: unknown) => void) | undefined;

export interface Sidebar {
  readonly window: JSDOM['window'];
  readonly document: Document;
  /** Every server call the sidebar made, in order. */
  readonly calls: { name: string; args: unknown[] }[];
  /** Blobs behind the object URLs the sidebar holds (jsdom has no URL.createObjectURL). */
  readonly blobs: Map<string, Blob>;
  /** A Blob's bytes: jsdom's Blob has no arrayBuffer(), its FileReader does. */
  bytes(blob: Blob): Promise<Uint8Array>;
  /** Waits until every call has answered and the sidebar has drawn the answer. */
  settle(): Promise<void>;
  byId<T extends HTMLElement = HTMLElement>(id: string): T;
  /** The text of an element as read aloud: its text pieces, whitespace collapsed. */
  text(id: string): string;
  /** Focuses and activates a control, as Tab then Enter/Space would, and waits for the server. */
  click(id: string): Promise<void>;
  /** Types into a field the way a user does: value, then input and change events. */
  type(id: string, value: string): void;
}

export function openSidebar(runtime: AppsScriptRuntime, html: string): Sidebar {
  const calls: { name: string; args: unknown[] }[] = [];
  const blobs = new Map<string, Blob>();
  let pending = 0;
  const dom = new JSDOM(html, {
    runScripts: 'dangerously',
    beforeParse(window) {
      const runner = (success: Handler, failure: Handler): unknown =>
        new Proxy(
          {},
          {
            get(_t, name) {
              if (typeof name !== 'string') return undefined;
              if (name === 'withSuccessHandler') return (f: Handler) => runner(f, failure);
              if (name === 'withFailureHandler') return (f: Handler) => runner(success, f);
              return (...args: unknown[]) => {
                calls.push({ name, args: JSON.parse(JSON.stringify(args)) as unknown[] });
                pending++;
                // google.script.run always answers later, never inside the call.
                setImmediate(() => {
                  try {
                    if (!runtime.isTopLevelFunction(name)) {
                      failure?.(new window.Error(`Script function not found: ${name}`));
                      return;
                    }
                    const reply = runtime.scriptRun(name, args);
                    // The answer arrives as the page's own objects, as a browser's would.
                    if (reply.ok) success?.(window.JSON.parse(JSON.stringify(reply.value)));
                    else failure?.(new window.Error(reply.message));
                  } finally {
                    pending--;
                  }
                });
              };
            },
          },
        );
      Object.assign(window, { google: { script: { run: runner(undefined, undefined) } } });
      let made = 0;
      Object.assign(window.URL, {
        createObjectURL(blob: Blob) {
          const url = `blob:sidebar/${++made}`;
          blobs.set(url, blob);
          return url;
        },
        revokeObjectURL(url: string) {
          blobs.delete(url);
        },
      });
    },
  });
  const { window } = dom;
  const document = window.document;
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
  const settle = async () => {
    for (let i = 0; i < 100; i++) {
      await tick();
      if (pending === 0) {
        await tick();
        if (pending === 0) return;
      }
    }
    throw new Error('the sidebar kept calling the server');
  };
  const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`no #${id} in the sidebar`);
    return element as T;
  };
  const bytes = (blob: Blob) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const reader = new window.FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blob);
    });
  return {
    window,
    document,
    calls,
    blobs,
    bytes,
    settle,
    byId,
    text: (id) => textOf(window, byId(id)),
    async click(id) {
      const control = byId(id);
      control.focus();
      control.click();
      await settle();
    },
    type(id, value) {
      const field = byId<HTMLInputElement>(id);
      field.value = value;
      field.dispatchEvent(new window.Event('input', { bubbles: true }));
      field.dispatchEvent(new window.Event('change', { bubbles: true }));
    },
  };
}

/** Text nodes joined with spaces: jsdom has no innerText, and textContent runs "<dt>" and "<dd>" together. */
function textOf(window: JSDOM['window'], element: Element): string {
  const walker = window.document.createTreeWalker(element, window.NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    pieces.push(node.nodeValue ?? '');
  return pieces.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Setup run by the admin (who is therefore coordinator), an officer of BKPSDM registered,
 * a 2024 workbook prepared with indicators 36 and 41 assigned to BKPSDM.
 */
export function preparedWorkspace() {
  const { runtime, workspace, dist } = loadBundle();
  const { spreadsheetId } = runtime.run<{ spreadsheetId: string }>('setup');
  const app = sheetsApp(workspace);
  app
    .openById(spreadsheetId)
    .getSheetByName('Pengguna')
    ?.appendRow([OFFICER, 'Sari Indah', UNIT, 'PENGISI_OPD', 'Ya', '']);
  const workbook = app.create('Penilaian SPBE');
  workspace.spreadsheets.setActive(workbook.getId());
  workspace.spreadsheets.queuePromptResponse('2024');
  runtime.run('menuPrepareWorkbook');
  const penilaian = workbook.getSheetByName('Penilaian');
  if (!penilaian) throw new Error('no Penilaian');
  const header = (penilaian.getRange(1, 1, 1, 14).getValues()[0] ?? []) as string[];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name}`);
    return i + 1;
  };
  // Row of indicator n under 59/2020: header, then 1…47 in order.
  const row = (indicator: number) => indicator + 1;
  for (const n of [36, 41]) penilaian.getRange(row(n), col('Unit Penanggung Jawab')).setValue(UNIT);
  /** Sets one level column for every indicator but `except`, straight in the sheet. */
  const fillLevels = (column: string, level: number, except: number[] = []) => {
    for (let n = 1; n <= 47; n++)
      if (!except.includes(n)) penilaian.getRange(row(n), col(column)).setValue(level);
  };
  const open = () => openSidebar(runtime, dist.sidebar);
  return { runtime, workspace, dist, penilaian, col, row, fillLevels, open };
}
