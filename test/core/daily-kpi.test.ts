import {
  computeDailyKpis,
  type DailyKpiInput,
  type KpiReport,
  monthsOfQuarter,
  quarterLabel,
  quarterOf,
} from '../../src/core/daily/kpi';
import {
  DAILY_KPI_HEADER_ROW,
  DAILY_KPI_HEADERS,
  dailyKpiSheet,
  formatChange,
  formatFigure,
  NO_VALUE,
} from '../../src/core/daily/kpi-sheet';
import { DEFAULT_RESPONSE_STANDARDS, type TrackedThread } from '../../src/core/daily/response';
import type { StaffMember } from '../../src/core/daily/staff';
import { createWorkCalendar } from '../../src/core/workdays';

/** Epoch ms of a Jakarta wall time. */
const wib = (local: string) => Date.parse(`${local}:00+07:00`);

const calendar = createWorkCalendar();
// Friday 20 November 2026, 12:00 WIB: Q3 has ended, Q4 is running.
const NOW = wib('2026-11-20T12:00');

const UNITS = [
  { code: 'KOMINFO', name: 'Dinas Kominfo' },
  { code: 'UMUM', name: 'Bagian Umum' },
];

const member = (email: string, unit: string, over: Partial<StaffMember>): StaffMember => ({
  row: 2,
  email,
  name: email,
  unit,
  position: 'Staf',
  active: true,
  twoFactor: false,
  configuredOn: null,
  configuredBy: 'admin',
  note: '',
  official: true,
  namingOk: true,
  ...over,
});

const staff: StaffMember[] = [
  member('a@bangka.go.id', 'KOMINFO', { configuredOn: '2026-09-15', twoFactor: true }),
  member('b@bangka.go.id', 'kominfo', { configuredOn: '2026-10-05' }),
  // Configured on a date still ahead: not counted yet. The unit is written by name.
  member('c@bangka.go.id', 'Bagian Umum', { configuredOn: '2026-11-25' }),
  // No account yet: counts as staff, not configured.
  member('', 'UMUM', { active: false, official: false }),
];

const thread = (
  id: string,
  unit: string,
  received: string,
  replied: string | null,
  priority = 'Tinggi',
): TrackedThread => ({
  threadId: id,
  messageId: `<${id}@bangka.go.id>`,
  unit,
  category: 'Surat Masuk',
  priority,
  from: 'warga@example.com',
  to: 'dinas@bangka.go.id',
  subject: 'Surat',
  receivedAt: wib(received),
  firstReplyAt: replied === null ? null : wib(replied),
});

const threads: TrackedThread[] = [
  // Monday 14 September, answered in two working hours.
  thread('t1', 'KOMINFO', '2026-09-14T08:00', '2026-09-14T10:00'),
  // Wednesday 30 September 23:30 WIB (16:30 UTC): September, Q3. Answered Thursday 08:30:
  // one working hour (Thursday opens 07:30).
  thread('t2', 'Bagian Umum', '2026-09-30T23:30', '2026-10-01T08:30'),
  // Thursday 1 October 00:30 WIB is still 30 September in UTC: October, Q4. Never answered.
  thread('t3', 'KOMINFO', '2026-10-01T00:30', null, 'Sedang'),
  // Monday 12 October, one working hour.
  thread('t4', 'KOMINFO', '2026-10-12T09:00', '2026-10-12T10:00'),
];

const report = (
  unitCode: string,
  date: string,
  received: string,
  late: boolean,
  messageId?: string,
): KpiReport => ({ unitCode, date, receivedAt: wib(received), late, messageId });

const reports: KpiReport[] = [
  report('KOMINFO', '2026-09-14', '2026-09-14T10:00', false),
  report('KOMINFO', '2026-09-15', '2026-09-15T17:00', true),
  // A second report for the same day: an email, but the day is decided by the first.
  report('kominfo ', '2026-09-15', '2026-09-16T08:00', true),
  // For 30 September, received 1 October: compliance in September, an email of October.
  report('UMUM', '2026-09-30', '2026-10-01T08:00', true),
  report('KOMINFO', '2026-10-12', '2026-10-12T09:00', false),
  // The same message was also tracked as official mail (t4): one email, not two.
  report('KOMINFO', '2026-10-13', '2026-10-13T09:00', false, '<t4@bangka.go.id>'),
  report('KOMINFO', '2026-11-19', '2026-11-19T09:00', false),
  // Received after now: not known yet.
  report('UMUM', '2026-11-20', '2026-11-20T15:00', false),
];

/** Reporting days whose deadline has passed, as the compliance module would count them. */
const REPORTING_DAYS: Record<string, number> = { '2026-09': 22, '2026-10': 22, '2026-11': 14 };
const asked: string[] = [];
const reportingDays = (unitCode: string, month: string) => {
  asked.push(`${unitCode} ${month}`);
  return REPORTING_DAYS[month] ?? 0;
};

const input: DailyKpiInput = {
  staff,
  reports,
  threads,
  standards: DEFAULT_RESPONSE_STANDARDS,
  calendar,
  now: NOW,
  units: UNITS,
  reportingDays,
};

describe('computeDailyKpis on a small hand-made data set', () => {
  const kpis = computeDailyKpis(input);
  const month = (period: string) => kpis.months.find((m) => m.period === period);
  const quarter = (period: string) => kpis.quarters.find((q) => q.period === period);

  it('covers every month from the first data to now, and their whole quarters', () => {
    expect(kpis.months.map((m) => m.label)).toEqual([
      'September 2026',
      'Oktober 2026',
      'November 2026',
    ]);
    expect(kpis.quarters.map((q) => [q.period, q.label, q.from, q.to, q.complete])).toEqual([
      ['2026-Q3', 'Triwulan III 2026', '2026-07-01', '2026-09-30', true],
      ['2026-Q4', 'Triwulan IV 2026', '2026-10-01', '2026-12-31', false],
    ]);
    expect(quarter('2026-Q4')?.asOf).toBe('2026-11-20');
    // Never asked about a month that has not begun.
    expect(asked.some((a) => a.endsWith('2026-12'))).toBe(false);
  });

  it('measures % staff configured at the end of each period', () => {
    expect(kpis.months.map((m) => m.staff.configuredRate)).toEqual([0.25, 0.5, 0.5]);
    expect(quarter('2026-Q3')?.staff.configuredRate).toBe(0.25);
    expect(quarter('2026-Q4')?.staff).toMatchObject({ total: 4, active: 3, configured: 2 });
    const units = quarter('2026-Q4')?.units;
    expect(units?.map((u) => [u.code, u.staff.total, u.staff.configuredRate])).toEqual([
      ['KOMINFO', 2, 1],
      ['UMUM', 2, 0],
    ]);
  });

  it('averages response time in working hours, each thread in the month it arrived', () => {
    expect(kpis.months.map((m) => m.response.averageHours)).toEqual([1.5, 1, null]);
    expect(month('2026-09')?.response).toMatchObject({ threads: 2, answered: 2, breaches: 0 });
    expect(month('2026-10')?.response).toMatchObject({ threads: 2, answered: 1, breaches: 1 });
    expect(quarter('2026-Q3')?.response.averageMinutes).toBe(90);
    expect(quarter('2026-Q4')?.response.averageMinutes).toBe(60);
    const umum = quarter('2026-Q4')?.units.find((u) => u.code === 'UMUM');
    expect(umum?.response.averageHours).toBeNull();
  });

  it('counts official emails per month and per working day', () => {
    expect(kpis.months.map((m) => [m.emails.reports, m.emails.threads, m.emails.total])).toEqual([
      [3, 2, 5],
      [2, 2, 4],
      [1, 0, 1],
    ]);
    // September 2026 has 22 working days; November up to Friday the 20th has 15.
    expect(month('2026-09')?.emails.workingDays).toBe(22);
    expect(month('2026-09')?.emails.perWorkingDay).toBeCloseTo(5 / 22);
    expect(month('2026-11')?.emails.workingDays).toBe(15);
    // Q4 so far: October (22) and November to date (15); two months begun.
    expect(quarter('2026-Q4')?.emails).toMatchObject({ total: 5, workingDays: 37, perMonth: 2.5 });
  });

  it('divides on-time reports by reporting days, per unit and overall', () => {
    const sep = month('2026-09');
    expect(sep?.compliance).toMatchObject({ reportingDays: 44, onTime: 1, late: 2 });
    expect(sep?.units.map((u) => [u.code, u.compliance.onTime, u.compliance.late])).toEqual([
      ['KOMINFO', 1, 1],
      ['UMUM', 0, 1],
    ]);
    const q4 = quarter('2026-Q4');
    expect(q4?.compliance).toMatchObject({ reportingDays: 72, onTime: 3, late: 0 });
    expect(q4?.compliance.rate).toBeCloseTo(3 / 72);
    expect(q4?.units[0]?.compliance.rate).toBeCloseTo(3 / 36);
  });

  it('snapshots the last ended quarter beside the one before', () => {
    const { snapshot } = kpis;
    expect(snapshot.quarter.period).toBe('2026-Q3');
    expect(snapshot.previous.period).toBe('2026-Q2');
    const row = (start: string) => snapshot.rows.find((r) => r.indicator.startsWith(start));
    expect(row('Pegawai terkonfigurasi')).toMatchObject({
      value: 0.25,
      previous: 0,
      change: 0.25,
      improved: true,
    });
    expect(row('Rata-rata waktu respons')).toMatchObject({
      value: 1.5,
      previous: null,
      change: null,
    });

    const q4 = computeDailyKpis({ ...input, snapshotQuarter: '2026-Q4' }).snapshot;
    const response = q4.rows.find((r) => r.indicator.startsWith('Rata-rata waktu respons'));
    // Faster answers are better: 1.5 → 1 hour is an improvement.
    expect(response).toMatchObject({ value: 1, previous: 1.5, change: -0.5, improved: true });
  });
});

describe('quarters', () => {
  it('maps months to quarters and back', () => {
    expect(
      ['2026-01', '2026-03', '2026-04', '2026-09', '2026-10', '2026-12'].map(quarterOf),
    ).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-Q4']);
    expect(monthsOfQuarter('2026-Q4')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(quarterLabel('2027-Q1')).toBe('Triwulan I 2027');
    expect(() => monthsOfQuarter('2026-Q5')).toThrow(RangeError);
  });
});

describe('nothing to measure', () => {
  const empty = computeDailyKpis({
    staff: [],
    reports: [],
    threads: [],
    standards: DEFAULT_RESPONSE_STANDARDS,
    calendar,
    now: NOW,
    units: [],
    reportingDays: () => 0,
  });

  it('gives null, not 0 or NaN, for every ratio and average', () => {
    expect(empty.months.map((m) => m.period)).toEqual(['2026-11']);
    const [november] = empty.months;
    expect(november?.staff.configuredRate).toBeNull();
    expect(november?.response.averageHours).toBeNull();
    expect(november?.compliance.rate).toBeNull();
    expect(november?.emails).toMatchObject({ total: 0, perWorkingDay: 0, perMonth: 0 });
    expect(empty.snapshot.quarter.period).toBe('2026-Q4');
  });

  it('shows – in the sheet where nothing could be measured', () => {
    const { values } = dailyKpiSheet(empty);
    const row = values[DAILY_KPI_HEADER_ROW] ?? [];
    const at = (header: string) => row[DAILY_KPI_HEADERS.indexOf(header)];
    expect(at('% terkonfigurasi')).toBe(NO_VALUE);
    expect(at('Rata-rata waktu respons (jam kerja)')).toBe(NO_VALUE);
    expect(at('% tepat waktu')).toBe(NO_VALUE);
    expect(at('Email resmi (jumlah)')).toBe(0);
  });
});

describe('dailyKpiSheet', () => {
  const kpis = computeDailyKpis(input);
  const { values, decoration } = dailyKpiSheet(kpis);
  const rowOf = (first: unknown) => values.findIndex((r) => r[0] === first) + 1;

  it('lays out months, quarters, units and the evaluation block', () => {
    expect(values[DAILY_KPI_HEADER_ROW - 1]).toEqual([...DAILY_KPI_HEADERS]);
    expect(values.every((r) => r.length === DAILY_KPI_HEADERS.length)).toBe(true);
    // Months are Date cells (formatted 'mmmm yyyy'); November has no response time yet.
    const november = values[DAILY_KPI_HEADER_ROW + 2] ?? [];
    expect(november[0]).toBeInstanceOf(Date);
    expect(november[DAILY_KPI_HEADERS.indexOf('Rata-rata waktu respons (jam kerja)')]).toBe(
      NO_VALUE,
    );
    expect(rowOf("'Triwulan III 2026")).toBeGreaterThan(DAILY_KPI_HEADER_ROW + 3);
    expect(rowOf("'Dinas Kominfo")).toBeGreaterThan(rowOf("'Triwulan IV 2026"));
    const title = rowOf("'Evaluasi triwulan: Triwulan III 2026 (selesai)");
    expect(values[title]?.slice(0, 5)).toEqual([
      'Indikator',
      "'Triwulan III 2026",
      "'Triwulan II 2026",
      'Perubahan',
      'Arah',
    ]);
    expect(values[title + 1]?.slice(0, 5)).toEqual([
      "'Pegawai terkonfigurasi email kedinasan di ponsel (akhir periode)",
      "'25,0%",
      "'0,0%",
      "'+25,0 poin",
      'membaik',
    ]);
  });

  it('charts % configured, response time, emails per month and compliance per unit', () => {
    const unitHeader = rowOf('Unit — Triwulan III 2026');
    const lastUnit = rowOf("'Bagian Umum");
    expect(lastUnit).toBe(unitHeader + 2);
    expect(decoration.charts?.map((c) => [c.kind, c.ranges])).toEqual([
      ['line', ['A4:A7', 'E4:E7']],
      ['line', ['A4:A7', 'H4:H7']],
      ['column', ['A4:A7', 'N4:N7']],
      ['column', [`A${unitHeader}:A${lastUnit}`, `M${unitHeader}:M${lastUnit}`]],
    ]);
    // Formats reach the last unit row and no further.
    expect((decoration.firstDataRow ?? 0) + decoration.rows - 1).toBe(lastUnit);
    expect(decoration.numberFormats?.find((f) => f.column === 5)?.format).toBe('0.0%');
    expect(decoration.firstDataRow).toBe(DAILY_KPI_HEADER_ROW + 1);
    expect(decoration.frozenRows).toBe(DAILY_KPI_HEADER_ROW);
  });

  it('writes figures for the evaluation report the Indonesian way', () => {
    expect(formatFigure(0.8333, 'persen')).toBe('83,3%');
    expect(formatFigure(3.25, 'jam')).toBe('3,3 jam');
    expect(formatFigure(null, 'jumlah')).toBe(NO_VALUE);
    expect(formatChange(-0.5, 'jam')).toBe('−0,5 jam');
    expect(formatChange(3, 'jumlah')).toBe('+3');
    expect(formatChange(0.00001, 'persen')).toBe('0,0');
  });
});
