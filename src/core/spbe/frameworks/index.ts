/**
 * The shipped framework catalogue, validated on first use, and the choice of framework for
 * an evaluation year.
 */
import { UserError } from '../../errors';
import { PERMENPANRB_5_2018 } from './permenpanrb-5-2018';
import { PERMENPANRB_8_2026 } from './permenpanrb-8-2026';
import { PERMENPANRB_59_2020 } from './permenpanrb-59-2020';
import type { Framework } from './types';
import { describeProblem, validateFramework } from './validate';

export const CATALOGUE: readonly Framework[] = [
  PERMENPANRB_5_2018,
  PERMENPANRB_59_2020,
  PERMENPANRB_8_2026,
];

let checked = false;

/** The shipped frameworks; a broken one is a bug in this code, reported as such. */
export function catalogue(): readonly Framework[] {
  if (!checked) {
    for (const f of CATALOGUE) {
      const result = validateFramework(f);
      if (!result.ok)
        throw new Error(
          `kerangka ${f.id} rusak: ${result.problems.map(describeProblem).join('; ')}`,
        );
    }
    checked = true;
  }
  return CATALOGUE;
}

/** `extra` are frameworks an admin defined; they replace shipped ones with the same id. */
export function findFramework(id: string, extra: readonly Framework[] = []): Framework {
  const found = extra.find((f) => f.id === id) ?? catalogue().find((f) => f.id === id);
  if (!found) {
    const known = [...new Set([...catalogue(), ...extra].map((f) => f.id))].join(', ');
    throw new UserError(`Kerangka "${id}" tidak dikenal. Pilih salah satu: ${known}.`, 'framework');
  }
  return found;
}

/** The framework in force for an evaluation year (the newest whose years cover it). */
export function frameworkForYear(year: number, extra: readonly Framework[] = []): Framework {
  const all = [...extra, ...catalogue()];
  const found = all.find(
    (f) => year >= f.years.from && (f.years.to === undefined || year <= f.years.to),
  );
  if (!found) throw new UserError(`Tidak ada kerangka penilaian untuk tahun ${year}.`, 'year');
  return found;
}

export type { Framework } from './types';
