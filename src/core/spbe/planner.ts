/**
 * The planner: which indicators to raise, and by how many levels, so the SPBE index gains
 * at least `needed` — with the least total effort, then the fewest steps, then the most
 * gain. Raising indicator i by one level always adds the same `gainPerLevel_i` (its
 * weight / 100), so a plan is a vector of step counts s_i and the question is a bounded
 * knapsack "cover" problem.
 *
 * Why a dynamic programme and not a greedy "best gain per effort first": integer steps
 * make greedy wrong (two 1.50 steps reach 0.03 exactly where a 2.75 step plus a 1.30 step
 * overshoots with more effort), and the coordinator is shown this plan as *the* cheapest
 * one, so it must be provably so. Every decision is made on exact integers: gains and
 * efforts are scaled by the LCM of their denominators; JS numbers hold them only after a
 * check that every sum stays below 2^53, where integer arithmetic on doubles is exact.
 *
 * Tie-break, in full: among all feasible plans, minimise (1) total effort Σ s_i·effort_i,
 * then (2) total steps Σ s_i, then maximise (3) total gain Σ s_i·gain_i (uncapped); if
 * plans still tie, take the one whose step vector (s_1, …, s_n) in `items` order is
 * lexicographically largest — the first item is raised as far as any optimal plan raises
 * it, then the second as far as possible given that, and so on.
 */
import { UserError } from '../errors';
import { Rational, sum } from './rational';

export interface PlanItem {
  /** Indicator key, e.g. "21". */
  readonly key: string;
  /** Index points added by one level step; > 0. */
  readonly gainPerLevel: Rational;
  /** Current level (integer). */
  readonly current: number;
  /** Highest level allowed (integer ≥ current): the framework maximum or the coordinator's cap. */
  readonly max: number;
  /** May not be raised at all. */
  readonly locked?: boolean;
  /** Effort per level step; > 0; default 1. */
  readonly effort?: Rational;
}

export interface PlanRequest {
  readonly items: readonly PlanItem[];
  /** Index gain required; ≤ 0 means the target is already reached (empty plan). */
  readonly needed: Rational;
  /** Budget on the total number of steps Σ(to − from); none when omitted. */
  readonly maxSteps?: number;
}

export interface PlanStep {
  readonly key: string;
  readonly from: number;
  readonly to: number;
}

export type PlanResult =
  | {
      readonly reachable: true;
      /** Only raised items, in `items` order. */
      readonly steps: readonly PlanStep[];
      readonly totalSteps: number;
      readonly totalEffort: Rational;
      readonly gain: Rational;
    }
  | {
      readonly reachable: false;
      /** 'max-levels': even every unlocked item at its max falls short; 'budget': only the step budget stands in the way. */
      readonly reason: 'max-levels' | 'budget';
      /** The largest gain possible under all constraints (levels, locks and budget). */
      readonly bestGain: Rational;
    };

/**
 * Upper bound on DP transitions (≈ states × choices per state). Real 59/2020 input needs
 * ≤ 10^6 without a binding budget and ≤ ~10^7 with one (≤ 50 ms in Node); weights with
 * three decimals reach ~10^8 (~1 s). Beyond this the common denominator of user-typed
 * weights has exploded, and a clear error beats a sidebar that times out.
 */
const MAX_WORK = 200000000;
/** Upper bound on stored decisions (1–2 bytes each), to stay well inside Apps Script memory. */
const MAX_CELLS = 30000000;

const ZERO = BigInt(0);
const ONE = BigInt(1);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const bigGcd = (a: bigint, b: bigint): bigint => {
  let x = a < ZERO ? -a : a;
  let y = b < ZERO ? -b : b;
  while (y !== ZERO) [x, y] = [y, x % y];
  return x;
};

const fmt = (r: Rational): string => r.toExactString(6);

function validate(request: PlanRequest): void {
  const seen = new Set<string>();
  for (const item of request.items) {
    if (typeof item.key !== 'string' || item.key.trim() === '') {
      throw new UserError('Setiap indikator dalam rencana harus punya kunci (key).', 'key');
    }
    const label = `Indikator "${item.key}"`;
    if (seen.has(item.key)) {
      throw new UserError(`${label} tercantum lebih dari sekali dalam rencana.`, 'key');
    }
    seen.add(item.key);
    if (!Number.isInteger(item.current)) {
      throw new UserError(
        `${label}: level saat ini (${item.current}) harus bilangan bulat.`,
        'current',
      );
    }
    if (!Number.isInteger(item.max)) {
      throw new UserError(`${label}: level maksimum (${item.max}) harus bilangan bulat.`, 'max');
    }
    if (item.current > item.max) {
      throw new UserError(
        `${label}: level saat ini (${item.current}) melebihi level maksimum (${item.max}).`,
        'current',
      );
    }
    if (!(item.gainPerLevel instanceof Rational) || item.gainPerLevel.num <= ZERO) {
      const shown = item.gainPerLevel instanceof Rational ? fmt(item.gainPerLevel) : '?';
      throw new UserError(
        `${label}: tambahan indeks per level (${shown}) harus lebih dari 0.`,
        'gainPerLevel',
      );
    }
    if (
      item.effort !== undefined &&
      (!(item.effort instanceof Rational) || item.effort.num <= ZERO)
    ) {
      const shown = item.effort instanceof Rational ? fmt(item.effort) : '?';
      throw new UserError(`${label}: usaha per level (${shown}) harus lebih dari 0.`, 'effort');
    }
  }
  const { maxSteps } = request;
  if (maxSteps !== undefined && (!Number.isInteger(maxSteps) || maxSteps < 0)) {
    throw new UserError(
      `Batas jumlah langkah (${maxSteps}) harus bilangan bulat 0 atau lebih.`,
      'maxSteps',
    );
  }
}

/**
 * The most gain from at most `budget` steps (all steps when undefined). Each step of item i
 * adds exactly gain_i whatever else is chosen, so the best B steps are simply the B
 * largest step gains (exchange argument) — exact, no search needed.
 */
function bestGainWithin(
  items: readonly PlanItem[],
  headroom: readonly number[],
  budget: number | undefined,
): Rational {
  const order = items
    .map((item, i) => ({ gain: item.gainPerLevel, room: headroom[i] ?? 0 }))
    .filter((x) => x.room > 0)
    .sort((a, b) => b.gain.compare(a.gain));
  let left = budget ?? Number.POSITIVE_INFINITY;
  let total = Rational.of(0);
  for (const { gain, room } of order) {
    if (left <= 0) break;
    const take = Math.min(room, left);
    total = total.add(gain.mul(Rational.of(take)));
    left -= take;
  }
  return total;
}

/** The DP's view: only raisable items, everything an exact integer. */
interface Scaled {
  /** Scaled gain per step (integer ≥ 1). */
  readonly gain: readonly number[];
  /** Scaled effort per step (integer ≥ 1). */
  readonly effort: readonly number[];
  /** Most steps worth considering per item (≤ headroom, ≤ steps that alone cover `need`). */
  readonly cap: readonly number[];
  /** Scaled need (integer ≥ 1): Σ s_i·gain_i ≥ need ⇔ the plan reaches the target. */
  readonly need: number;
}

const tooDetailed = (field: 'gainPerLevel' | 'effort'): UserError =>
  field === 'effort'
    ? new UserError(
        'Rencana tidak dapat dihitung: nilai usaha per level terlalu rinci atau terlalu besar. Bulatkan nilai usaha, lalu coba lagi.',
        'effort',
      )
    : new UserError(
        'Rencana tidak dapat dihitung: bobot indikator terlalu rinci (terlalu banyak angka di belakang koma). Bulatkan bobot, lalu coba lagi.',
        'gainPerLevel',
      );

const tooLarge = (): UserError =>
  new UserError(
    'Rencana terlalu besar untuk dihitung dengan tepat: bobot indikator terlalu rinci untuk target ini. Bulatkan bobot (misalnya ke dua angka di belakang koma) atau hapus batas jumlah langkah, lalu coba lagi.',
    'gainPerLevel',
  );

/** Scale to integers: x·L for the LCM L of the denominators, then divide by the GCD. */
function toIntegers(values: readonly Rational[]): { ints: bigint[]; scale: Rational } {
  let lcm = ONE;
  for (const v of values) lcm = (lcm / bigGcd(lcm, v.den)) * v.den;
  let ints = values.map((v) => v.num * (lcm / v.den));
  const g = ints.reduce((acc, x) => bigGcd(acc, x), ZERO);
  if (g > ONE) ints = ints.map((x) => x / g);
  // One scaled unit = g / lcm, so scaled value = value · lcm / g.
  return { ints, scale: Rational.of(lcm, g > ZERO ? g : ONE) };
}

function scale(
  gains: readonly Rational[],
  efforts: readonly Rational[],
  room: readonly number[],
  needed: Rational,
): Scaled {
  const g = toIntegers(gains);
  const e = toIntegers(efforts);
  // Σ s·G ≥ needed·scale ⇔ Σ s·G ≥ ⌈needed·scale⌉, because the left side is an integer.
  const need = needed.mul(g.scale).ceil();
  const cap = g.ints.map((gi, i) => {
    // Steps beyond ⌈need/G⌉ on one item only add effort (> 0), so no optimal plan uses them.
    const alone = (need + gi - ONE) / gi;
    const r = BigInt(room[i] ?? 0);
    return r < alone ? r : alone;
  });
  let gainTotal = ZERO;
  let effortTotal = ZERO;
  cap.forEach((c, i) => {
    gainTotal += c * (g.ints[i] ?? ZERO);
    effortTotal += c * (e.ints[i] ?? ZERO);
  });
  if (need > MAX_SAFE || gainTotal > MAX_SAFE) throw tooDetailed('gainPerLevel');
  if (effortTotal > MAX_SAFE) throw tooDetailed('effort');
  return {
    gain: g.ints.map(Number),
    effort: e.ints.map(Number),
    cap: cap.map(Number),
    need: Number(need),
  };
}

/** Per count m = 0…upTo, the sum of the m largest step gains in `steps` (capped counts). */
function topSums(steps: readonly { gain: number; cap: number }[], upTo: number): Float64Array {
  const sorted = [...steps].sort((a, b) => b.gain - a.gain);
  const out = new Float64Array(upTo + 1);
  let m = 0;
  let acc = 0;
  for (const { gain, cap } of sorted) {
    for (let k = 0; k < cap && m < upTo; k++) {
      m++;
      acc += gain;
      out[m] = acc;
    }
  }
  // Counts beyond all steps available add nothing more.
  for (let r = m + 1; r <= upTo; r++) out[r] = acc;
  return out;
}

/**
 * Exact DP over suffixes. Layer i describes "items i…n−1 still to decide"; a state is
 * (b = steps still allowed, c = scaled gain still needed, floored at 0), and its value is
 * the lexicographically best (effort, steps, −gain) for that suffix. The value of a plan is
 * a sum of per-item contributions (k·e, k, −k·g) and the next state depends only on the
 * current state and k, so the best value of a state is built from the best values of its
 * successors (Bellman): the minimum is exact, not a heuristic. Gain beyond the need folds
 * into c = 0 without losing the third criterion, because the value carries the full
 * uncapped gain. Keeping the largest k among equal values at every layer and rebuilding
 * from item 0 forward gives the lexicographically largest step vector among optimal plans.
 *
 * Without a budget, b is a single dummy value (a 1-D DP). With one, b runs over
 * 0…min(budget, steps left in the suffix) — more budget than that is worth the same.
 *
 * Only a band of states is stored per layer, which is what keeps the budgeted case fast:
 *  - above: c ≤ the sum of the b largest step gains of the suffix (else nothing covers it);
 *  - below: c ≥ need − (the largest gain the prefix 0…i−1 can have produced with the
 *    B − b steps it used), and b ≥ B − (steps the prefix has): no state outside can be
 *    reached from the start (B, need).
 * A state inside the band may still be unreachable; if its successors fall outside the
 * band its value is "infinite", which is harmless because only unreachable states read it
 * (a successor of a reachable state is reachable, hence inside the band).
 *
 * Returns the step vector over `p`'s items, or null when infeasible.
 */
function solve(p: Scaled, budget: number | null): number[] | null {
  const n = p.gain.length;
  const bounded = budget !== null;
  const need = p.need;
  const steps = p.gain.map((gain, i) => ({ gain, cap: p.cap[i] ?? 0 }));
  const totalSteps = steps.reduce((a, s) => a + s.cap, 0);
  const B = bounded ? Math.min(budget, totalSteps) : 0;

  // Shapes of layers 0…n: per b, the c band [lo, hi] and where its cells start.
  const bMax: number[] = [];
  const lo: Float64Array[] = [];
  const hi: Float64Array[] = [];
  const offset: Float64Array[] = [];
  let prefixSteps = 0;
  for (let i = 0; i <= n; i++) {
    const suffix = steps.slice(i);
    const prefix = steps.slice(0, i);
    const stepsLeft = suffix.reduce((a, s) => a + s.cap, 0);
    const top = bounded ? Math.min(B, stepsLeft) : 0;
    const suffixTop = bounded
      ? topSums(suffix, top)
      : Float64Array.of(suffix.reduce((a, s) => a + s.gain * s.cap, 0));
    const prefixTop = bounded
      ? topSums(prefix, B)
      : Float64Array.of(prefix.reduce((a, s) => a + s.gain * s.cap, 0));
    const bLow = bounded ? Math.max(0, Math.min(B - prefixSteps, top)) : 0;
    const l = new Float64Array(top + 1);
    const h = new Float64Array(top + 1);
    const off = new Float64Array(top + 2);
    for (let b = 0; b <= top; b++) {
      const used = bounded ? B - b : 0;
      l[b] = Math.max(0, need - (prefixTop[used] ?? 0));
      h[b] = b < bLow ? -1 : Math.min(need, suffixTop[b] ?? 0);
      off[b + 1] = (off[b] ?? 0) + Math.max(0, (h[b] ?? 0) - (l[b] ?? 0) + 1);
    }
    bMax.push(top);
    lo.push(l);
    hi.push(h);
    offset.push(off);
    prefixSteps += p.cap[i] ?? 0;
  }

  let work = 0;
  let cells = 0;
  let widest = 1;
  for (let i = 0; i <= n; i++) {
    const size = offset[i]?.[(bMax[i] ?? 0) + 1] ?? 0;
    widest = Math.max(widest, size);
    if (i < n) {
      cells += size;
      work += size * ((p.cap[i] ?? 0) + 1);
    }
  }
  if (work > MAX_WORK || cells > MAX_CELLS) throw tooLarge();

  const maxCap = p.cap.reduce((a, b) => Math.max(a, b), 0);
  const decision: (Uint8Array | Uint16Array)[] = new Array(n);
  // Two rolling layers of values. Effort and gain are integers < 2^53 (checked in scale()),
  // so these doubles only ever hold exact integers.
  let nextE = new Float64Array(widest);
  let nextS = new Int32Array(widest);
  let nextG = new Float64Array(widest);
  let curE = new Float64Array(widest);
  let curS = new Int32Array(widest);
  let curG = new Float64Array(widest);
  // Layer n, nothing left to decide: its band is exactly the state (b 0, c 0), value (0, 0, 0),
  // when the start can reach it at all; the zero-filled arrays already hold that value.

  for (let i = n - 1; i >= 0; i--) {
    const g = p.gain[i] ?? 1;
    const e = p.effort[i] ?? 1;
    const cap = p.cap[i] ?? 0;
    const top = bMax[i] ?? 0;
    const l = lo[i] as Float64Array;
    const h = hi[i] as Float64Array;
    const off = offset[i] as Float64Array;
    const topNext = bMax[i + 1] ?? 0;
    const lNext = lo[i + 1] as Float64Array;
    const hNext = hi[i + 1] as Float64Array;
    const offNext = offset[i + 1] as Float64Array;
    const size = off[top + 1] ?? 0;
    const dec = maxCap > 255 ? new Uint16Array(size) : new Uint8Array(size);
    for (let b = 0; b <= top; b++) {
      const cLo = l[b] ?? 0;
      const cHi = h[b] ?? -1;
      const base = (off[b] ?? 0) - cLo;
      const kTop = bounded ? Math.min(cap, b) : cap;
      for (let c = cLo; c <= cHi; c++) {
        let bestE = Number.POSITIVE_INFINITY;
        let bestS = 0;
        let bestG = 0;
        let bestK = 0;
        for (let k = 0; k <= kTop; k++) {
          let c2 = c - k * g;
          if (c2 < 0) c2 = 0;
          let b2 = 0;
          if (bounded) {
            b2 = b - k;
            if (b2 > topNext) b2 = topNext;
          }
          const c2Lo = lNext[b2] ?? 0;
          if (c2 >= c2Lo && c2 <= (hNext[b2] ?? -1)) {
            const at = (offNext[b2] ?? 0) + c2 - c2Lo;
            const E = (nextE[at] ?? 0) + k * e;
            const S = (nextS[at] ?? 0) + k;
            const G = (nextG[at] ?? 0) + k * g;
            // `>=` on gain keeps the larger k on a full tie (the documented tie-break).
            if (E < bestE || (E === bestE && (S < bestS || (S === bestS && G >= bestG)))) {
              bestE = E;
              bestS = S;
              bestG = G;
              bestK = k;
            }
          }
          // Once the need is covered, more steps only add effort: strictly worse.
          if (c2 === 0) break;
        }
        const at = base + c;
        curE[at] = bestE;
        curS[at] = bestS;
        curG[at] = bestG;
        dec[at] = bestK;
      }
    }
    decision[i] = dec;
    [curE, nextE] = [nextE, curE];
    [curS, nextS] = [nextS, curS];
    [curG, nextG] = [nextG, curG];
  }

  // The start state (b = B, c = need) must be coverable and its value finite.
  let b = bounded ? Math.min(B, bMax[0] ?? 0) : 0;
  let c = need;
  const startLo = lo[0]?.[b] ?? 0;
  if (n === 0 || c < startLo || c > (hi[0]?.[b] ?? -1)) return null;
  if (!Number.isFinite(nextE[(offset[0]?.[b] ?? 0) + c - startLo] ?? Number.NaN)) return null;
  const plan: number[] = [];
  for (let i = 0; i < n; i++) {
    const at = (offset[i]?.[b] ?? 0) + c - (lo[i]?.[b] ?? 0);
    const k = decision[i]?.[at] ?? 0;
    plan.push(k);
    c = Math.max(0, c - k * (p.gain[i] ?? 0));
    if (bounded) b = Math.min(b - k, bMax[i + 1] ?? 0);
  }
  return plan;
}

export function plan(request: PlanRequest): PlanResult {
  validate(request);
  const { items, needed, maxSteps } = request;
  const zero = Rational.of(0);
  if (needed.compare(zero) <= 0) {
    return { reachable: true, steps: [], totalSteps: 0, totalEffort: zero, gain: zero };
  }

  const headroom = items.map((item) => (item.locked ? 0 : item.max - item.current));
  if (bestGainWithin(items, headroom, undefined).lt(needed)) {
    return {
      reachable: false,
      reason: 'max-levels',
      bestGain: bestGainWithin(items, headroom, maxSteps),
    };
  }
  if (maxSteps !== undefined) {
    const best = bestGainWithin(items, headroom, maxSteps);
    if (best.lt(needed)) return { reachable: false, reason: 'budget', bestGain: best };
  }

  // Only raisable items enter the DP; the rest get 0 steps whatever happens, so leaving
  // them out changes neither the optimum nor the "earlier item first" tie-break.
  const active = items.map((_, i) => i).filter((i) => (headroom[i] ?? 0) > 0);
  const one = Rational.of(1);
  const scaled = scale(
    active.map((i) => (items[i] as PlanItem).gainPerLevel),
    active.map((i) => (items[i] as PlanItem).effort ?? one),
    active.map((i) => headroom[i] ?? 0),
    needed,
  );

  // The unbudgeted optimum is also the budgeted one whenever it fits the budget: the
  // budget only removes plans, and all plans tied with it have the same step count. Only
  // when it does not fit is the (costlier) 2-D DP needed.
  let steps = solve(scaled, null);
  if (steps && maxSteps !== undefined && steps.reduce((a, k) => a + k, 0) > maxSteps) {
    steps = solve(scaled, maxSteps);
  }
  if (!steps) {
    // Unreachable after the reachability checks above; kept so a bug cannot pass silently.
    throw new Error('planner: DP found no plan for a reachable target');
  }

  const chosen: PlanStep[] = [];
  const efforts: Rational[] = [];
  const gains: Rational[] = [];
  let totalSteps = 0;
  active.forEach((i, j) => {
    const k = steps?.[j] ?? 0;
    if (k === 0) return;
    const item = items[i] as PlanItem;
    chosen.push({ key: item.key, from: item.current, to: item.current + k });
    efforts.push((item.effort ?? one).mul(Rational.of(k)));
    gains.push(item.gainPerLevel.mul(Rational.of(k)));
    totalSteps += k;
  });
  return {
    reachable: true,
    steps: chosen,
    totalSteps,
    totalEffort: sum(efforts),
    gain: sum(gains),
  };
}
