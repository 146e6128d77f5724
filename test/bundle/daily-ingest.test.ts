/**
 * LENTERA report ingestion on the built bundle: 2,000 reports in the coordinator's mailbox
 * are logged once each, a second run changes nothing, a quota error at a random call loses
 * nothing once the next run resumes, and the log is written in one batch. Mail is read and
 * labelled through the Advanced Gmail service (scope gmail.modify), never GmailApp.
 */
import fc from 'fast-check';
import { ADMIN, loadBundle, printed, sheetsApp } from './harness';

const COORDINATOR = 'emaildaily@bangka.go.id';
const UNITS = [
  [
    'DISKOMINFO',
    'Dinas Komunikasi dan Informatika',
    'Diskominfo; Kominfo',
    'kadis.kominfo@bangka.go.id',
    'Ya',
  ],
  ['BKPSDM', 'Badan Kepegawaian dan Pengembangan SDM', 'BKPSDM', 'kaban.bkpsdm@bangka.go.id', 'Ya'],
  [
    'BAPPEDA',
    'Badan Perencanaan Pembangunan Daerah',
    'Bappeda',
    'kaban.bappeda@bangka.go.id',
    'Ya',
  ],
  ['DINKES', 'Dinas Kesehatan', 'Dinkes', 'kadis.dinkes@bangka.go.id', 'Ya'],
];

const MONTHS = ['Oktober', 'November'];

function workspaceWithReports(count: number) {
  const { runtime, workspace } = loadBundle();
  const { spreadsheetId } = runtime.run<{ spreadsheetId: string }>('setup');
  const book = sheetsApp(workspace).openById(spreadsheetId);
  book
    .getSheetByName('Pengguna')
    ?.getRange(3, 1, 1, 5)
    .setValues([
      [COORDINATOR, 'Yusuf', 'Dinas Komunikasi dan Informatika', 'KOORDINATOR_EMAIL', 'Ya'],
    ]);
  book.getSheetByName('Unit')?.getRange(2, 1, UNITS.length, 5).setValues(UNITS);
  for (let i = 0; i < count; i += 1) {
    const [code, name] = UNITS[i % UNITS.length] as string[];
    const day = 1 + (i % 28);
    const month = MONTHS[Math.floor(i / 1000) % 2] as string;
    const monthNumber = month === 'Oktober' ? '10' : '11';
    const broken = i % 50 === 7; // a report without its required summary
    workspace.gmail.deliver({
      to: COORDINATOR,
      from: `staf.${String(code).toLowerCase()}@bangka.go.id`,
      subject: `${i % 3 === 0 ? 'Re: ' : ''}[LAPORAN HARIAN] ${name} — ${day} ${month} 2026`,
      plainBody: `${broken ? '' : `Ringkasan: kegiatan ke-${i} berjalan baik\n`}Kendala: =HYPERLINK("x")\nPrioritas: Sedang`,
      date: `2026-${monthNumber}-${String(day).padStart(2, '0')}T09:00:00+07:00`,
    });
  }
  const log = () =>
    (book.getSheetByName('LaporanHarian')?.getDataRange().getValues() ?? [])
      .slice(1)
      .map((r) => `${r[0]}|${r[2]}|${r[4]}|${r[15]}`)
      .sort();
  const ingest = () => {
    workspace.asUser(COORDINATOR);
    try {
      return runtime.run<string>('jobDailyIngest');
    } finally {
      workspace.asUser(ADMIN);
    }
  };
  /** Messages under each month label: what the coordinator sees in Gmail. */
  const labelled = () => {
    const app = workspace.gmail.globals().GmailApp as unknown as GoogleAppsScript.Gmail.GmailApp;
    workspace.asUser(COORDINATOR);
    try {
      return ['2026-10', '2026-11'].map((month) =>
        app.search(`label:LENTERA/Diterima/${month}`).reduce((n, t) => n + t.getMessageCount(), 0),
      );
    } finally {
      workspace.asUser(ADMIN);
    }
  };
  return { runtime, workspace, book, log, ingest, labelled };
}

describe('report ingestion', () => {
  it('logs 2,000 reports once each, in one write, and a second run changes nothing', () => {
    const w = workspaceWithReports(2000);
    w.workspace.kernel.resetCounters();
    w.ingest();
    const counters = w.workspace.kernel.counters();
    const first = w.log();
    expect(first).toHaveLength(2000);
    expect(first.filter((r) => r.endsWith('|PERLU_DIPERIKSA'))).toHaveLength(40);
    expect(new Set(first.map((r) => r.split('|')[0])).size).toBe(2000);
    // O(1) sheet writes: the whole log in one setValues, whatever the number of reports.
    expect(counters['Range.setValues']).toBeLessThanOrEqual(2);
    // GmailApp would need the full-mail scope; the job reads and labels through the API only.
    expect(w.workspace.kernel.countPrefix('GmailApp.')).toBe(0);
    // Labelling the threads it read costs one batch per month label (≤ 1,000 messages each).
    expect(counters['Gmail.Users.Messages.batchModify']).toBe(2);

    w.ingest();
    expect(w.log()).toEqual(first);
    // Nothing from the mail reaches the sheet as a formula.
    const kendala = w.book.getSheetByName('LaporanHarian')?.getRange(2, 13).getFormula();
    expect(kendala).toBe('');
  });

  it('labels the threads by month and marks a report received after the cutoff as late', () => {
    const w = workspaceWithReports(8);
    w.workspace.gmail.deliver({
      to: COORDINATOR,
      from: 'staf.dinkes@bangka.go.id',
      subject: '[LAPORAN HARIAN] Dinas Kesehatan — Senin, 19 Oktober 2026',
      plainBody: 'Ringkasan: posyandu keliling\nPrioritas: Tinggi',
      date: '2026-10-20T10:00:00+07:00', // the next morning: past the 16:00 cutoff
    });
    w.ingest();
    const rows = w.book.getSheetByName('LaporanHarian')?.getDataRange().getValues() ?? [];
    const late = rows.filter((r) => r[6] === 'Ya').map((r) => r[4]);
    expect(late).toEqual(['2026-10-19']);
    const globals = w.workspace.gmail.globals();
    const app = globals.GmailApp as unknown as GoogleAppsScript.Gmail.GmailApp;
    const api = globals.Gmail as unknown as GoogleAppsScript.Gmail;
    const month = 'LENTERA/Diterima/2026-10';
    w.workspace.asUser(COORDINATOR);
    try {
      // 9 reports, one without its summary: that one waits for the coordinator, unlabelled.
      const labelled = app.search(`label:${month}`);
      expect(labelled.reduce((n, t) => n + t.getMessageCount(), 0)).toBe(8);
      expect(api.Users.Messages.list('me', { q: `label:${month}` }).messages).toHaveLength(8);
      const unlabelled = api.Users.Threads.list('me', { q: `-label:${month}` }).threads ?? [];
      expect(
        unlabelled.map((t) => app.getThreadById(t.id ?? '')?.getFirstMessageSubject()),
      ).toEqual(['[LAPORAN HARIAN] Dinas Kesehatan — 8 Oktober 2026']);
      // Gmail shows the month under LENTERA › Diterima: the parents exist as labels too.
      const names = (api.Users.Labels.list('me').labels ?? []).map((l) => l.name);
      expect(names).toEqual(expect.arrayContaining(['LENTERA', 'LENTERA/Diterima', month]));
    } finally {
      w.workspace.asUser(ADMIN);
    }
  });

  it('archives attachments to Drive by unit, year and month once the admin switches it on', () => {
    const w = workspaceWithReports(0);
    const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0xff, 0x00, 0x0a]);
    const report = (day: number) =>
      w.workspace.gmail.deliver({
        to: COORDINATOR,
        from: 'staf.dinkes@bangka.go.id',
        subject: `[LAPORAN HARIAN] Dinas Kesehatan — ${day} November 2026`,
        plainBody: 'Ringkasan: vaksinasi\nLampiran: daftar hadir\nPrioritas: Sedang',
        date: `2026-11-${day}T09:00:00+07:00`,
        attachments: [{ name: 'daftar hadir.pdf', contentType: 'application/pdf', data: pdf }],
      });
    report(16);
    w.ingest();
    // Off by default: the report is logged, nothing is copied.
    expect(w.workspace.drive.files()).toEqual([]);

    const settings = w.book.getSheetByName('LenteraPengaturan');
    const keys =
      settings
        ?.getDataRange()
        .getValues()
        .map((r) => r[0]) ?? [];
    settings?.getRange(keys.indexOf('Arsipkan Lampiran') + 1, 2).setValue('Ya');
    report(17);
    w.ingest();
    w.ingest();
    const files = w.workspace.drive.files();
    expect(files.map((f) => f.path)).toEqual([
      expect.stringMatching(
        /^SPBE Workspace\/LENTERA\/Lampiran\/Dinas Kesehatan\/2026\/11\/2026-11-17 daftar hadir\.pdf \[\w+\]$/,
      ),
    ]);
    expect(files[0]?.owner).toBe(COORDINATOR);
    expect([...w.workspace.drive.bytes(files[0]?.id ?? '')]).toEqual([...pdf]);
    const rows = w.book.getSheetByName('LaporanHarian')?.getDataRange().getValues() ?? [];
    const archive = rows[0]?.indexOf('Arsip Lampiran') ?? -1;
    expect(rows.slice(1).map((r) => [r[4], r[archive] !== ''])).toEqual([
      ['2026-11-16', false],
      ['2026-11-17', true],
    ]);
  });

  it('loses nothing when a quota error hits a random call: the next run resumes', () => {
    const reference = workspaceWithReports(300);
    reference.workspace.kernel.resetCounters();
    reference.ingest();
    // Every Gmail API and sheet call the run makes, with how often: a fault can hit any of them.
    const calls = Object.entries(reference.workspace.kernel.counters()).filter(([name]) =>
      /^(Gmail\.Users\.|Range\.|Sheet\.|Spreadsheet\.)/.test(name),
    );
    const gmailCalls = calls.filter(([name]) => name.startsWith('Gmail.'));
    expect(gmailCalls.map(([name]) => name)).toEqual([
      'Gmail.Users.Labels.create',
      'Gmail.Users.Labels.list',
      'Gmail.Users.Messages.batchModify',
      'Gmail.Users.Threads.get',
      'Gmail.Users.Threads.list',
    ]);
    const expected = reference.log();
    const expectedLabels = reference.labelled();
    expect(expectedLabels.reduce((a, b) => a + b)).toBeGreaterThan(250);
    fc.assert(
      fc.property(
        fc
          .constantFrom(...calls)
          .chain(([method, count]) =>
            fc.tuple(fc.constant(method), fc.integer({ min: 1, max: count })),
          ),
        ([method, nth]) => {
          const w = workspaceWithReports(300);
          w.workspace.kernel.injectFault({ method, nth, error: 'QUOTA_DAY' });
          try {
            w.ingest();
          } catch {
            // The failed run is logged in LogTugas and re-thrown for Apps Script's notice.
          }
          expect(w.workspace.kernel.pendingFaults()).toEqual([]);
          w.workspace.kernel.clearFaults();
          w.ingest();
          expect(w.log()).toEqual(expected);
          // A report logged in the failed run still gets its month label.
          expect(w.labelled()).toEqual(expectedLabels);
        },
      ),
      // Each Gmail method is hit at least once (its last call), besides the random picks.
      { numRuns: 15, examples: gmailCalls.map(([method, count]) => [[method, count]]) },
    );
  });

  it('only the Koordinator Email Daily can switch the ingestion on, once', () => {
    const w = workspaceWithReports(0);
    const enable = (user: string) => {
      w.workspace.asUser(user);
      try {
        return JSON.stringify(printed(w.runtime.run('actionDailyEnableIngest', {})));
      } finally {
        w.workspace.asUser(ADMIN);
      }
    };
    expect(enable(ADMIN)).toContain('Hanya Koordinator Email Daily');
    expect(enable(COORDINATOR)).toContain('diaktifkan');
    expect(enable(COORDINATOR)).toContain('sudah aktif');
    const handlers = w.workspace.triggers.all().filter((t) => t.handler === 'jobDailyIngest');
    expect(handlers).toHaveLength(1);
    expect(handlers[0]?.owner).toBe(COORDINATOR);
    // The admin re-running setup leaves the coordinator's job alone.
    w.runtime.run('setup');
    expect(w.workspace.triggers.all().filter((t) => t.handler === 'jobDailyIngest')).toHaveLength(
      1,
    );
  });
});
