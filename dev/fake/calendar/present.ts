/**
 * Turns stored events into what the API returns: times written in the output zone, `self`
 * flags for the caller, recurring instances generated from their master, deleted events
 * reduced to what the API guarantees, and busy-only views for freeBusyReader access.
 */

import { toWallTime } from '../zone';
import { formatEventTime } from './event-time';
import { clone, isObject, type JsonObject, pick, str } from './plain';
import { expand, parseRecurrence } from './rrule';
import type { CalendarRecord, EventRecord } from './types';
import { compactDate, compactUtc, dayNumber } from './zone';

/** `<masterId>_<yyyyMMdd'T'HHmmss'Z'>` (timed) or `<masterId>_<yyyyMMdd>` (all-day). */
export function instanceId(
  masterId: string,
  startMs: number,
  allDay: boolean,
  zone: string,
): string {
  if (!allDay) return `${masterId}_${compactUtc(startMs)}`;
  const local = toWallTime(startMs, zone);
  return `${masterId}_${compactDate(dayNumber(local.year, local.month, local.day))}`;
}

export function splitInstanceId(id: string): { masterId: string; suffix: string } | undefined {
  const m = /^(.+)_(\d{8}(?:T\d{6}Z)?)$/.exec(id);
  return m?.[1] && m[2] ? { masterId: m[1], suffix: m[2] } : undefined;
}

export interface View {
  viewer: string;
  outZone: string;
  calendar: CalendarRecord;
  busyOnly: boolean;
  /** events.get returns a deleted event whole; list reduces it. */
  fullDeleted?: boolean;
}

/** A virtual record for one occurrence of a recurring master (not stored). */
export function instanceRecord(master: EventRecord, startMs: number, endMs: number): EventRecord {
  const id = instanceId(master.id, startMs, master.allDay, master.zone);
  const data = clone(master.data);
  delete data.recurrence;
  data.id = id;
  data.recurringEventId = master.id;
  const startTz = isObject(master.data.start) ? str(master.data.start.timeZone) : undefined;
  data.originalStartTime = {
    ...formatEventTime(startMs, master.allDay, master.zone, master.zone, startTz),
  };
  return { ...master, id, data, startMs, endMs };
}

export function isRecurringMaster(record: EventRecord): boolean {
  return Array.isArray(record.data.recurrence) && record.data.recurringEventId === undefined;
}

/**
 * All occurrences of a master before `horizonMs`, with stored exceptions (modified or
 * cancelled instances, stored under their instance id) in place of the generated ones.
 */
export function occurrences(
  master: EventRecord,
  events: Map<string, EventRecord>,
  horizonMs: number,
): EventRecord[] {
  const lines = Array.isArray(master.data.recurrence) ? master.data.recurrence.map(String) : [];
  const rec = parseRecurrence(lines, master.zone);
  const series = {
    startMs: master.startMs,
    endMs: master.endMs,
    allDay: master.allDay,
    zone: master.zone,
  };
  const list = rec
    ? expand(rec, series, horizonMs)
    : [{ startMs: master.startMs, endMs: master.endMs }];
  const masterCancelled = master.data.status === 'cancelled';
  return list.map(({ startMs, endMs }) => {
    const generated = instanceRecord(master, startMs, endMs);
    const exception = events.get(generated.id);
    if (exception) return exception;
    if (masterCancelled) generated.data.status = 'cancelled';
    return generated;
  });
}

export function present(record: EventRecord, view: View): JsonObject {
  const data = clone(record.data);
  const startTz = isObject(data.start) ? str(data.start.timeZone) : undefined;
  const endTz = isObject(data.end) ? str(data.end.timeZone) : undefined;
  const zone = view.calendar.timeZone;
  data.start = formatEventTime(record.startMs, record.allDay, view.outZone, zone, startTz);
  data.end = formatEventTime(record.endMs, record.allDay, view.outZone, zone, endTz);
  if (view.busyOnly) {
    // freeBusyReader sees when the calendar is busy, nothing of what it is busy with.
    return pick(data, ['kind', 'etag', 'id', 'status', 'start', 'end', 'transparency']);
  }
  if (data.status === 'cancelled' && !view.fullDeleted) {
    // "Deleted events are only guaranteed to have the id field populated" (Events resource).
    return pick(data, ['kind', 'etag', 'id', 'status', 'recurringEventId', 'originalStartTime']);
  }
  markSelf(data, view.calendar.id);
  return data;
}

/** `self` means "is the calendar this copy of the event appears on" (Events resource). */
function markSelf(data: JsonObject, calendarId: string): void {
  const me = calendarId.toLowerCase();
  for (const key of ['creator', 'organizer']) {
    const who = data[key];
    if (isObject(who) && str(who.email)?.toLowerCase() === me) who.self = true;
  }
  if (Array.isArray(data.attendees)) {
    for (const a of data.attendees) {
      if (isObject(a) && str(a.email)?.toLowerCase() === me) a.self = true;
    }
  }
}
