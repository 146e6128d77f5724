/**
 * npm run bench: figures, not assertions. The size of dist/Code.js (Apps Script parses the
 * whole bundle on every execution), the time to compile and evaluate it in node:vm, and the
 * service calls each step of the slice costs on the fake workspace (calls are the cost in
 * Apps Script).
 */
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { FakeWorkspace } from '../dev/fake/workspace';
import { AppsScriptRuntime, readDist } from '../dev/runtime';
import { type ClashRules, findClashes, type TimedItem } from '../src/core/agenda/clashes';
import { score } from '../src/core/spbe/engine';
import { findFramework } from '../src/core/spbe/frameworks';
import { planToTarget } from '../src/core/spbe/plan-target';
import { pairwiseClashes } from '../test/fixtures/clash-pairwise';
import { benchDailyIngest } from './daily-ingest';

const RUNS = 15;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const dist = readDist();
console.log(`dist/Code.js: ${Buffer.byteLength(dist.code)} bytes`);
console.log(`dist/Sidebar.html: ${Buffer.byteLength(dist.sidebar)} bytes`);

const compile: number[] = [];
const evaluate: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const workspace = new FakeWorkspace();
  const context = vm.createContext({ ...workspace.globals() });
  const t0 = performance.now();
  const script = new vm.Script(dist.code, { filename: `Code-${i}.js` });
  const t1 = performance.now();
  script.runInContext(context);
  const t2 = performance.now();
  compile.push(t1 - t0);
  evaluate.push(t2 - t1);
}
console.log(
  `compile + evaluate in node:vm, median of ${RUNS}: ${(median(compile) + median(evaluate)).toFixed(2)} ms ` +
    `(compile ${median(compile).toFixed(2)} ms, evaluate ${median(evaluate).toFixed(2)} ms)`,
);

const workspace = new FakeWorkspace({
  user: 'admin@bangka.go.id',
  files: { Sidebar: dist.sidebar },
});
const runtime = new AppsScriptRuntime(workspace, dist.code);
const workbook = (
  workspace.spreadsheets.globals()
    .SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp
).create('Penilaian SPBE');
workspace.spreadsheets.setActive(workbook.getId());

const steps: [string, () => unknown][] = [
  ['onOpen (menu)', () => runtime.run('onOpen', { authMode: 'NONE' })],
  ['showSidebar', () => runtime.run('showSidebar')],
  ['setup (first run)', () => runtime.run('setup')],
  ['setup (second run)', () => runtime.run('setup')],
  ['sidebarStatus', () => runtime.scriptRun('sidebarStatus', [])],
  ['homepage (Gmail)', () => runtime.run('homepage', { hostApp: 'gmail' })],
  ['homepage (Calendar)', () => runtime.run('homepage', { hostApp: 'calendar' })],
  ['universalSettings', () => runtime.run('universalSettings', {})],
  ['jobNightly', () => runtime.run('jobNightly', {})],
];

console.log('\nservice calls per step of the slice (fake workspace counters):');
for (const [name, step] of steps) {
  workspace.kernel.resetCounters();
  const t0 = performance.now();
  step();
  const ms = performance.now() - t0;
  const counters = workspace.kernel.counters();
  const total = Object.values(counters).reduce((a, b) => a + b, 0);
  const sheetIo = ['Range.getValues', 'Range.setValues']
    .map((m) => `${m}=${counters[m] ?? 0}`)
    .join(' ');
  console.log(
    `  ${name.padEnd(22)} ${String(total).padStart(4)} calls  ${sheetIo}  (${ms.toFixed(1)} ms in the fake)`,
  );
}

// ---- SPBE engine and planner (issue 3) ------------------------------------------------------
{
  const f59 = findFramework('permenpanrb-59-2020');
  // Deterministic pseudo-random levels so runs compare.
  // xorshift32: stays within 32-bit integers, so the sequence is exact and repeatable.
  let seed = 42;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const instansi = Array.from({ length: 1000 }, () => {
    const levels: Record<string, number> = {};
    for (let i = 1; i <= 47; i++) levels[String(i)] = 1 + Math.floor(next() * 5);
    return levels;
  });
  const scoreRuns: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (const levels of instansi) score(f59, 2024, { levels });
    scoreRuns.push(performance.now() - t0);
  }
  const perRun = median(scoreRuns);
  console.log(
    `\nscoring 1,000 instansi × 47 indicators (PermenPANRB 59/2020, from levels), median of 5: ${perRun.toFixed(1)} ms ` +
      `(${((1000 / perRun) * 1000).toFixed(0)} instansi/s)`,
  );

  const low: Record<string, number> = {};
  for (let i = 1; i <= 47; i++) low[String(i)] = 1 + (i % 3);
  const cases: [string, Record<string, unknown>, string][] = [
    ['fewest steps to 3.5', { levels: low }, '3.5'],
    ['fewest steps to "Memuaskan"', { levels: low }, 'Memuaskan'],
    [
      'least effort to 3.5, step budget 60',
      {
        levels: low,
        effort: Object.fromEntries(Object.keys(low).map((k) => [k, 1 + (Number(k) % 4)])),
        maxSteps: 60,
      },
      '3.5',
    ],
  ];
  for (const [name, extra, target] of cases) {
    const runs: number[] = [];
    let steps = 0;
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      const result = planToTarget(
        { framework: 'permenpanrb-59-2020', year: 2024, ...extra },
        target,
      );
      runs.push(performance.now() - t0);
      steps = result.totalSteps;
    }
    console.log(
      `planner on 47 indicators, ${name}: ${median(runs).toFixed(1)} ms (median of 5), ${steps} steps`,
    );
  }
}

// ---- PROTOCLOUD clash detection --------------------------------------------------------------

{
  // A year of a kabupaten's agenda, deterministic: mostly working days, 07.00–16.45 WIB starts
  // on a quarter-hour, 30 minutes to 4 hours; a third of the items have no leader (they only
  // take a venue), the rest one or two of five leaders.
  // mulberry32: 32-bit integer arithmetic, so the sequence does not lose bits to doubles.
  let seed = 2025;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const LEADERS = ['Bupati', 'Wakil Bupati', 'Sekda', 'Asisten I', 'Asisten II'];
  const KECAMATAN = [
    'Sungailiat',
    'Belinyu',
    'Riau Silip',
    'Pemali',
    'Bakam',
    'Merawang',
    'Puding Besar',
    'Mendo Barat',
  ];
  const TYPES = ['rapat', 'rapat', 'audiensi', 'upacara', 'kunjungan kerja', 'peresmian'];
  const VENUES = Array.from({ length: 40 }, (_, i) => `Ruang ${i + 1}`);
  const DURATIONS = [30, 60, 60, 90, 120, 120, 180, 240];
  const yearStart = Date.parse('2026-01-01T00:00:00+07:00');
  const events: TimedItem[] = Array.from({ length: 10_000 }, (_, i) => {
    let day = Math.floor(next() * 365);
    // 2026-01-01 is a Thursday; most weekend items move to the Friday before.
    const weekday = (day + 4) % 7;
    if ((weekday === 0 || weekday === 6) && next() < 0.8) day -= weekday === 6 ? 1 : 2;
    const start = yearStart + day * 86_400_000 + (7 * 60 + Math.floor(next() * 40) * 15) * 60_000;
    const roll = next();
    const leaders =
      roll < 0.35 ? [] : roll < 0.85 ? [pick(LEADERS)] : [pick(LEADERS), pick(LEADERS)];
    return {
      id: `ev-${String(i).padStart(5, '0')}`,
      start,
      end: start + pick(DURATIONS) * 60_000,
      leaders,
      venue: pick(VENUES),
      kecamatan: pick(KECAMATAN),
      activityType: pick(TYPES),
    };
  });
  const travel: Record<string, Record<string, number>> = {};
  KECAMATAN.forEach((from, i) => {
    travel[from] = {};
    KECAMATAN.slice(i + 1).forEach((to, j) => {
      (travel[from] as Record<string, number>)[to] = 15 + 10 * ((i + j) % 8);
    });
  });
  const rules: ClashRules = {
    buffers: {
      '*': { before: 10, after: 10 },
      upacara: { before: 30, after: 15 },
      'kunjungan kerja': { before: 15, after: 30 },
      peresmian: { before: 20, after: 20 },
    },
    travel,
  };

  const sweepRuns: number[] = [];
  let fast: ReturnType<typeof findClashes> = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    fast = findClashes(events, rules);
    sweepRuns.push(performance.now() - t0);
  }
  const t0 = performance.now();
  const slow = pairwiseClashes(events, rules);
  const pairwiseMs = performance.now() - t0;
  const kinds = fast.reduce<Record<string, number>>((n, c) => {
    n[c.kind] = (n[c.kind] ?? 0) + 1;
    return n;
  }, {});
  console.log(
    `\nclash detection on 10,000 events over 2026 (5 leaders, 40 venues, 8 kecamatan): ` +
      `${fast.length} clashes ${JSON.stringify(kinds)}`,
  );
  console.log(`  findClashes (sweep), median of 5: ${median(sweepRuns).toFixed(1)} ms`);
  console.log(
    `  pairwise checker, once: ${pairwiseMs.toFixed(1)} ms ` +
      `(${(pairwiseMs / median(sweepRuns)).toFixed(1)}× the sweep; same output: ${JSON.stringify(slow) === JSON.stringify(fast)})`,
  );
}

// ---- LENTERA ingestion (issue 5) -------------------------------------------------------------
benchDailyIngest(10_000);
