/**
 * LENTERA's hourly compliance job on the built bundle, run every hour from Monday 21 to
 * Wednesday 30 December 2026: Thursday the 24th is cuti bersama, Friday the 25th Natal (a
 * national holiday seeded by setup), the 26th–27th a weekend. Reports are written straight
 * into LaporanHarian with their receipt times; the job only sees what was received by "now".
 *
 * - DISKOMINFO reports on time every working day.
 * - BAPPEDA never reports (its one report was rejected): unit, head, then coordinator.
 * - DINKES reports except on the 22nd and 23rd, when it is excused (Pengecualian).
 * - BKPSDM reports late on the 28th (before the job's run) and not at all on the 29th (its
 *   mail there is still waiting for the coordinator's check).
 */
import { ADMIN, setUpDataBook } from './harness';

const COORDINATOR = 'emaildaily@bangka.go.id';
const HEADS = {
  DISKOMINFO: 'kadis.kominfo@bangka.go.id',
  BAPPEDA: 'kaban.bappeda@bangka.go.id',
  DINKES: 'kadis.dinkes@bangka.go.id',
  BKPSDM: 'kaban.bkpsdm@bangka.go.id',
};
const UNITS = [
  ['DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'Diskominfo', HEADS.DISKOMINFO, 'Ya'],
  ['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda', HEADS.BAPPEDA, 'Ya'],
  ['DINKES', 'Dinas Kesehatan', 'Dinkes', HEADS.DINKES, 'Ya'],
  ['BKPSDM', 'Badan Kepegawaian dan Pengembangan SDM', '', HEADS.BKPSDM, 'Ya'],
];
const STAFF = {
  BAPPEDA: 'staf.bappeda@bangka.go.id',
  BKPSDM: 'staf.bkpsdm@bangka.go.id',
};

const WORKING_DAYS = ['21', '22', '23', '28', '29', '30'];
const DAYS_OFF = ['24', '25', '26', '27'];

type Status = 'DICATAT' | 'DITOLAK' | 'PERLU_DIPERIKSA';

/** A LaporanHarian row by header name, for a report of `day` December received at `at`. */
function logRow(
  header: string[],
  code: string,
  day: string,
  at: string,
  late = false,
  status: Status = 'DICATAT',
) {
  const cells: Record<string, unknown> = {
    'Message-ID': `${code}-${day}-${status}@bangka.go.id`,
    'Kode Unit': code,
    'Tanggal Laporan': `'2026-12-${day}`,
    Diterima: `2026-12-${day} ${at}`,
    Terlambat: late ? 'Ya' : 'Tidak',
    Status: status,
  };
  return header.map((h) => cells[h] ?? '');
}

function complianceWorkspace() {
  const { runtime, workspace, book, sheet } = setUpDataBook();
  const append = (name: string, rows: unknown[][]) => {
    const target = sheet(name);
    target.getRange(target.getLastRow() + 1, 1, rows.length, rows[0]?.length ?? 0).setValues(rows);
  };

  append('Pengguna', [
    [COORDINATOR, 'Yusuf', 'Dinas Komunikasi dan Informatika', 'KOORDINATOR_EMAIL', 'Ya'],
    [STAFF.BAPPEDA, 'Rina', 'Badan Perencanaan Pembangunan Daerah', 'PEGAWAI', 'Ya'],
    [STAFF.BKPSDM, 'Andi', 'BKPSDM', 'PEGAWAI', 'Ya'],
  ]);
  append('Unit', UNITS);
  append('HariLibur', [['2026-12-24', 'Cuti Bersama Hari Raya Natal', 'cuti bersama', '']]);
  append('Pengecualian', [
    ['DINKES', '2026-12-22', 'Dinas luar: vaksinasi massal'],
    ['DINKES', '2026-12-23', 'Dinas luar: vaksinasi massal'],
  ]);
  // Go-live on the Monday: the weeks before LENTERA started count against nobody.
  const settings = sheet('LenteraPengaturan');
  const keys = settings
    .getRange(1, 1, settings.getLastRow(), 1)
    .getValues()
    .map(([k]) => k);
  settings.getRange(keys.indexOf('Mulai Berlaku') + 1, 2).setValue('21/12/2026');

  const header = sheet('LaporanHarian')
    .getRange(1, 1, 1, sheet('LaporanHarian').getLastColumn())
    .getValues()[0] as string[];
  const row = (code: string, day: string, at: string, late = false, status: Status = 'DICATAT') =>
    logRow(header, code, day, at, late, status);
  append('LaporanHarian', [
    ...WORKING_DAYS.map((d) => row('DISKOMINFO', d, '10:00')),
    row('BAPPEDA', '21', '10:00', false, 'DITOLAK'),
    ...['21', '28', '29', '30'].map((d) => row('DINKES', d, '09:00')),
    ...['21', '22', '23', '30'].map((d) => row('BKPSDM', d, '10:00')),
    row('BKPSDM', '28', '16:02', true),
    row('BKPSDM', '29', '11:00', false, 'PERLU_DIPERIKSA'),
  ]);

  const run = () => runtime.run<string>('jobDailyCompliance');
  return { workspace, runtime, book, sheet, run };
}

/** 'YYYY-MM-DD HH:MM' WIB of a sent mail. */
const wibOf = (at: Date) =>
  new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

interface Mail {
  readonly at: string;
  readonly to: string[];
  readonly subject: string;
  readonly body: string;
  readonly html: string;
}

describe('hourly compliance job', () => {
  const w = complianceWorkspace();
  let doubled = -1;
  let mails: Mail[] = [];
  let reminders: Mail[] = [];
  let digests: Mail[] = [];

  beforeAll(() => {
    // Every hour at :05, from Monday 21 December 00:05 to Wednesday 30 December 23:05 WIB.
    w.workspace.kernel.setNow('2026-12-21T00:05:00+07:00');
    for (let hour = 0; hour < 10 * 24; hour += 1) {
      w.run();
      if (hour === 8 * 24 + 16) {
        // Tuesday 29 December 16:05: a second run in the same hour.
        const before = w.workspace.mail.sent().length;
        w.run();
        doubled = w.workspace.mail.sent().length - before;
      }
      w.workspace.kernel.advance(3_600_000);
    }
    mails = w.workspace.mail.sent().map((m) => ({
      at: wibOf(m.sentAt),
      to: [...m.to].sort(),
      subject: m.subject,
      body: m.body,
      html: m.htmlBody ?? '',
    }));
    const isDigest = (m: Mail) => m.subject.startsWith('[Ringkasan Laporan Harian]');
    reminders = mails.filter((m) => !isDigest(m));
    digests = mails.filter(isDigest);
  });

  it('is installed by setup, as the admin', () => {
    const jobs = w.workspace.triggers.all().filter((t) => t.handler === 'jobDailyCompliance');
    expect(jobs.map((t) => t.owner)).toEqual([ADMIN]);
  });

  it('sends nothing on the weekend, on Natal or on the cuti bersama day', () => {
    const sentOn = new Set(mails.map((m) => m.at.slice(8, 10)));
    for (const day of DAYS_OFF) expect(sentOn.has(day)).toBe(false);
    expect([...sentOn].sort()).toEqual(WORKING_DAYS);
  });

  it('reminds a unit without a report once per day after the cutoff, escalating unit → head → coordinator', () => {
    expect(reminders.map((m) => [m.at, m.to.join(','), m.subject])).toEqual([
      [
        '2026-12-21 16:05',
        STAFF.BAPPEDA,
        '[Pengingat Laporan Harian] Badan Perencanaan Pembangunan Daerah — 21 Desember 2026 belum diterima',
      ],
      [
        '2026-12-22 16:05',
        [HEADS.BAPPEDA, STAFF.BAPPEDA].sort().join(','),
        '[Laporan Harian Belum Masuk] Badan Perencanaan Pembangunan Daerah — 2 hari lapor berturut-turut',
      ],
      [
        '2026-12-23 16:05',
        [COORDINATOR, HEADS.BAPPEDA].sort().join(','),
        '[Eskalasi Laporan Harian] Badan Perencanaan Pembangunan Daerah — 3 hari lapor tanpa laporan',
      ],
      [
        '2026-12-28 16:05',
        [COORDINATOR, HEADS.BAPPEDA].sort().join(','),
        '[Eskalasi Laporan Harian] Badan Perencanaan Pembangunan Daerah — 4 hari lapor tanpa laporan',
      ],
      [
        '2026-12-29 16:05',
        [COORDINATOR, HEADS.BAPPEDA].sort().join(','),
        '[Eskalasi Laporan Harian] Badan Perencanaan Pembangunan Daerah — 5 hari lapor tanpa laporan',
      ],
      [
        '2026-12-29 16:05',
        STAFF.BKPSDM,
        '[Pengingat Laporan Harian] Badan Kepegawaian dan Pengembangan SDM — 29 Desember 2026 belum diterima',
      ],
      [
        '2026-12-30 16:05',
        [COORDINATOR, HEADS.BAPPEDA].sort().join(','),
        '[Eskalasi Laporan Harian] Badan Perencanaan Pembangunan Daerah — 6 hari lapor tanpa laporan',
      ],
    ]);
  });

  it('reminds no unit that reported (even late) and no unit excused for the day', () => {
    const about = (name: string) => reminders.filter((m) => m.subject.includes(name));
    expect(about('Dinas Komunikasi dan Informatika')).toEqual([]);
    expect(about('Dinas Kesehatan')).toEqual([]);
    // BKPSDM's late report on the 28th counts; only the 29th, still unchecked, is missing.
    expect(about('Badan Kepegawaian').map((m) => m.at)).toEqual(['2026-12-29 16:05']);
  });

  it('sends the coordinator one digest per working day, right after the cutoff', () => {
    expect(digests.map((m) => [m.at, m.to.join(',')])).toEqual(
      WORKING_DAYS.map((d) => [`2026-12-${d} 16:05`, COORDINATOR]),
    );
    expect(digests[0]?.subject).toBe(
      '[Ringkasan Laporan Harian] Senin, 21 Desember 2026: 3 dari 4 unit melapor',
    );
    // Tuesday 22nd: DINKES is excused, so three units were due and BAPPEDA is missing.
    expect(digests[1]?.subject).toBe(
      '[Ringkasan Laporan Harian] Selasa, 22 Desember 2026: 2 dari 3 unit melapor',
    );
    expect(digests[1]?.body).toContain(
      'Belum mengirim laporan (1):\n- Badan Perencanaan Pembangunan Daerah',
    );
    // On a phone the digest is the units × days table, not the text version escaped.
    expect(digests[1]?.html).toMatch(/^<[^&]*<table/);
    expect(reminders[0]?.html).toContain('<br>');
  });

  it('sends nothing twice when run twice in the same hour, and logs every key once', () => {
    expect(doubled).toBe(0);
    const keys = w
      .sheet('NotifikasiHarian')
      .getDataRange()
      .getValues()
      .slice(1)
      .map(([key]) => String(key));
    expect(keys).toHaveLength(mails.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('HARIAN|BAPPEDA|2026-12-21|UNIT');
    expect(keys).toContain('RINGKASAN-HARIAN|2026-12-30');
  });

  it('shows each unit’s compliance for December and the month day by day', () => {
    const shown = w.sheet('Kepatuhan Laporan Harian').getDataRange().getDisplayValues();
    const monthly = shown
      .filter((r) => r[2] === 'Desember 2026')
      .map((r) => [r[0], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10]]);
    expect(monthly).toEqual([
      // Kode, hari lapor, tepat, terlambat, tidak ada, dikecualikan, belum, % kepatuhan, % tepat
      ['DISKOMINFO', '6', '6', '0', '0', '0', '1', '100.0%', '100.0%'],
      ['BAPPEDA', '6', '0', '0', '6', '0', '1', '0.0%', '0.0%'],
      ['DINKES', '6', '4', '0', '0', '2', '1', '100.0%', '100.0%'],
      ['BKPSDM', '6', '4', '1', '1', '0', '1', '83.3%', '66.7%'],
    ]);
    // November is before go-live: not shown.
    expect(shown.some((r) => r[2] === 'November 2026')).toBe(false);
    const days = shown.find((r) => r[0] === 'Kode' && r[2] === 'Sen 21');
    expect(days?.slice(2, 13)).toEqual([
      'Sen 21',
      'Sel 22',
      'Rab 23',
      'Kam 24',
      'Jum 25',
      'Sab 26',
      'Min 27',
      'Sen 28',
      'Sel 29',
      'Rab 30',
      'Kam 31',
    ]);
    const matrix = (code: string) =>
      shown
        .find((r) => r[0] === code && r[2] !== 'Desember 2026')
        ?.slice(2, 13)
        .join(' ');
    expect(matrix('BKPSDM')).toBe('✓ ✓ ✓ – – – – ⏰ ✗ ✓ ·');
    expect(matrix('DINKES')).toBe('✓ – – – – – – ✓ ✓ ✓ ·');
    expect(matrix('BAPPEDA')).toBe('✗ ✗ ✗ – – – – ✗ ✗ ✗ ·');
  });
});

describe('a mail that fails to send', () => {
  it('does not stop the others, is not logged as sent, and goes out on the next run', () => {
    const w = complianceWorkspace();
    w.workspace.kernel.setNow('2026-12-21T16:05:00+07:00');
    // The first send of the run (BAPPEDA's reminder) fails; the digest after it still goes.
    w.workspace.kernel.injectFault({
      method: 'MailApp.sendEmail',
      nth: 1,
      error: 'SERVICE_UNAVAILABLE',
    });
    const note = w.run();
    expect(note).toContain(
      '1 pengingat/ringkasan terkirim, 1 gagal dikirim, dicoba lagi jam berikutnya',
    );
    const first = w.workspace.mail.sent().map((m) => m.subject);
    expect(first).toEqual([
      '[Ringkasan Laporan Harian] Senin, 21 Desember 2026: 3 dari 4 unit melapor',
    ]);
    w.workspace.kernel.advance(3_600_000);
    w.run();
    const second = w.workspace.mail
      .sent()
      .map((m) => m.subject)
      .slice(first.length);
    expect(second).toEqual([
      '[Pengingat Laporan Harian] Badan Perencanaan Pembangunan Daerah — 21 Desember 2026 belum diterima',
    ]);
  });
});

describe('a log the job cannot read', () => {
  it('holds every reminder rather than send one twice or blame a unit wrongly', () => {
    const w = complianceWorkspace();
    w.workspace.kernel.setNow('2026-12-21T16:05:00+07:00');
    w.book.deleteSheet(w.sheet('NotifikasiHarian'));
    expect(w.run()).toContain('Pengingat dan ringkasan ditunda');
    w.runtime.run('setup'); // restores NotifikasiHarian
    const log = w.sheet('LaporanHarian');
    const header = log.getRange(1, 1, 1, log.getLastColumn()).getValues()[0] ?? [];
    log.deleteColumn(header.indexOf('Terlambat') + 1); // no report could be read
    expect(w.run()).toContain('Pengingat dan ringkasan ditunda');
    expect(w.workspace.mail.sent()).toEqual([]);
  });
});
