/**
 * The report's priority, from the "Prioritas:" line. The template offers
 * "Prioritas: Tinggi | Sedang | Rendah"; a sender who forgets to keep only one has not
 * chosen, and is told so rather than given the first.
 */
import type { DailyConfig } from '../config';
import { foldName, orList, quoted } from './normalize';

export type PriorityReading = { readonly priority: string } | { readonly problem: string };

type Match = { priority: string } | { several: true } | { unknown: true } | { empty: true };

function matchOne(value: string, config: DailyConfig): Match {
  const words = foldName(value.slice(0, 200)).split(' ').filter(Boolean);
  if (words.length === 0) return { empty: true };
  const named = config.priorities.filter((p) => {
    const key = foldName(p).split(' ');
    return words.some((_, i) => key.every((k, j) => words[i + j] === k));
  });
  if (named.length > 1) return { several: true };
  const [only] = named;
  // "Tinggi", "tinggi.", "Tinggi - mohon segera": the priority first; "Sangat tinggi" is not.
  if (
    only !== undefined &&
    foldName(only)
      .split(' ')
      .every((k, j) => words[j] === k)
  ) {
    return { priority: only };
  }
  return { unknown: true };
}

export function readPriority(values: readonly string[], config: DailyConfig): PriorityReading {
  const allowed = orList(config.priorities.map((p) => `"${p}"`));
  let firstProblem: string | null = null;
  for (const value of values) {
    const match = matchOne(value, config);
    if ('priority' in match) return { priority: match.priority };
    if (firstProblem !== null || 'empty' in match) continue;
    firstProblem =
      'several' in match
        ? `Prioritas ${quoted(value)} belum dipilih: sisakan satu saja, ${allowed}.`
        : `Prioritas ${quoted(value)} tidak dikenal; pilih salah satu: ${allowed}.`;
  }
  return {
    problem:
      firstProblem ??
      `Prioritas belum diisi: tambahkan baris "Prioritas: …" dengan salah satu dari ${allowed}.`,
  };
}
