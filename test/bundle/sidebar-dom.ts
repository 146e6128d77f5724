/**
 * Runs the script of dist/Sidebar.html against a minimal DOM and a google.script.run that
 * forwards to the bundle with HtmlService's rules (JSON-like data only, async, errors as
 * messages). Enough to check that the shipped sidebar calls real server functions and shows
 * their answer, without a browser.
 */
import vm from 'node:vm';
import type { AppsScriptRuntime } from '../../dev/runtime';

interface FakeElement {
  id: string;
  textContent: string;
  innerHTML: string;
  className: string;
  hidden: boolean;
  disabled: boolean;
  listeners: Record<string, (() => void)[]>;
  addEventListener(type: string, fn: () => void): void;
}

export function runSidebar(html: string, runtime: AppsScriptRuntime) {
  const elements = new Map<string, FakeElement>();
  for (const [tag, id = ''] of html.matchAll(/<[^>]*\bid="([^"]+)"[^>]*>/g)) {
    const element: FakeElement = {
      id,
      textContent: '',
      innerHTML: '',
      className: '',
      hidden: /\shidden[\s>]/.test(tag),
      disabled: false,
      listeners: {},
      addEventListener(type, fn) {
        this.listeners[type] = [...(this.listeners[type] ?? []), fn];
      },
    };
    elements.set(id, element);
  }
  const calls: string[] = [];
  const runner = (success?: (v: unknown) => void, failure?: (e: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get(_t, name: string) {
          if (name === 'withSuccessHandler')
            return (fn: (v: unknown) => void) => runner(fn, failure);
          if (name === 'withFailureHandler') return (fn: (e: Error) => void) => runner(success, fn);
          return (...args: unknown[]) => {
            calls.push(name);
            void Promise.resolve().then(() => {
              if (!runtime.isTopLevelFunction(name)) {
                failure?.(new Error(`Script function not found: ${name}`));
                return;
              }
              const reply = runtime.scriptRun(name, args);
              if (reply.ok) success?.(reply.value);
              else failure?.(new Error(reply.message));
            });
          };
        },
      },
    );
  const context = vm.createContext({
    document: { getElementById: (id: string) => elements.get(id) ?? null },
    google: { script: { run: runner() } },
  });
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  vm.runInContext(script, context);
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  const click = (id: string) => {
    for (const fn of elements.get(id)?.listeners.click ?? []) fn();
  };
  return { elements, calls, settle, click };
}
