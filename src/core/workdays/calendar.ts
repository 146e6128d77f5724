/**
 * A WorkCalendar: which days are worked and during which hours, in one time zone. Built once
 * per execution from the HariLibur table and the office-hours setting, then queried many
 * times (every reminder, every SLA), so holidays sit in a Set of 'YYYY-MM-DD' strings and
 * office hours in minutes per weekday.
 *
 * Day functions take a Date, epoch ms or a 'YYYY-MM-DD' string (that day at 00:00 in the
 * zone) and return a Date; they move whole days and keep the wall-clock time.
 */
import { UserError } from '../errors';
import { DEFAULT_TIME_ZONE } from '../time/format';
import { dayNumberOf, type IsoDate, isoOfDay, normalizeDate, weekdayOfDay } from './dates';
import type { HolidayEntry } from './holidays';
import {
  DEFAULT_OFFICE_HOURS,
  minuteOfDay,
  type OfficeHours,
  readOfficeHours,
  WEEKDAYS,
} from './office-hours';
import { checkTimeZone, instantOf, wallClockOf } from './zone';

export { DEFAULT_TIME_ZONE };

export type DateInput = Date | number | IsoDate;

/** Opening and closing minute of the day. */
type Span = readonly [open: number, close: number];

export interface WorkCalendar {
  readonly timeZone: string;
  readonly officeHours: OfficeHours;
  /** 'YYYY-MM-DD' of every day off from the holiday table. */
  readonly holidayDates: ReadonlySet<IsoDate>;
  /** Entries per date, for showing why a day is off (two can share a date). */
  readonly holidaysByDate: ReadonlyMap<IsoDate, readonly HolidayEntry[]>;
  /** Office hours in minutes, index = weekday (0 = Sunday); null = closed. */
  readonly spans: readonly (Span | null)[];
}

export interface WorkCalendarOptions {
  readonly holidays?: readonly HolidayEntry[];
  readonly officeHours?: OfficeHours;
  readonly timeZone?: string;
}

/**
 * Throws a UserError (Indonesian, for the admin) when the office hours or the zone are
 * invalid: every later calculation relies on them.
 */
export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  checkTimeZone(timeZone);
  const checked = readOfficeHours(options.officeHours ?? DEFAULT_OFFICE_HOURS);
  if (!checked.ok) throw new UserError(checked.problems.join(' '), 'jamKantor');
  const officeHours = checked.value;
  const spans = WEEKDAYS.map((day): Span | null => {
    const window = officeHours.days[day];
    if (window === null) return null;
    // readOfficeHours has normalized both edges, so neither is null here.
    return [minuteOfDay(window.start) ?? 0, minuteOfDay(window.end) ?? 0];
  });
  const holidaysByDate = new Map<IsoDate, HolidayEntry[]>();
  for (const entry of options.holidays ?? []) {
    // readHolidays and the seed give 'YYYY-MM-DD'; anything else would silently never match.
    if (normalizeDate(entry.date) !== entry.date) {
      throw new RangeError(`Tanggal libur "${entry.date}" harus berbentuk YYYY-MM-DD`);
    }
    const list = holidaysByDate.get(entry.date);
    if (list) list.push(entry);
    else holidaysByDate.set(entry.date, [entry]);
  }
  return {
    timeZone,
    officeHours,
    holidayDates: new Set(holidaysByDate.keys()),
    holidaysByDate,
    spans,
  };
}

// ---- internal helpers shared with ./working-time.ts ---------------------------------

/** Day number and time of day of an input, on the calendar's clock. */
export function clockOf(date: DateInput, calendar: WorkCalendar): { day: number; msOfDay: number } {
  if (typeof date === 'string') {
    const day = dayNumberOf(date);
    if (day === null) throw new RangeError(`"${date}" bukan tanggal YYYY-MM-DD yang valid`);
    return { day, msOfDay: 0 };
  }
  const ms = typeof date === 'number' ? date : date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Waktu tidak valid');
  return wallClockOf(ms, calendar.timeZone);
}

/** Epoch ms of an input; a 'YYYY-MM-DD' string is that day's midnight in the zone. */
export function instantOfInput(date: DateInput, calendar: WorkCalendar): number {
  if (typeof date !== 'string') {
    const ms = typeof date === 'number' ? date : date.getTime();
    if (!Number.isFinite(ms)) throw new RangeError('Waktu tidak valid');
    return ms;
  }
  return instantOf(clockOf(date, calendar).day, 0, calendar.timeZone);
}

export const isWorkingDayNumber = (day: number, calendar: WorkCalendar): boolean =>
  calendar.spans[weekdayOfDay(day)] != null && !calendar.holidayDates.has(isoOfDay(day));

/** Office hours of a day as instants; null on a day off. */
export function officeSpanOf(
  day: number,
  calendar: WorkCalendar,
): readonly [number, number] | null {
  if (!isWorkingDayNumber(day, calendar)) return null;
  const span = calendar.spans[weekdayOfDay(day)];
  if (!span) return null;
  return [
    instantOf(day, span[0] * 60_000, calendar.timeZone),
    instantOf(day, span[1] * 60_000, calendar.timeZone),
  ];
}

/**
 * The office hours guarantee a working weekday; holidays are finite. A longer walk means a
 * bug or an absurd request (an SLA of centuries), and must not hang the execution.
 */
export const MAX_DAYS = 366 * 200;

export function tooFar(): never {
  throw new RangeError('Perhitungan hari kerja melewati batas 200 tahun');
}

// ---- day functions ----------------------------------------------------------------

/** The day the input falls on, as 'YYYY-MM-DD' in the calendar's zone. */
export const calendarDateOf = (date: DateInput, calendar: WorkCalendar): IsoDate =>
  isoOfDay(clockOf(date, calendar).day);

/** Open by weekday and not in the holiday table. */
export const isWorkingDay = (date: DateInput, calendar: WorkCalendar): boolean =>
  isWorkingDayNumber(clockOf(date, calendar).day, calendar);

/** The holiday entries of the input's day (empty on a weekend without a holiday). */
export const holidaysOn = (date: DateInput, calendar: WorkCalendar): readonly HolidayEntry[] =>
  calendar.holidaysByDate.get(calendarDateOf(date, calendar)) ?? [];

/**
 * Moves `n` working days (back when negative), keeping the wall-clock time: from Friday
 * 10:00, +1 is Monday 10:00. The starting day itself never counts, working or not, so from
 * Saturday +1 is Monday and −1 is Friday. n = 0 returns the input instant.
 */
export function addWorkingDays(date: DateInput, n: number, calendar: WorkCalendar): Date {
  if (!Number.isInteger(n)) throw new RangeError(`Jumlah hari kerja harus bilangan bulat: ${n}`);
  const { day, msOfDay } = clockOf(date, calendar);
  const step = n < 0 ? -1 : 1;
  let current = day;
  let left = Math.abs(n);
  for (let walked = 0; left > 0; walked++) {
    if (walked > MAX_DAYS) tooFar();
    current += step;
    if (isWorkingDayNumber(current, calendar)) left--;
  }
  if (current === day && typeof date !== 'string') return new Date(date);
  return new Date(instantOf(current, msOfDay, calendar.timeZone));
}

/** The first working day after the input's day, same wall-clock time. */
export const nextWorkingDay = (date: DateInput, calendar: WorkCalendar): Date =>
  addWorkingDays(date, 1, calendar);

/** The last working day before the input's day, same wall-clock time. */
export const previousWorkingDay = (date: DateInput, calendar: WorkCalendar): Date =>
  addWorkingDays(date, -1, calendar);

/**
 * Working days after a's day up to and including b's day; negative when b is earlier, so
 * workingDaysBetween(a, addWorkingDays(a, n)) === n for every n ≥ 0.
 */
export function workingDaysBetween(a: DateInput, b: DateInput, calendar: WorkCalendar): number {
  const from = clockOf(a, calendar).day;
  const to = clockOf(b, calendar).day;
  if (to < from) return -workingDaysBetween(b, a, calendar);
  if (to - from > MAX_DAYS) tooFar();
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkingDayNumber(day, calendar)) count++;
  return count;
}
