/**
 * The built-in demo workspace: Pemerintah Kabupaten Bangka with a few units and staff, the
 * data spreadsheet set up by the real bundle, and an SPBE workbook to open the sidebar in.
 */
import { FakeWorkspace } from '../fake/workspace';
import { AppsScriptRuntime, readDist } from '../runtime';
import { DEMO_AIDE, DEMO_BUPATI, prepareDemoAgenda } from './demo-agenda';
import { DEMO_COORDINATOR, prepareDemoDaily } from './demo-daily';

export const DEMO_ADMIN = 'admin@bangka.go.id';

export const DEMO_USERS: readonly (readonly [
  email: string,
  name: string,
  unit: string,
  roles: string,
])[] = [
  [DEMO_ADMIN, 'Rina Wulandari', 'Dinas Komunikasi dan Informatika', 'ADMIN, KOORDINATOR_SPBE'],
  [DEMO_BUPATI, 'H. Mulkan', 'Sekretariat Daerah', 'PIMPINAN'],
  [DEMO_AIDE, 'Rizky Pratama', 'Bagian Protokol dan Komunikasi Pimpinan', 'PEGAWAI'],
  [
    'protokol@bangka.go.id',
    'Dedi Kurniawan',
    'Bagian Protokol dan Komunikasi Pimpinan',
    'OPERATOR_PROTOKOL',
  ],
  [
    'kabag.protokol@bangka.go.id',
    'Hendra Saputra',
    'Bagian Protokol dan Komunikasi Pimpinan',
    'KOORDINATOR_PROTOKOL',
  ],
  [
    'bkpsdm@bangka.go.id',
    'Sari Indah',
    'Badan Kepegawaian dan Pengembangan SDM',
    'PEGAWAI, PENGISI_OPD',
  ],
  [DEMO_COORDINATOR, 'Yusuf Ramadhan', 'Dinas Komunikasi dan Informatika', 'KOORDINATOR_EMAIL'],
];

const DEMO_UNITS: readonly (readonly string[])[] = [
  [
    'DISKOMINFO',
    'Dinas Komunikasi dan Informatika',
    'Kominfo; Diskominfo',
    'kadis.kominfo@bangka.go.id',
    'Ya',
  ],
  [
    'BKPSDM',
    'Badan Kepegawaian dan Pengembangan SDM',
    'BKPSDM; BKD',
    'kaban.bkpsdm@bangka.go.id',
    'Ya',
  ],
  [
    'PROKOPIM',
    'Bagian Protokol dan Komunikasi Pimpinan',
    'Protokol; Prokopim',
    'kabag.protokol@bangka.go.id',
    'Ya',
  ],
  [
    'BAPPEDA',
    'Badan Perencanaan Pembangunan Daerah',
    'Bappeda',
    'kaban.bappeda@bangka.go.id',
    'Ya',
  ],
];

export function createDemoWorkspace(): { workspace: FakeWorkspace; runtime: AppsScriptRuntime } {
  const dist = readDist();
  const workspace = new FakeWorkspace({ user: DEMO_ADMIN, files: { Sidebar: dist.sidebar } });
  const runtime = new AppsScriptRuntime(workspace, dist.code);
  const report = runtime.run<{ spreadsheetId: string }>('setup');

  const app = workspace.spreadsheets.globals()
    .SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const data = app.openById(report.spreadsheetId);
  const users = data.getSheetByName('Pengguna');
  const units = data.getSheetByName('Unit');
  if (!users || !units) throw new Error('setup did not create the Pengguna and Unit tables');
  // Setup registered the admin in row 2; the demo fills in the rest of the staff.
  const now = workspace.kernel.now();
  users
    .getRange(2, 1, DEMO_USERS.length, 6)
    .setValues(DEMO_USERS.map(([e, n, u, r]) => [e, n, u, r, 'Ya', now]));
  units.getRange(2, 1, DEMO_UNITS.length, 5).setValues(DEMO_UNITS.map((r) => [...r]));

  prepareDemoAgenda(runtime, workspace, data);
  prepareDemoDaily(runtime, workspace);

  const workbook = app.create('Penilaian SPBE Kabupaten Bangka');
  workspace.spreadsheets.setActive(workbook.getId());
  prepareDemoAssessment(runtime, workspace, workbook);
  workspace.kernel.resetCounters();
  return { workspace, runtime };
}

/**
 * The 2025 assessment half done: every unit has proposed its levels, the coordinator has
 * verified the first domains and set targets, so Ringkasan shows all three columns.
 */
function prepareDemoAssessment(
  runtime: AppsScriptRuntime,
  workspace: FakeWorkspace,
  workbook: GoogleAppsScript.Spreadsheet.Spreadsheet,
): void {
  workspace.spreadsheets.queuePromptResponse('2025');
  runtime.run('menuPrepareWorkbook');
  const sheet = workbook.getSheetByName('Penilaian');
  if (!sheet) throw new Error('menuPrepareWorkbook did not create Penilaian');
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  const column = (name: string) => header.indexOf(name) + 1;
  // Self-assessment like a typical kabupaten in 2024: the Manajemen domain weakest.
  const self = Array.from({ length: 47 }, (_, i) =>
    i >= 20 && i <= 30 ? 1 + (i % 2) : 2 + (i % 3),
  );
  const verified = self.map((level, i) =>
    i < 20 ? Math.max(1, level - (i % 4 === 0 ? 1 : 0)) : '',
  );
  const target = self.map((level) => Math.min(5, level + 1));
  sheet.getRange(2, column('Level Mandiri'), 47, 1).setValues(self.map((l) => [l]));
  sheet.getRange(2, column('Level Verifikasi'), 47, 1).setValues(verified.map((l) => [l]));
  sheet.getRange(2, column('Level Target'), 47, 1).setValues(target.map((l) => [l]));
  sheet
    .getRange(2, column('Unit Penanggung Jawab'), 47, 1)
    .setValues(
      Array.from({ length: 47 }, (_, i) => [
        i < 20
          ? 'Dinas Komunikasi dan Informatika'
          : i < 31
            ? 'Badan Perencanaan Pembangunan Daerah'
            : 'Badan Kepegawaian dan Pengembangan SDM',
      ]),
    );
  runtime.run('menuScoreWorkbook');
}

/** A saved preview workspace, re-attached to the current build of the bundle. */
export function loadWorkspace(json: string): {
  workspace: FakeWorkspace;
  runtime: AppsScriptRuntime;
} {
  const dist = readDist();
  const workspace = FakeWorkspace.load(json, { files: { Sidebar: dist.sidebar } });
  return { workspace, runtime: new AppsScriptRuntime(workspace, dist.code) };
}
