/**
 * A framework turned into exact numbers once (weights as rationals, aspects grouped with
 * their indicators), so scoring a thousand instansi does not re-parse the same strings.
 */
import type { Framework, PredicateBasis } from './frameworks/types';
import { Rational, sum } from './rational';

export interface CompiledIndicator {
  readonly key: string;
  /** Explicit weight, or null when the aspect weighs its items equally. */
  readonly weight: Rational | null;
  readonly perItem: boolean;
}

export interface CompiledAspect {
  readonly key: string;
  readonly domain: string | undefined;
  readonly weight: Rational;
  readonly indicators: readonly CompiledIndicator[];
}

export interface CompiledFramework {
  readonly framework: Framework;
  readonly aspects: readonly CompiledAspect[];
  readonly domains: readonly {
    readonly key: string;
    readonly weight: Rational;
    readonly aspectWeight: Rational;
  }[];
  readonly aspectTotal: Rational;
  readonly predicates: readonly { readonly name: string; readonly min: Rational }[];
}

const dec = (text: string) => {
  const value = Rational.parse(text);
  if (!value) throw new Error(`bobot "${text}" bukan angka desimal`);
  return value;
};

const cache = new WeakMap<Framework, CompiledFramework>();

export function compile(framework: Framework): CompiledFramework {
  const hit = cache.get(framework);
  if (hit) return hit;
  const aspects = framework.aspects.map((a) => ({
    key: a.key,
    domain: a.domain,
    weight: dec(a.weight),
    indicators: framework.indicators
      .filter((i) => i.aspect === a.key)
      .map((i) => ({
        key: i.key,
        weight: i.weight === undefined ? null : dec(i.weight),
        perItem: i.perItem === true,
      })),
  }));
  const compiled: CompiledFramework = {
    framework,
    aspects,
    domains: framework.domains.map((d) => ({
      key: d.key,
      weight: dec(d.weight),
      aspectWeight: sum(aspects.filter((a) => a.domain === d.key).map((a) => a.weight)),
    })),
    aspectTotal: sum(aspects.map((a) => a.weight)),
    predicates: framework.predicates.map((p) => ({ name: p.name, min: dec(p.min) })),
  };
  cache.set(framework, compiled);
  return compiled;
}

export function predicateBasis(framework: Framework, year: number): PredicateBasis {
  return framework.predicateBasis.byYear[String(year)] ?? framework.predicateBasis.default;
}
