import fc from 'fast-check';
import {
  breachList,
  DEFAULT_RESPONSE_STANDARDS,
  FALLBACK_STANDARD_MINUTES,
  isOfficialAddress,
  type ResponseStandard,
  readResponseStandards,
  readTrackedThreads,
  responseStatus,
  standardFor,
  type TrackedThread,
  trackedThreadRow,
} from '../../src/core/daily/response';
import {
  describeSheetProblem,
  RESPONSE_STANDARD_SEED_ROWS,
  RESPONSE_STANDARDS_TABLE,
  TRACKED_MAIL_TABLE,
} from '../../src/core/daily/tables';
import { createWorkCalendar } from '../../src/core/workdays';

/** Anything a sheet cell (or a broken adapter) may hand over. */
const cell = fc.oneof(
  fc.anything(),
  fc.date(),
  fc.double(),
  fc.constantFrom('', '*', 'Semua', 'Tinggi', '480', '20/11/2026 08:30', '2026-11-20', 'Ya'),
);

/** Epoch ms of a Jakarta wall time. */
const wib = (local: string) => Date.parse(`${local}:00+07:00`);

// November 2026: Saturday 21 and Sunday 22 are the weekend; Monday 23 is made a holiday here.
// Default office hours: Mon–Thu 07:30–16:00, Fri 07:30–16:30.
const calendar = createWorkCalendar({
  holidays: [{ date: '2026-11-23', name: 'Libur daerah (uji)', kind: 'daerah' }],
});

const standards: ResponseStandard[] = [
  { category: '*', priority: '*', minutes: 480, row: 2 },
  { category: '*', priority: 'Tinggi', minutes: 240, row: 3 },
  { category: 'Pengaduan', priority: '*', minutes: 120, row: 4 },
  { category: 'Pengaduan', priority: 'Tinggi', minutes: 60, row: 5 },
];

let seq = 0;
const thread = (over: Partial<TrackedThread>): TrackedThread => ({
  threadId: `t${++seq}`,
  messageId: `<m${seq}@bangka.go.id>`,
  unit: 'Diskominfo',
  category: 'Surat Masuk',
  priority: 'Tinggi',
  from: 'warga@example.com',
  to: 'diskominfo@bangka.go.id',
  subject: 'Permohonan data',
  receivedAt: wib('2026-11-20T15:30'),
  firstReplyAt: null,
  ...over,
});

describe('responseStatus: working minutes, not wall time', () => {
  it('counts Friday afternoon and Tuesday morning across a weekend and a holiday', () => {
    // Friday 15:30 → 16:30 closing = 60; Sat, Sun off; Monday 23 a holiday; Tuesday 07:30 →
    // 08:30 = 60. Four wall-clock days, two working hours.
    const t = thread({ firstReplyAt: wib('2026-11-24T08:30') });
    const status = responseStatus(t, standards, calendar, wib('2026-11-25T12:00'));
    expect(status.minutes).toBe(120);
    expect(status.answered).toBe(true);
    expect(status.breached).toBe(false);
    expect(status.standardMinutes).toBe(240);
    // 60 minutes on Friday, the remaining 180 from Tuesday's opening.
    expect(status.due).toBe(wib('2026-11-24T10:30'));
  });

  it('marks an unanswered thread as breached once the working time runs out', () => {
    const t = thread({});
    const tuesday11 = responseStatus(t, standards, calendar, wib('2026-11-24T11:00'));
    expect(tuesday11).toMatchObject({ answered: false, breached: true, minutes: 270 });
    expect(tuesday11.overMinutes).toBe(30);
    // Still within the standard on the weekend: only an hour of working time has passed.
    const saturday = responseStatus(t, standards, calendar, wib('2026-11-21T10:00'));
    expect(saturday).toMatchObject({ answered: false, breached: false, minutes: 60 });
  });

  it('does not breach over a weekend when the standard ends at Friday closing', () => {
    const t = thread({ receivedAt: wib('2026-11-20T12:30') });
    const saturday = responseStatus(t, standards, calendar, wib('2026-11-21T10:00'));
    expect(saturday.due).toBe(wib('2026-11-20T16:30'));
    expect(saturday.breached).toBe(false);
    // A reply on Saturday is on time: no working time passed after the standard ran out.
    const savedSaturday = responseStatus(
      { ...t, firstReplyAt: wib('2026-11-21T09:00') },
      standards,
      calendar,
      wib('2026-11-25T09:00'),
    );
    expect(savedSaturday).toMatchObject({ answered: true, breached: false, minutes: 240 });
    // Tuesday (Monday is the holiday) one minute after opening: breached by one minute.
    const tuesday = responseStatus(t, standards, calendar, wib('2026-11-24T07:31'));
    expect(tuesday).toMatchObject({ breached: true, overMinutes: 1 });
  });

  it('ignores a reply after now and a thread received after now', () => {
    const t = thread({ firstReplyAt: wib('2026-11-24T08:30') });
    const before = responseStatus(t, standards, calendar, wib('2026-11-24T08:00'));
    expect(before).toMatchObject({ answered: false, minutes: 90 });
    const early = responseStatus(t, standards, calendar, wib('2026-11-20T09:00'));
    expect(early).toMatchObject({ minutes: null, breached: false, answered: false });
  });
});

describe('standardFor: the most specific rule wins', () => {
  it('prefers category and priority, then category, then priority, then * | *', () => {
    expect(standardFor(standards, 'Pengaduan', 'Tinggi').minutes).toBe(60);
    expect(standardFor(standards, ' pengaduan ', 'Rendah').minutes).toBe(120);
    expect(standardFor(standards, 'Surat Masuk', 'tinggi').minutes).toBe(240);
    expect(standardFor(standards, 'Surat Masuk', '').minutes).toBe(480);
  });

  it('falls back to one working day when nothing matches', () => {
    const only = standards.filter((s) => s.priority === 'Tinggi');
    const fallback = standardFor(only, 'Surat Masuk', 'Rendah');
    expect(fallback).toMatchObject({ minutes: FALLBACK_STANDARD_MINUTES, row: null });
  });

  it('is order independent: a general rule listed last does not beat a specific one', () => {
    expect(standardFor([...standards].reverse(), 'Pengaduan', 'Tinggi').minutes).toBe(60);
  });
});

describe('readResponseStandards', () => {
  const header = [...RESPONSE_STANDARDS_TABLE.headers];

  it('reads the seed rows back as the built-in standards', () => {
    const result = readResponseStandards(
      header,
      RESPONSE_STANDARD_SEED_ROWS.map((r) => [...r]),
    );
    expect(result.problems).toEqual([]);
    expect(result.usedDefaults).toBe(false);
    expect(
      result.standards.map(({ category, priority, minutes }) => [category, priority, minutes]),
    ).toEqual(
      DEFAULT_RESPONSE_STANDARDS.map(({ category, priority, minutes }) => [
        category,
        priority,
        minutes,
      ]),
    );
  });

  it('points each problem at its cell and skips the row', () => {
    const result = readResponseStandards(
      header,
      [
        ['Semua', 'Tinggi', 240],
        ['Pengaduan', '', '120'],
        ['Pengaduan', 'Semua', 90],
        ['Surat Masuk', 'Segera', 60],
        ['Surat Masuk', 'Rendah', 'satu hari'],
        [],
      ],
      { priorities: ['Tinggi', 'Sedang', 'Rendah'] },
    );
    expect(result.standards).toEqual([
      { category: '*', priority: 'Tinggi', minutes: 240, row: 2 },
      { category: 'Pengaduan', priority: '*', minutes: 120, row: 3 },
    ]);
    expect(result.problems.map(describeSheetProblem)).toEqual([
      'StandarRespons baris 4, kolom Kategori: standar untuk kategori Pengaduan dan prioritas * sudah diisi di baris 3; baris ini diabaikan.',
      'StandarRespons baris 5, kolom Prioritas: prioritas "Segera" tidak dikenal; isi salah satu dari "Tinggi", "Sedang", "Rendah", atau * untuk semua.',
      'StandarRespons baris 6, kolom Menit Kerja: Menit Kerja harus bilangan bulat 1–100000, bukan "satu hari".',
    ]);
  });

  it('uses the built-in standards when the sheet gives nothing usable', () => {
    const noColumn = readResponseStandards(['Kategori', 'Prioritas'], [['*', '*']]);
    expect(noColumn.usedDefaults).toBe(true);
    expect(noColumn.standards).toBe(DEFAULT_RESPONSE_STANDARDS);
    expect(noColumn.problems[0]).toMatchObject({ row: 1, column: 'Menit Kerja' });
    const allBad = readResponseStandards(header, [['*', '*', 0]]);
    expect(allBad.usedDefaults).toBe(true);
    expect(allBad.problems.map((p) => p.message)).toContain(
      'belum ada standar yang dapat dipakai; dipakai standar bawaan',
    );
  });

  it('never throws, whatever the cells hold', () => {
    fc.assert(
      fc.property(
        fc.array(cell),
        fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 }),
        (h, rows) => {
          const result = readResponseStandards(h, rows);
          expect(result.standards.length).toBeGreaterThan(0);
          const withHeader = readResponseStandards(header, rows);
          for (const s of withHeader.standards) expect(Number.isInteger(s.minutes)).toBe(true);
        },
      ),
    );
  });
});

describe('breachList', () => {
  const now = wib('2026-11-26T12:00');
  const onTime = thread({ unit: 'Diskominfo', firstReplyAt: wib('2026-11-24T08:30') });
  // Pengaduan | Tinggi: 60 minutes. Answered Tuesday 09:30: 60 + 120 = 180 working minutes.
  const late = thread({
    unit: 'diskominfo ',
    category: 'Pengaduan',
    firstReplyAt: wib('2026-11-24T09:30'),
  });
  // Received Tuesday 08:00, Sedang (480 minutes), still unanswered on Thursday.
  const open = thread({
    unit: 'Bagian Umum',
    priority: 'Sedang',
    receivedAt: wib('2026-11-24T08:00'),
  });
  const future = thread({ unit: 'Bagian Umum', receivedAt: wib('2026-11-27T08:00') });

  it('lists unanswered past due and answered late, furthest over first', () => {
    const list = breachList([onTime, late, open, future], standards, calendar, now);
    expect(list.map((b) => b.thread.threadId)).toEqual([open.threadId, late.threadId]);
    // Tue 08:00–16:00 = 480, Wed 07:30–16:00 = 510, Thu 07:30–12:00 = 270 → 1260 − 480.
    expect(list[0]?.status.overMinutes).toBe(780);
    expect(list[1]?.status).toMatchObject({ answered: true, minutes: 180, overMinutes: 120 });
  });
});

describe('isOfficialAddress', () => {
  it('accepts the official domain and its subdomains only', () => {
    expect(isOfficialAddress('budi.santoso@bangka.go.id', 'bangka.go.id')).toBe(true);
    expect(isOfficialAddress('Budi <Budi@Diskominfo.Bangka.go.id>', 'bangka.go.id')).toBe(true);
    expect(isOfficialAddress('budi@gmail.com', 'bangka.go.id')).toBe(false);
    expect(isOfficialAddress('budi@notbangka.go.id', 'bangka.go.id')).toBe(false);
    expect(isOfficialAddress('bukan alamat', 'bangka.go.id')).toBe(false);
    expect(isOfficialAddress('x@bangkakab.go.id', ['bangka.go.id', '@bangkakab.go.id'])).toBe(true);
  });
});

describe('SuratResmi rows', () => {
  it('writes a row that reads back as the same thread', () => {
    const t = thread({
      subject: '=IMPORTXML("http://x")',
      firstReplyAt: wib('2026-11-24T08:30'),
    });
    const status = responseStatus(t, standards, calendar, wib('2026-11-25T12:00'));
    const row = trackedThreadRow(t, status);
    expect(row).toHaveLength(TRACKED_MAIL_TABLE.headers.length);
    expect(row[7]).toBe(`'=IMPORTXML("http://x")`);
    expect(row.slice(10)).toEqual([120, 240, 'Tidak', '']);
    // Sheets stores the apostrophe-prefixed text without the apostrophe.
    const stored = row.map((cell) => (typeof cell === 'string' ? cell.replace(/^'/, '') : cell));
    const { threads, problems } = readTrackedThreads([...TRACKED_MAIL_TABLE.headers], [stored]);
    expect(problems).toEqual([]);
    expect(threads).toEqual([{ ...t, mailbox: '', row: 2 }]);
  });

  it('never throws, whatever the cells hold', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 6 }), (rows) => {
        readTrackedThreads([...TRACKED_MAIL_TABLE.headers], rows);
      }),
    );
  });
});
