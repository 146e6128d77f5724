/**
 * The built-in demo workspace: Pemerintah Kabupaten Bangka with a few units and staff, the
 * data spreadsheet set up by the real bundle, and an SPBE workbook to open the sidebar in.
 */
import { FakeWorkspace } from '../fake/workspace';
import { AppsScriptRuntime, readDist } from '../runtime';

export const DEMO_ADMIN = 'admin@bangka.go.id';

export const DEMO_USERS: readonly (readonly [
  email: string,
  name: string,
  unit: string,
  roles: string,
])[] = [
  [DEMO_ADMIN, 'Rina Wulandari', 'Dinas Komunikasi dan Informatika', 'ADMIN, KOORDINATOR_SPBE'],
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
  [
    'emaildaily@bangka.go.id',
    'Yusuf Ramadhan',
    'Dinas Komunikasi dan Informatika',
    'KOORDINATOR_EMAIL',
  ],
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

  const workbook = app.create('Penilaian SPBE Kabupaten Bangka 2026');
  workspace.spreadsheets.setActive(workbook.getId());
  workspace.kernel.resetCounters();
  return { workspace, runtime };
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
