/**
 * Reading an assessment from JSON or CSV (CLI, imports): which framework and year, and the
 * indicator levels or the published aspect or domain values. Everything is checked here and
 * a problem names its field, e.g. `levels.12: level harus bilangan bulat`.
 */
import { UserError } from '../errors';
import type { Levels, ScoreInput } from './engine';
import { findFramework, frameworkForYear } from './frameworks';
import type { Framework } from './frameworks/types';
import { Rational } from './rational';

export interface Assessment {
  readonly framework: Framework;
  readonly year: number;
  readonly input: ScoreInput;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function readYear(value: unknown, field: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 2000 && value <= 2100)
    return value;
  if (typeof value === 'string' && /^\d{4}$/.test(value.trim())) return Number(value);
  throw new UserError(
    `${field}: isi tahun evaluasi seperti 2024, bukan ${JSON.stringify(value)}.`,
    field,
  );
}

function readLevels(value: unknown, field: string): Levels {
  if (!isRecord(value)) throw new UserError(`${field}: harus objek {"indikator": level}.`, field);
  const out: Record<string, number> = {};
  for (const [key, raw] of Object.entries(value)) {
    const level = typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
    if (typeof level !== 'number' || !Number.isInteger(level)) {
      throw new UserError(
        `${field}.${key}: level harus bilangan bulat, bukan ${JSON.stringify(raw)}.`,
        `${field}.${key}`,
      );
    }
    out[key.trim()] = level;
  }
  return out;
}

function readValues(value: unknown, field: string): Record<string, Rational> {
  if (!isRecord(value)) throw new UserError(`${field}: harus objek {"kunci": nilai}.`, field);
  const out: Record<string, Rational> = {};
  for (const [key, raw] of Object.entries(value)) {
    const parsed =
      typeof raw === 'number' && Number.isFinite(raw)
        ? Rational.fromNumber(raw)
        : typeof raw === 'string'
          ? Rational.parse(raw)
          : null;
    if (!parsed || parsed.lt(Rational.of(0)) || Rational.of(5).lt(parsed)) {
      throw new UserError(
        `${field}.${key}: nilai harus angka 0–5 seperti 2.91, bukan ${JSON.stringify(raw)}.`,
        `${field}.${key}`,
      );
    }
    out[key.trim()] = parsed;
  }
  return out;
}

/** One assessment object; `defaults` come from command-line flags. */
export function readAssessment(
  raw: unknown,
  defaults: { framework?: string; year?: number } = {},
  at = 'input',
): Assessment {
  if (!isRecord(raw))
    throw new UserError(`${at}: harus objek JSON dengan "framework", "year" dan "levels".`, at);
  const field = (name: string) => (at === 'input' ? name : `${at}.${name}`);
  const year = raw.year !== undefined ? readYear(raw.year, field('year')) : defaults.year;
  if (year === undefined)
    throw new UserError(`${field('year')}: tahun evaluasi wajib diisi.`, field('year'));
  const frameworkId = raw.framework ?? defaults.framework;
  if (frameworkId !== undefined && typeof frameworkId !== 'string') {
    throw new UserError(
      `${field('framework')}: harus teks seperti "permenpanrb-59-2020".`,
      field('framework'),
    );
  }
  const framework = frameworkId ? findFramework(frameworkId) : frameworkForYear(year);
  const given = (['levels', 'aspects', 'domains'] as const).filter((k) => raw[k] !== undefined);
  if (given.length !== 1) {
    throw new UserError(`${at}: isi tepat satu dari "levels", "aspects" atau "domains".`, at);
  }
  const kind = given[0];
  const input: ScoreInput =
    kind === 'levels'
      ? { levels: readLevels(raw.levels, field('levels')) }
      : kind === 'aspects'
        ? { aspects: readValues(raw.aspects, field('aspects')) }
        : { domains: readValues(raw.domains, field('domains')) };
  return { framework, year, input };
}

/** CSV with a header `indikator,level` (comma or semicolon, as spreadsheets export it). */
export function levelsFromCsv(text: string): Levels {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const split = (line: string) => line.split(/[;,]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  const header = split(lines[0] ?? '').map((h) => h.toLowerCase());
  const iKey = header.indexOf('indikator');
  const iLevel = header.indexOf('level');
  if (iKey < 0 || iLevel < 0)
    throw new UserError('CSV: baris pertama harus berisi kolom "indikator,level".', 'csv');
  const levels: Record<string, string> = {};
  lines.slice(1).forEach((line, i) => {
    const cells = split(line);
    const key = cells[iKey] ?? '';
    if (key === '')
      throw new UserError(`CSV baris ${i + 2}: kolom "indikator" kosong.`, `csv.${i + 2}`);
    levels[key] = cells[iLevel] ?? '';
  });
  return readLevels(levels, 'levels');
}
