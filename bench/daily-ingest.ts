/**
 * LENTERA ingestion figures: 10,000 daily reports in the coordinator's mailbox, logged by the
 * built bundle's hourly job on the fake workspace. Prints messages per second in the fake
 * (the parser and the job's own work; Google's latency is not modelled) and the service
 * calls of the whole ingestion, which is what the job costs in Apps Script.
 */
import { performance } from 'node:perf_hooks';
import { FakeWorkspace } from '../dev/fake/workspace';
import { AppsScriptRuntime, readDist } from '../dev/runtime';

const ADMIN = 'admin@bangka.go.id';
const COORDINATOR = 'emaildaily@bangka.go.id';
const UNITS = [
  ['DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'Diskominfo', 'kadis.kominfo@bangka.go.id'],
  ['BKPSDM', 'Badan Kepegawaian dan Pengembangan SDM', 'BKPSDM', 'kaban.bkpsdm@bangka.go.id'],
  ['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda', 'kaban.bappeda@bangka.go.id'],
  ['DINKES', 'Dinas Kesehatan', 'Dinkes', 'kadis.dinkes@bangka.go.id'],
  ['DISDIK', 'Dinas Pendidikan', 'Disdik', 'kadis.disdik@bangka.go.id'],
];
const MONTHS = ['Juli', 'Agustus', 'September', 'Oktober', 'November'];

export function benchDailyIngest(count: number): void {
  const dist = readDist();
  const workspace = new FakeWorkspace({ user: ADMIN, files: { Sidebar: dist.sidebar } });
  const runtime = new AppsScriptRuntime(workspace, dist.code);
  const { spreadsheetId } = runtime.run<{ spreadsheetId: string }>('setup');
  const app = workspace.spreadsheets.globals()
    .SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const book = app.openById(spreadsheetId);
  book
    .getSheetByName('Pengguna')
    ?.getRange(3, 1, 1, 5)
    .setValues([[COORDINATOR, 'Koordinator', UNITS[0]?.[1], 'KOORDINATOR_EMAIL', 'Ya']]);
  book
    .getSheetByName('Unit')
    ?.getRange(2, 1, UNITS.length, 5)
    .setValues(UNITS.map((u) => [...u, 'Ya']));
  for (let i = 0; i < count; i += 1) {
    const [code = '', name = ''] = UNITS[i % UNITS.length] ?? [];
    const day = 1 + (i % 28);
    const monthIndex = Math.floor(i / (count / MONTHS.length)) % MONTHS.length;
    const month = String(7 + monthIndex).padStart(2, '0');
    workspace.gmail.deliver({
      to: COORDINATOR,
      cc: UNITS[i % UNITS.length]?.[3] ?? '',
      from: `staf.${code.toLowerCase()}@bangka.go.id`,
      subject: `${i % 3 === 0 ? 'Re: ' : ''}[LAPORAN HARIAN] ${name} — ${day} ${MONTHS[monthIndex]} 2026`,
      plainBody: `Ringkasan: kegiatan ke-${i}\nCapaian: ${'rapat koordinasi, '.repeat(5)}\nKendala: -\nRencana Besok: lanjut\nPrioritas: Sedang`,
      date: `2026-${month}-${String(day).padStart(2, '0')}T09:00:00+07:00`,
    });
  }

  workspace.asUser(COORDINATOR);
  workspace.kernel.resetCounters();
  const t0 = performance.now();
  let runs = 0;
  let note = '';
  // The job stops at its time budget and resumes; count the runs a mailbox this size takes.
  do {
    note = runtime.run<string>('jobDailyIngest');
    runs += 1;
  } while (note.includes('belum selesai') && runs < 20);
  const ms = performance.now() - t0;
  const counters = workspace.kernel.counters();
  workspace.asUser(ADMIN);

  const total = Object.values(counters).reduce((a, b) => a + b, 0);
  const by = (pattern: RegExp) =>
    Object.entries(counters)
      .filter(([name]) => pattern.test(name))
      .map(([name, n]) => `${name}=${n}`)
      .join(' ');
  console.log(
    `\nLENTERA ingestion of ${count.toLocaleString('en')} reports (${runs} job run${runs > 1 ? 's' : ''}): ` +
      `${ms.toFixed(0)} ms in the fake, ${((count / ms) * 1000).toFixed(0)} messages/s; last run: ${note}`,
  );
  console.log(`  service calls: ${total} in all (${(total / count).toFixed(2)} per message)`);
  console.log(`  Gmail API: ${by(/^Gmail\./)}`);
  console.log(`  spreadsheet: ${by(/^(Range|Sheet|Spreadsheet|SpreadsheetApp)\./)}`);
  console.log(`  other: ${by(/^(?!Gmail\.|Range\.|Sheet\.|Spreadsheet\.|SpreadsheetApp\.)/)}`);
}
