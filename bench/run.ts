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
