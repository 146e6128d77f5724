/**
 * Sheets' date serial numbers. Sheets interprets typed dates and renders date formats in the
 * spreadsheet's zone (Asia/Jakarta here); the wall-clock conversions themselves are the
 * workspace-wide ones of ../zone, re-exported so the spreadsheet fake has one place for time.
 */
import { DAY_MS, toWallTime, type WallTime, wallAsUtc } from '../zone';

export { fromWallTime, isValidTimeZone, toWallTime, type WallTime } from '../zone';

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

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
