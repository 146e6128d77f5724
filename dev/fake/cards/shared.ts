/**
 * What every CardService fake object shares. Builders keep references to the objects handed
 * to them and turn the whole tree into card JSON only when `build()` is called, as Google's
 * builders do: a widget changed after `addWidget` still shows up, and the argument checks
 * Google runs at build time throw there too.
 */
import type { FakeKernel } from '../kernel';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** Symbol-keyed so the code under test sees only Apps Script's own methods. */
export const TO_JSON = Symbol('toJson');
/** Brand of what `CardSection.addWidget` accepts; widgets serialize to `{ <kind>: {...} }`. */
export const WIDGET = Symbol('widget');

export function isWidget(value: unknown): value is CardObject {
  return value instanceof CardObject && (value as { [WIDGET]?: true })[WIDGET] === true;
}

export abstract class CardObject {
  constructor(
    protected readonly kernel: FakeKernel,
    /** The Apps Script class name: counters read `TextButton.setText`, not the TS name. */
    protected readonly className: string,
  ) {}

  protected enter(method: string): void {
    this.kernel.call(`${this.className}.${method}`);
  }

  protected invalid(detail: string): Error {
    return this.kernel.error('INVALID_ARGUMENT', `${this.className}: ${detail}`);
  }

  /** Objects come from this fake, so a class check is safe across the vm realm boundary. */
  protected expect<T>(value: unknown, type: abstract new (...args: never[]) => T, what: string): T {
    if (!(value instanceof type)) throw this.invalid(`expected a ${what}`);
    return value;
  }

  abstract [TO_JSON](): Json;
}

/** Drops unset fields, as proto-JSON does, so tests compare against Google's minimal shape. */
export function compact(fields: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}

/**
 * Apps Script turns numbers and booleans passed for a String parameter into text, but a
 * missing argument is an error.
 */
export function text(kernel: FakeKernel, value: unknown, what: string): string {
  if (value === undefined || value === null) {
    throw kernel.error('INVALID_ARGUMENT', `${what} is required`);
  }
  if (typeof value === 'object' || typeof value === 'function') {
    throw kernel.error('INVALID_ARGUMENT', `${what} must be a string`);
  }
  return String(value);
}

export function enumValue<T extends Record<string, string>>(
  kernel: FakeKernel,
  values: T,
  value: unknown,
  what: string,
): T[keyof T] {
  const found = Object.values(values).find((v) => v === value);
  if (found === undefined) throw kernel.error('INVALID_ARGUMENT', `${what}: ${String(value)}`);
  return found as T[keyof T];
}

export function integer(kernel: FakeKernel, value: unknown, what: string, min = 0): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw kernel.error('INVALID_ARGUMENT', `${what} must be an integer >= ${min}`);
  }
  return value;
}

/** `#RGB`/`#RRGGBB` to the `google.type.Color` the card JSON carries (channels in [0, 1]). */
export function color(kernel: FakeKernel, value: unknown, what: string): JsonObject {
  const hex = typeof value === 'string' ? value.trim() : '';
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  const parts = short ? short.slice(1).map((c) => c + c) : long?.slice(1);
  if (!parts) throw kernel.error('INVALID_ARGUMENT', `${what} must be #RGB or #RRGGBB`);
  const [red, green, blue] = parts.map(
    (p) => Math.round((Number.parseInt(p, 16) / 255) * 1e4) / 1e4,
  );
  return compact({ red, green, blue });
}

/**
 * A built, immutable result (Card, ActionResponse, …): the JSON is fixed at `build()`, and
 * `printJson()` returns it as text, as Google's objects do.
 */
export class Printed extends CardObject {
  constructor(
    kernel: FakeKernel,
    className: string,
    private readonly json: Json,
  ) {
    super(kernel, className);
  }

  printJson(): string {
    this.enter('printJson');
    return JSON.stringify(this.json, null, 2);
  }

  [TO_JSON](): Json {
    return this.json;
  }
}
