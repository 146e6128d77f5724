/**
 * The report date as people write it in a subject: 22/11/2026, 22-11-2026, 22.11.2026,
 * 2026-11-22, 22 November 2026, 22 Nov 2026, Senin, 22 Nov 2026, November 22, 2026 — with
 * Indonesian and English month names, old spellings (Nopember, Pebruari) and the usual
 * abbreviations (Agt/Agu/Ags, Okt, Des). A written day name is kept so the pre-send
 * checklist can catch "Senin" on a Sunday; the parser itself does not reject it.
 */
import { isMark, type Token, tokenize, wordKey } from './tokens';

const MONTHS = new Map<string, number>();
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'pebruari', 'peb', 'february'],
  ['maret', 'mar', 'march'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['agustus', 'agu', 'agt', 'ags', 'agst', 'agus', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov', 'nopember', 'nop'],
  ['desember', 'des', 'dec', 'december'],
];
MONTH_WORDS.forEach((words, index) => {
  for (const word of words) MONTHS.set(word, index + 1);
});

export const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** Day names by weekday, 0 = Sunday as in Date.getUTCDay(). */
export const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const DAYS = new Map<string, number>();
const DAY_WORDS: readonly (readonly string[])[] = [
  ['minggu', 'min', 'ahad', 'sunday', 'sun'],
  ['senin', 'sen', 'monday', 'mon'],
  ['selasa', 'sel', 'tuesday', 'tue', 'tues'],
  ['rabu', 'rab', 'wednesday', 'wed'],
  ['kamis', 'kam', 'thursday', 'thu', 'thur', 'thurs'],
  ['jumat', 'jum', 'friday', 'fri'],
  ['sabtu', 'sab', 'saturday', 'sat'],
];
DAY_WORDS.forEach((words, index) => {
  for (const word of words) DAYS.set(word, index);
});

/** Words people put before a date: "hari Senin, tanggal 22 …", "tgl. 22/11/2026". */
const DATE_LEAD_WORDS = new Set(['hari', 'tanggal', 'tgl', 'date']);

const lookup = (table: ReadonlyMap<string, number>, key: string): number | undefined =>
  table.get(key);

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2199;

export interface DateFinding {
  /** The date as written, day name included: `Senin, 22 Nov 2026`. */
  readonly written: string;
  /** 'YYYY-MM-DD' when the date exists. */
  readonly iso?: string;
  /** Why it is not a date, in Indonesian, when it does not exist: `bulan 13 tidak ada`. */
  readonly reason?: string;
  /** The day name as written and its weekday (0 = Sunday), when one was written. */
  readonly dayName?: string;
  readonly writtenWeekday?: number;
  /** Span in the searched text (exclusive end). */
  readonly start: number;
  readonly end: number;
}

type Checked = { iso: string } | { reason: string };

function check(year: number, month: number, day: number): Checked {
  if (month < 1 || month > 12) return { reason: `bulan ${month} tidak ada` };
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { reason: `tahun ${year} di luar rentang ${MIN_YEAR}–${MAX_YEAR}` };
  }
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1) return { reason: `tanggal ${day} tidak ada` };
  if (day > last) {
    return { reason: `${MONTH_NAMES[month - 1]} ${year} hanya sampai tanggal ${last}` };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return { iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** A written year: '26' is 2026 (two digits are common in hand-typed subjects). */
const yearOf = (text: string): number => (text.length === 2 ? 2000 : 0) + Number(text);

const isNumber = (token: Token | undefined, minLength: number, maxLength: number) =>
  token?.kind === 'number' && token.text.length >= minLength && token.text.length <= maxLength;

const isYear = (token: Token | undefined) =>
  token?.kind === 'number' && (token.text.length === 2 || token.text.length === 4);

interface Candidate {
  readonly first: number;
  /** Index of the last token, inclusive. */
  readonly last: number;
  readonly checked: Checked;
}

/** A month name that is not one but starts like one: "Nopembr", "Desmber". */
const looksLikeMonth = (key: string): boolean =>
  key.length >= 3 && MONTH_WORDS.some((words) => words.some((w) => w.startsWith(key.slice(0, 3))));

/** The date starting at token i, if one does. */
function dateAt(tokens: readonly Token[], i: number): Candidate | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.kind === 'number') {
    const sep = tokens[i + 1];
    // 22/11/2026, 22-11-2026, 22.11.2026, 2026-11-22: the same separator twice.
    if (
      isMark(sep, '/-.') &&
      tokens[i + 3]?.kind === 'mark' &&
      tokens[i + 3]?.text === sep?.text &&
      isNumber(tokens[i + 2], 1, 2)
    ) {
      const a = t.text;
      const b = tokens[i + 2]?.text ?? '';
      const c = tokens[i + 4];
      if (a.length === 4 && isNumber(c, 1, 2)) {
        return { first: i, last: i + 4, checked: check(Number(a), Number(b), Number(c?.text)) };
      }
      if (a.length <= 2 && isYear(c)) {
        return {
          first: i,
          last: i + 4,
          checked: check(yearOf(c?.text ?? ''), Number(b), Number(a)),
        };
      }
    }
    // 22 November 2026, 22 Nov. 2026, 22-Nov-2026.
    if (t.text.length <= 2) {
      let j = i + 1;
      if (isMark(tokens[j], '-/.')) j++;
      const monthToken = tokens[j];
      const key = wordKey(monthToken);
      if (key === '') return null;
      j++;
      if (isMark(tokens[j], '.')) j++;
      if (isMark(tokens[j], ',-/')) j++;
      const yearToken = tokens[j];
      if (!isYear(yearToken)) return null;
      const month = lookup(MONTHS, key);
      if (month !== undefined) {
        return {
          first: i,
          last: j,
          checked: check(yearOf(yearToken?.text ?? ''), month, Number(t.text)),
        };
      }
      if (yearToken?.text.length === 4 && looksLikeMonth(key)) {
        return {
          first: i,
          last: j,
          checked: { reason: `nama bulan "${monthToken?.text}" tidak dikenal` },
        };
      }
    }
    return null;
  }
  // November 22, 2026.
  const month = lookup(MONTHS, wordKey(t));
  if (month === undefined) return null;
  let j = i + 1;
  if (isMark(tokens[j], '.')) j++;
  const dayToken = tokens[j];
  if (!isNumber(dayToken, 1, 2)) return null;
  j++;
  if (isMark(tokens[j], ',')) j++;
  const yearToken = tokens[j];
  if (yearToken?.kind !== 'number' || yearToken.text.length !== 4) return null;
  return {
    first: i,
    last: j,
    checked: check(Number(yearToken.text), month, Number(dayToken?.text)),
  };
}

/** Extends a date back over "hari Senin, tanggal" and reads the day name. */
function leadOf(tokens: readonly Token[], first: number): { first: number; day?: Token } {
  let k = first;
  let day: Token | undefined;
  for (let steps = 0; steps < 4; steps++) {
    let p = k - 1;
    if (isMark(tokens[p], ',.')) p--;
    const key = wordKey(tokens[p]);
    if (day === undefined && lookup(DAYS, key) !== undefined) {
      day = tokens[p];
      k = p;
    } else if (DATE_LEAD_WORDS.has(key)) {
      k = p;
    } else {
      break;
    }
  }
  return day ? { first: k, day } : { first: k };
}

/**
 * The first existing date in the text; when none exists, the first date-shaped value that
 * does not (31/02/2026), so the problem can name it; null when nothing looks like a date.
 */
export function findDate(text: string): DateFinding | null {
  const tokens = tokenize(text);
  let invalid: DateFinding | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const candidate = dateAt(tokens, i);
    if (candidate === null) continue;
    const lead = leadOf(tokens, candidate.first);
    const start = tokens[lead.first]?.start ?? 0;
    const end = tokens[candidate.last]?.end ?? start;
    const dayKey = wordKey(lead.day);
    const finding: DateFinding = {
      written: text.slice(start, end),
      start,
      end,
      ...('iso' in candidate.checked
        ? { iso: candidate.checked.iso }
        : { reason: candidate.checked.reason }),
      ...(lead.day ? { dayName: lead.day.text, writtenWeekday: lookup(DAYS, dayKey) } : {}),
    };
    if (finding.iso !== undefined) return finding;
    invalid ??= finding;
    i = candidate.last;
  }
  return invalid;
}

/** 'Minggu, 22 November 2026' for '2026-11-22'. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const weekday = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay();
  return `${DAY_NAMES[weekday]}, ${day} ${MONTH_NAMES[(month ?? 1) - 1]} ${year}`;
}

/** Weekday (0 = Sunday) of a 'YYYY-MM-DD'. */
export function weekdayOf(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay();
}
