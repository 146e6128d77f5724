/**
 * An SPBE evaluation framework as data: the structure (domain → aspect → indicator), the
 * weights, level scale and names, predicate bands and the per-year predicate rule. The
 * shipped catalogue and frameworks an admin writes in the "Kerangka" sheet have this shape
 * and are validated by `frameworkSchema` before use. Weights are decimal strings ("1.30",
 * "27.5") so they stay exact.
 */
export type FrameworkStatus = 'official' | 'provisional';

/** Which index decides the predicate: the one shown (rounded to 2 decimals) or the exact one. */
export type PredicateBasis = 'rounded' | 'unrounded';

export interface LevelGroup {
  readonly key: string;
  /** Names of levels min…max in order (e.g. Rintisan … Optimum). Level 0 ("tidak terdapat") included where the scale starts at 0. */
  readonly names: readonly string[];
}

export interface LevelCriteria {
  readonly level: number;
  /** What must hold at this level (cumulative: the previous level's criteria too). */
  readonly criteria: string;
  /** The supporting documents (bukti dukung) expected. */
  readonly evidence: string;
}

export interface IndicatorDef {
  readonly key: string;
  readonly name: string;
  readonly aspect: string;
  /** Weight within the whole index (59/2020: % of the index); omitted when the aspect weighs its items equally. */
  readonly weight?: string;
  readonly levelGroup: string;
  /**
   * A template indicator the instansi repeats per item (5/2018 indicator 35: one item per
   * public service, keyed "35-1", "35-2", …). Each item counts as its own indicator.
   */
  readonly perItem?: boolean;
  readonly criteria?: readonly LevelCriteria[];
  /** Scored from another agency's index (8/2026 I5–I7), not self-assessed. */
  readonly scoredBy?: string;
}

export interface AspectDef {
  readonly key: string;
  readonly name: string;
  readonly domain?: string;
  readonly weight: string;
}

export interface DomainDef {
  readonly key: string;
  readonly name: string;
  readonly weight: string;
}

export interface PredicateBand {
  readonly name: string;
  /** Lowest index that earns this predicate (inclusive). */
  readonly min: string;
}

export interface Framework {
  readonly id: string;
  readonly name: string;
  readonly legalSource: string;
  readonly status: FrameworkStatus;
  /** Evaluation years it applies to (inclusive); `to` absent = still in force. */
  readonly years: { readonly from: number; readonly to?: number };
  readonly levels: { readonly min: number; readonly max: number };
  readonly levelGroups: readonly LevelGroup[];
  readonly domains: readonly DomainDef[];
  readonly aspects: readonly AspectDef[];
  readonly indicators: readonly IndicatorDef[];
  /** Best first. */
  readonly predicates: readonly PredicateBand[];
  readonly predicateBasis: {
    readonly default: PredicateBasis;
    readonly byYear: Readonly<Record<string, PredicateBasis>>;
  };
  /** Where the figures come from and how sure they are. */
  readonly notes?: string;
}
