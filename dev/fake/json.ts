/**
 * Fake state holds Dates (cell values, event times, message dates); JSON does not. These two
 * functions turn a state tree into plain JSON and back, marking dates as `{"$date": ISO}`.
 */
import { isDate } from './kernel';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function toJson(value: unknown): Json {
  if (isDate(value)) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJson(v);
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value as Json;
}

/** `makeDate` builds the Date in the realm that will read the state back. */
export function fromJson<T>(
  value: unknown,
  makeDate: (iso: string) => Date = (iso) => new Date(iso),
): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const record = v as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 1 && typeof record.$date === 'string') return makeDate(record.$date);
      return Object.fromEntries(keys.map((k) => [k, walk(record[k])]));
    }
    return v;
  };
  return walk(value) as T;
}
