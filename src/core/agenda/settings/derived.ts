/** What the rest of PROTOCLOUD asks of the conventions. Names are matched ignoring case. */

import { fold } from '../../data/cells';
import type { ClashRules } from '../clashes';
import type { AgendaConventions, ReminderRule } from '../conventions';
import type { AgendaSettings } from '../request';
import type { AgendaStatus } from '../status';

/** Buffers per activity type name (no '*' default: an unknown type has none) and travel. */
export const toClashRules = (c: AgendaConventions): ClashRules => ({
  // fromEntries: a type called "__proto__" stays a key instead of replacing the prototype.
  buffers: Object.fromEntries(
    c.activityTypes.map((t) => [t.name, { before: t.bufferBefore, after: t.bufferAfter }]),
  ),
  travel: c.travel,
});

/** The lists the request form validates against. */
export const requestSettingsOf = (c: AgendaConventions): AgendaSettings => ({
  leaders: c.leaders.map((l) => l.name),
  activityTypes: c.activityTypes.map((t) => t.name),
});

/** The leaders whose aide (ajudan) `email` is. */
export function leaderNamesForAide(c: AgendaConventions, email: string): string[] {
  const wanted = String(email ?? '')
    .trim()
    .toLowerCase();
  if (wanted === '') return [];
  return c.leaders
    .filter((l) => l.aides.some((a) => a.toLowerCase() === wanted))
    .map((l) => l.name);
}

export const checklistFor = (c: AgendaConventions, activityType: string): readonly string[] =>
  c.activityTypes.find((t) => fold(t.name) === fold(activityType))?.checklist ?? [];

/** Working hours allowed in `status`; null = no SLA (not a waiting stage, or switched off). */
export function slaHoursFor(c: AgendaConventions, status: AgendaStatus): number | null {
  const hours = (c.slaHours as Partial<Record<AgendaStatus, number>>)[status];
  return hours === undefined ? null : hours;
}

/** The '*' rules and the type's own, in sheet order; rules add up, none overrides another. */
export const remindersFor = (c: AgendaConventions, activityType: string): ReminderRule[] =>
  c.reminders.filter((r) => r.activityType === '*' || fold(r.activityType) === fold(activityType));
