/**
 * Civil dates ('YYYY-MM-DD', no time, no zone) and their day numbers. Walking the calendar
 * in integer days keeps the working-day loops free of time zones and daylight saving: only
 * the edges (instant → day, day + wall time → instant) touch a zone, in ./zone.ts.
 */

/** A calendar day as written in the HariLibur sheet and in keys: '2026-08-17'. */
export type IsoDate = string;

export const DAY_MS = 86_400_000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// Admins type day-first dates; '-' and '.' are accepted too because they are common here.
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Outside this range a typed year is a typo (0226, 20266), not a holiday. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** Day number of a valid civil date, or null (31 February, month 13, year 20266). */
function dayOf(year: number, month: number, day: number): number | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 31/02 over into March; a round trip that changes the month is invalid.
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

/** Days since 1970-01-01 of a civil date; null when it is not a real date. */
export function dayNumberOf(text: string): number | null {
  const iso = ISO.exec(text);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return dayOf(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

/** Whether the text has one of the accepted shapes, valid or not (31/02/2026 has). */
export const looksLikeDate = (text: string): boolean => ISO.test(text) || DAY_FIRST.test(text);

/** 'YYYY-MM-DD' of a day number. */
export const isoOfDay = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday, as Date.getDay(); 1970-01-01 was a Thursday. */
export const weekdayOfDay = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** The civil date as 'YYYY-MM-DD' when it is valid; null otherwise. */
export function normalizeDate(text: string): IsoDate | null {
  const day = dayNumberOf(text.trim());
  return day === null ? null : isoOfDay(day);
}
