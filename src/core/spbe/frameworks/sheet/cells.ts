/**
 * One cell of the Kerangka sheet as Range.getValues() gives it ('' when empty, numbers,
 * strings, booleans, Dates) turned into a framework value, or a message saying what is
 * expected. Numbers become their decimal text exactly (Rational, never float formatting):
 * a weight typed 1,30 arrives as the number 1.3 and must read as "1.3", not "1.2999…".
 */
import { cellAddress } from '../../../text/a1';
import { Rational } from '../../rational';
import { normalWord, YES_NO_WORDS } from './layout';

export interface CellProblem {
  /** A1 notation on the Kerangka sheet, e.g. "E14". */
  readonly cell: string;
  /** Indonesian; names the field and what is expected. */
  readonly message: string;
}

export type CellResult<T> = { readonly value: T } | { readonly error: string };

export const isBlank = (value: unknown): boolean =>
  value === '' ||
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '');

const shown = (value: unknown): string =>
  value instanceof Date ? 'tanggal' : typeof value === 'string' ? `"${value.trim()}"` : `${value}`;

/** Text cells: names, keys, notes. A number typed into one (indicator key 12) is its decimal text. */
export function cellText(value: unknown): CellResult<string> {
  if (typeof value === 'string') return { value: value.trim() };
  if (typeof value === 'number' && Number.isFinite(value))
    return { value: Rational.fromNumber(value).toExactString() };
  if (value instanceof Date)
    return {
      error: "Sheets mengubahnya menjadi tanggal; tulis sebagai teks (awali dengan tanda petik ')",
    };
  return { error: `${shown(value)} bukan teks` };
}

const DECIMAL = /^\d+(?:\.\d+)?$/;

/** A weight or predicate bound: a non-negative decimal, "." or "," as the decimal mark. */
export function cellDecimal(value: unknown): CellResult<string> {
  const expected = 'isi angka desimal seperti 1,30 atau 27.5';
  let text: string | undefined;
  if (typeof value === 'number' && Number.isFinite(value))
    text = Rational.fromNumber(value).toExactString();
  else if (typeof value === 'string') text = value.trim().replace(/\s*%$/, '').replace(',', '.');
  if (text === undefined || !DECIMAL.test(text))
    return { error: `${shown(value)} bukan angka desimal; ${expected}` };
  return { value: text };
}

/** Years and levels. */
export function cellInteger(value: unknown): CellResult<number> {
  if (typeof value === 'number' && Number.isInteger(value)) return { value };
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return { value: Number(value) };
  return { error: `${shown(value)} bukan bilangan bulat; isi seperti 2026` };
}

/** One of a fixed set of words (case and spacing ignored). */
export function cellWord<T>(
  value: unknown,
  words: Readonly<Record<string, T>>,
  expected: string,
): CellResult<T> {
  const found = typeof value === 'string' ? words[normalWord(value)] : undefined;
  return found === undefined
    ? { error: `${shown(value)} tidak dikenal; isi ${expected}` }
    : { value: found };
}

/** "per butir": a checkbox (boolean) or ya/tidak. */
export const cellYesNo = (value: unknown): CellResult<boolean> =>
  typeof value === 'boolean' ? { value } : cellWord(value, YES_NO_WORDS, '"ya" atau "tidak"');
/** 0-based row and column (as getValues() indexes them) → "E14". */
export const a1 = (row: number, column: number): string => cellAddress(row + 1, column + 1);
