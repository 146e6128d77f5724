/**
 * The shipped dist/Sidebar.html in jsdom, its google.script.run forwarded to the real built
 * bundle on the fake workspace with HtmlService's rules: asynchronous, JSON-like data only,
 * a thrown error reaching the failure handler as an Error with just its message.
 */
import { JSDOM } from 'jsdom';
import type { AppsScriptRuntime } from '../../dev/runtime';
import { preparedWorkbook } from '../fixtures/prepared-workbook';

export { DRIVE, OFFICER, UNIT } from '../fixtures/prepared-workbook';

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

/** The prepared workbook (test/fixtures/prepared-workbook.ts) plus a way to open the sidebar on it. */
export function preparedWorkspace() {
  const prepared = preparedWorkbook();
  return { ...prepared, open: () => openSidebar(prepared.runtime, prepared.dist.sidebar) };
}
