/** The JSON shape the CLI (and exports) print for a scored assessment. */
import type { ScoreResult } from './engine';

export interface ScoreReport {
  readonly framework: string;
  readonly year: number;
  readonly index: number;
  readonly indexExact: string;
  readonly predikat: string;
  readonly domains: Record<string, number>;
  readonly aspects?: Record<string, number>;
  readonly warnings: readonly string[];
}

const twoDecimals = (values: ReadonlyMap<string, { toFixed(p: number): string }>) =>
  Object.fromEntries([...values].map(([k, v]) => [k, Number(v.toFixed(2))]));

export function scoreReport(result: ScoreResult): ScoreReport {
  return {
    framework: result.frameworkId,
    year: result.year,
    index: Number(result.indexText),
    indexExact: result.index.toExactString(),
    predikat: result.predicate,
    domains: twoDecimals(result.domains),
    ...(result.aspects ? { aspects: twoDecimals(result.aspects) } : {}),
    warnings: result.warnings,
  };
}
