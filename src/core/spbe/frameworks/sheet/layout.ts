/**
 * The "Kerangka" sheet: where an admin adds an SPBE framework or corrects a shipped one (e.g.
 * the provisional 8/2026 weights) by hand. One sheet, row-oriented, no formulas.
 *
 * Column A holds a block keyword (case-insensitive) or is empty. A keyword row opens a block
 * and carries that block's column headers in B, C, …; the rows under it, with A empty, are
 * the block's data. Blank rows are ignored anywhere, so blocks may be spaced out. Each
 * framework starts at its KERANGKA row; the blocks after it, up to the next KERANGKA, belong
 * to it (in any order; a block repeated is appended to). Cells right of a block's last
 * column are ignored (room for the admin's own remarks), except in KELOMPOK LEVEL, where an
 * extra name would shift every level and so is reported.
 *
 * An excerpt of PermenPANRB 59/2020 as `frameworkToSheet` writes it (headers shortened):
 *
 *   A               B                    C                         D           E
 *   KETERANGAN      (text for people; the row is ignored)
 *   KERANGKA        id                   nama                      dasar hukum status …
 *                   permenpanrb-59-2020  Evaluasi SPBE (…)         Peraturan … resmi  …
 *   KELOMPOK LEVEL  kunci                level 1                   level 2     …
 *                   proses               Rintisan                  Terkelola   …
 *   DOMAIN          kunci                nama                      bobot
 *                   D1                   Kebijakan Internal SPBE   13
 *   ASPEK           kunci                nama                      domain      bobot
 *                   A1                   Kebijakan Internal …      D1          13
 *   INDIKATOR       kunci                nama                      aspek       bobot  kelompok level  per butir  dinilai oleh
 *                   1                    Tingkat Kematangan …      A1          1.30   proses
 *   PREDIKAT        nama                 batas bawah
 *                   Memuaskan            4.2
 *   PEMBULATAN      tahun                aturan
 *                   bawaan               tanpa pembulatan
 *                   2023                 dibulatkan
 *
 * KERANGKA's columns: id | nama | dasar hukum | status | tahun mulai | tahun akhir |
 * level terendah | level tertinggi | catatan. `COLUMNS` below is the source of truth.
 *
 * - status: "resmi"/"official" or "sementara"/"provisional".
 * - tahun akhir empty: still in force. KELOMPOK LEVEL has one name per level, terendah…tertinggi.
 * - DOMAIN is left out by frameworks without domains (8/2026); ASPEK's domain is then empty.
 * - Weights are percent of the index, decimal with a point or a comma ("1,30", "27.5"); an
 *   empty INDIKATOR bobot means the aspect weighs its items equally (5/2018).
 * - per butir: "ya"/"tidak" or a checkbox; empty also means no. "ya": the instansi repeats
 *   the indicator per item (5/2018 indicator 35: one per public service).
 * - dinilai oleh: the other agency's index the indicator is scored from (8/2026 I5–I7).
 * - PREDIKAT rows best first; batas bawah is the lowest index that earns the predicate.
 * - PEMBULATAN: whether the predicate is taken from the index rounded to 2 decimals
 *   ("dibulatkan") or the exact one ("tanpa pembulatan"), per evaluation year; the row with
 *   tahun "bawaan" applies to every year not listed and is required.
 *
 * Weights are text so they stay exact ("1.30", not 1.3): whoever writes `frameworkToSheet`'s
 * rows to the sheet should format it as plain text ("@") first, or Sheets turns "1.30" into
 * the number 1.3 (value-equal) — or, in an Indonesian-locale sheet where "." groups
 * thousands, possibly 130, which the weight-sum checks then report.
 */
import type { FrameworkStatus, PredicateBasis } from '../types';

export const KERANGKA_SHEET = 'Kerangka';

export type BlockKind =
  | 'framework'
  | 'levelGroup'
  | 'domain'
  | 'aspect'
  | 'indicator'
  | 'predicate'
  | 'rounding';

export const KEYWORD: Readonly<Record<BlockKind, string>> = {
  framework: 'KERANGKA',
  levelGroup: 'KELOMPOK LEVEL',
  domain: 'DOMAIN',
  aspect: 'ASPEK',
  indicator: 'INDIKATOR',
  predicate: 'PREDIKAT',
  rounding: 'PEMBULATAN',
};

/** A row for people (instructions, remarks); the reader skips it wherever it is. */
export const NOTE_KEYWORD = 'KETERANGAN';

/** How a block's item is named in messages: "bobot aspek A3". */
export const NOUN: Readonly<Record<BlockKind, string>> = {
  framework: 'kerangka',
  levelGroup: 'kelompok level',
  domain: 'domain',
  aspect: 'aspek',
  indicator: 'indikator',
  predicate: 'predikat',
  rounding: 'pembulatan',
};

interface Column {
  readonly field: string;
  /** Short name used in the header and in problem messages. */
  readonly label: string;
  /** What to write, shown in the header and when the cell is left empty. */
  readonly hint?: string;
}

/** The data columns of each block, from column B on, in order. */
export const COLUMNS = {
  framework: [
    { field: 'id', label: 'id', hint: 'huruf, angka dan tanda minus' },
    { field: 'name', label: 'nama' },
    { field: 'legalSource', label: 'dasar hukum' },
    { field: 'status', label: 'status', hint: 'resmi atau sementara' },
    { field: 'yearFrom', label: 'tahun mulai', hint: 'mis. 2026' },
    { field: 'yearTo', label: 'tahun akhir', hint: 'kosong = masih berlaku' },
    { field: 'levelMin', label: 'level terendah', hint: 'mis. 1' },
    { field: 'levelMax', label: 'level tertinggi', hint: 'mis. 5' },
    { field: 'notes', label: 'catatan' },
  ],
  levelGroup: [{ field: 'key', label: 'kunci' }],
  domain: [
    { field: 'key', label: 'kunci' },
    { field: 'name', label: 'nama' },
    { field: 'weight', label: 'bobot', hint: '%, mis. 16,5' },
  ],
  aspect: [
    { field: 'key', label: 'kunci' },
    { field: 'name', label: 'nama' },
    { field: 'domain', label: 'domain', hint: 'kunci domain; kosong bila tanpa domain' },
    { field: 'weight', label: 'bobot', hint: '%, mis. 27,5' },
  ],
  indicator: [
    { field: 'key', label: 'kunci' },
    { field: 'name', label: 'nama' },
    { field: 'aspect', label: 'aspek', hint: 'kunci aspek, mis. A1' },
    { field: 'weight', label: 'bobot', hint: '%; kosong = sama rata dalam aspek' },
    { field: 'levelGroup', label: 'kelompok level', hint: 'kunci kelompok level' },
    { field: 'perItem', label: 'per butir', hint: 'ya/tidak' },
    { field: 'scoredBy', label: 'dinilai oleh', hint: 'kosong = penilaian mandiri' },
  ],
  predicate: [
    { field: 'name', label: 'nama' },
    { field: 'min', label: 'batas bawah', hint: 'indeks terendah; urut dari yang terbaik' },
  ],
  rounding: [
    { field: 'year', label: 'tahun', hint: 'tahun evaluasi atau "bawaan"' },
    { field: 'basis', label: 'aturan', hint: 'dibulatkan atau tanpa pembulatan' },
  ],
} as const satisfies Readonly<Record<BlockKind, readonly Column[]>>;

export type FieldOf<K extends BlockKind> = (typeof COLUMNS)[K][number]['field'];

function columnSpec(kind: BlockKind, field: string): Column {
  const spec = (COLUMNS[kind] as readonly Column[]).find((c) => c.field === field);
  if (!spec) throw new Error(`kolom ${field} tidak ada di blok ${kind}`);
  return spec;
}

/** 0-based index into a row (column A, the keyword, is 0). */
export const columnOf = <K extends BlockKind>(kind: K, field: FieldOf<K>): number =>
  (COLUMNS[kind] as readonly Column[]).findIndex((c) => c.field === field) + 1;

export const labelOf = <K extends BlockKind>(kind: K, field: FieldOf<K>): string =>
  columnSpec(kind, field).label;

export const hintOf = <K extends BlockKind>(kind: K, field: FieldOf<K>): string | undefined =>
  columnSpec(kind, field).hint;

/** KELOMPOK LEVEL: the level names start right after the key, one column per level. */
export const LEVEL_NAMES_COLUMN = columnOf('levelGroup', 'key') + 1;

/** The header row that opens a block (level groups need the framework's level range). */
export function headerRow(kind: BlockKind, levels?: { min: number; max: number }): string[] {
  const headers = (COLUMNS[kind] as readonly Column[]).map((c) =>
    c.hint ? `${c.label} (${c.hint})` : c.label,
  );
  const names: string[] = [];
  if (kind === 'levelGroup' && levels)
    for (let l = levels.min; l <= levels.max; l++) names.push(`level ${l}`);
  return [KEYWORD[kind], ...headers, ...names];
}

/** Words are compared after `normalWord`: lower case, single spaces. */
export const normalWord = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

export const STATUS_WORDS: Readonly<Record<string, FrameworkStatus>> = {
  resmi: 'official',
  official: 'official',
  sementara: 'provisional',
  provisional: 'provisional',
};
export const STATUS_TEXT: Readonly<Record<FrameworkStatus, string>> = {
  official: 'resmi',
  provisional: 'sementara',
};

export const BASIS_WORDS: Readonly<Record<string, PredicateBasis>> = {
  dibulatkan: 'rounded',
  rounded: 'rounded',
  'tanpa pembulatan': 'unrounded',
  'tidak dibulatkan': 'unrounded',
  unrounded: 'unrounded',
};
export const BASIS_TEXT: Readonly<Record<PredicateBasis, string>> = {
  rounded: 'dibulatkan',
  unrounded: 'tanpa pembulatan',
};

/** PEMBULATAN tahun that means "every other year". */
export const DEFAULT_YEAR_WORDS: readonly string[] = ['bawaan', 'default'];
export const DEFAULT_YEAR_TEXT = 'bawaan';

/** Checkboxes arrive as booleans; typed answers as these words. */
export const YES_NO_WORDS: Readonly<Record<string, boolean>> = {
  ya: true,
  yes: true,
  tidak: false,
  no: false,
};
export const yesNoText = (value: boolean): string => (value ? 'ya' : 'tidak');

/** Shown at the top of a written sheet, for the admin who edits it. */
export const SHEET_NOTE =
  'Setiap kerangka dimulai di baris KERANGKA; baris KETERANGAN dan baris kosong diabaikan. ' +
  'Bobot dalam persen (1,30 atau 1.30); bobot indikator kosong = sama rata dalam aspeknya. ' +
  'PEMBULATAN: predikat dari indeks "dibulatkan" atau "tanpa pembulatan", per tahun; baris "bawaan" untuk tahun lainnya.';
