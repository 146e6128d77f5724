/**
 * The emails Calendar would send for `sendUpdates`: recorded, not delivered, so tests can
 * assert who was told what. 'externalOnly' means guests outside the organizer's domain (the
 * fake's stand-in for "non-Google Calendar guests").
 */
import type { FakeKernel } from '../kernel';
import { domainOf } from './access';
import { isObject, type JsonObject, str } from './plain';
import type { CalendarRecord, InvitationKind, InvitationRecord } from './types';

export type SendUpdates = 'all' | 'externalOnly' | 'none';

export function parseSendUpdates(args: unknown): SendUpdates {
  const options = isObject(args) ? args : {};
  const value = options.sendUpdates;
  if (value === 'all' || value === 'externalOnly' || value === 'none') return value;
  // The deprecated boolean still works: true means 'all'.
  return options.sendNotifications === true ? 'all' : 'none';
}

export function attendeeEmails(data: JsonObject): string[] {
  if (!Array.isArray(data.attendees)) return [];
  return data.attendees.flatMap((a) => {
    const email = isObject(a) ? str(a.email) : undefined;
    return email ? [email.toLowerCase()] : [];
  });
}

export function notify(
  kernel: FakeKernel,
  log: InvitationRecord[],
  calendar: CalendarRecord,
  data: JsonObject,
  mode: SendUpdates,
  messages: Array<{ to: string; kind: InvitationKind }>,
): void {
  if (mode === 'none') return;
  const organizer = isObject(data.organizer)
    ? (str(data.organizer.email) ?? calendar.id)
    : calendar.id;
  for (const { to, kind } of messages) {
    if (to === organizer.toLowerCase() || to === calendar.id.toLowerCase()) continue;
    if (mode === 'externalOnly' && domainOf(to) === domainOf(calendar.owner)) continue;
    log.push({
      calendarId: calendar.id,
      eventId: str(data.id) ?? '',
      kind,
      from: organizer,
      to,
      summary: str(data.summary) ?? '',
      sentMs: kernel.nowMillis(),
    });
  }
}

/** Who hears what when an event's guest list goes from `before` to `after`. */
export function changeMessages(
  before: string[],
  after: string[],
): Array<{ to: string; kind: InvitationKind }> {
  const was = new Set(before);
  const now = new Set(after);
  return [
    ...after.map((to) => ({ to, kind: (was.has(to) ? 'update' : 'invitation') as InvitationKind })),
    ...before.filter((to) => !now.has(to)).map((to) => ({ to, kind: 'cancellation' as const })),
  ];
}
