/**
 * The SPBE sidebar's server functions on the built bundle, called the way google.script.run
 * calls them: a unit sees and edits only its indicators, the coordinator verifies, bad input
 * changes nothing, every change is audited.
 */
import { DRIVE, OFFICER, preparedWorkbook } from '../fixtures/prepared-workbook';
import { ADMIN, sheetsApp } from './harness';

type Reply<T> = { ok: true; data: T } | { ok: false; message: string };
interface View {
  indicators: {
    key: string;
    self: number | null;
    verified: number | null;
    status: string;
    editable: boolean;
    notes: string;
  }[];
  score: Record<
    'self' | 'verified' | 'target',
    { state: string; index?: string; predicate?: string; missing?: number }
  >;
  user: { isCoordinator: boolean };
}

function prepared() {
  const { runtime, workspace, penilaian, col } = preparedWorkbook();
  const run = <T>(name: string, ...args: unknown[]): Reply<T> => {
    const reply = runtime.scriptRun(name, args);
    if (!reply.ok) throw new Error(reply.message);
    return reply.value as Reply<T>;
  };
  const data = sheetsApp(workspace).openById(
    workspace.properties.scriptProperties().DATA_SPREADSHEET_ID ?? '',
  );
  return { runtime, workspace, penilaian, col, run, data };
}

const ok = <T>(reply: Reply<T>): T => {
  if (!reply.ok) throw new Error(`expected ok, got: ${reply.message}`);
  return reply.data;
};

describe('what each user sees', () => {
  it('the coordinator sees all 47 indicators and may edit them all', () => {
    const t = prepared();
    const view = ok(t.run<View>('spbeSidebarLoad'));
    expect(view.user.isCoordinator).toBe(true);
    expect(view.indicators).toHaveLength(47);
    expect(view.indicators.every((i) => i.editable)).toBe(true);
    expect(view.score.self).toEqual({ state: 'incomplete', missing: 47 });
  });

  it('a unit officer sees only the indicators of their unit', () => {
    const t = prepared();
    t.workspace.asUser(OFFICER);
    const view = ok(t.run<View>('spbeSidebarLoad'));
    expect(view.user.isCoordinator).toBe(false);
    expect(view.indicators.map((i) => i.key)).toEqual(['36', '41']);
  });

  it('a user not in Pengguna is told to get registered', () => {
    const t = prepared();
    t.workspace.asUser('tamu@bangka.go.id');
    const reply = t.run<View>('spbeSidebarLoad');
    expect(reply).toEqual({
      ok: false,
      message: expect.stringContaining('belum terdaftar di tabel Pengguna'),
    });
  });
});

describe('a unit proposes, the coordinator verifies', () => {
  it('records the proposal in the row, updates Ringkasan and the audit log', () => {
    const t = prepared();
    t.workspace.asUser(OFFICER);
    const view = ok(
      t.run<View>('spbeSidebarPropose', {
        key: '36',
        level: 3,
        evidence: [DRIVE],
        notes: 'SK Bupati 12/2024',
      }),
    );
    expect(view.indicators.find((i) => i.key === '36')).toMatchObject({
      self: 3,
      status: 'Diusulkan',
    });
    const row = t.penilaian.getRange(37, 1, 1, 14).getValues()[0] ?? [];
    expect(row[t.col('Level Mandiri') - 1]).toBe(3);
    expect(row[t.col('Tautan Bukti') - 1]).toBe(DRIVE);
    expect(row[t.col('Diperbarui Oleh') - 1]).toBe(OFFICER);
    const log = t.data.getSheetByName('LogAudit')?.getDataRange().getValues() ?? [];
    expect(log.at(-1)?.slice(1, 3)).toEqual([OFFICER, 'SPBE_USULAN']);
  });

  it("refuses another unit's indicator and a non-Drive link, changing nothing", () => {
    const t = prepared();
    t.workspace.asUser(OFFICER);
    const before = t.penilaian.getDataRange().getValues();
    const other = t.run<View>('spbeSidebarPropose', {
      key: '1',
      level: 3,
      evidence: [],
      notes: '',
    });
    expect(other).toEqual({
      ok: false,
      message: expect.stringContaining('Anda hanya dapat mengisi indikator unit Anda'),
    });
    const badLink = t.run<View>('spbeSidebarPropose', {
      key: '36',
      level: 3,
      evidence: ['http://contoh.com/sk.pdf'],
      notes: '',
    });
    expect(badLink).toEqual({
      ok: false,
      message: expect.stringContaining('Tautan bukti harus alamat Google Drive'),
    });
    const badLevel = t.run<View>('spbeSidebarPropose', {
      key: '36',
      level: 9,
      evidence: [],
      notes: '',
    });
    expect(badLevel).toEqual({ ok: false, message: 'Level mandiri: pilih level 1–5.' });
    expect(t.penilaian.getDataRange().getValues()).toEqual(before);
  });

  it('stores a note that looks like a formula as text', () => {
    const t = prepared();
    ok(
      t.run<View>('spbeSidebarPropose', {
        key: '5',
        level: 2,
        evidence: [],
        notes: '=IMPORTXML("http://x","//a")',
      }),
    );
    const cell = t.penilaian.getRange(6, t.col('Catatan'));
    expect(cell.getFormula()).toBe('');
    expect(cell.getValue()).toBe('=IMPORTXML("http://x","//a")');
  });

  it('only the coordinator verifies; a revision needs a note that is kept in Catatan', () => {
    const t = prepared();
    t.workspace.asUser(OFFICER);
    ok(t.run<View>('spbeSidebarPropose', { key: '41', level: 4, evidence: [DRIVE], notes: '' }));
    expect(
      t.run<View>('spbeSidebarVerify', { key: '41', decision: 'verify', level: 4, note: '' }),
    ).toEqual({
      ok: false,
      message: 'Hanya Koordinator SPBE yang dapat memverifikasi level.',
    });
    t.workspace.asUser(ADMIN);
    expect(
      t.run<View>('spbeSidebarVerify', { key: '41', decision: 'revise', level: null, note: '' }),
    ).toEqual({
      ok: false,
      message: 'Catatan verifikasi: tulis apa yang harus diperbaiki unit.',
    });
    const revised = ok(
      t.run<View>('spbeSidebarVerify', {
        key: '41',
        decision: 'revise',
        level: null,
        note: 'Lampirkan SK yang ditandatangani',
      }),
    );
    expect(revised.indicators.find((i) => i.key === '41')).toMatchObject({
      status: 'Perlu perbaikan',
    });
    expect(revised.indicators.find((i) => i.key === '41')?.notes).toContain(
      'Lampirkan SK yang ditandatangani',
    );
    const verified = ok(
      t.run<View>('spbeSidebarVerify', { key: '41', decision: 'verify', level: 3, note: '' }),
    );
    expect(verified.indicators.find((i) => i.key === '41')).toMatchObject({
      verified: 3,
      status: 'Diverifikasi',
    });
  });
});

describe('the planner from the sidebar', () => {
  it('plans from verified levels where present, else proposed ones, once every indicator has a level', () => {
    const t = prepared();
    expect(t.run('spbeSidebarPlan', '3.5')).toEqual({
      ok: false,
      message: expect.stringContaining('Lengkapi dulu level 47 indikator'),
    });
    t.penilaian
      .getRange(2, t.col('Level Mandiri'), 47, 1)
      .setValues(Array.from({ length: 47 }, () => [2]));
    const plan = ok(
      t.run<{ reachable: boolean; totalSteps: number; index: string; steps: { name: string }[] }>(
        'spbeSidebarPlan',
        'Baik',
      ),
    );
    expect(plan.reachable).toBe(true);
    expect(Number(plan.index)).toBeGreaterThanOrEqual(2.6);
    expect(plan.steps[0]?.name).toMatch(/^Tingkat Kematangan /);
  });
});

describe('switching the year from the sidebar', () => {
  it('lets the coordinator move the workbook to 2026 (Indeks Pemdi) and refuses a unit officer', () => {
    const t = prepared();
    t.workspace.asUser(OFFICER);
    expect(t.run('spbeSidebarSwitchYear', { year: '2026' })).toEqual({
      ok: false,
      message: 'Hanya Koordinator SPBE yang dapat menyiapkan lembar penilaian.',
    });
    t.workspace.asUser(ADMIN);
    const view = ok(
      t.run<View & { year: number; framework: { id: string } }>('spbeSidebarSwitchYear', {
        year: '2026',
      }),
    );
    expect([view.year, view.framework.id, view.indicators.length]).toEqual([
      2026,
      'permenpanrb-8-2026',
      20,
    ]);
    expect(t.run('spbeSidebarSwitchYear', { year: '2026', framework: 'kerangka-lain' })).toEqual({
      ok: false,
      message: expect.stringContaining('Kerangka "kerangka-lain" tidak dikenal'),
    });
  });
});
