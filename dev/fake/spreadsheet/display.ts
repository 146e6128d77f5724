/**
 * `getDisplayValues`: a cell's value rendered through its number format. Covers the patterns
 * the project uses — plain text `@`, numbers (`0`, `0.00`, `#,##0`, `#,##0.00`, `0%`, `0.00%`)
 * and date/time patterns built from y, m, d, h, s (`yyyy-mm-dd`, `dd/mm/yyyy`,
 * `yyyy-mm-dd hh:mm`, …) — with an en_US decimal point and thousands comma. Other patterns
 * fall back to `String(value)`. Dates render in the spreadsheet's zone; numbers under a date
 * pattern are read as date serials and dates under a number pattern as serials, as in Sheets.
 */
import { isDate } from '../kernel';
import type { CellValue } from './input';
import { serialFromInstant, toWallTime, type WallTime, wallFromSerial } from './zone';

/** What `getNumberFormat` reports for a cell nobody formatted ("Automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';

const NUMBER_PATTERN = /^(#,##)?0(?:\.(0+))?(%)?$/;
const DATE_TOKENS = /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|"[^"]*"|\\.|./gi;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function isDatePattern(format: string): boolean {
  return !/[0#@]/.test(format) && /[ydhms]/i.test(format.replace(/"[^"]*"/g, ''));
}

function roundTo(value: number, decimals: number): number {
  // Exponent arithmetic rounds 1.005 to 1.01 as Sheets does; toFixed alone gives 1.00.
  const shifted = Number(`${value}e${decimals}`);
  if (!Number.isFinite(shifted)) return value;
  return Number(`${Math.round(shifted)}e-${decimals}`);
}

function formatNumber(value: number, format: string): string | null {
  const m = NUMBER_PATTERN.exec(format);
  if (!m) return null;
  const grouping = m[1] !== undefined;
  const decimals = m[2]?.length ?? 0;
  const percent = m[3] !== undefined;
  const scaled = percent ? value * 100 : value;
  const fixed = Math.abs(roundTo(scaled, decimals)).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const sign = roundTo(scaled, decimals) < 0 ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}${percent ? '%' : ''}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatWall(w: WallTime, format: string): string {
  const tokens = format.match(DATE_TOKENS) ?? [];
  const lower = tokens.map((t) => t.toLowerCase());
  const twelveHour = lower.includes('am/pm');
  const isClock = (t: string | undefined) => t === 'h' || t === 'hh';
  const isSecond = (t: string | undefined) => t === 's' || t === 'ss';
  const isField = (t: string) => /^[ydhms]/.test(t) || t === 'am/pm';
  const neighbour = (from: number, step: number): string | undefined => {
    for (let i = from + step; i >= 0 && i < lower.length; i += step) {
      const t = lower[i];
      if (t !== undefined && isField(t)) return t;
    }
    return undefined;
  };
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  const hour12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  return tokens
    .map((token, i) => {
      const t = lower[i] ?? '';
      // "m" is minutes right after an hour or right before seconds, months otherwise.
      const minute =
        (t === 'm' || t === 'mm') && (isClock(neighbour(i, -1)) || isSecond(neighbour(i, 1)));
      switch (t) {
        case 'yyyy':
          return String(w.year);
        case 'yy':
          return pad(w.year % 100, 2);
        case 'mmmm':
          return MONTHS[w.month - 1] ?? '';
        case 'mmm':
          return (MONTHS[w.month - 1] ?? '').slice(0, 3);
        case 'mm':
          return minute ? pad(w.minute, 2) : pad(w.month, 2);
        case 'm':
          return minute ? String(w.minute) : String(w.month);
        case 'dddd':
          return DAYS[weekday] ?? '';
        case 'ddd':
          return (DAYS[weekday] ?? '').slice(0, 3);
        case 'dd':
          return pad(w.day, 2);
        case 'd':
          return String(w.day);
        case 'hh':
          return pad(twelveHour ? hour12 : w.hour, 2);
        case 'h':
          return String(twelveHour ? hour12 : w.hour);
        case 'ss':
          return pad(w.second, 2);
        case 's':
          return String(w.second);
        case 'am/pm':
          return w.hour < 12 ? 'AM' : 'PM';
        default:
          if (token.startsWith('"')) return token.slice(1, -1);
          if (token.startsWith('\\')) return token.slice(1);
          return token;
      }
    })
    .join('');
}

function automaticDate(w: WallTime): string {
  const midnight = w.hour === 0 && w.minute === 0 && w.second === 0;
  return formatWall(w, midnight ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss');
}

export function displayValue(
  value: CellValue | undefined,
  format: string | undefined,
  timeZone: string,
): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const pattern = format ?? AUTOMATIC_FORMAT;
  const datePattern = isDatePattern(pattern);
  if (isDate(value)) {
    const ms = value.getTime();
    if (datePattern) return formatWall(toWallTime(ms, timeZone), pattern);
    const serial = formatNumber(serialFromInstant(ms, timeZone), pattern);
    return serial ?? automaticDate(toWallTime(ms, timeZone));
  }
  if (datePattern) return formatWall(wallFromSerial(value), pattern);
  return formatNumber(value, pattern) ?? String(value);
}
