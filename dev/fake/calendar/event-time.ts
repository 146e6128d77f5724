/**
 * `start` / `end` of an event: either `{date: 'yyyy-mm-dd'}` (all-day, midnight in the
 * calendar's zone, end exclusive) or `{dateTime: RFC 3339, timeZone?}`. A dateTime without an
 * offset needs `timeZone`, as in the API. Error texts are the API's.
 */

import { fromWallTime, isValidTimeZone, toWallTime } from '../zone';
import { isObject, type JsonValue, str } from './plain';
import { dayNumber, formatDate, formatRfc3339 } from './zone';

export class TimeError extends Error {}

export interface ParsedTime {
  ms: number;
  allDay: boolean;
  /** Day number for all-day times. */
  day?: number;
  timeZone?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i;

/** A complete RFC 3339 timestamp with offset (what timeMin/timeMax/updatedMin demand). */
export function parseInstant(value: unknown): number | undefined {
  if (value !== null && typeof value === 'object' && 'toISOString' in value) {
    return Date.parse((value as Date).toISOString());
  }
  if (typeof value !== 'string') return undefined;
  const m = DATE_TIME.exec(value);
  if (!m?.[8]) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export function parseEventTime(
  value: JsonValue | undefined,
  which: 'start' | 'end',
  calendarZone: string,
): ParsedTime {
  if (!isObject(value)) throw new TimeError(`Missing ${which} time.`);
  const timeZone = str(value.timeZone);
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    throw new TimeError(`Invalid time zone definition for ${which} time.`);
  }
  const date = str(value.date);
  const dateTime = str(value.dateTime);
  if (date !== undefined && dateTime !== undefined) throw new TimeError('Bad Request');
  if (date !== undefined) {
    const m = DATE.exec(date);
    if (!m) throw new TimeError(`Invalid ${which} time.`);
    const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    const ms = fromWallTime(
      { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: 0, minute: 0, second: 0 },
      calendarZone,
    );
    return { ms, allDay: true, day, ...(timeZone ? { timeZone } : {}) };
  }
  if (dateTime === undefined) throw new TimeError(`Missing ${which} time.`);
  const m = DATE_TIME.exec(dateTime);
  if (!m) throw new TimeError(`Invalid ${which} time.`);
  if (m[8]) {
    const ms = Date.parse(dateTime);
    if (Number.isNaN(ms)) throw new TimeError(`Invalid ${which} time.`);
    return { ms, allDay: false, ...(timeZone ? { timeZone } : {}) };
  }
  if (!timeZone) throw new TimeError(`Missing time zone definition for ${which} time.`);
  const ms = fromWallTime(
    {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4]),
      minute: Number(m[5]),
      second: Number(m[6] ?? 0),
    },
    timeZone,
  );
  return { ms, allDay: false, timeZone };
}

/** How the API writes a time back: dateTime in the output zone, or the date. */
export function formatEventTime(
  ms: number,
  allDay: boolean,
  outZone: string,
  calendarZone: string,
  timeZone?: string,
): { date?: string; dateTime?: string; timeZone?: string } {
  if (allDay) return { date: formatDate(dayOfMidnight(ms, calendarZone)) };
  return { dateTime: formatRfc3339(ms, outZone), ...(timeZone ? { timeZone } : {}) };
}

/** The local date (day number) of an instant in a zone. */
export function dayOfMidnight(ms: number, zone: string): number {
  const local = toWallTime(ms, zone);
  return dayNumber(local.year, local.month, local.day);
}
