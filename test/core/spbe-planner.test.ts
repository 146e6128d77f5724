import fc from 'fast-check';
import { UserError } from '../../src/core/errors';
import {
  type PlanItem,
  type PlanRequest,
  type PlanResult,
  plan,
} from '../../src/core/spbe/planner';
import { Rational } from '../../src/core/spbe/rational';

const r = (text: string): Rational => {
  const value = Rational.parse(text);
  if (!value) throw new Error(`bad decimal ${text}`);
  return value;
};

/** PermenPANRB 59/2020 weight (% of the index) → index gain per level step. */
const WEIGHT_5920 = (key: number): string =>
  key <= 10 ? '1.30' : key <= 20 ? '2.50' : key <= 31 ? '1.50' : key <= 41 ? '2.75' : '3.00';

const item = (
  key: number,
  current: number,
  max = 5,
  extra: { locked?: boolean; effort?: string } = {},
): PlanItem => ({
  key: String(key),
  gainPerLevel: r(WEIGHT_5920(key)).div(Rational.of(100)),
  current,
  max,
  ...(extra.locked ? { locked: true } : {}),
  ...(extra.effort ? { effort: r(extra.effort) } : {}),
});

const reachable = (result: PlanResult) => {
  if (!result.reachable) throw new Error(`expected a plan, got ${JSON.stringify(result)}`);
  return result;
};

const stepsOf = (result: PlanResult) =>
  reachable(result).steps.map((s) => `${s.key}:${s.from}->${s.to}`);

describe('plan: hand cases with PermenPANRB 59/2020 weights', () => {
  it('with no effort given, uses the fewest steps, i.e. the heaviest indicators', () => {
    const result = reachable(
      plan({ items: [item(1, 1), item(11, 1), item(42, 1)], needed: r('0.06') }),
    );
    expect(stepsOf(result)).toEqual(['42:1->3']);
    expect(result.totalSteps).toBe(2);
    expect(result.totalEffort.equals(Rational.of(2))).toBe(true);
    expect(result.gain.equals(r('0.06'))).toBe(true);
  });

  it('among equally short plans, takes the one with the most gain', () => {
    // 0.05 is reached in 2 steps by 11+11 (0.05), 11+42 (0.055) or 42+42 (0.06).
    const result = reachable(plan({ items: [item(11, 1), item(42, 1)], needed: r('0.05') }));
    expect(stepsOf(result)).toEqual(['42:1->3']);
    expect(result.gain.equals(r('0.06'))).toBe(true);
  });

  it('beats greedy "best gain per effort first"', () => {
    // Need 0.045. Greedy takes 42 (0.03 for 2 → 0.015 per unit) twice: effort 4.
    // 42 once + 21 once (0.015 for 1.2) is exactly 0.045 for effort 3.2.
    const items = [item(21, 1, 5, { effort: '1.2' }), item(42, 1, 5, { effort: '2' })];
    const result = reachable(plan({ items, needed: r('0.045') }));
    expect(stepsOf(result)).toEqual(['21:1->2', '42:1->2']);
    expect(result.totalEffort.equals(r('3.2'))).toBe(true);
    expect(result.gain.equals(r('0.045'))).toBe(true);
  });

  it('reaches the target exactly at a value floating point gets wrong', () => {
    // 0.015 × 3 = 0.045 exactly; in doubles 0.015 * 3 = 0.045000000000000005 and
    // 0.1 + 0.2-style errors would hide an exact cover.
    const result = reachable(plan({ items: [item(21, 1, 4)], needed: r('0.045') }));
    expect(stepsOf(result)).toEqual(['21:1->4']);
    expect(result.gain.equals(r('0.045'))).toBe(true);
  });

  it('lets efforts change the choice', () => {
    const items = [item(21, 1, 5, { effort: '1' }), item(42, 1, 5, { effort: '5' })];
    const result = reachable(plan({ items, needed: r('0.03') }));
    expect(stepsOf(result)).toEqual(['21:1->3']);
    expect(result.totalEffort.equals(Rational.of(2))).toBe(true);
    // Without efforts the single heavier step wins.
    const plain = plan({ items: [item(21, 1), item(42, 1)], needed: r('0.03') });
    expect(stepsOf(plain)).toEqual(['42:1->2']);
  });

  it('handles fractional efforts exactly', () => {
    // 3 steps of 1 at 0.3 each (0.9) are cheaper than one step of 42 at 1.
    const items = [item(1, 1, 5, { effort: '0.3' }), item(42, 1, 5, { effort: '1' })];
    const result = reachable(plan({ items, needed: r('0.03') }));
    expect(stepsOf(result)).toEqual(['1:1->4']);
    expect(result.totalEffort.equals(r('0.9'))).toBe(true);
  });

  it('respects locks and maximum levels', () => {
    const items = [item(42, 1, 5, { locked: true }), item(41, 1, 2), item(11, 1)];
    const result = reachable(plan({ items, needed: r('0.05') }));
    // 42 is locked; 41 may rise only to 2; 41 + 11 (0.0525) beats 11 + 11 (0.05) on gain.
    expect(stepsOf(result)).toEqual(['41:1->2', '11:1->2']);
  });

  it('keeps `items` order in the steps list and prefers earlier items on a full tie', () => {
    // Indicators 42 and 43 weigh the same: raise the one listed first.
    const result = reachable(plan({ items: [item(43, 1), item(42, 1)], needed: r('0.03') }));
    expect(stepsOf(result)).toEqual(['43:1->2']);
    const spread = reachable(plan({ items: [item(43, 3), item(42, 1)], needed: r('0.12') }));
    expect(stepsOf(spread)).toEqual(['43:3->5', '42:1->3']);
  });

  it('meets a binding step budget at the least effort possible within it', () => {
    const items = [item(1, 1, 5, { effort: '1' }), item(42, 1, 5, { effort: '4' })];
    // Unbounded: 42 once + 1 three times = 0.069, effort 7, 4 steps.
    const free = reachable(plan({ items, needed: r('0.06') }));
    expect(stepsOf(free)).toEqual(['1:1->4', '42:1->2']);
    expect(free.totalEffort.equals(Rational.of(7))).toBe(true);
    // At most 3 steps: 42 twice (effort 8) is the only way.
    const tight = reachable(plan({ items, needed: r('0.06'), maxSteps: 3 }));
    expect(stepsOf(tight)).toEqual(['42:1->3']);
    expect(tight.totalEffort.equals(Rational.of(8))).toBe(true);
    // A budget that does not bind changes nothing.
    expect(plan({ items, needed: r('0.06'), maxSteps: 4 })).toEqual(free);
  });

  it('returns an empty plan when the target is already reached', () => {
    for (const needed of [Rational.of(0), r('-0.25')]) {
      const result = reachable(plan({ items: [item(1, 1)], needed }));
      expect(result.steps).toEqual([]);
      expect(result.totalSteps).toBe(0);
      expect(result.totalEffort.isZero()).toBe(true);
      expect(result.gain.isZero()).toBe(true);
    }
  });

  it('says when the maximum levels cannot reach the target, with the best gain possible', () => {
    const items = [item(1, 4), item(42, 3), item(11, 1, 5, { locked: true })];
    expect(plan({ items, needed: r('0.1') })).toEqual({
      reachable: false,
      reason: 'max-levels',
      bestGain: r('0.073'),
    });
    // The best gain also respects a budget: one step, the heaviest.
    expect(plan({ items, needed: r('0.1'), maxSteps: 1 })).toEqual({
      reachable: false,
      reason: 'max-levels',
      bestGain: r('0.03'),
    });
  });

  it('says when only the step budget stands in the way', () => {
    const items = [item(1, 1), item(42, 1)];
    expect(plan({ items, needed: r('0.1'), maxSteps: 3 })).toEqual({
      reachable: false,
      reason: 'budget',
      bestGain: r('0.09'),
    });
    expect(plan({ items, needed: r('0.1'), maxSteps: 0 })).toEqual({
      reachable: false,
      reason: 'budget',
      bestGain: Rational.of(0),
    });
  });

  it('plans a whole 59/2020 instansi: +1.00 from all level 1 takes the 35 heaviest steps', () => {
    const items = Array.from({ length: 47 }, (_, i) => item(i + 1, 1));
    const result = reachable(plan({ items, needed: Rational.of(1) }));
    // 24 steps on 42–47 (0.72) + 11 steps on 2.75 indicators (0.3025), earliest first.
    expect(result.totalSteps).toBe(35);
    expect(result.gain.equals(r('1.0225'))).toBe(true);
    expect(stepsOf(result)).toEqual([
      '32:1->5',
      '33:1->5',
      '34:1->4',
      '42:1->5',
      '43:1->5',
      '44:1->5',
      '45:1->5',
      '46:1->5',
      '47:1->5',
    ]);
  });
});

describe('plan: invalid input names the field', () => {
  const bad = (request: PlanRequest, field: string, text: RegExp) => {
    let error: unknown;
    try {
      plan(request);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).field).toBe(field);
    expect((error as UserError).message).toMatch(text);
  };
  const needed = r('0.1');

  it('rejects a current level above the maximum', () => {
    bad(
      { items: [item(21, 6, 5)], needed },
      'current',
      /^Indikator "21": level saat ini \(6\) melebihi level maksimum \(5\)\.$/,
    );
  });

  it('rejects non-integer levels', () => {
    bad({ items: [item(21, 1.5)], needed }, 'current', /Indikator "21": level saat ini \(1\.5\)/);
    bad({ items: [item(21, 1, 4.5)], needed }, 'max', /Indikator "21": level maksimum \(4\.5\)/);
    bad({ items: [item(21, Number.NaN)], needed }, 'current', /level saat ini \(NaN\)/);
  });

  it('rejects a gain or effort that is not positive', () => {
    bad(
      { items: [{ ...item(21, 1), gainPerLevel: Rational.of(0) }], needed },
      'gainPerLevel',
      /Indikator "21": tambahan indeks per level \(0\) harus lebih dari 0/,
    );
    bad(
      { items: [{ ...item(21, 1), gainPerLevel: r('-0.015') }], needed },
      'gainPerLevel',
      /\(-0\.015\)/,
    );
    bad(
      { items: [item(21, 1, 5, { effort: '-1' })], needed },
      'effort',
      /Indikator "21": usaha per level \(-1\) harus lebih dari 0/,
    );
    bad(
      { items: [{ ...item(21, 1), effort: Rational.of(0) }], needed },
      'effort',
      /usaha per level \(0\)/,
    );
  });

  it('rejects a bad step budget', () => {
    for (const maxSteps of [-1, 2.5, Number.NaN]) {
      bad({ items: [item(21, 1)], needed, maxSteps }, 'maxSteps', /^Batas jumlah langkah \(/);
    }
  });

  it('rejects duplicate and empty keys', () => {
    bad(
      { items: [item(21, 1), item(21, 2)], needed },
      'key',
      /Indikator "21" tercantum lebih dari sekali/,
    );
    bad({ items: [{ ...item(21, 1), key: ' ' }], needed }, 'key', /kunci/);
  });

  it('validates even when the target is already reached', () => {
    bad({ items: [item(21, 6, 5)], needed: Rational.of(0) }, 'current', /melebihi/);
  });

  it('refuses weights whose common denominator would make the search explode', () => {
    const primes = [101, 103, 107, 109, 113, 127, 131, 137, 139, 149];
    const items = primes.map((p, i) => ({
      key: String(i + 1),
      gainPerLevel: Rational.of(1, p),
      current: 1,
      max: 5,
      effort: Rational.of(i + 1),
    }));
    bad({ items, needed: r('0.2') }, 'gainPerLevel', /terlalu rinci/);
  });

  it('refuses, quickly, a search too large to finish in time', () => {
    // LCM ≈ 1.3·10^10 scaled units: exact integers still, but far too many states.
    const items = [101, 103, 107, 109, 113].map((p, i) => ({
      key: String(i + 1),
      gainPerLevel: Rational.of(1, p),
      current: 1,
      max: 5,
    }));
    bad({ items, needed: r('0.1') }, 'gainPerLevel', /terlalu besar untuk dihitung/);
  });

  it('refuses efforts whose common denominator overflows exact integers', () => {
    const primes = [101, 103, 107, 109, 113, 127, 131, 137, 139, 149];
    const items = primes.map((p, i) => ({ ...item(i + 1, 1), effort: Rational.of(1, p) }));
    bad({ items, needed: r('0.02') }, 'effort', /usaha per level terlalu rinci/);
  });
});

// --- Property tests -------------------------------------------------------------------

interface Scored {
  readonly vector: readonly number[];
  readonly effort: Rational;
  readonly steps: number;
  readonly gain: Rational;
}

const score = (items: readonly PlanItem[], vector: readonly number[]): Scored => {
  let effort = Rational.of(0);
  let gain = Rational.of(0);
  let steps = 0;
  vector.forEach((k, i) => {
    const it = items[i] as PlanItem;
    effort = effort.add((it.effort ?? Rational.of(1)).mul(Rational.of(k)));
    gain = gain.add(it.gainPerLevel.mul(Rational.of(k)));
    steps += k;
  });
  return { vector, effort, steps, gain };
};

/** The documented order: effort ↑, steps ↑, gain ↓, then step vector lexicographically ↓. */
const better = (a: Scored, b: Scored): boolean => {
  const e = a.effort.compare(b.effort);
  if (e !== 0) return e < 0;
  if (a.steps !== b.steps) return a.steps < b.steps;
  const g = a.gain.compare(b.gain);
  if (g !== 0) return g > 0;
  for (let i = 0; i < a.vector.length; i++) {
    const d = (a.vector[i] ?? 0) - (b.vector[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
};

const headroomOf = (it: PlanItem) => (it.locked ? 0 : it.max - it.current);

function* vectors(rooms: readonly number[]): Generator<number[]> {
  const v = rooms.map(() => 0);
  for (;;) {
    yield [...v];
    let i = 0;
    while (i < v.length && (v[i] ?? 0) === (rooms[i] ?? 0)) {
      v[i] = 0;
      i++;
    }
    if (i === v.length) return;
    v[i] = (v[i] ?? 0) + 1;
  }
}

const vectorOf = (items: readonly PlanItem[], result: PlanResult): number[] => {
  const byKey = new Map(reachable(result).steps.map((s) => [s.key, s]));
  return items.map((it) => {
    const s = byKey.get(it.key);
    return s ? s.to - s.from : 0;
  });
};

/** Checks a result against the brute-force optimum over all step vectors. */
function checkAgainstBruteForce(request: PlanRequest): void {
  const { items, needed, maxSteps } = request;
  const result = plan(request);
  if (needed.compare(Rational.of(0)) <= 0) {
    expect(reachable(result).steps).toEqual([]);
    return;
  }
  const rooms = items.map(headroomOf);
  let best: Scored | null = null;
  let bestGainBudget = Rational.of(0);
  let reachableAtMax = false;
  for (const v of vectors(rooms)) {
    const s = score(items, v);
    if (s.gain.gte(needed)) reachableAtMax = true;
    const withinBudget = maxSteps === undefined || s.steps <= maxSteps;
    if (!withinBudget) continue;
    if (bestGainBudget.lt(s.gain)) bestGainBudget = s.gain;
    if (s.gain.gte(needed) && (best === null || better(s, best))) best = s;
  }
  if (best === null) {
    expect(result).toEqual({
      reachable: false,
      reason: reachableAtMax ? 'budget' : 'max-levels',
      bestGain: bestGainBudget,
    });
    return;
  }
  const got = reachable(result);
  const vector = vectorOf(items, result);
  const mine = score(items, vector);
  // Feasible…
  vector.forEach((k, i) => {
    expect(k).toBeGreaterThanOrEqual(0);
    expect(k).toBeLessThanOrEqual(rooms[i] ?? 0);
  });
  expect(mine.gain.gte(needed)).toBe(true);
  if (maxSteps !== undefined) expect(mine.steps).toBeLessThanOrEqual(maxSteps);
  // …reported truthfully…
  expect(got.totalSteps).toBe(mine.steps);
  expect(got.totalEffort.equals(mine.effort)).toBe(true);
  expect(got.gain.equals(mine.gain)).toBe(true);
  for (const s of got.steps) {
    const it = items.find((x) => x.key === s.key) as PlanItem;
    expect(s.from).toBe(it.current);
    expect(s.to).toBeGreaterThan(s.from);
  }
  expect(got.steps.map((s) => s.key)).toEqual(
    items.filter((_, i) => (vector[i] ?? 0) > 0).map((it) => it.key),
  );
  // …and optimal, including the tie-break.
  expect({ effort: mine.effort, steps: mine.steps, gain: mine.gain }).toEqual({
    effort: best.effort,
    steps: best.steps,
    gain: best.gain,
  });
  expect(vector).toEqual(best.vector);
}

const rationalArb = (nums: [number, number], dens: readonly number[]) =>
  fc
    .tuple(fc.integer({ min: nums[0], max: nums[1] }), fc.constantFrom(...dens))
    .map(([n, d]) => Rational.of(n, d));

const itemsArb = (maxItems: number, maxRoom: number) =>
  fc
    .array(
      fc.record({
        gainPerLevel: rationalArb([1, 12], [1, 2, 3, 4, 5, 6, 10, 40]),
        current: fc.integer({ min: 0, max: 3 }),
        room: fc.integer({ min: 0, max: maxRoom }),
        locked: fc.boolean(),
        effort: fc.option(rationalArb([1, 6], [1, 2, 3]), { nil: undefined }),
      }),
      { minLength: 0, maxLength: maxItems },
    )
    .map((raw) =>
      raw.map(
        (x, i): PlanItem => ({
          key: `k${i}`,
          gainPerLevel: x.gainPerLevel,
          current: x.current,
          max: x.current + x.room,
          ...(x.locked && i % 2 === 0 ? { locked: true } : {}),
          ...(x.effort ? { effort: x.effort } : {}),
        }),
      ),
    );

/** A request whose `needed` lands around the reachable range (some below 0, some above). */
const requestArb = (maxItems: number, maxRoom: number) =>
  fc
    .tuple(
      itemsArb(maxItems, maxRoom),
      fc.integer({ min: -2, max: 22 }),
      fc.constantFrom(1, 3, 7),
      fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      fc.boolean(),
    )
    .map(([items, num, den, budget, uniformEffort]): PlanRequest => {
      const total = items.reduce(
        (acc, it) => acc.add(it.gainPerLevel.mul(Rational.of(headroomOf(it)))),
        Rational.of(0),
      );
      // needed = total · num / 20, nudged by 1/den so exact equality and near misses occur.
      const needed = total
        .mul(Rational.of(num, 20))
        .add(Rational.of(num % 3 === 0 ? 0 : 1, den * 10));
      const plain = uniformEffort ? items.map(({ effort: _e, ...rest }) => rest) : items;
      return { items: plain, needed, ...(budget === undefined ? {} : { maxSteps: budget }) };
    });

describe('plan: matches brute force', () => {
  it('on random small instances', () => {
    fc.assert(
      fc.property(requestArb(6, 3), (request) => checkAgainstBruteForce(request)),
      { numRuns: 600 },
    );
  });

  it('on random instances where a budget binds', () => {
    // Efforts that make many cheap small steps attractive, and budgets near the optimum's
    // step count, so the 2-D (budgeted) search is exercised rather than skipped.
    const arb = fc
      .tuple(itemsArb(6, 3), fc.integer({ min: 1, max: 18 }), fc.integer({ min: 0, max: 3 }))
      .map(([items, num, slack]) => {
        const total = items.reduce(
          (acc, it) => acc.add(it.gainPerLevel.mul(Rational.of(headroomOf(it)))),
          Rational.of(0),
        );
        const needed = total.mul(Rational.of(num, 20));
        const free = plan({ items, needed });
        const maxSteps = free.reachable ? Math.max(0, free.totalSteps - 1 - slack) : slack;
        return { items, needed, maxSteps };
      });
    fc.assert(
      fc.property(arb, (request) => checkAgainstBruteForce(request)),
      { numRuns: 400 },
    );
  });
});

// --- A larger reference: plain memoised recursion, no pruning --------------------------

/**
 * An independent exact solver for instances too big to enumerate: recursion over
 * (item, steps left, need left) with Rational arithmetic and the documented order. It
 * checks the planner's pruned search on 59/2020-like instances with binding budgets.
 */
function reference(request: PlanRequest): Scored | null {
  const { items, needed, maxSteps } = request;
  const rooms = items.map(headroomOf);
  const memo = new Map<string, Scored | null>();
  const zero = Rational.of(0);
  const go = (i: number, left: number, need: Rational): Scored | null => {
    if (need.compare(zero) <= 0) {
      return { vector: items.slice(i).map(() => 0), effort: zero, steps: 0, gain: zero };
    }
    if (i === items.length) return null;
    const key = `${i}|${left}|${need.num}/${need.den}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    const it = items[i] as PlanItem;
    let best: Scored | null = null;
    for (let k = Math.min(rooms[i] ?? 0, left); k >= 0; k--) {
      const kr = Rational.of(k);
      const rest = go(i + 1, left - k, need.sub(it.gainPerLevel.mul(kr)));
      if (!rest) continue;
      const cand: Scored = {
        vector: [k, ...rest.vector],
        effort: rest.effort.add((it.effort ?? Rational.of(1)).mul(kr)),
        steps: rest.steps + k,
        gain: rest.gain.add(it.gainPerLevel.mul(kr)),
      };
      if (best === null || better(cand, best)) best = cand;
    }
    memo.set(key, best);
    return best;
  };
  return go(0, maxSteps ?? Number.MAX_SAFE_INTEGER, needed);
}

describe('plan: matches an unpruned reference on 59/2020-like instances', () => {
  it('with efforts and binding budgets', () => {
    const arb = fc
      .tuple(
        fc.array(
          fc.record({
            key: fc.integer({ min: 1, max: 47 }),
            current: fc.integer({ min: 1, max: 3 }),
            effort: fc.constantFrom('1', '1.5', '2', '3', '5'),
            locked: fc.boolean(),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        fc.integer({ min: 1, max: 19 }),
        fc.integer({ min: 0, max: 4 }),
      )
      .map(([raw, num, slack]) => {
        const items = raw.map((x, i) => ({
          ...item(x.key, x.current, 5, { effort: x.effort, locked: x.locked && i % 3 === 0 }),
          key: `${x.key}.${i}`,
        }));
        const total = items.reduce(
          (acc, it) => acc.add(it.gainPerLevel.mul(Rational.of(headroomOf(it)))),
          Rational.of(0),
        );
        const needed = total.mul(Rational.of(num, 20));
        const free = plan({ items, needed });
        const maxSteps = free.reachable ? Math.max(0, free.totalSteps - 1 - slack) : slack;
        return { items, needed, maxSteps };
      });
    fc.assert(
      fc.property(arb, (request) => {
        const best = reference(request);
        const result = plan(request);
        if (!best) {
          expect(result.reachable).toBe(false);
          return;
        }
        expect(vectorOf(request.items, result)).toEqual(best.vector);
        expect(reachable(result).totalEffort.equals(best.effort)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
