/**
 * Calendar's own date writing and date arithmetic: RFC 3339 as the API writes it, day numbers
 * (all-day events and recurrences count whole local dates) and the compact forms of instance
 * ids and RRULE UNTIL values. Converting between instants and a zone's wall clock is the
 * workspace-wide ../zone, shared with the Sheets fake.
 */
import { DAY_MS, offsetMs, toWallTime } from '../zone';

const MINUTE = 60_000;

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** RFC 3339 as the Calendar API writes it: seconds precision, `Z` for UTC, else `+07:00`. */
export function formatRfc3339(ms: number, timeZone: string): string {
  const f = toWallTime(ms, timeZone);
  const off = offsetMs(ms, timeZone) / MINUTE;
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
