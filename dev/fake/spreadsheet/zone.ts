/**
 * Wall-clock time in a spreadsheet's time zone. Sheets interprets typed dates and renders
 * date formats in the spreadsheet's zone (Asia/Jakarta here), not in the zone of the machine
 * running the tests, so both directions go through Intl with the zone named explicitly.
 */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

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
export function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

function offsetAt(ms: number, timeZone: string): number {
  return wallAsUtc(toWallTime(ms, timeZone)) - ms;
}

/** The instant at which the zone's clocks show `w`. */
export function fromWallTime(w: WallTime, timeZone: string): number {
  const guess = wallAsUtc(w);
  const first = guess - offsetAt(guess, timeZone);
  // A DST change between the guess and the answer shifts the offset once more.
  return guess - offsetAt(first, timeZone);
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Sheets' date serial number (days since 1899-12-30, in the spreadsheet's zone). */
export function serialFromInstant(ms: number, timeZone: string): number {
  return (wallAsUtc(toWallTime(ms, timeZone)) - SERIAL_EPOCH) / DAY_MS;
}

export function wallFromSerial(serial: number): WallTime {
  const d = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}
