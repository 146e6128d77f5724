/**
 * Whether a daily report came in late. The report for day D is on time when received no
 * later than D at the cutoff (config.cutoff, on the clock of config.timeZone, 16:00 WIB by
 * default).
 *
 * Decision: a report dated on a day that is not a working day (a Saturday event, duty on a
 * holiday) is on time until the cutoff of the next working day — nobody is expected to send
 * official mail on a day off. Working days come from the WorkCalendar (weekends by office
 * hours, holidays and cuti bersama from the HariLibur table); the calendar and the config
 * should share one zone.
 */
import { TZDate } from '@date-fns/tz';
import {
  calendarDateOf,
  isWorkingDay,
  nextWorkingDay,
  normalizeDate,
  type WorkCalendar,
} from '../workdays';
import { cutoffMinutes, type DailyConfig } from './config';

/**
 * The last instant (epoch ms) at which the report for `reportDate` ('YYYY-MM-DD') is on
 * time. Throws a RangeError for an invalid date or cutoff: both are checked earlier (the
 * parser, checkDailyConfig), so reaching here with one is a bug.
 */
export function reportDeadline(
  reportDate: string,
  config: DailyConfig,
  calendar: WorkCalendar,
): number {
  const iso = normalizeDate(reportDate);
  if (iso === null || iso !== reportDate) {
    throw new RangeError(`Tanggal laporan "${reportDate}" harus berbentuk YYYY-MM-DD yang valid`);
  }
  const minutes = cutoffMinutes(config.cutoff);
  if (minutes === null) throw new RangeError(`Batas waktu "${config.cutoff}" tidak valid`);
  const day = isWorkingDay(iso, calendar)
    ? iso
    : calendarDateOf(nextWorkingDay(iso, calendar), calendar);
  const [year, month, date] = day.split('-').map(Number);
  return new TZDate(
    year ?? 0,
    (month ?? 1) - 1,
    date ?? 1,
    Math.floor(minutes / 60),
    minutes % 60,
    config.timeZone,
  ).getTime();
}

/** Received after the deadline; a report received exactly at the cutoff is on time. */
export function isLate(
  reportDate: string,
  receivedAt: number,
  config: DailyConfig,
  calendar: WorkCalendar,
): boolean {
  if (!Number.isFinite(receivedAt)) throw new RangeError('Waktu terima laporan tidak valid');
  return receivedAt > reportDeadline(reportDate, config, calendar);
}
