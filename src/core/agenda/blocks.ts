/**
 * Holidays and the Friday-prayer window as blocks on the leaders' agenda (a setting each:
 * 'keras' refuses to schedule an item there, 'lunak' warns, 'abaikan' ignores). An item on a
 * national holiday or cuti bersama is often intended (a ceremony), hence the choice.
 */
import { formatLongDate } from '../time/format';
import { holidaysOn, type WorkCalendar } from '../workdays';
import { weekdayOfDay } from '../workdays/dates';
import { minuteOfDay } from '../workdays/office-hours';
import { instantOf, wallClockOf } from '../workdays/zone';
import type { AgendaConventions } from './conventions';
import type { AgendaItem } from './item';

export interface Blocks {
  /** Reasons the item may not be scheduled. */
  readonly hard: readonly string[];
  /** Warnings shown with the item. */
  readonly soft: readonly string[];
}

// Items last hours, at most days: a mistyped year must not make the walk run for years.
const MAX_DAYS = 31;
const FRIDAY = 5;

/** Midnight (in the zone) of every day the item touches, first to last. */
function daysOf(item: AgendaItem, timeZone: string): { day: number; midnight: number }[] {
  const first = wallClockOf(item.start, timeZone).day;
  const last = wallClockOf(item.end - 1, timeZone).day;
  const days: { day: number; midnight: number }[] = [];
  for (let day = first; day <= last && days.length < MAX_DAYS; day += 1) {
    days.push({ day, midnight: instantOf(day, 0, timeZone) });
  }
  return days;
}

export function blocksFor(
  item: AgendaItem,
  conventions: AgendaConventions,
  calendar: WorkCalendar,
): Blocks {
  const hard: string[] = [];
  const soft: string[] = [];
  const put = (mode: AgendaConventions['holidayBlock'], message: string) => {
    if (mode === 'keras') hard.push(message);
    else if (mode === 'lunak') soft.push(message);
  };

  const days = daysOf(item, calendar.timeZone);
  for (const { midnight } of days) {
    for (const holiday of holidaysOn(midnight, calendar)) {
      put(
        conventions.holidayBlock,
        `${formatLongDate(new Date(midnight), calendar.timeZone)} adalah hari libur (${holiday.name}).`,
      );
    }
  }

  const prayer = calendar.officeHours.fridayPrayer;
  const attending = item.delegate ? [item.delegate] : item.leaders;
  const praying = conventions.leaders
    .filter(
      (l) => l.fridayPrayer && attending.some((a) => a.toLowerCase() === l.name.toLowerCase()),
    )
    .map((l) => l.name);
  if (prayer && praying.length > 0) {
    const from = (minuteOfDay(prayer.start) ?? 0) * 60_000;
    const to = (minuteOfDay(prayer.end) ?? 0) * 60_000;
    for (const { day, midnight } of days) {
      if (weekdayOfDay(day) !== FRIDAY) continue;
      if (item.start < midnight + to && item.end > midnight + from) {
        put(
          conventions.fridayPrayerBlock,
          `${praying.join(', ')}: agenda bertepatan dengan waktu salat Jumat (${prayer.start}–${prayer.end}).`,
        );
        break;
      }
    }
  }
  return { hard, soft };
}
