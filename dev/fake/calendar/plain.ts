/**
 * Resources cross the fake boundary as JSON, like they cross the wire to Google: whatever the
 * caller passes is deep-copied into plain JSON (so later mutation of the caller's object does
 * not reach the store) and patches follow the API's patch semantics.
 */
import { isDate } from '../kernel';

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !isDate(value);
}

/** Deep JSON copy: drops undefined and functions, turns Dates into ISO strings. */
export function toPlain(value: unknown): JsonValue | undefined {
  if (value === undefined || typeof value === 'function') return undefined;
  if (isDate(value)) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => toPlain(v) ?? null);
  if (value !== null && typeof value === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      const copy = toPlain(v);
      if (copy !== undefined) out[k] = copy;
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value as JsonValue;
}

export function toPlainObject(value: unknown): JsonObject {
  const plain = toPlain(value);
  return isObject(plain) ? plain : {};
}

export function clone<T extends JsonValue>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Google's patch semantics (documented under "Patch semantics" in the API performance guide):
 * fields in the patch replace the stored ones, nested objects merge key by key, arrays are
 * replaced whole, and `null` deletes. This is what makes `extendedProperties.private` merge
 * key-wise while `attendees` is replaced.
 */
export function mergePatch(target: JsonObject, patch: JsonObject): JsonObject {
  const out: JsonObject = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    if (value === null) delete out[key];
    else if (isObject(value) && isObject(current)) out[key] = mergePatch(current, value);
    else if (isObject(value)) out[key] = mergePatch({}, value);
    else out[key] = clone(value);
  }
  return out;
}

/** The fields `keys` of `data` that are set, in that order: a reduced copy of a resource. */
export function pick(data: JsonObject, keys: string[]): JsonObject {
  const out: JsonObject = {};
  for (const key of keys) {
    const value = data[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export function str(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
