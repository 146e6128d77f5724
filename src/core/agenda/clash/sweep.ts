/**
 * The sweep behind findClashes: items in start order, with an active set of the earlier items
 * that can still clash with a later start. An item leaves the set for good once a start lies
 * `horizonMs` or more past its end, because starts only grow; so each visit is either a clash
 * or a near miss inside the horizon, never an arbitrary pair.
 */
import type { TimedItem } from '../clashes';

/** The order of the `a`/`b` roles: earlier start, then earlier end, then id. */
export function byStartEndId(x: TimedItem, y: TimedItem): number {
  if (x.start !== y.start) return x.start - y.start;
  if (x.end !== y.end) return x.end - y.end;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/**
 * Calls `visit(a, b)` for every a before b (in `byStartEndId` order, which `sorted` must
 * already be in) with b.start < a.end + horizonMs. With horizonMs = 0 these are exactly the
 * overlapping pairs: a.start ≤ b.start < a.end.
 */
export function sweep(
  sorted: readonly TimedItem[],
  horizonMs: number,
  visit: (a: TimedItem, b: TimedItem) => void,
): void {
  const active: TimedItem[] = [];
  for (const b of sorted) {
    // Compact in place while visiting: the expiry check and the visit share one pass.
    let kept = 0;
    for (const a of active) {
      if (a.end + horizonMs <= b.start) continue;
      active[kept++] = a;
      visit(a, b);
    }
    active.length = kept;
    active.push(b);
  }
}
