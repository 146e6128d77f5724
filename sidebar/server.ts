/**
 * A typed google.script.run: the name is checked against the exports of src/entry.ts, so
 * renaming a server function without updating the sidebar fails the typecheck.
 */
import type * as Entry from '../src/entry';

type Server = typeof Entry;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export function callServer<K extends keyof Server>(
  name: K,
  ...args: Parameters<Server[K]>
): Promise<ReturnType<Server[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Server[K]>))
      .withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
