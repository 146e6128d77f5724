/**
 * The brute-force clash checker the bench compares findClashes against: every pair of items,
 * no sorting, no pruning. Same rules and output as src/core/agenda/clashes.ts (the property
 * test in test/core/agenda-clash.test.ts holds the two to each other on small calendars).
 */
import { clashMessage } from '../src/core/agenda/clash/message';
import type { Clash, ClashKind, ClashRules, TimedItem } from '../src/core/agenda/clashes';
import { venueKey } from '../src/core/agenda/clashes';

const MINUTE = 60_000;

const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string | undefined) =>
  record === undefined || key === undefined
    ? undefined
    : (Object.getOwnPropertyDescriptor(record, key)?.value as T | undefined);

export function pairwiseClashes(
  items: readonly TimedItem[],
  rules: ClashRules = {},
  titles?: ReadonlyMap<string, string>,
): Clash[] {
  const buffer = (type: string | undefined) =>
    own(rules.buffers, type) ?? own(rules.buffers, '*') ?? { before: 0, after: 0 };
  const travel = (from?: string, to?: string) =>
    from === undefined || to === undefined
      ? 0
      : (own(own(rules.travel, from), to) ?? own(own(rules.travel, to), from) ?? 0);
  const venues = items.map((it) => (it.venue === undefined ? '' : venueKey(it.venue)));
  const checkVenue = rules.venue ?? true;
  const out: Clash[] = [];
  const push = (
    kind: ClashKind,
    leader: string | null,
    a: TimedItem,
    b: TimedItem,
    start: number,
    end: number,
    needMinutes = 0,
  ) => {
    const message = clashMessage({ kind, leader, a, b, start, end, needMinutes }, titles);
    out.push({ a: a.id, b: b.id, start, end, kind, leader, message });
  };

  for (let i = 0; i < items.length; i++) {
    const x = items[i] as TimedItem;
    for (let j = i + 1; j < items.length; j++) {
      const y = items[j] as TimedItem;
      const xFirst =
        x.start !== y.start ? x.start < y.start : x.end !== y.end ? x.end < y.end : x.id < y.id;
      const a = xFirst ? x : y;
      const b = xFirst ? y : x;
      const overlapStart = b.start;
      const overlapEnd = Math.min(a.end, b.end);
      const overlaps = overlapEnd > overlapStart;
      for (let k = 0; k < a.leaders.length; k++) {
        const leader = a.leaders[k] as string;
        // Skip '', leaders b lacks, and a's repeats of a leader already checked.
        if (leader === '' || !b.leaders.includes(leader) || a.leaders.indexOf(leader) !== k) {
          continue;
        }
        if (overlaps) {
          push('overlap', leader, a, b, overlapStart, overlapEnd);
          continue;
        }
        const gap = b.start - a.end;
        const trip = travel(a.kecamatan, b.kecamatan);
        const rest = buffer(a.activityType).after + buffer(b.activityType).before;
        if (gap < trip * MINUTE) push('travel', leader, a, b, a.end, b.start, trip);
        else if (gap < rest * MINUTE) push('buffer', leader, a, b, a.end, b.start, rest);
      }
      const venue = venues[i] as string;
      if (checkVenue && overlaps && venue !== '' && venue === venues[j]) {
        push('venue', null, a, b, overlapStart, overlapEnd);
      }
    }
  }
  const text = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);
  return out.sort(
    (p, q) =>
      p.start - q.start ||
      text(p.a, q.a) ||
      text(p.b, q.b) ||
      (p.leader === null ? 1 : 0) - (q.leader === null ? 1 : 0) ||
      text(p.leader ?? '', q.leader ?? ''),
  );
}
