/**
 * Working time: the part of a wall-time interval that falls in office hours on working
 * days. Response times (LENTERA Email Daily) and SLAs per agenda stage (PROTOCLOUD) are
 * measured in it, so a report sent Friday 16:00 and answered Monday 08:00 took 60 minutes
 * (30 on Friday until 16:30, 30 on Monday from 07:30), not a weekend.
 *
 * Both functions walk the zone's calendar a day at a time and clip each day's office span,
 * so their cost grows with the number of days crossed, not with the minutes.
 */
import {
  clockOf,
  type DateInput,
  MAX_DAYS,
  instantOfInput as msOf,
  officeSpanOf,
  tooFar,
  type WorkCalendar,
} from './calendar';

const MINUTE_MS = 60_000;

/** Working milliseconds in [start, end); negative when end is before start. */
export function workingMsBetween(start: DateInput, end: DateInput, calendar: WorkCalendar): number {
  const from = msOf(start, calendar);
  const to = msOf(end, calendar);
  if (to < from) return -workingMsBetween(to, from, calendar);
  const firstDay = clockOf(from, calendar).day;
  const lastDay = clockOf(to, calendar).day;
  if (lastDay - firstDay > MAX_DAYS) tooFar();
  let total = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    const span = officeSpanOf(day, calendar);
    if (span) total += Math.max(0, Math.min(to, span[1]) - Math.max(from, span[0]));
  }
  return total;
}

/**
 * Working minutes between two instants (fractional when they are not on whole minutes);
 * negative when end is before start, e.g. the time left until a deadline already passed.
 */
export const workingMinutesBetween = (
  start: DateInput,
  end: DateInput,
  calendar: WorkCalendar,
): number => workingMsBetween(start, end, calendar) / MINUTE_MS;

/**
 * The instant at which `minutes` of working time have passed since `start`: when an SLA
 * expires. Outside office hours the clock waits for the next opening. The earliest such
 * instant is returned, so a deadline can fall exactly at closing time (Friday 16:30), not at
 * the next opening. Negative minutes count back (a reminder two working hours before a
 * deadline), returning the latest such instant. 0 returns `start` itself.
 */
export function addWorkingMinutes(start: DateInput, minutes: number, calendar: WorkCalendar): Date {
  if (!Number.isFinite(minutes)) throw new RangeError(`Jumlah menit tidak valid: ${minutes}`);
  const from = msOf(start, calendar);
  let left = Math.round(Math.abs(minutes) * MINUTE_MS);
  if (left === 0) return new Date(from);
  const forward = minutes > 0;
  let day = clockOf(from, calendar).day;
  for (let walked = 0; walked <= MAX_DAYS; walked++, day += forward ? 1 : -1) {
    const span = officeSpanOf(day, calendar);
    if (!span) continue;
    const [open, close] = span;
    if (forward) {
      const begin = Math.max(from, open);
      if (begin >= close) continue;
      if (left <= close - begin) return new Date(begin + left);
      left -= close - begin;
    } else {
      const finish = Math.min(from, close);
      if (finish <= open) continue;
      if (left <= finish - open) return new Date(finish - left);
      left -= finish - open;
    }
  }
  return tooFar();
}
