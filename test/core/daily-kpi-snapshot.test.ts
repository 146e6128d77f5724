import { computeDailyKpis, type DailyKpiInput } from '../../src/core/daily/kpi';
import { dailyKpiSheet } from '../../src/core/daily/kpi-sheet';
import {
  dueForFreezing,
  frozenRows,
  readKpiSnapshots,
  withFrozen,
} from '../../src/core/daily/kpi-snapshot';
import { DEFAULT_RESPONSE_STANDARDS, type TrackedThread } from '../../src/core/daily/response';
import { KPI_SNAPSHOT_TABLE } from '../../src/core/daily/tables';
import { createWorkCalendar } from '../../src/core/workdays';

/** Epoch ms of a Jakarta wall time. */
const wib = (local: string) => Date.parse(`${local}:00+07:00`);
const calendar = createWorkCalendar();
const header = [...KPI_SNAPSHOT_TABLE.headers];
const TZ = 'Asia/Jakarta';

const thread = (id: string, received: string, replied: string | null): TrackedThread => ({
  threadId: id,
  messageId: `${id}@example.com`,
  unit: 'HUMAS',
  category: 'Surat Masuk',
  priority: '',
  from: 'warga@example.com',
  to: 'humas@bangka.go.id',
  subject: 'Surat',
  receivedAt: wib(received),
  firstReplyAt: replied === null ? null : wib(replied),
});

const input = (now: string, threads: TrackedThread[]): DailyKpiInput => ({
  staff: [],
  reports: [],
  threads,
  standards: DEFAULT_RESPONSE_STANDARDS,
  calendar,
  now: wib(now),
  units: [{ code: 'HUMAS', name: 'Bagian Humas' }],
  reportingDays: () => 0,
});

// Q3 2026: two threads answered in one and three working hours; Q2: one in two hours.
const threads = [
  thread('q2', '2026-06-15T09:00', '2026-06-15T11:00'),
  thread('a', '2026-09-14T09:00', '2026-09-14T10:00'),
  thread('b', '2026-09-15T09:00', '2026-09-15T12:00'),
];

/** What Sheets gives back after the rows were written: text without its apostrophe. */
const stored = (rows: readonly (readonly unknown[])[]) =>
  rows.map((r) => r.map((c) => (typeof c === 'string' ? c.replace(/^'/, '') : c)));

const hours = (rows: readonly { indicator: string; value: number | null }[]) =>
  rows.find((r) => r.indicator.startsWith('Rata-rata waktu respons'))?.value;

describe('freezing the quarterly evaluation', () => {
  it('waits five working days after the quarter ends', () => {
    // Q3 ends Wednesday 30 September; 1, 2, 5, 6 and 7 October are working days.
    const on = (day: string) => {
      const { snapshot } = computeDailyKpis(input(`${day}T03:00`, threads));
      return dueForFreezing(snapshot, new Map(), calendar, wib(`${day}T03:00`));
    };
    expect(on('2026-10-06')).toBe(false);
    expect(on('2026-10-07')).toBe(true);
  });

  it('keeps the frozen figures when the data is corrected later', () => {
    const frozenAt = new Date(wib('2026-10-07T03:00'));
    const first = computeDailyKpis(input('2026-10-07T03:00', threads)).snapshot;
    expect(hours(first.rows)).toBe(2);
    const { quarters, problems } = readKpiSnapshots(
      header,
      stored(frozenRows(first, frozenAt)),
      TZ,
    );
    expect(problems).toEqual([]);
    expect(dueForFreezing(first, quarters, calendar, wib('2026-10-08T03:00'))).toBe(false);

    // A reply of thread b is corrected to a day later: the live figure moves, the frozen one does not.
    const corrected = [...threads.slice(0, 2), thread('b', '2026-09-15T09:00', '2026-09-16T12:00')];
    const live = computeDailyKpis(input('2026-11-02T03:00', corrected)).snapshot;
    expect(hours(live.rows)).not.toBe(2);
    const shown = withFrozen(live, quarters);
    expect(shown.snapshot.rows).toEqual(first.rows);
    expect(shown.frozenAt).toBe(frozenAt.getTime());

    const sheet = dailyKpiSheet(
      { ...computeDailyKpis(input('2026-11-02T03:00', corrected)), snapshot: shown.snapshot },
      undefined,
      {
        frozenOn: '2026-10-07',
        attention: { staffProblems: 3, openProblems: 2, overdueProblems: 1 },
      },
    );
    const texts = sheet.values.map((r) => r[0]);
    expect(texts).toContain(
      "'Evaluasi triwulan: Triwulan III 2026 (selesai; angka dibekukan 2026-10-07)",
    );
    expect(sheet.values[2]?.slice(0, 6)).toEqual([
      'Masalah data pegawai',
      3,
      'Masalah teknis terbuka',
      2,
      'Terbuka melewati batas',
      1,
    ]);
  });

  it('compares the next quarter with the frozen one, not with its recomputed figures', () => {
    const q3 = computeDailyKpis(input('2026-10-07T03:00', threads)).snapshot;
    const { quarters } = readKpiSnapshots(header, stored(frozenRows(q3, new Date())), TZ);
    // Q4: one thread answered in four working hours; Q3's data has since been corrected.
    const later = [
      thread('a', '2026-09-14T09:00', '2026-09-15T09:00'),
      thread('c', '2026-10-12T09:00', '2026-10-12T13:00'),
    ];
    const q4 = computeDailyKpis(input('2027-01-11T03:00', later)).snapshot;
    expect(q4.quarter.period).toBe('2026-Q4');
    const row = withFrozen(q4, quarters).snapshot.rows.find((r) =>
      r.indicator.startsWith('Rata-rata waktu respons'),
    );
    expect(row).toMatchObject({ value: 4, previous: 2, change: 2, improved: false });
  });

  it('reports cells it cannot read and treats them as empty', () => {
    const rows = [
      ['2026-Q3', 'Rata-rata waktu respons surat resmi (jam kerja)', 'dua', 1.5, '', '', ''],
      ['Triwulan 3', 'Jumlah email resmi', 12, 10, '', '', ''],
    ];
    const { quarters, problems } = readKpiSnapshots(header, rows, TZ);
    expect(problems.map((p) => `${p.row} ${p.column}`)).toEqual(['2 Nilai', '3 Triwulan']);
    const figures = quarters.get('2026-Q3')?.figures;
    expect(figures?.get('rata-rata waktu respons surat resmi (jam kerja)')).toEqual({
      value: null,
      previous: 1.5,
    });
  });
});
