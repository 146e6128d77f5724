/**
 * Wall-clock arithmetic in IANA time zones. Calendar times are zoned (an all-day event starts
 * at midnight in the calendar's zone; a weekly 09:00 meeting stays at 09:00 across DST), so
 * the fake converts between UTC milliseconds and local fields instead of trusting the host zone.
 */
import { tzOffset } from '@date-fns/tz';

export interface LocalFields {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE = 60_000;
export const DAY_MS = 86_400_000;

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function offsetMinutes(timeZone: string, ms: number): number {
  return tzOffset(timeZone, new Date(ms));
}

/** The UTC instant at which the wall clock in `timeZone` shows `fields`. */
export function zonedToUtc(fields: LocalFields, timeZone: string): number {
  const wall = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
  );
  // Two passes settle the offset on both sides of a DST change.
  const first = wall - offsetMinutes(timeZone, wall) * MINUTE;
  return wall - offsetMinutes(timeZone, first) * MINUTE;
}

export function utcToZoned(ms: number, timeZone: string): LocalFields {
  const d = new Date(ms + offsetMinutes(timeZone, ms) * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** RFC 3339 as the Calendar API writes it: seconds precision, `Z` for UTC, else `+07:00`. */
export function formatRfc3339(ms: number, timeZone: string): string {
  const f = utcToZoned(ms, timeZone);
  const off = offsetMinutes(timeZone, ms);
  const zone =
    off === 0 ? 'Z' : `${off < 0 ? '-' : '+'}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${zone}`;
}

/** Days since 1970-01-01 of a calendar date: date arithmetic without any zone. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNum: number): number {
  return (((dayNum + 4) % 7) + 7) % 7;
}

export function formatDate(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `yyyyMMdd'T'HHmmss'Z'`: the suffix of recurring-instance ids and of RRULE UNTIL values. */
export function compactUtc(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

export function compactDate(n: number): string {
  return formatDate(n).replace(/-/g, '');
}
