/**
 * Reading a daily-report subject. The standard is `[LAPORAN HARIAN] <Unit> — <d MMMM yyyy>`
 * (template.ts), but subjects are typed by hand and pass through replies and forwards, so
 * the reader accepts reply/forward prefixes, any case, spacing or brackets around the tag,
 * the separators — – - | : and the parts in any order, as long as the tag opens the subject
 * or stands apart as its own part ("Diskominfo | Laporan Harian | 22/11/2026"). A subject
 * that merely mentions the words ("Pertanyaan tentang laporan harian") is not a report.
 */
import type { DailyConfig } from '../config';
import { isSystemSubject } from '../system-mail';
import { type DateFinding, findDate } from './dates';
import { foldName } from './normalize';
import { isMark, type Token, tokenize, wordKey } from './tokens';

/**
 * Longest subject read. RFC 5322 lines stop at 998 characters and nobody types more; the
 * limit keeps a hostile megabyte subject as cheap as a real one.
 */
export const SUBJECT_LIMIT = 1000;

// Reply and forward prefixes of Gmail, Outlook and mail clients in Indonesian, English,
// French and German (BLS/TRS: Outlook in Indonesian; TR: Outlook in French; AW/WG: German).
const REPLY_PREFIXES = new Set(['re', 'bls', 'aw']);
const FORWARD_PREFIXES = new Set(['fwd', 'fw', 'tr', 'trs', 'wg']);
const LONGEST_PREFIX = 3;

export interface SubjectPrefixes {
  /** The subject after the prefixes. */
  readonly rest: string;
  readonly replied: boolean;
  readonly forwarded: boolean;
}

const isSpace = (c: string) => c !== '' && c.trim() === '';
const isAsciiLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** Strips `Re:`, `RE :`, `Fwd:`, `Re[2]:`, `FW: Re:` … from the start, any number of them. */
export function stripPrefixes(subject: string): SubjectPrefixes {
  let pos = 0;
  let replied = false;
  let forwarded = false;
  for (;;) {
    let p = pos;
    while (isSpace(subject.charAt(p))) p++;
    const wordStart = p;
    while (p - wordStart <= LONGEST_PREFIX && isAsciiLetter(subject.charAt(p))) p++;
    const word = subject.slice(wordStart, p).toLowerCase();
    const isReply = REPLY_PREFIXES.has(word);
    if (!isReply && !FORWARD_PREFIXES.has(word)) break;
    while (isSpace(subject.charAt(p))) p++;
    // Outlook numbers repeated replies: "Re[2]:".
    if (subject.charAt(p) === '[') {
      let q = p + 1;
      while (q - p <= 4 && subject.charAt(q) >= '0' && subject.charAt(q) <= '9') q++;
      if (subject.charAt(q) === ']' && q > p + 1) p = q + 1;
      while (isSpace(subject.charAt(p))) p++;
    }
    if (subject.charAt(p) !== ':' && subject.charAt(p) !== '\uff1a') break;
    pos = p + 1;
    if (isReply) replied = true;
    else forwarded = true;
  }
  return { rest: subject.slice(pos), replied, forwarded };
}

const OPENING = '[(【<{';
const CLOSING = '])】>}';
/** Marks that separate the parts of a subject. */
const SEPARATORS = '|—–-:;/,';

/** Token index range [first, last] of the tag, or null. */
function findTag(tokens: readonly Token[], tag: string): { first: number; last: number } | null {
  const words = foldName(tag).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const compact = words.join('');
  let allMarksBefore = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    let last = -1;
    if (token.kind !== 'mark' && token.text.toLowerCase() === compact) {
      last = i; // "LaporanHarian"
    } else {
      let k = i;
      for (let w = 0; w < words.length; w++, k++) {
        // "LAPORAN-HARIAN", "Laporan_Harian".
        if (w > 0 && isMark(tokens[k], '-_')) k++;
        const t = tokens[k];
        if (t === undefined || t.kind === 'mark' || t.text.toLowerCase() !== words[w]) {
          k = -1;
          break;
        }
      }
      if (k !== -1) last = k - 1;
    }
    if (last !== -1) {
      let before = i - 1;
      while (isMark(tokens[before], OPENING)) before--;
      let after = last + 1;
      while (isMark(tokens[after], CLOSING)) after++;
      const apartBefore = before < 0 || isMark(tokens[before], SEPARATORS) || before < i - 1;
      const apartAfter =
        after >= tokens.length || isMark(tokens[after], SEPARATORS) || after > last + 1;
      if (allMarksBefore || (apartBefore && apartAfter)) {
        let first = i;
        while (isMark(tokens[first - 1], OPENING)) first--;
        let end = last;
        while (isMark(tokens[end + 1], CLOSING)) end++;
        return { first, last: end };
      }
    }
    if (token.kind !== 'mark') allMarksBefore = false;
  }
  return null;
}

/** Whether the subject carries the report tag in an accepted place. */
export function hasReportTag(subject: string, config: DailyConfig): boolean {
  const { rest } = stripPrefixes(subject.slice(0, SUBJECT_LIMIT));
  return !isSystemSubject(rest) && findTag(tokenize(rest), config.subjectTag) !== null;
}

export interface SubjectReading {
  readonly isReport: boolean;
  readonly replied: boolean;
  readonly forwarded: boolean;
  /** The report date; null when nothing in the subject looks like a date. */
  readonly date: DateFinding | null;
  /** What may name the unit, in the order written: the parts without tag and date. */
  readonly unitTexts: readonly string[];
}

const mask = (text: string, start: number, end: number) =>
  text.slice(0, start) + '|'.repeat(end - start) + text.slice(end);

const EDGE_NOISE = ',.-_*\'"`~#';
const DATE_WORDS = new Set([
  'hari',
  'tanggal',
  'tgl',
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  'sabtu',
  'minggu',
]);

const HARD_SEPARATORS = '|—–:;[]()【】\uff1a';

/** One part, cleaned of edge punctuation; '' when it names nothing. */
function cleanPart(raw: string): string {
  let start = 0;
  let end = raw.length;
  const noise = (c: string) => isSpace(c) || EDGE_NOISE.includes(c);
  while (start < end && noise(raw.charAt(start))) start++;
  while (end > start && noise(raw.charAt(end - 1))) end--;
  const part = raw.slice(start, end).replace(/\s+/g, ' ');
  const words = tokenize(part).filter((t) => t.kind !== 'mark');
  // A day name left alone ("Diskominfo - Senin - 22/11/2026") names no unit.
  return words.every((t) => DATE_WORDS.has(wordKey(t))) ? '' : part;
}

/**
 * The parts of what is left after the tag and the date. A hyphen separates only with a
 * space on one side: "Sub-Bagian Umum" is one name, "Diskominfo - 22/11" two parts.
 */
function partsOf(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charAt(i);
    const hyphenApart =
      c === '-' &&
      (i === 0 ||
        isSpace(text.charAt(i - 1)) ||
        i + 1 >= text.length ||
        isSpace(text.charAt(i + 1)));
    if (i === text.length || HARD_SEPARATORS.includes(c) || hyphenApart) {
      const part = cleanPart(text.slice(from, i));
      if (part !== '') parts.push(part);
      from = i + 1;
    }
  }
  return parts;
}

export function readSubject(subject: string, config: DailyConfig): SubjectReading {
  const { rest, replied, forwarded } = stripPrefixes(subject.slice(0, SUBJECT_LIMIT));
  const tokens = tokenize(rest);
  const tag = findTag(tokens, config.subjectTag);
  let remainder = rest;
  if (tag) {
    remainder = mask(rest, tokens[tag.first]?.start ?? 0, tokens[tag.last]?.end ?? 0);
  }
  const date = findDate(remainder);
  if (date) remainder = mask(remainder, date.start, date.end);
  const parts = partsOf(remainder);
  // The whole remainder as one more candidate, for unit names that contain a separator.
  const whole = parts.join(' ');
  const unitTexts = parts.length > 1 ? [...parts, whole] : parts;
  return { isReport: tag !== null && !isSystemSubject(rest), replied, forwarded, date, unitTexts };
}
