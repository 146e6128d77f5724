/**
 * What the user typed into a card, read from the event object Google passes to a card
 * action's callback. Pure: no Apps Script globals, and never throws, whatever arrives.
 *
 * Google's shape (`commonEventObject.formInputs[name]`, google.apps.card.v1 `Inputs`):
 * - `{ stringInputs: { value: string[] } }` — text inputs, selections, switches;
 * - `{ dateTimeInput: { msSinceEpoch, hasDate, hasTime } }` — a DATE_AND_TIME picker;
 * - `{ dateInput: { msSinceEpoch } }` — a DATE_ONLY picker (the date at 00:00 UTC);
 * - `{ timeInput: { hours, minutes } }` — a TIME_ONLY picker.
 * `msSinceEpoch` is an int64, which some hosts send as a JSON string. Apps Script also still
 * sends the deprecated `e.formInputs` (name → string[]) and `e.formInput` (name → first
 * value); they are read for names the common event object lacks.
 */

export interface FormValues {
  /** The first value, trimmed; '' when the field is absent or is a date/time picker. */
  text(name: string): string;
  /** Every value (selected check boxes, multi-select items), as sent; [] when absent. */
  list(name: string): string[];
  /**
   * A picker's value in milliseconds; NaN when absent or not a picker:
   * DATE_AND_TIME the instant (epoch ms), DATE_ONLY the date at 00:00 UTC (epoch ms),
   * TIME_ONLY the time of day in milliseconds after midnight.
   */
  time(name: string): number;
  /** Whether the event carries the field at all (Google leaves out empty ones). */
  has(name: string): boolean;
  /** Every field: a string for one value, string[] for several (or none), number for pickers. */
  raw(): Record<string, string | string[] | number>;
}

type Field = { readonly strings: readonly string[] } | { readonly ms: number };

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Own enumerable entries, or none: a hostile object (throwing getter, Proxy) reads as empty. */
function entries(value: unknown): [string, unknown][] {
  const r = record(value);
  if (!r) return [];
  try {
    return Object.keys(r).map((k) => [k, r[k]]);
  } catch {
    return [];
  }
}

function get(value: unknown, key: string): unknown {
  const r = record(value);
  if (!r) return undefined;
  try {
    // Own enumerable keys only, so `__proto__` or `toString` never read the prototype.
    return Object.prototype.propertyIsEnumerable.call(r, key) ? r[key] : undefined;
  } catch {
    return undefined;
  }
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

function strings(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (const v of value) {
      const s = scalar(v);
      if (s !== undefined) out.push(s);
    }
    return out;
  }
  const one = scalar(value);
  return one === undefined ? undefined : [one];
}

/** An int64 as Google sends it: a number, or a string of digits. */
function epochMs(value: unknown): number | undefined {
  const ms =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? Math.trunc(ms) : undefined;
}

function timeOfDay(value: unknown): number | undefined {
  const hours = get(value, 'hours');
  const minutes = get(value, 'minutes') ?? 0;
  if (typeof hours !== 'number' || typeof minutes !== 'number') return undefined;
  if (!Number.isInteger(hours) || !Number.isInteger(minutes)) return undefined;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  return (hours * 60 + minutes) * 60_000;
}

/** One `Inputs` object of the common event object, or a legacy value, as a field. */
function field(value: unknown): Field | undefined {
  for (const key of ['dateTimeInput', 'dateInput']) {
    const picker = get(value, key);
    if (picker !== undefined) {
      const ms = epochMs(get(picker, 'msSinceEpoch'));
      return ms === undefined ? undefined : { ms };
    }
  }
  const time = get(value, 'timeInput');
  if (time !== undefined) {
    const ms = timeOfDay(time);
    return ms === undefined ? undefined : { ms };
  }
  const stringInputs = get(value, 'stringInputs');
  if (stringInputs !== undefined) {
    const list = strings(get(stringInputs, 'value'));
    return list === undefined ? undefined : { strings: list };
  }
  return legacyField(value);
}

/** Deprecated `e.formInputs`/`e.formInput` values: strings, or a picker's object. */
function legacyField(value: unknown): Field | undefined {
  if (record(value)) {
    const ms = epochMs(get(value, 'msSinceEpoch'));
    if (ms !== undefined) return { ms };
    const time = timeOfDay(value);
    return time === undefined ? undefined : { ms: time };
  }
  const list = strings(value);
  return list === undefined ? undefined : { strings: list };
}

function collect(event: unknown): Map<string, Field> {
  const fields = new Map<string, Field>();
  const add = (source: unknown) => {
    for (const [name, value] of entries(source)) {
      if (fields.has(name)) continue;
      const f = field(value);
      if (f) fields.set(name, f);
    }
  };
  add(get(get(event, 'commonEventObject'), 'formInputs'));
  add(get(event, 'formInputs'));
  add(get(event, 'formInput'));
  return fields;
}

class Form implements FormValues {
  constructor(private readonly fields: ReadonlyMap<string, Field>) {}

  text(name: string): string {
    const f = this.fields.get(name);
    return f && 'strings' in f ? (f.strings[0] ?? '').trim() : '';
  }

  list(name: string): string[] {
    const f = this.fields.get(name);
    return f && 'strings' in f ? [...f.strings] : [];
  }

  time(name: string): number {
    const f = this.fields.get(name);
    return f && 'ms' in f ? f.ms : Number.NaN;
  }

  has(name: string): boolean {
    return this.fields.has(name);
  }

  raw(): Record<string, string | string[] | number> {
    return Object.fromEntries(
      [...this.fields].map(([name, f]) => [
        name,
        'ms' in f ? f.ms : f.strings.length === 1 ? (f.strings[0] ?? '') : [...f.strings],
      ]),
    );
  }
}

/** The card's inputs from an action's event object; an empty form for anything else. */
export function readForm(event: unknown): FormValues {
  try {
    return new Form(collect(event));
  } catch {
    return new Form(new Map());
  }
}

/**
 * The action's parameters (`Action.setParameters`): `e.commonEventObject.parameters`, with
 * the legacy `e.parameters` for keys it lacks. Only string values count.
 */
export function parametersOf(event: unknown): Record<string, string> {
  try {
    const found = new Map<string, string>();
    for (const source of [
      get(get(event, 'commonEventObject'), 'parameters'),
      get(event, 'parameters'),
    ]) {
      for (const [key, value] of entries(source)) {
        if (!found.has(key) && typeof value === 'string') found.set(key, value);
      }
    }
    return Object.fromEntries(found);
  } catch {
    return {};
  }
}
