/**
 * Wall-clock time in IANA time zones, for every fake that reads or writes local times (Sheets
 * renders and parses dates in the spreadsheet's zone, Calendar expands a 09:00 meeting at 09:00
 * local across DST). Both directions go through Intl with the zone named explicitly, never the
 * zone of the machine running the tests; Intl gives the fields to the second, so historical
 * offsets such as Jakarta's +07:07:12 before 1924 (Sheets' serial 0 is 1899-12-30) come out exact.
 */

export interface LocalFields {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface WallTime extends LocalFields {
  millisecond: number;
}

export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What the clocks of `timeZone` show at the instant `ms`. */
export function toWallTime(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/** The wall time read as if it were UTC: handy for day arithmetic and serial numbers. */
export function wallAsUtc(w: LocalFields & { millisecond?: number }): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond ?? 0);
}

/** How far the zone's clocks are ahead of UTC at the instant `ms`, in milliseconds. */
export function offsetMs(ms: number, timeZone: string): number {
  return wallAsUtc(toWallTime(ms, timeZone)) - ms;
}

/** The instant at which the zone's clocks show `w` (milliseconds 0 when `w` has none). */
export function fromWallTime(w: LocalFields & { millisecond?: number }, timeZone: string): number {
  const guess = wallAsUtc(w);
  const first = guess - offsetMs(guess, timeZone);
  // A DST change between the guess and the answer shifts the offset once more.
  return guess - offsetMs(first, timeZone);
}
