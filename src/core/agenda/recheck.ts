/**
 * Re-checking the register for clashes and remembering the outcome on each record: which
 * clashes it has now, when it first had one, and when they were resolved (the KPI "% of
 * clashes resolved before the event" reads these two times).
 */
import { type ClashRules, findClashes } from './clashes';
import { toTimedItem } from './item';
import type { AgendaRecord } from './record';
import { isClosedStatus } from './status';

/** Clash messages per item id, for every open item of `records`. */
export function clashMessages(
  records: readonly AgendaRecord[],
  rules: ClashRules,
): Map<string, string[]> {
  const open = records.filter((r) => !isClosedStatus(r.item.status) && r.item.end > r.item.start);
  const titles = new Map(open.map((r) => [r.item.id, r.item.title] as const));
  const byItem = new Map<string, string[]>(open.map((r) => [r.item.id, []]));
  for (const clash of findClashes(
    open.map((r) => toTimedItem(r.item)),
    rules,
    titles,
  )) {
    // One line each: the register keeps the list one message per line, and a title with a
    // line break would otherwise read back as two messages and look changed every run.
    const message = clash.message.replace(/\s*[\r\n]+\s*/g, ' ');
    byItem.get(clash.a)?.push(message);
    byItem.get(clash.b)?.push(message);
  }
  return byItem;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The record with its clash state set to `messages` as found at `now`; itself when unchanged. */
export function withClashes(
  record: AgendaRecord,
  messages: readonly string[],
  now: number,
): AgendaRecord {
  if (sameList(record.clashes, messages)) return record;
  const had = record.clashes.length > 0;
  const has = messages.length > 0;
  return {
    ...record,
    clashes: [...messages],
    firstClashAt: has && record.firstClashAt === 0 ? now : record.firstClashAt,
    clashResolvedAt: has ? 0 : had ? now : record.clashResolvedAt,
    updatedAt: now,
  };
}

/** Every record whose clash state changed, re-checked against all of `records`. */
export function recheckAll(
  records: readonly AgendaRecord[],
  rules: ClashRules,
  now: number,
): AgendaRecord[] {
  const messages = clashMessages(records, rules);
  const changed: AgendaRecord[] = [];
  for (const record of records) {
    const found = messages.get(record.item.id) ?? [];
    const next = withClashes(record, found, now);
    if (next !== record) changed.push(next);
  }
  return changed;
}
