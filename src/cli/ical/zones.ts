/**
 * Time-zone arithmetic for the agenda CLI (Node only). ical.js converts times whose TZID has a
 * VTIMEZONE in the file; everything else (floating times, a TZID the file does not define, the
 * --from/--to flags, the output) goes through the IANA database Node ships, via @date-fns/tz.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Where a date-time without a zone is read and every output time is written, unless --tz. */
export const DEFAULT_ZONE = 'Asia/Jakarta';

/** Wall-clock fields as iCalendar writes them: month 1–12. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Windows zone names Outlook and Exchange write as TZID, mapped to IANA (CLDR windowsZones,
 * Indonesian territory where CLDR has one). Only consulted when the file lacks the VTIMEZONE:
 * Outlook normally includes it, but forwarded or hand-trimmed files sometimes do not.
 */
const WINDOWS_ZONES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'SE Asia Standard Time': 'Asia/Jakarta',
    'Singapore Standard Time': 'Asia/Makassar',
    'Tokyo Standard Time': 'Asia/Jayapura',
    UTC: 'UTC',
    'GMT Standard Time': 'Europe/London',
    'W. Europe Standard Time': 'Europe/Berlin',
    'Romance Standard Time': 'Europe/Paris',
    'Eastern Standard Time': 'America/New_York',
    'Central Standard Time': 'America/Chicago',
    'Pacific Standard Time': 'America/Los_Angeles',
    'China Standard Time': 'Asia/Shanghai',
    'India Standard Time': 'Asia/Kolkata',
    'Arabian Standard Time': 'Asia/Dubai',
    'Arab Standard Time': 'Asia/Riyadh',
    'Korea Standard Time': 'Asia/Seoul',
    'AUS Eastern Standard Time': 'Australia/Sydney',
    'W. Australia Standard Time': 'Australia/Perth',
  }),
);

/**
 * The zone @date-fns/tz should use for a TZID the file does not define, or null. Accepts IANA
 * names, the Windows names above, prefixed IANA names such as
 * "/mozilla.org/20050126_1/Asia/Jakarta", and Outlook display names such as
 * "(UTC+07:00) Bangkok, Hanoi, Jakarta" (a fixed offset: those zones carry no DST rule here).
 */
export function resolveTzid(tzid: string): string | null {
  const name = tzid.trim();
  if (isIanaZone(name)) return name;
  const windows = WINDOWS_ZONES.get(name);
  if (windows !== undefined) return windows;
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(name)?.[1];
  if (tail !== undefined && isIanaZone(tail)) return tail;
  const offset = /^\((?:UTC|GMT)([+-]\d{2}):(\d{2})\)/.exec(name);
  if (offset) return `${offset[1]}:${offset[2]}`;
  if (/^\((?:UTC|GMT)\)/.test(name)) return 'UTC';
  return null;
}

/** The instant a wall-clock time in `zone` denotes (epoch ms). */
export function wallToMs(wall: WallTime, zone: string): number {
  return new TZDate(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    zone,
  ).getTime();
}

/** The wall-clock time of an instant in `zone`. */
export function msToWall(ms: number, zone: string): WallTime {
  const date = new TZDate(ms, zone);
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
  };
}

/** "2024-05-06T09:00:00+07:00" (or "…Z" when the zone is UTC): what the CLI prints. */
export function formatInstant(ms: number, zone: string): string {
  return format(new TZDate(ms, zone), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An ISO 8601 date or date-time as epoch ms, or null when it is not one or names an impossible
 * date (2024-02-30). Without an offset it is wall time in `zone`; a bare date is its midnight.
 */
export function parseInstant(text: string, zone: string): number | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second, milli] = [1, 2, 3, 4, 5, 6, 7].map((i) =>
    Number(m[i] ?? 0),
  ) as [number, number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = { year, month, day, hour, minute, second };
  const offset = m[8];
  if (offset === undefined) return wallToMs(wall, zone) + milli;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, milli);
  if (offset.toUpperCase() === 'Z') return utc;
  const o = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!o) return null;
  const minutes = Number(o[2]) * 60 + Number(o[3]);
  if (Number(o[2]) > 23 || Number(o[3]) > 59) return null;
  return utc - (o[1] === '-' ? -1 : 1) * minutes * 60_000;
}
