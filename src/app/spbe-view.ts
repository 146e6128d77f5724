/**
 * What the SPBE sidebar receives and sends. Plain JSON (google.script.run cannot carry Dates
 * or class instances): numbers as numbers, exact values as decimal strings.
 */

export interface IndicatorView {
  readonly key: string;
  readonly name: string;
  readonly domain: string;
  readonly aspect: string;
  /** Weight as the framework writes it ("1.30"), or "sama rata". */
  readonly weight: string;
  /** Index points one level is worth, exact decimal ("0.013"). */
  readonly gainPerLevel: string;
  /** Names of levels min…max, for the radio buttons. */
  readonly levelNames: readonly string[];
  readonly unit: string;
  readonly self: number | null;
  readonly verified: number | null;
  readonly target: number | null;
  readonly evidence: readonly string[];
  readonly notes: string;
  readonly status: string;
  /** The signed-in user may propose a level for it (their unit's, or any for the coordinator). */
  readonly editable: boolean;
}

export type ColumnScore =
  | {
      readonly state: 'scored';
      readonly index: string;
      readonly exact: string;
      readonly predicate: string;
      readonly warnings: readonly string[];
    }
  | { readonly state: 'incomplete'; readonly missing: number }
  | { readonly state: 'invalid'; readonly message: string };

export interface SpbeView {
  readonly year: number;
  readonly framework: {
    readonly id: string;
    readonly name: string;
    readonly status: 'official' | 'provisional';
    readonly levels: { readonly min: number; readonly max: number };
    readonly predicates: readonly string[];
  };
  readonly domains: readonly { readonly key: string; readonly name: string }[];
  readonly aspects: readonly {
    readonly key: string;
    readonly name: string;
    readonly domain: string;
  }[];
  readonly user: { readonly email: string; readonly unit: string; readonly isCoordinator: boolean };
  /** Only the indicators the user may see: their unit's, or all for the coordinator. */
  readonly indicators: readonly IndicatorView[];
  readonly score: {
    readonly self: ColumnScore;
    readonly verified: ColumnScore;
    readonly target: ColumnScore;
  };
  /** Cells in Penilaian that need fixing, "H8: …". */
  readonly problems: readonly string[];
}

/** A unit's proposal for one indicator (sidebar form). */
export interface ProposalInput {
  readonly key: string;
  readonly level: number | null;
  /** Drive links, one per entry. */
  readonly evidence: readonly string[];
  readonly notes: string;
}

/** The coordinator's decision on one indicator. */
export interface VerificationInput {
  readonly key: string;
  readonly decision: 'verify' | 'revise';
  /** Required for 'verify'. */
  readonly level: number | null;
  /** Required for 'revise': what the unit must fix. */
  readonly note: string;
}

export interface PlanView {
  readonly reachable: boolean;
  readonly steps: readonly {
    readonly indicator: string;
    readonly name: string;
    readonly from: number;
    readonly to: number;
  }[];
  readonly totalSteps: number;
  readonly index: string;
  readonly predicate: string;
  readonly message: string;
}
