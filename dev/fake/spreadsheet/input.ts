/**
 * What a cell holds after `setValue`/`setValues`: Sheets treats a string as if a user typed it
 * (unless the cell is formatted as plain text `@`), so `'=SUM(A:A)'` becomes a formula,
 * `"'=x"` the text `=x`, `"12"` the number 12, `"true"` a boolean and `"2026-11-22"` a date
 * at midnight in the spreadsheet's zone. Non-strings are stored as given.
 */
import { isDate } from '../kernel';
import { fromWallTime } from './zone';

export type CellValue = string | number | boolean | Date;

/** A cell's content: a value, a formula (whose value the fake does not compute), or neither. */
export interface CellContent {
  value?: CellValue;
  formula?: string;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseIsoDate(text: string, timeZone: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((p) => Number(p ?? 0));
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined
  ) {
    return null;
  }
  // Reject 2026-02-30 and 25:00, which Sheets keeps as text.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return fromWallTime({ year, month, day, hour, minute, second, millisecond: 0 }, timeZone);
}

/**
 * `plainText`: the cell's number format is `@`. `makeDate` builds dates in the realm of the
 * code under test.
 */
export function interpretInput(
  raw: unknown,
  plainText: boolean,
  timeZone: string,
  makeDate: (ms: number) => Date,
): CellContent {
  if (raw === null || raw === undefined || raw === '') return {};
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw : String(raw) };
  if (typeof raw === 'boolean') return { value: raw };
  if (isDate(raw)) {
    const ms = raw.getTime();
    return { value: Number.isNaN(ms) ? String(raw) : makeDate(ms) };
  }
  const text = String(raw);
  if (plainText) return { value: text };
  if (text.length > 1 && text.startsWith('=')) return { formula: text };
  if (text.startsWith("'")) return text.length > 1 ? { value: text.slice(1) } : {};
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE') return { value: true };
  if (upper === 'FALSE') return { value: false };
  const date = parseIsoDate(trimmed, timeZone);
  if (date !== null) return { value: makeDate(date) };
  return { value: text };
}
