/**
 * Reading the LenteraPengaturan sheet. Each key stands alone: a key that is missing keeps its
 * default quietly (a key added in a later version works on an old sheet); a bad value keeps
 * its default and is reported at its Nilai cell, saying which value is used instead.
 */
import { cellText, isBlankCell, readCount, readYesNo, shown, splitList } from '../../data/cells';
import { keyValueCells, VALUE_COLUMN } from '../../data/key-values';
import type { SheetProblem, SheetRow } from '../../data/sheet-rows';
import { wallClockOf } from '../../workdays/zone';
import { cutoffMinutes } from '../config';
import { foldName } from '../parse/normalize';
import { readDateCell } from '../tables';
import {
  DAILY_RULE_FIELDS,
  DAILY_RULE_KEYS,
  type DailyRuleField,
  type DailyRules,
  MAX_ESCALATE_AFTER,
  shownRule,
} from './keys';
import { DAILY_SETTINGS_TABLE } from './tables';

type Reading<T> = { readonly value: T } | { readonly problem: string };

const MINUTE_MS = 60_000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * 'HH:MM' of a clock cell, null when it holds no time of day. Text is '16:00' or '16.00';
 * Sheets turns a typed time into a Date on 30 December 1899 (read on the zone's clock) or,
 * formatted as a number, a fraction of a day.
 */
function readClockCell(cell: unknown, timeZone: string): string | null {
  let minutes: number | null = null;
  if (typeof cell === 'string') minutes = cutoffMinutes(cell);
  else if (typeof cell === 'number')
    minutes = cell >= 0 && cell < 1 ? Math.round(cell * 1440) : null;
  else if (cell instanceof Date) {
    const ms = Date.parse(cellText(cell) ?? '');
    // Rounded: a time cell comes back a few seconds off where the zone's old offset had seconds.
    if (Number.isFinite(ms)) minutes = Math.round(wallClockOf(ms, timeZone).msOfDay / MINUTE_MS);
  }
  if (minutes === null || minutes >= 1440) return null;
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

const MAX_TAG = 60;

/** A clock key's reading; null when the cell is blank (each key decides what that means). */
function readClock(cell: unknown, timeZone: string): Reading<string> | null {
  if (isBlankCell(cell)) return null;
  const time = readClockCell(cell, timeZone);
  return time === null
    ? { problem: `"${shown(cell)}" bukan jam; tulis jam:menit, mis. 16:00` }
    : { value: time };
}

type Readers = {
  readonly [F in DailyRuleField]: (cell: unknown, timeZone: string) => Reading<DailyRules[F]>;
};

const READERS: Readers = {
  subjectTag(cell) {
    const text = cellText(cell)?.replace(/\s+/g, ' ') ?? '';
    if (foldName(text) === '') return { problem: 'isi tulisan penanda, mis. LAPORAN HARIAN' };
    if (/[[\]"]/.test(text)) {
      return { problem: `"${shown(cell)}" memuat tanda [ ] atau "; tulis tanpa tanda itu` };
    }
    if (text.length > MAX_TAG) return { problem: `paling banyak ${MAX_TAG} karakter` };
    return { value: text };
  },
  cutoff: (cell, timeZone) =>
    readClock(cell, timeZone) ?? { problem: 'wajib diisi jam:menit, mis. 16:00' },
  priorities(cell) {
    const text = cellText(cell);
    if (text === null) return { problem: `"${shown(cell)}" bukan daftar prioritas` };
    const list = splitList(text, /[,;|\n]+/);
    if (list.length === 0) return { problem: 'isi pilihan prioritas, mis. Tinggi, Sedang, Rendah' };
    const seen = new Set<string>();
    for (const priority of list) {
      const key = foldName(priority);
      if (key === '') return { problem: `prioritas "${priority}" tidak memuat huruf atau angka` };
      if (seen.has(key)) return { problem: `prioritas "${priority}" tercantum dua kali` };
      seen.add(key);
    }
    return { value: list };
  },
  escalateAfter(cell) {
    const days = readCount(cell);
    return days === null || days < 1 || days > MAX_ESCALATE_AFTER
      ? { problem: `isi bilangan bulat 1–${MAX_ESCALATE_AFTER}, bukan "${shown(cell)}"` }
      : { value: days };
  },
  since(cell, timeZone) {
    const read = readDateCell(cell, timeZone);
    if (read === null) return { value: null };
    return 'problem' in read ? { problem: read.problem } : { value: read.date };
  },
  digestTime: (cell, timeZone) => readClock(cell, timeZone) ?? { value: null },
  archiveAttachments(cell) {
    if (isBlankCell(cell)) return { value: false };
    const archive = readYesNo(cell);
    return archive === null
      ? { problem: `isi Ya atau Tidak, bukan "${shown(cell)}"` }
      : { value: archive };
  },
  archiveFolders(cell) {
    const folders = splitList(cellText(cell) ?? '', /\//);
    return folders.length === 0
      ? {
          problem:
            'isi nama folder, bertingkat dengan tanda /, mis. SPBE Workspace/LENTERA/Lampiran',
        }
      : { value: folders };
  },
};

/** The rules in `rows` (LenteraPengaturan opened), each bad or missing value from `defaults`. */
export function readDailyRules(
  rows: readonly SheetRow[],
  timeZone: string,
  defaults: DailyRules,
  problems: SheetProblem[],
): DailyRules {
  const sheet = DAILY_SETTINGS_TABLE.name;
  const keys = DAILY_RULE_FIELDS.map((field) => DAILY_RULE_KEYS[field].key);
  const cells = keyValueCells(rows, sheet, keys, problems);
  const rules: Record<string, unknown> = { ...defaults };
  for (const field of DAILY_RULE_FIELDS) {
    const { key } = DAILY_RULE_KEYS[field];
    const found = cells.get(key);
    if (found === undefined) continue;
    const reading = READERS[field](found.cell, timeZone);
    if ('value' in reading) {
      rules[field] = reading.value;
      continue;
    }
    const fallback = shownRule(defaults, field);
    const used = fallback === '' ? 'kosong' : `"${fallback}"`;
    problems.push({
      sheet,
      row: found.row,
      column: VALUE_COLUMN,
      message: `${key}: ${reading.problem}; dipakai nilai bawaan ${used}`,
    });
  }
  return rules as unknown as DailyRules;
}
