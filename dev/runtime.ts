/**
 * Runs the built dist/Code.js the way Apps Script does, on a fake workspace: in a bare
 * node:vm context that holds only the Apps Script globals (no require, process, module or
 * host globals), with the context's Date driven by the fake clock. Each `run` is one
 * execution; locks are released when it ends, as they are when an Apps Script execution ends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { FakeWorkspace } from './fake/workspace';

export const DIST_DIR = join(__dirname, '..', 'dist');

export function readDist(): { code: string; sidebar: string; manifest: unknown } {
  return {
    code: readFileSync(join(DIST_DIR, 'Code.js'), 'utf8'),
    sidebar: readFileSync(join(DIST_DIR, 'Sidebar.html'), 'utf8'),
    manifest: JSON.parse(readFileSync(join(DIST_DIR, 'appsscript.json'), 'utf8')),
  };
}

/** Replaces the context's Date with one whose "now" is the fake clock. */
const CLOCK_SHIM = `(function (now) {
  var RealDate = Date;
  function FakeDate() {
    if (!new.target) return new RealDate(now()).toString();
    var args = arguments.length === 0 ? [now()] : Array.prototype.slice.call(arguments);
    // new.target keeps subclasses (e.g. date-fns' TZDate extends Date) intact.
    return Reflect.construct(RealDate, args, new.target);
  }
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = function () { return now(); };
  FakeDate.UTC = RealDate.UTC;
  FakeDate.parse = RealDate.parse;
  Object.defineProperty(globalThis, 'Date', { value: FakeDate, writable: true, configurable: true });
})`;

export class AppsScriptRuntime {
  readonly context: vm.Context;

  constructor(
    readonly workspace: FakeWorkspace,
    code: string,
  ) {
    this.context = vm.createContext({});
    const installClock = vm.runInContext(CLOCK_SHIM, this.context) as (now: () => number) => void;
    installClock(() => workspace.kernel.nowMillis());
    workspace.kernel.realm = vm.runInContext('({ Date: Date, Error: Error })', this.context);
    for (const [name, value] of Object.entries(workspace.globals())) this.context[name] = value;
    vm.runInContext(code, this.context, { filename: 'Code.js' });
  }

  /** Names Apps Script could call: functions on the script's global object. */
  topLevelFunctions(): string[] {
    return Object.keys(this.context).filter((k) => typeof this.context[k] === 'function');
  }

  isTopLevelFunction(name: string): boolean {
    return typeof this.context[name] === 'function';
  }

  /** One execution of a top-level function, as a trigger, menu item or card action runs it. */
  run<T = unknown>(name: string, ...args: unknown[]): T {
    const fn = this.context[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    try {
      return fn(...args) as T;
    } finally {
      this.workspace.lock.releaseAll();
    }
  }

  /**
   * google.script.run semantics: arguments and results cross as JSON-like data; functions,
   * Dates and DOM objects are not allowed, and a thrown error reaches the client as an Error
   * with only its message.
   */
  scriptRun(
    name: string,
    args: unknown[],
  ): { ok: true; value: unknown } | { ok: false; message: string } {
    try {
      const value = this.run(name, ...(JSON.parse(JSON.stringify(args)) as unknown[]));
      assertTransferable(value, name);
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (error) {
      return {
        ok: false,
        message:
          error instanceof Object && 'message' in error ? String(error.message) : String(error),
      };
    }
  }
}

function assertTransferable(value: unknown, fn: string, path = 'result'): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'function')
    throw new Error(`${fn}: ${path} is a function (google.script.run cannot return it)`);
  if (Object.prototype.toString.call(value) === '[object Date]') {
    throw new Error(
      `${fn}: ${path} is a Date (google.script.run returns null for it; send an ISO string)`,
    );
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) assertTransferable(v, fn, `${path}.${k}`);
  }
}
