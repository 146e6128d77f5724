/**
 * Reading single cells as Sheets returns them (string, number, boolean, Date, or empty) without
 * ever throwing: sheets are typed by hand and anything may be in a cell.
 */
import * as z from 'zod/mini';

const emailSchema = z.email();

export const isEmail = (text: string): boolean => emailSchema.safeParse(text).success;

/** Epoch ms of a Date cell, null for anything else (a forged Date-like object included). */
function dateMs(cell: unknown): number | null {
  if (!(cell instanceof Date)) return null;
  try {
    const ms = Date.prototype.getTime.call(cell);
    return Number.isFinite(ms) ? ms : null;
  } catch {
    return null;
  }
}

export const isBlankCell = (cell: unknown): boolean =>
  cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

/** Trimmed text of a cell; null for a value no sheet cell holds (objects, NaN, invalid dates). */
export function cellText(cell: unknown): string | null {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : null;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const ms = dateMs(cell);
  return ms === null ? null : new Date(ms).toISOString();
}

const MAX_SHOWN = 60;

/** The cell as quoted in a message: short, so a pasted paragraph does not flood the report. */
export function shown(cell: unknown): string {
  const text = cellText(cell);
  if (text === null) return '(isi tidak terbaca)';
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** Case-, width- and spacing-insensitive form of a word admins type ("Abu-abu", "abu abu"). */
export const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

/** A non-negative safe integer from a number cell or digits; null otherwise. */
export function readCount(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isSafeInteger(cell) && cell >= 0 ? cell : null;
  if (typeof cell !== 'string' || !/^\d+$/.test(cell.trim())) return null;
  const n = Number(cell.trim());
  return Number.isSafeInteger(n) ? n : null;
}

/** A finite number from a number cell or text, accepting the Indonesian decimal comma ("1,5"). */
export function readDecimal(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = cell.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

const YES = new Set(['ya', 'y', 'iya', 'yes', 'true', '1']);
const NO = new Set(['tidak', 'tdk', 't', 'n', 'no', 'false', '0']);

/** Ya/Tidak (or a checkbox); null when the cell says neither. Blank is the caller's call. */
export function readYesNo(cell: unknown): boolean | null {
  const text = cellText(cell);
  if (text === null) return null;
  const word = text.toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return null;
}

/** Non-blank trimmed parts of `text` split by `separator`. */
export const splitList = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
