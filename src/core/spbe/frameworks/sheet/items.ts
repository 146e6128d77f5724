/** The item blocks of one framework (everything but the KERANGKA row), read cell by cell. */
import type {
  AspectDef,
  DomainDef,
  IndicatorDef,
  LevelGroup,
  PredicateBand,
  PredicateBasis,
} from '../types';
import {
  type CellResult,
  cellDecimal,
  cellInteger,
  cellText,
  cellWord,
  cellYesNo,
  isBlank,
} from './cells';
import {
  BASIS_WORDS,
  DEFAULT_YEAR_TEXT,
  DEFAULT_YEAR_WORDS,
  LEVEL_NAMES_COLUMN,
  normalWord,
} from './layout';
import type { RowReader } from './row-reader';

/** Optional values are left out, not set to undefined, so a read framework equals a shipped one. */
const maybe = <K extends string, T>(key: K, value: T | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, T>>;

/**
 * One name per level, lowest first. `levels` is the framework's range when it could be read;
 * then a gap or an extra name, which would shift every level, is reported.
 */
export function readLevelGroups(
  reader: RowReader,
  levels: { min: number; max: number } | undefined,
  framework: string,
): LevelGroup[] {
  return reader.block('levelGroup', 'key', ({ row, key, subject }) => {
    const cells = reader.cells(row);
    let last = cells.length - 1;
    if (levels) last = LEVEL_NAMES_COLUMN + levels.max - levels.min;
    else while (last >= LEVEL_NAMES_COLUMN && isBlank(cells[last])) last--;
    const names: string[] = [];
    for (let c = LEVEL_NAMES_COLUMN; c <= last; c++) {
      const level = levels ? `level ${levels.min + c - LEVEL_NAMES_COLUMN}` : 'level';
      const result = isBlank(cells[c]) ? { error: 'wajib diisi' } : cellText(cells[c]);
      if ('error' in result) reader.report(row, c, `nama ${level} ${subject}: ${result.error}`);
      else names.push(result.value);
    }
    const surplus = cells.findIndex((v, c) => c > last && !isBlank(v));
    if (levels && surplus >= 0) {
      const range = `${levels.max - levels.min + 1} (level ${levels.min}–${levels.max})`;
      reader.report(
        row,
        surplus,
        `${subject}: nama level lebih dari ${range}; hapus yang lebih, atau ubah level terendah/tertinggi ${framework}`,
      );
    }
    return { key: key ?? '', names };
  });
}

export const readDomains = (reader: RowReader): DomainDef[] =>
  reader.block('domain', 'key', ({ key, read }) => ({
    key: key ?? '',
    name: read('name', cellText) ?? '',
    weight: read('weight', cellDecimal) ?? '0',
  }));

export const readAspects = (reader: RowReader): AspectDef[] =>
  reader.block('aspect', 'key', ({ key, read }) => ({
    key: key ?? '',
    name: read('name', cellText) ?? '',
    ...maybe('domain', read('domain', cellText, false)),
    weight: read('weight', cellDecimal) ?? '0',
  }));

export const readIndicators = (reader: RowReader): IndicatorDef[] =>
  reader.block('indicator', 'key', ({ key, read }) => ({
    key: key ?? '',
    name: read('name', cellText) ?? '',
    aspect: read('aspect', cellText) ?? '',
    ...maybe('weight', read('weight', cellDecimal, false)),
    levelGroup: read('levelGroup', cellText) ?? '',
    ...maybe('perItem', read('perItem', cellYesNo, false)),
    ...maybe('scoredBy', read('scoredBy', cellText, false)),
  }));

export const readPredicates = (reader: RowReader): PredicateBand[] =>
  reader.block('predicate', 'name', ({ key, read }) => ({
    name: key ?? '',
    min: read('min', cellDecimal) ?? '0',
  }));

/**
 * PEMBULATAN: the rule per evaluation year, and the row of each year ("bawaan" for the
 * default) so a problem validation finds later can point at it.
 */
export function readRounding(
  reader: RowReader,
  framework: string,
): {
  byYear: Record<string, PredicateBasis>;
  fallback?: PredicateBasis;
  rows: Record<string, number>;
} {
  const rows: Record<string, number> = {};
  const rules: Record<string, PredicateBasis> = {};
  reader.block(
    'rounding',
    'year',
    ({ row, key, read }) => {
      const rule = read('basis', basisWord);
      if (key === undefined || rows[key] !== undefined) return;
      rows[key] = row;
      if (rule !== undefined) rules[key] = rule;
    },
    roundingYear,
  );
  const { draft } = reader;
  if (rows[DEFAULT_YEAR_TEXT] === undefined && draft.rows.rounding.length > 0) {
    reader.report(
      draft.blockRows.rounding ?? draft.keywordRow,
      0,
      `PEMBULATAN ${framework}: baris dengan tahun "${DEFAULT_YEAR_TEXT}" wajib ada (aturan untuk tahun yang tidak disebut)`,
    );
  }
  const { [DEFAULT_YEAR_TEXT]: fallback, ...byYear } = rules;
  return { byYear, ...maybe('fallback', fallback), rows };
}

const basisWord = (value: unknown) =>
  cellWord(value, BASIS_WORDS, '"dibulatkan" atau "tanpa pembulatan"');

/** PEMBULATAN tahun: an evaluation year, or "bawaan" for every other year. */
function roundingYear(value: unknown): CellResult<string> {
  if (typeof value === 'string' && DEFAULT_YEAR_WORDS.includes(normalWord(value)))
    return { value: DEFAULT_YEAR_TEXT };
  const year = cellInteger(value);
  return 'error' in year
    ? { error: `isi tahun evaluasi (mis. 2024) atau "${DEFAULT_YEAR_TEXT}"` }
    : { value: String(year.value) };
}
