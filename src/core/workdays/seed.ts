/**
 * Seeding the HariLibur sheet from the generated national holidays. Once a year has any row
 * the admin owns it: re-running setup never re-adds a date the admin moved (an Idul Fitri
 * corrected to the SKB) or deleted.
 */
import type { HolidayEntry } from './holidays';
import { SEED_FIRST_YEAR, SEED_ID, SEED_LAST_YEAR } from './seed-id';

export { SEED_FIRST_YEAR, SEED_LAST_YEAR };

/** The seed's national holidays of the given years (empty for a year outside the seed). */
export const seedHolidays = (years: readonly number[]): HolidayEntry[] =>
  SEED_ID.filter((entry) => years.includes(Number(entry.date.slice(0, 4))));

/** The years setup seeds: the current one and the next (the caller reads the clock). */
export const seedYearsFor = (currentYear: number): number[] => [currentYear, currentYear + 1];

/** Seed rows for the years that have no row in the table yet. */
export function seedMissingYears(
  existing: readonly HolidayEntry[],
  years: readonly number[],
): HolidayEntry[] {
  const present = new Set(existing.map((entry) => Number(entry.date.slice(0, 4))));
  return seedHolidays(years.filter((year) => !present.has(year)));
}
