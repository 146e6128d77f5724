/** Logger and console: Apps Script sends both to the execution log; the fake records them. */
import type { FakeKernel } from '../kernel';

export interface LogLine {
  at: string;
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
}

const render = (args: unknown[]) =>
  args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (a !== null && typeof a === 'object' && 'stack' in a) return String((a as Error).stack);
      try {
        return JSON.stringify(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');

export class FakeLogger {
  readonly lines: LogLine[] = [];
  /** Echo to the host console too (the preview server wants to see script logs). */
  echo = false;

  constructor(private readonly kernel: FakeKernel) {}

  private add(level: LogLine['level'], text: string): void {
    this.lines.push({ at: this.kernel.now().toISOString(), level, text });
    if (this.echo) console[level](`[script] ${text}`);
  }

  globals() {
    const kernel = this.kernel;
    const logger = {
      log: (format: unknown, ...values: unknown[]) => {
        kernel.call('Logger.log');
        const text =
          typeof format === 'string' && values.length > 0
            ? format.replace(/%s/g, () => render([values.shift()]))
            : render([format, ...values]);
        this.add('log', text);
        return logger;
      },
      getLog: () => {
        kernel.call('Logger.getLog');
        return this.lines.map((l) => `${l.at} ${l.text}`).join('\n');
      },
      clear: () => {
        kernel.call('Logger.clear');
        this.lines.length = 0;
      },
    };
    const consoleFor =
      (level: LogLine['level']) =>
      (...args: unknown[]) =>
        this.add(level, render(args));
    return {
      Logger: logger,
      console: {
        log: consoleFor('log'),
        info: consoleFor('info'),
        warn: consoleFor('warn'),
        error: consoleFor('error'),
      },
    };
  }
}
