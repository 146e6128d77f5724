/**
 * Extended properties, with the limits of Google's "Extended properties" guide: a key longer
 * than 44 characters is silently dropped, a value longer than 1024 characters silently
 * truncated, and an event holds at most 300 properties totalling 32 kB (keys + values).
 */
import { isObject, type JsonObject, type JsonValue } from './plain';

export const MAX_KEY = 44;
export const MAX_VALUE = 1024;
export const MAX_PROPERTIES = 300;
export const MAX_TOTAL_CHARS = 32 * 1024;

export class ExtendedPropertyError extends Error {}

function sanitizeMap(
  map: JsonValue | undefined,
  which: string,
): Record<string, string> | undefined {
  if (map === undefined) return undefined;
  if (!isObject(map))
    throw new ExtendedPropertyError(`Invalid value for extendedProperties.${which}`);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(map)) {
    if (typeof value !== 'string') {
      throw new ExtendedPropertyError(
        `Invalid value at 'extendedProperties.${which}' (TYPE_STRING), ${JSON.stringify(value)}`,
      );
    }
    if (key.length > MAX_KEY) continue;
    out[key] = value.slice(0, MAX_VALUE);
  }
  return out;
}

/** Applies the documented limits to a (merged) `extendedProperties` value. */
export function sanitizeExtended(value: JsonValue | undefined): JsonObject | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw new ExtendedPropertyError('Invalid value for extendedProperties');
  const priv = sanitizeMap(value.private, 'private');
  const shared = sanitizeMap(value.shared, 'shared');
  let count = 0;
  let chars = 0;
  for (const map of [priv, shared]) {
    for (const [k, v] of Object.entries(map ?? {})) {
      count += 1;
      chars += k.length + v.length;
    }
  }
  if (count > MAX_PROPERTIES || chars > MAX_TOTAL_CHARS) {
    throw new ExtendedPropertyError(
      `Extended properties exceed the limit of ${MAX_PROPERTIES} properties / 32 kB per event.`,
    );
  }
  const out: JsonObject = {};
  if (priv) out.private = priv;
  if (shared) out.shared = shared;
  return out;
}

/** `k=v` constraints of privateExtendedProperty / sharedExtendedProperty (string or array). */
export function parseConstraints(value: unknown): Array<[string, string]> | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.map((c) => {
    const text = String(c);
    const eq = text.indexOf('=');
    if (eq <= 0) throw new ExtendedPropertyError(`Invalid extended property constraint: ${text}`);
    return [text.slice(0, eq), text.slice(eq + 1)];
  });
}

export function matchesConstraints(
  map: JsonValue | undefined,
  constraints: Array<[string, string]> | undefined,
): boolean {
  if (!constraints) return true;
  const props = isObject(map) ? map : {};
  return constraints.every(([k, v]) => props[k] === v);
}
