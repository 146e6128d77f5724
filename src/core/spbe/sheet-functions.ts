/**
 * The logic behind the custom functions =SPBE_INDEKS and =SPBE_PREDIKAT. Sheets passes a
 * range as a 2-D array of cell values; a person may select one column of levels in the
 * framework's order, or two columns "indikator | level". Errors are thrown as Indonesian
 * messages, which Sheets shows on the #ERROR! cell.
 */
import { UserError } from '../errors';
import { isoDateIn } from '../time/format';
import { type Levels, predicateFor, type ScoreResult, score } from './engine';
import { findFramework, frameworkForYear } from './frameworks';
import type { Framework } from './frameworks/types';
import { Rational } from './rational';

type Cell = string | number | boolean | Date | null | undefined;

function chooseFramework(
  frameworkId: Cell,
  year: Cell,
  now: Date,
): { framework: Framework; year: number } {
  const y =
    year === undefined || year === null || year === ''
      ? Number(isoDateIn(now).slice(0, 4))
      : Number(year);
  if (!Number.isInteger(y) || y < 2000 || y > 2100)
    throw new UserError(`tahun: isi tahun evaluasi seperti 2024, bukan "${String(year)}".`, 'year');
  const id =
    frameworkId === undefined || frameworkId === null || frameworkId === ''
      ? null
      : String(frameworkId).trim();
  return { framework: id ? findFramework(id) : frameworkForYear(y), year: y };
}

const isBlank = (c: Cell) => c === '' || c === null || c === undefined;

/** Levels from a selected range: one column/row in framework order, or key | level pairs. */
export function levelsFromRange(range: readonly (readonly Cell[])[], framework: Framework): Levels {
  const rows = range.filter((row) => row.some((c) => !isBlank(c)));
  const levels: Record<string, number> = {};
  const toLevel = (cell: Cell, where: string) => {
    const n = typeof cell === 'number' ? cell : Number(String(cell ?? '').trim());
    if (isBlank(cell) || !Number.isInteger(n))
      throw new UserError(
        `${where}: level harus bilangan bulat, bukan "${String(cell ?? '')}".`,
        where,
      );
    return n;
  };
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width >= 2) {
    rows.forEach((row, i) => {
      levels[String(row[0]).trim()] = toLevel(row[1], `baris ${i + 1}`);
    });
    return levels;
  }
  const flat = rows.flat().filter((c) => !isBlank(c));
  const keys = framework.indicators.filter((ind) => !ind.perItem).map((ind) => ind.key);
  if (flat.length !== keys.length) {
    throw new UserError(
      `rentang berisi ${flat.length} level; kerangka ${framework.id} punya ${keys.length} indikator. Pilih satu kolom berurutan, atau dua kolom "indikator | level".`,
      'levels',
    );
  }
  flat.forEach((cell, i) => {
    levels[keys[i] as string] = toLevel(cell, `indikator ${keys[i]}`);
  });
  return levels;
}

function scoreRange(range: unknown, frameworkId: Cell, year: Cell, now: Date): ScoreResult {
  if (!Array.isArray(range))
    throw new UserError('levels: pilih rentang sel berisi level indikator.', 'levels');
  const chosen = chooseFramework(frameworkId, year, now);
  return score(chosen.framework, chosen.year, {
    levels: levelsFromRange(range as Cell[][], chosen.framework),
  });
}

/** =SPBE_INDEKS: the index as published (2 decimals, half up). */
export function sheetIndex(range: unknown, frameworkId: Cell, year: Cell, now: Date): number {
  return Number(scoreRange(range, frameworkId, year, now).indexText);
}

/** =SPBE_PREDIKAT: from levels (exact) or from an index value (as written in the cell). */
export function sheetPredicate(
  levelsOrIndex: unknown,
  frameworkId: Cell,
  year: Cell,
  now: Date,
): string {
  if (Array.isArray(levelsOrIndex))
    return scoreRange(levelsOrIndex, frameworkId, year, now).predicate;
  const chosen = chooseFramework(frameworkId, year, now);
  const index =
    typeof levelsOrIndex === 'number'
      ? Rational.fromNumber(levelsOrIndex)
      : Rational.parse(String(levelsOrIndex ?? ''));
  if (!index)
    throw new UserError(
      `indeks: isi angka seperti 3.28 atau rentang level, bukan "${String(levelsOrIndex ?? '')}".`,
      'index',
    );
  return predicateFor(chosen.framework, chosen.year, index);
}
