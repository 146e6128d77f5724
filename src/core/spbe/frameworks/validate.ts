/**
 * Checks a framework before it is used: the shape (zod) and the arithmetic that makes the
 * index come out right (weights add up, every indicator belongs to an aspect that exists, the
 * predicate bands descend). Each problem names where it is, so a mistake in the Kerangka
 * sheet can be pointed at its cell.
 */
import * as z from 'zod/mini';
import { Rational, sum } from '../rational';
import type { Framework } from './types';

export interface FrameworkProblem {
  /** e.g. ["indicators", 3, "weight"]. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const decimal = z.string().check(z.regex(/^\d+(?:\.\d+)?$/, 'harus angka desimal seperti 1.30'));
const key = z.string().check(z.regex(/^[A-Za-z0-9-]+$/, 'hanya huruf, angka dan tanda minus'));
const text = z.string().check(z.minLength(1, 'wajib diisi'));
const basis = z.enum(['rounded', 'unrounded'], 'isi "rounded" atau "unrounded"');

const schema = z.object({
  id: key,
  name: text,
  legalSource: text,
  status: z.enum(['official', 'provisional'], 'isi "official" atau "provisional"'),
  years: z.object({ from: z.int(), to: z.optional(z.int()) }),
  levels: z.object({ min: z.int(), max: z.int() }),
  levelGroups: z.array(z.object({ key, names: z.array(text) })),
  domains: z.array(z.object({ key, name: text, weight: decimal })),
  aspects: z.array(z.object({ key, name: text, domain: z.optional(key), weight: decimal })),
  indicators: z.array(
    z.object({
      key,
      name: text,
      aspect: key,
      weight: z.optional(decimal),
      levelGroup: key,
      perItem: z.optional(z.boolean()),
      criteria: z.optional(
        z.array(z.object({ level: z.int(), criteria: z.string(), evidence: z.string() })),
      ),
      scoredBy: z.optional(z.string()),
    }),
  ),
  predicates: z
    .array(z.object({ name: text, min: decimal }))
    .check(z.minLength(1, 'minimal satu predikat')),
  predicateBasis: z.object({ default: basis, byYear: z.record(z.string(), basis) }),
  notes: z.optional(z.string()),
});

const dec = (s: string) => Rational.parse(s) ?? Rational.of(0);
const HUNDRED = Rational.of(100);

function duplicates(keys: readonly string[]): string[] {
  return keys.filter((k, i) => keys.indexOf(k) !== i);
}

/** Arithmetic and cross-references the shape cannot express. */
function crossCheck(f: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  if (f.levels.min < 0 || f.levels.max <= f.levels.min)
    add(['levels'], 'rentang level tidak masuk akal');
  if (f.years.to !== undefined && f.years.to < f.years.from)
    add(['years', 'to'], 'tahun akhir sebelum tahun awal');
  for (const k of duplicates(f.domains.map((d) => d.key)))
    add(['domains'], `kunci domain "${k}" ganda`);
  for (const k of duplicates(f.aspects.map((a) => a.key)))
    add(['aspects'], `kunci aspek "${k}" ganda`);
  for (const k of duplicates(f.indicators.map((i) => i.key)))
    add(['indicators'], `kunci indikator "${k}" ganda`);

  const levelCount = f.levels.max - f.levels.min + 1;
  f.levelGroups.forEach((g, i) => {
    if (g.names.length !== levelCount) {
      add(
        ['levelGroups', i, 'names'],
        `harus ${levelCount} nama level (${f.levels.min}–${f.levels.max}), ada ${g.names.length}`,
      );
    }
  });
  const groups = new Set(f.levelGroups.map((g) => g.key));
  const domains = new Set(f.domains.map((d) => d.key));
  const aspectWeights = new Map(f.aspects.map((a) => [a.key, dec(a.weight)]));

  if (f.domains.length > 0) {
    const total = sum(f.domains.map((d) => dec(d.weight)));
    if (!total.equals(HUNDRED))
      add(['domains'], `jumlah bobot domain harus 100, sekarang ${total.toExactString()}`);
    f.aspects.forEach((a, i) => {
      if (!a.domain || !domains.has(a.domain))
        add(['aspects', i, 'domain'], `domain "${a.domain ?? ''}" tidak ada`);
    });
    for (const d of f.domains) {
      const inDomain = sum(f.aspects.filter((a) => a.domain === d.key).map((a) => dec(a.weight)));
      if (!inDomain.equals(dec(d.weight))) {
        add(
          ['domains', f.domains.indexOf(d), 'weight'],
          `bobot ${d.weight} tidak sama dengan jumlah bobot aspeknya (${inDomain.toExactString()})`,
        );
      }
    }
  }
  const aspectTotal = sum(f.aspects.map((a) => dec(a.weight)));
  if (!aspectTotal.equals(HUNDRED))
    add(['aspects'], `jumlah bobot aspek harus 100, sekarang ${aspectTotal.toExactString()}`);

  f.indicators.forEach((ind, i) => {
    if (!aspectWeights.has(ind.aspect))
      add(['indicators', i, 'aspect'], `aspek "${ind.aspect}" tidak ada`);
    if (!groups.has(ind.levelGroup))
      add(['indicators', i, 'levelGroup'], `kelompok level "${ind.levelGroup}" tidak ada`);
    ind.criteria?.forEach((c, j) => {
      if (c.level < f.levels.min || c.level > f.levels.max)
        add(['indicators', i, 'criteria', j, 'level'], 'level di luar rentang');
    });
  });
  f.aspects.forEach((a, i) => {
    const items = f.indicators.filter((ind) => ind.aspect === a.key);
    if (items.length === 0) add(['aspects', i], `aspek ${a.key} tidak punya indikator`);
    const weighted = items.filter((ind) => ind.weight !== undefined);
    if (weighted.length > 0 && weighted.length < items.length) {
      add(
        ['aspects', i],
        `indikator aspek ${a.key} harus semuanya berbobot atau semuanya tanpa bobot (bobot sama rata)`,
      );
    } else if (weighted.length > 0) {
      const total = sum(weighted.map((ind) => dec(ind.weight ?? '0')));
      if (!total.equals(dec(a.weight))) {
        add(
          ['aspects', i, 'weight'],
          `bobot ${a.weight} tidak sama dengan jumlah bobot indikatornya (${total.toExactString()})`,
        );
      }
    }
  });
  for (let i = 1; i < f.predicates.length; i++) {
    const [prev, cur] = [f.predicates[i - 1], f.predicates[i]];
    if (prev && cur && !dec(cur.min).lt(dec(prev.min)))
      add(['predicates', i, 'min'], 'batas predikat harus menurun dari yang terbaik');
  }
  return problems;
}

export function validateFramework(
  input: unknown,
): { ok: true; framework: Framework } | { ok: false; problems: FrameworkProblem[] } {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
        message: issue.message,
      })),
    };
  }
  const framework = parsed.data as Framework;
  const problems = crossCheck(framework);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, framework };
}

export const describeProblem = (p: FrameworkProblem): string =>
  `${p.path.join('.') || '(kerangka)'}: ${p.message}`;
