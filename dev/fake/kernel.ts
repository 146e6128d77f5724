/**
 * The heart of the fake Google Workspace: one clock, one set of call counters, one fault
 * injector and one id sequence shared by every fake service, so a test can reason about
 * "the whole workspace" (how many service calls an operation cost, what happens when the
 * 7th `getValues` call hits a quota error) instead of about each fake separately.
 */
import { type AppsScriptErrorName, appsScriptError } from './errors';

export interface Fault {
  /** `Service.method`, e.g. `Range.getValues` or `GmailApp.search`. */
  readonly method: string;
  /** 1-based: the fault fires on this call of the method (counted from injection). */
  readonly nth: number;
  readonly error: AppsScriptErrorName;
  /** Also fail every later call (a service that stays down), not only the nth. */
  readonly sticky?: boolean;
}

interface ArmedFault extends Fault {
  seen: number;
  fired: boolean;
}

/**
 * The constructors values are made with. Code under test runs in a `node:vm` context, where
 * `value instanceof Date` is false for a host `Date`; the fakes therefore build dates and
 * errors with the realm's own constructors, and recognise incoming dates by their tag.
 */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export class FakeKernel {
  private nowMs: number;
  realm: Realm = { Date, Error };
  /** Who runs the current execution (Session.getActiveUser / getEffectiveUser). */
  activeUser = 'admin@bangka.go.id';
  /** The script's time zone (appsscript.json `timeZone`). */
  readonly timeZone = 'Asia/Jakarta';
  private readonly counts = new Map<string, number>();
  private faults: ArmedFault[] = [];
  private sequence = 0;

  constructor(start: Date | string = '2026-11-23T01:00:00.000Z') {
    this.nowMs = new Date(start).getTime();
  }

  /** The workspace clock; every fake reads time from here, never from the host. */
  now(): Date {
    return new this.realm.Date(this.nowMs);
  }

  /** A Date of the code-under-test's realm. */
  date(ms: number | string | Date): Date {
    return new this.realm.Date(typeof ms === 'object' ? ms.getTime() : ms);
  }

  /** Throw-ready Apps Script error of the code-under-test's realm. */
  error(kind: AppsScriptErrorName, detail: string): Error {
    return appsScriptError(kind, detail, this.realm.Error);
  }

  nowMillis(): number {
    return this.nowMs;
  }

  setNow(at: Date | string): void {
    this.nowMs = new Date(at).getTime();
  }

  advance(ms: number): void {
    if (ms < 0) throw new Error('the fake clock does not run backwards');
    this.nowMs += ms;
  }

  /** A deterministic id, unique within this workspace (and its saved state). */
  nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}${this.sequence.toString(36).padStart(6, '0')}`;
  }

  /**
   * Called first thing by every public method of every fake service. Counts the call and
   * throws the injected Apps Script error when a fault is armed for this call.
   */
  call(method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    for (const fault of this.faults) {
      if (fault.method !== method) continue;
      fault.seen += 1;
      const hit = fault.seen === fault.nth || (fault.sticky === true && fault.seen > fault.nth);
      if (hit) {
        fault.fired = true;
        throw this.error(fault.error, method);
      }
    }
  }

  injectFault(fault: Fault): void {
    if (!Number.isInteger(fault.nth) || fault.nth < 1) throw new Error('nth must be 1 or more');
    this.faults.push({ ...fault, seen: 0, fired: false });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Faults that were armed but never reached: a test that injected one expects it to fire. */
  pendingFaults(): Fault[] {
    return this.faults.filter((f) => !f.fired);
  }

  /** Calls per `Service.method` since the last reset, sorted by name. */
  counters(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** Sum of calls whose name starts with `prefix` (e.g. `Range.` or `GmailApp.`). */
  countPrefix(prefix: string): number {
    let total = 0;
    for (const [name, n] of this.counts) if (name.startsWith(prefix)) total += n;
    return total;
  }

  resetCounters(): void {
    this.counts.clear();
  }

  snapshot(): KernelState {
    return { nowMs: this.nowMs, sequence: this.sequence, activeUser: this.activeUser };
  }

  restore(state: KernelState): void {
    this.nowMs = state.nowMs;
    this.sequence = state.sequence;
    this.activeUser = state.activeUser;
  }
}

export interface KernelState {
  nowMs: number;
  sequence: number;
  activeUser: string;
}

/** What every fake service offers so the whole workspace can be saved and loaded as JSON. */
export interface Persistent<State> {
  snapshot(): State;
  restore(state: State): void;
}
