/**
 * ClashRules turned into lookups the sweep can call per pair. Records become Maps so that
 * an activity type or kecamatan called "constructor" or "__proto__" finds nothing instead of
 * an Object.prototype member.
 */
import type { ClashRules, TimedItem } from '../clashes';

const MINUTE_MS = 60_000;
const NO_BUFFER = { before: 0, after: 0 } as const;

export interface CompiledRules {
  /** Minutes that must stay free between `a` ending and `b` starting (a's after + b's before). */
  bufferMinutes(a: TimedItem, b: TimedItem): number;
  /** Minutes to travel from a's kecamatan to b's; 0 when either is unknown or no entry exists. */
  travelMinutes(a: TimedItem, b: TimedItem): number;
  /**
   * No buffer or travel clash can span a longer gap than this: the sweep drops an item once
   * the next start is this far past its end.
   */
  readonly horizonMs: number;
  readonly venue: boolean;
}

function checkMinutes(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${what}: menit harus angka hingga ≥ 0, bukan ${value}`);
  }
  return value;
}

export function compileRules(rules: ClashRules = {}): CompiledRules {
  const buffers = new Map<string, { before: number; after: number }>();
  let maxBefore = 0;
  let maxAfter = 0;
  for (const [type, buffer] of Object.entries(rules.buffers ?? {})) {
    const before = checkMinutes(buffer.before, `jeda sebelum "${type}"`);
    const after = checkMinutes(buffer.after, `jeda sesudah "${type}"`);
    buffers.set(type, { before, after });
    maxBefore = Math.max(maxBefore, before);
    maxAfter = Math.max(maxAfter, after);
  }
  // Items without a type, or with a type that has no entry, take the '*' default.
  const fallback = buffers.get('*') ?? NO_BUFFER;
  const bufferOf = (item: TimedItem) =>
    (item.activityType === undefined ? undefined : buffers.get(item.activityType)) ?? fallback;

  // Given directions first, then the reverse of each where it is missing: an explicit
  // Belinyu → Sungailiat is never overwritten by the mirror of Sungailiat → Belinyu.
  const travel = new Map<string, Map<string, number>>();
  const row = (from: string) => {
    let found = travel.get(from);
    if (!found) {
      found = new Map();
      travel.set(from, found);
    }
    return found;
  };
  let maxTravel = 0;
  const given = Object.entries(rules.travel ?? {}).flatMap(([from, targets]) =>
    Object.entries(targets).map(([to, minutes]) => {
      checkMinutes(minutes, `waktu tempuh ${from} → ${to}`);
      maxTravel = Math.max(maxTravel, minutes);
      return [from, to, minutes] as const;
    }),
  );
  for (const [from, to, minutes] of given) row(from).set(to, minutes);
  for (const [from, to, minutes] of given) {
    const back = row(to);
    if (!back.has(from)) back.set(from, minutes);
  }

  return {
    bufferMinutes: (a, b) => bufferOf(a).after + bufferOf(b).before,
    travelMinutes: (a, b) =>
      a.kecamatan === undefined || b.kecamatan === undefined
        ? 0
        : (travel.get(a.kecamatan)?.get(b.kecamatan) ?? 0),
    horizonMs: Math.max(maxAfter + maxBefore, maxTravel) * MINUTE_MS,
    venue: rules.venue ?? true,
  };
}
