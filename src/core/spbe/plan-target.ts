/**
 * "What is the cheapest way to reach 3.5 / Sangat Baik?": reads the current levels and the
 * coordinator's limits (maximum levels, locked indicators, effort per step, step budget),
 * turns the target into an exact index threshold under the year's predicate rule, and asks
 * the planner for the optimal set of level increases.
 */
import { UserError } from '../errors';
import { gainPerLevel, predicateThreshold, score } from './engine';
import { readAssessment } from './input';
import { type PlanItem, plan } from './planner';
import { Rational } from './rational';

export interface PlanReport {
  readonly reachable: boolean;
  readonly steps: readonly {
    readonly indicator: string;
    readonly from: number;
    readonly to: number;
  }[];
  readonly totalSteps: number;
  /** The index and predicate after the plan (or as they are, when unreachable). */
  readonly index: number;
  readonly predikat: string;
  readonly totalEffort?: string;
  /** Why it cannot be reached and the best index possible, when unreachable. */
  readonly message?: string;
  readonly bestIndex?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function optionalRecord(raw: Record<string, unknown>, field: string): Record<string, unknown> {
  const value = raw[field];
  if (value === undefined) return {};
  if (!isRecord(value)) throw new UserError(`${field}: harus objek {"indikator": nilai}.`, field);
  return value;
}

function readOptions(raw: Record<string, unknown>, keys: ReadonlySet<string>) {
  const maxLevels = optionalRecord(raw, 'maxLevels');
  const effort = optionalRecord(raw, 'effort');
  const lockedRaw = raw.locked ?? [];
  if (!Array.isArray(lockedRaw) || lockedRaw.some((k) => typeof k !== 'string')) {
    throw new UserError('locked: harus daftar kunci indikator seperti ["1", "21"].', 'locked');
  }
  for (const [field, record] of [
    ['maxLevels', maxLevels],
    ['effort', effort],
  ] as const) {
    for (const key of Object.keys(record)) {
      if (!keys.has(key))
        throw new UserError(
          `${field}.${key}: indikator "${key}" tidak ada di penilaian.`,
          `${field}.${key}`,
        );
    }
  }
  for (const key of lockedRaw as string[]) {
    if (!keys.has(key))
      throw new UserError(`locked: indikator "${key}" tidak ada di penilaian.`, 'locked');
  }
  const maxSteps = raw.maxSteps;
  if (
    maxSteps !== undefined &&
    (typeof maxSteps !== 'number' || !Number.isInteger(maxSteps) || maxSteps < 0)
  ) {
    throw new UserError('maxSteps: harus bilangan bulat ≥ 0.', 'maxSteps');
  }
  return {
    maxLevels,
    effort,
    locked: new Set(lockedRaw as string[]),
    maxSteps: maxSteps as number | undefined,
  };
}

function readEffort(value: unknown, key: string): Rational {
  const parsed =
    typeof value === 'number' && Number.isFinite(value)
      ? Rational.fromNumber(value)
      : typeof value === 'string'
        ? Rational.parse(value)
        : null;
  if (!parsed || !Rational.of(0).lt(parsed)) {
    throw new UserError(
      `effort.${key}: upaya per langkah harus angka > 0, bukan ${JSON.stringify(value)}.`,
      `effort.${key}`,
    );
  }
  return parsed;
}

export function planToTarget(
  raw: unknown,
  target: string,
  defaults: { framework?: string; year?: number } = {},
): PlanReport {
  if (!isRecord(raw) || raw.levels === undefined) {
    throw new UserError(
      'input: rencana memerlukan "levels" (level tiap indikator saat ini).',
      'levels',
    );
  }
  const { framework, year, input } = readAssessment(
    { framework: raw.framework, year: raw.year, levels: raw.levels },
    defaults,
  );
  if (!('levels' in input)) throw new UserError('input: rencana memerlukan "levels".', 'levels');
  const levels = input.levels;
  const current = score(framework, year, input);
  const numeric = Rational.parse(target);
  if (
    numeric &&
    (numeric.lt(Rational.of(framework.levels.min)) || Rational.of(framework.levels.max).lt(numeric))
  ) {
    throw new UserError(
      `--target: indeks harus di antara ${framework.levels.min} dan ${framework.levels.max}.`,
      'target',
    );
  }
  const threshold = numeric ?? predicateThreshold(framework, year, target);
  const options = readOptions(raw, new Set(Object.keys(levels)));
  const gains = gainPerLevel(framework, levels);
  const items: PlanItem[] = Object.keys(levels).map((key) => {
    const capRaw = options.maxLevels[key];
    const cap = capRaw === undefined ? framework.levels.max : capRaw;
    const level = levels[key] as number;
    if (
      typeof cap !== 'number' ||
      !Number.isInteger(cap) ||
      cap < level ||
      cap > framework.levels.max
    ) {
      throw new UserError(
        `maxLevels.${key}: harus bilangan bulat ${level}–${framework.levels.max}, bukan ${JSON.stringify(capRaw)}.`,
        `maxLevels.${key}`,
      );
    }
    return {
      key,
      gainPerLevel: gains.get(key) as Rational,
      current: level,
      max: cap,
      locked: options.locked.has(key),
      ...(options.effort[key] !== undefined
        ? { effort: readEffort(options.effort[key], key) }
        : {}),
    };
  });
  const result = plan({
    items,
    needed: threshold.sub(current.index),
    ...(options.maxSteps !== undefined ? { maxSteps: options.maxSteps } : {}),
  });
  if (!result.reachable) {
    const best = current.index.add(result.bestGain);
    return {
      reachable: false,
      steps: [],
      totalSteps: 0,
      index: Number(current.indexText),
      predikat: current.predicate,
      bestIndex: Number(best.toFixed(2)),
      message:
        result.reason === 'budget'
          ? `Target ${target} tidak tercapai dengan batas ${options.maxSteps} langkah; paling tinggi ${best.toFixed(2)}.`
          : `Target ${target} tidak tercapai walau semua indikator yang boleh dinaikkan mencapai level maksimumnya; paling tinggi ${best.toFixed(2)}.`,
    };
  }
  const after: Record<string, number> = { ...levels };
  for (const step of result.steps) after[step.key] = step.to;
  const reached = score(framework, year, { levels: after });
  return {
    reachable: true,
    steps: result.steps.map((s) => ({ indicator: s.key, from: s.from, to: s.to })),
    totalSteps: result.totalSteps,
    index: Number(reached.indexText),
    predikat: reached.predicate,
    ...(Object.keys(options.effort).length > 0
      ? { totalEffort: result.totalEffort.toExactString() }
      : {}),
  };
}
