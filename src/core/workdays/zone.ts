/**
 * The two crossings between instants and the wall clock of a time zone. Offsets come from
 * `tzOffset` (Intl underneath), so any IANA zone works, including ones with daylight
 * saving; Indonesia has none, but an instansi's zone is a setting, not an assumption.
 */
import { tzOffset } from '@date-fns/tz';
import { UserError } from '../errors';
import { DAY_MS } from './dates';

const MINUTE_MS = 60_000;

/** The offset of `timeZone` at `ms`, in ms; NaN for an unknown zone. */
const offsetMs = (timeZone: string, ms: number): number =>
  tzOffset(timeZone, new Date(ms)) * MINUTE_MS;

/** Throws when the runtime does not know the zone, so a typo fails at setup, not mid-SLA. */
export function checkTimeZone(timeZone: string): void {
  if (!Number.isFinite(offsetMs(timeZone, 0))) {
    throw new UserError(
      `Zona waktu "${timeZone}" tidak dikenal; isi misalnya Asia/Jakarta.`,
      'zonaWaktu',
    );
  }
}

export interface WallClock {
  /** Civil day number (days since 1970-01-01) in the zone. */
  readonly day: number;
  /** Milliseconds since local midnight. */
  readonly msOfDay: number;
}

/** Where an instant falls on the zone's calendar and clock. */
export function wallClockOf(ms: number, timeZone: string): WallClock {
  const local = ms + offsetMs(timeZone, ms);
  const day = Math.floor(local / DAY_MS);
  return { day, msOfDay: local - day * DAY_MS };
}

/**
 * The instant at which the zone's clock shows `msOfDay` on `day`. Two passes: the offset at
 * the first guess may differ from the offset at the answer when a transition lies between.
 * A wall time skipped by a transition moves forward by the gap (02:30 → 03:30); a repeated
 * one takes its second occurrence.
 */
export function instantOf(day: number, msOfDay: number, timeZone: string): number {
  const wall = day * DAY_MS + msOfDay;
  const first = wall - offsetMs(timeZone, wall);
  const second = wall - offsetMs(timeZone, first);
  return first === second ? first : Math.max(first, second);
}
