/**
 * PROTOCLOUD clash detection (bentrok jadwal) for the leaders' agenda: which items a leader
 * cannot attend both of, and which venues are booked twice. Pure: the caller passes the items
 * (from the shared calendar or an iCalendar file) and gets the clashes with Indonesian messages.
 *
 * Per leader, a pair of items clashes for one reason only, the strongest:
 *   overlap  — the times overlap by more than zero (an item ending at 10.00 and one starting
 *              at 10.00 do not clash);
 *   travel   — otherwise, the gap is shorter than the travel time between their kecamatan;
 *   buffer   — otherwise, the gap is shorter than a's after-buffer plus b's before-buffer.
 * Overlap beats travel because the leader cannot be in two places at once; travel beats buffer
 * because missing it makes the leader late, while a buffer is preparation time the protocol
 * team may choose to cut. 'venue' is independent of leaders: any two items at the same venue
 * (case-, Unicode-width- and whitespace-insensitive) whose times overlap; `rules.venue: false`
 * turns it off.
 *
 * Cost: O(n log n) to sort, then a sweep per leader and per venue whose active set holds only
 * items ending within the largest buffer/travel horizon, so the work after sorting is
 * O(k + m) for k clashes and m near misses inside that horizon (pairs that are close but
 * satisfy their own, smaller, rule), plus O(k log k) to sort the output. Without rules the
 * horizon is zero and m is zero.
 */

import { clashMessage } from './clash/message';
import { type CompiledRules, compileRules } from './clash/rules';
import { byStartEndId, sweep } from './clash/sweep';

export interface TimedItem {
  readonly id: string;
  readonly start: number; // epoch ms
  readonly end: number; // epoch ms, > start
  readonly leaders: readonly string[]; // who attends (e.g. "Bupati"); empty = not a leader's item
  readonly venue?: string; // normalised venue name, for "same venue booked twice"
  readonly kecamatan?: string; // for travel time between districts
  readonly activityType?: string; // for buffers
}

export interface ClashRules {
  /** Minutes kept free before/after an item, per activity type ('*' = default). */
  readonly buffers?: Readonly<Record<string, { readonly before: number; readonly after: number }>>;
  /** Travel minutes between kecamatan (symmetric if only one direction is given). */
  readonly travel?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Whether the same venue at overlapping times is a clash (default true). */
  readonly venue?: boolean;
}

export type ClashKind = 'overlap' | 'buffer' | 'travel' | 'venue';

export interface Clash {
  readonly a: string;
  readonly b: string; // ids; a starts first (ties: smaller end, then id)
  readonly start: number;
  readonly end: number; // the clashing interval (overlap of the two, or the gap that is too short for buffer/travel)
  readonly kind: ClashKind;
  readonly leader: string | null; // the leader affected (null for venue)
  readonly message: string; // Indonesian; titles from `titles`, else ids; times in Asia/Jakarta
}

const MINUTE_MS = 60_000;

/** The key two venue spellings share: "Aula  Timur", "aula timur" and "AULA TIMUR" are one. */
export const venueKey = (venue: string): string =>
  venue.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * Every clash among `items`, sorted by start, then a, then b (ids compared by code unit), then
 * leader (venue clashes, with no leader, last). Item ids are expected to be unique.
 * Throws RangeError for an item whose times are not finite with end > start, or for a negative
 * or non-finite rule.
 */
export function findClashes(
  items: readonly TimedItem[],
  rules?: ClashRules,
  titles?: ReadonlyMap<string, string>,
): Clash[] {
  for (const item of items) {
    if (!Number.isFinite(item.start) || !Number.isFinite(item.end) || item.end <= item.start) {
      throw new RangeError(`agenda "${item.id}": waktu selesai harus sesudah waktu mulai`);
    }
  }
  const compiled = compileRules(rules);
  const sorted = [...items].sort(byStartEndId);

  // Buckets filled in sorted order stay sorted, so one sort serves every leader and venue.
  const byLeader = new Map<string, TimedItem[]>();
  const byVenue = new Map<string, TimedItem[]>();
  const push = (map: Map<string, TimedItem[]>, key: string, item: TimedItem) => {
    const bucket = map.get(key);
    if (bucket) bucket.push(item);
    else map.set(key, [item]);
  };
  for (const item of sorted) {
    // A leader listed twice on one item still attends once.
    for (const leader of new Set(item.leaders)) if (leader !== '') push(byLeader, leader, item);
    if (compiled.venue && item.venue !== undefined) {
      const key = venueKey(item.venue);
      if (key !== '') push(byVenue, key, item);
    }
  }

  const clashes: Clash[] = [];
  const add = (leader: string | null, a: TimedItem, b: TimedItem, found: Found) => {
    const message = clashMessage({ ...found, leader, a, b }, titles);
    const { kind, start, end } = found;
    clashes.push({ a: a.id, b: b.id, start, end, kind, leader, message });
  };
  for (const [leader, bucket] of byLeader) {
    sweep(bucket, compiled.horizonMs, (a, b) => {
      const found = leaderClash(compiled, a, b);
      if (found) add(leader, a, b, found);
    });
  }
  for (const bucket of byVenue.values()) {
    // Horizon 0: the sweep only visits overlapping pairs, a.start ≤ b.start < a.end.
    sweep(bucket, 0, (a, b) =>
      add(null, a, b, {
        kind: 'venue',
        start: b.start,
        end: Math.min(a.end, b.end),
        needMinutes: 0,
      }),
    );
  }
  return clashes.sort(byClashOrder);
}

interface Found {
  readonly kind: ClashKind;
  readonly start: number;
  readonly end: number;
  /** The minutes the buffer or travel rule asked for, for the message. */
  readonly needMinutes: number;
}

/** The strongest reason a and b (a first) clash for one leader, or null. */
function leaderClash(rules: CompiledRules, a: TimedItem, b: TimedItem): Found | null {
  // a.start ≤ b.start, so they overlap exactly when b starts before a ends.
  if (b.start < a.end) {
    return { kind: 'overlap', start: b.start, end: Math.min(a.end, b.end), needMinutes: 0 };
  }
  const gap = b.start - a.end;
  const travel = rules.travelMinutes(a, b);
  if (gap < travel * MINUTE_MS) {
    return { kind: 'travel', start: a.end, end: b.start, needMinutes: travel };
  }
  const buffer = rules.bufferMinutes(a, b);
  if (gap < buffer * MINUTE_MS) {
    return { kind: 'buffer', start: a.end, end: b.start, needMinutes: buffer };
  }
  return null;
}

const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function byClashOrder(x: Clash, y: Clash): number {
  if (x.start !== y.start) return x.start - y.start;
  return (
    compareText(x.a, y.a) ||
    compareText(x.b, y.b) ||
    // null (venue) after every leader name.
    (x.leader === y.leader ? 0 : x.leader === null ? 1 : y.leader === null ? -1 : 0) ||
    compareText(x.leader ?? '', y.leader ?? '')
  );
}
