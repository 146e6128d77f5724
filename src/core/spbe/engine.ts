/**
 * The SPBE index exactly as KemenPANRB computes it:
 *   aspect = Σ(level × indicator weight) / Σ indicator weights   (equal weights where none given)
 *   domain = Σ(aspect × aspect weight) / domain weight
 *   index  = Σ(aspect × aspect weight) / Σ aspect weights (= Σ(domain × domain weight) / 100)
 * in exact rationals, shown rounded half-up to 2 decimals, with the predicate taken from the
 * rounded or the exact index as the evaluation year's rule says.
 */
import { UserError } from '../errors';
import { type CompiledFramework, compile, predicateBasis } from './compiled';
import type { Framework, PredicateBasis } from './frameworks/types';
import { Rational, sum } from './rational';

export type Levels = Readonly<Record<string, number>>;

export type ScoreInput =
  | { readonly levels: Levels }
  | { readonly aspects: Readonly<Record<string, Rational>> }
  | { readonly domains: Readonly<Record<string, Rational>> };

export interface ScoreResult {
  readonly frameworkId: string;
  readonly year: number;
  readonly source: 'levels' | 'aspects' | 'domains';
  readonly index: Rational;
  /** The index as published: rounded half-up to 2 decimals. */
  readonly indexText: string;
  readonly predicate: string;
  readonly basis: PredicateBasis;
  /** Null when computed from domain values (aspects cannot be recovered). */
  readonly aspects: ReadonlyMap<string, Rational> | null;
  readonly domains: ReadonlyMap<string, Rational>;
  /** The band edge the exact index lies within 0.005 of, if any. */
  readonly nearEdge: {
    readonly edge: Rational;
    readonly above: string;
    readonly below: string;
  } | null;
  readonly warnings: readonly string[];
}

const EDGE_MARGIN = Rational.of(5, 1000);

function checkLevel(framework: Framework, key: string, level: unknown): number {
  const { min, max } = framework.levels;
  if (typeof level !== 'number' || !Number.isInteger(level) || level < min || level > max) {
    throw new UserError(
      `Indikator "${key}": level harus bilangan bulat ${min}–${max}, bukan ${JSON.stringify(level)}.`,
      `levels.${key}`,
    );
  }
  return level;
}

/** Each aspect's value from indicator levels; every indicator must be scored. */
function aspectsFromLevels(c: CompiledFramework, levels: Levels): Map<string, Rational> {
  const known = new Set<string>();
  const aspects = new Map<string, Rational>();
  for (const aspect of c.aspects) {
    let weighted = Rational.of(0);
    let weights = Rational.of(0);
    for (const ind of aspect.indicators) {
      // A per-item indicator (5/2018 no. 35) is scored once per public service: 35-1, 35-2, …
      const keys = ind.perItem
        ? Object.keys(levels).filter((k) => k === ind.key || k.startsWith(`${ind.key}-`))
        : [ind.key];
      if (keys.length === 0 || (!ind.perItem && !(ind.key in levels))) {
        throw new UserError(
          ind.perItem
            ? `Indikator "${ind.key}" belum dinilai: isi minimal satu butir (${ind.key}-1, ${ind.key}-2, …).`
            : `Indikator "${ind.key}" belum dinilai.`,
          `levels.${ind.key}`,
        );
      }
      for (const key of keys) {
        known.add(key);
        const level = Rational.of(checkLevel(c.framework, key, levels[key]));
        const weight = ind.weight ?? Rational.of(1);
        weighted = weighted.add(level.mul(weight));
        weights = weights.add(weight);
      }
    }
    aspects.set(aspect.key, weighted.div(weights));
  }
  const unknown = Object.keys(levels).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new UserError(
      `Indikator ${unknown.map((k) => `"${k}"`).join(', ')} tidak ada di kerangka ${c.framework.id}.`,
      `levels.${unknown[0]}`,
    );
  }
  return aspects;
}

function requireAll(
  values: Readonly<Record<string, Rational>>,
  keys: readonly string[],
  what: 'aspects' | 'domains',
) {
  const label = what === 'aspects' ? 'Aspek' : 'Domain';
  for (const key of keys) {
    const value = values[key];
    if (!value) throw new UserError(`${label} "${key}" belum diisi.`, `${what}.${key}`);
  }
  const unknown = Object.keys(values).filter((k) => !keys.includes(k));
  if (unknown.length > 0)
    throw new UserError(`${label} "${unknown[0]}" tidak ada di kerangka.`, `${what}.${unknown[0]}`);
}

function predicateOf(c: CompiledFramework, value: Rational): string {
  const band = c.predicates.find((p) => value.gte(p.min)) ?? c.predicates[c.predicates.length - 1];
  return band?.name ?? '';
}

function nearEdge(c: CompiledFramework, index: Rational): ScoreResult['nearEdge'] {
  for (let i = 0; i < c.predicates.length - 1; i++) {
    const above = c.predicates[i];
    const below = c.predicates[i + 1];
    if (!above || !below) continue;
    const distance = index.sub(above.min);
    const abs = distance.lt(Rational.of(0)) ? Rational.of(0).sub(distance) : distance;
    if (!EDGE_MARGIN.lt(abs)) return { edge: above.min, above: above.name, below: below.name };
  }
  return null;
}

export function score(framework: Framework, year: number, input: ScoreInput): ScoreResult {
  const c = compile(framework);
  const warnings: string[] = [];
  let aspects: Map<string, Rational> | null = null;
  let domains = new Map<string, Rational>();
  let index: Rational;
  let source: ScoreResult['source'];

  if ('levels' in input) {
    source = 'levels';
    aspects = aspectsFromLevels(c, input.levels);
  } else if ('aspects' in input) {
    source = 'aspects';
    requireAll(
      input.aspects,
      c.aspects.map((a) => a.key),
      'aspects',
    );
    aspects = new Map(c.aspects.map((a) => [a.key, input.aspects[a.key] as Rational]));
    warnings.push(
      'Dihitung dari nilai aspek yang sudah dibulatkan: hasilnya bisa berbeda ±0,01 dari angka resmi.',
    );
  } else {
    source = 'domains';
    if (c.domains.length === 0)
      throw new UserError(
        `Kerangka ${framework.id} tidak memakai domain; isi nilai aspek.`,
        'domains',
      );
    requireAll(
      input.domains,
      c.domains.map((d) => d.key),
      'domains',
    );
    domains = new Map(c.domains.map((d) => [d.key, input.domains[d.key] as Rational]));
    warnings.push(
      'Dihitung dari nilai domain yang sudah dibulatkan: hasilnya bisa berbeda ±0,01 dari angka resmi.',
    );
  }

  if (aspects) {
    const values = aspects;
    domains = new Map(
      c.domains.map((d) => {
        const inDomain = c.aspects.filter((a) => a.domain === d.key);
        return [
          d.key,
          sum(inDomain.map((a) => (values.get(a.key) as Rational).mul(a.weight))).div(
            d.aspectWeight,
          ),
        ];
      }),
    );
    index = sum(c.aspects.map((a) => (values.get(a.key) as Rational).mul(a.weight))).div(
      c.aspectTotal,
    );
  } else {
    const total = sum(c.domains.map((d) => d.weight));
    index = sum(c.domains.map((d) => (domains.get(d.key) as Rational).mul(d.weight))).div(total);
  }

  const basis = predicateBasis(framework, year);
  const indexText = index.toFixed(2);
  const predicate = predicateOf(c, basis === 'rounded' ? index.round(2) : index);
  const edge = nearEdge(c, index);
  if (edge) {
    warnings.push(
      `Indeks ${index.toExactString(4)} berjarak ≤ 0,005 dari batas ${edge.edge.toFixed(2)} (${edge.below}/${edge.above}); predikat bergantung pada aturan pembulatan tahun ${year} (${basis === 'rounded' ? 'indeks dibulatkan' : 'indeks tanpa pembulatan'}).`,
    );
  }
  if (framework.status === 'provisional')
    warnings.push(`Kerangka ${framework.id} masih sementara; bobot dapat berubah.`);
  if (
    year < framework.years.from ||
    (framework.years.to !== undefined && year > framework.years.to)
  ) {
    warnings.push(`Tahun ${year} di luar masa berlaku kerangka ${framework.id}.`);
  }
  return {
    frameworkId: framework.id,
    year,
    source,
    index,
    indexText,
    predicate,
    basis,
    aspects,
    domains,
    nearEdge: edge,
    warnings,
  };
}

/**
 * Index points one level of each indicator is worth (59/2020: weight/100, e.g. +0.013 for
 * indicators 1–10). For equally weighted aspects it depends on how many items are scored.
 */
export function gainPerLevel(framework: Framework, levels: Levels): Map<string, Rational> {
  const c = compile(framework);
  const gains = new Map<string, Rational>();
  for (const aspect of c.aspects) {
    const share = aspect.weight.div(c.aspectTotal);
    const keysOf = (key: string, perItem: boolean) =>
      perItem ? Object.keys(levels).filter((k) => k === key || k.startsWith(`${key}-`)) : [key];
    const items = aspect.indicators.flatMap((ind) =>
      keysOf(ind.key, ind.perItem).map((key) => ({ key, weight: ind.weight })),
    );
    const total = sum(items.map((i) => i.weight ?? Rational.of(1)));
    for (const item of items)
      gains.set(item.key, (item.weight ?? Rational.of(1)).div(total).mul(share));
  }
  return gains;
}

/** The predicate an index earns in `year`, by that year's rounding rule. */
export function predicateFor(framework: Framework, year: number, index: Rational): string {
  const { min, max } = framework.levels;
  if (index.lt(Rational.of(min)) || Rational.of(max).lt(index)) {
    throw new UserError(
      `Indeks harus di antara ${min} dan ${max}, bukan ${index.toExactString(4)}.`,
      'index',
    );
  }
  return predicateOf(
    compile(framework),
    predicateBasis(framework, year) === 'rounded' ? index.round(2) : index,
  );
}

/** The lowest exact index that earns `predicate` (or better) under the year's rule. */
export function predicateThreshold(
  framework: Framework,
  year: number,
  predicate: string,
): Rational {
  const band = compile(framework).predicates.find(
    (p) => p.name.toLowerCase() === predicate.trim().toLowerCase(),
  );
  if (!band) {
    const names = framework.predicates.map((p) => p.name).join(', ');
    throw new UserError(`Predikat "${predicate}" tidak dikenal. Pilih: ${names}.`, 'target');
  }
  // Rounded half-up to 2 decimals, x reaches the band exactly when x ≥ min − 0.005.
  return predicateBasis(framework, year) === 'rounded' ? band.min.sub(EDGE_MARGIN) : band.min;
}
