import {
  complianceMatrix,
  type Excuse,
  type LoggedReport,
  monthlyCompliance,
  monthRange,
} from '../../src/core/daily/compliance';
import {
  type DailyConfig,
  type DailyUnit,
  DEFAULT_DAILY_CONFIG,
} from '../../src/core/daily/config';
import { dailyDigest, digestKey, digestRange } from '../../src/core/daily/digest';
import { createWorkCalendar } from '../../src/core/workdays';

const KOMINFO: DailyUnit = { code: 'KOMINFO', name: 'Dinas Kominfo', aliases: [] };
const UMUM: DailyUnit = { code: 'UMUM', name: 'Bagian Umum', aliases: [] };
const DINKES: DailyUnit = { code: 'DINKES', name: 'Dinas Kesehatan', aliases: [] };
const UNITS = [KOMINFO, UMUM, DINKES];
const config: DailyConfig = { ...DEFAULT_DAILY_CONFIG, units: UNITS };

const calendar = createWorkCalendar({
  holidays: [
    { date: '2026-12-24', name: 'Cuti Bersama Hari Raya Natal', kind: 'cuti-bersama' },
    { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'nasional' },
  ],
});

const at = (date: string, time: string) => Date.parse(`${date}T${time}:00+07:00`);

let seq = 0;
const report = (
  unitCode: string,
  date: string,
  received: string,
  late = false,
  receivedOn = date,
): LoggedReport => ({
  unitCode,
  date,
  receivedAt: at(receivedOn, received),
  late,
  messageId: `<m${++seq}@bangka.go.id>`,
});

describe('complianceMatrix', () => {
  // Wednesday 23 December 2026, 12:00 WIB: today's deadline (16:00) has not passed.
  const now = at('2026-12-23', '12:00');
  const reports: LoggedReport[] = [
    // Two reports for Monday: the earliest (on time) counts, not the late one listed first.
    report('KOMINFO', '2026-12-21', '17:00', true),
    report('KOMINFO', '2026-12-21', '10:00'),
    report('KOMINFO', '2026-12-22', '17:30', true),
    // Received after `now`: not known yet.
    report('UMUM', '2026-12-21', '14:00', true, '2026-12-23'),
    report('UMUM', '2026-12-23', '09:00'),
    // The code as typed in the sheet.
    report(' dinkes ', '2026-12-21', '08:00'),
    // On a day that is not one of its reporting days: still LIBUR.
    report('DINKES', '2026-12-22', '08:00'),
  ];
  const excuses: Excuse[] = [{ unitCode: 'UMUM', date: '2026-12-22', reason: 'Dinas luar' }];
  const matrix = complianceMatrix({
    units: UNITS,
    schedules: [{ unitCode: 'DINKES', days: ['senin', 'rabu', 'jumat'] }],
    reports,
    excuses,
    from: '2026-12-21',
    to: '2026-12-27',
    calendar,
    now,
    config,
  });

  it('lists every day of the range and a status per unit and day', () => {
    expect(matrix.days).toEqual([
      '2026-12-21',
      '2026-12-22',
      '2026-12-23',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
    ]);
    const holidays = ['LIBUR', 'LIBUR', 'LIBUR', 'LIBUR'];
    expect(matrix.rows.map((r) => [r.unit.code, r.cells])).toEqual([
      ['KOMINFO', ['TEPAT', 'TERLAMBAT', 'BELUM_WAKTU', ...holidays]],
      ['UMUM', ['TIDAK_ADA', 'DIKECUALIKAN', 'TEPAT', ...holidays]],
      ['DINKES', ['TEPAT', 'LIBUR', 'BELUM_WAKTU', ...holidays]],
    ]);
  });

  it('turns BELUM_WAKTU into TIDAK_ADA only after the cutoff', () => {
    const statusAt = (time: string) =>
      complianceMatrix({
        units: [KOMINFO],
        reports: [],
        excuses: [],
        from: '2026-12-23',
        to: '2026-12-23',
        calendar,
        now: at('2026-12-23', time),
        config,
      }).rows[0]?.cells[0];
    expect(statusAt('16:00')).toBe('BELUM_WAKTU');
    expect(statusAt('16:01')).toBe('TIDAK_ADA');
  });

  it('counts a report on an excused day as a report', () => {
    const m = complianceMatrix({
      units: [UMUM],
      reports: [report('UMUM', '2026-12-22', '09:00')],
      excuses,
      from: '2026-12-22',
      to: '2026-12-22',
      calendar,
      now,
      config,
    });
    expect(m.rows[0]?.cells).toEqual(['TEPAT']);
  });

  it('rejects an invalid or reversed range', () => {
    const input = { units: UNITS, reports, excuses, calendar, now, config };
    expect(() => complianceMatrix({ ...input, from: '2026-12-31', to: '2026-12-01' })).toThrow(
      RangeError,
    );
    expect(() => complianceMatrix({ ...input, from: '2026-02-30', to: '2026-03-01' })).toThrow(
      RangeError,
    );
  });
});

describe('monthlyCompliance', () => {
  // December 2026 has 23 weekdays; the 24th and 25th are off: 21 reporting days.
  const { from, to } = monthRange('2026-12');
  const weekdays: string[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = `2026-12-${String(d).padStart(2, '0')}`;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && date !== '2026-12-24' && date !== '2026-12-25') {
      weekdays.push(date);
    }
  }
  const lateDays = ['2026-12-02', '2026-12-09'];
  const missingDays = ['2026-12-03', '2026-12-10', '2026-12-17'];
  const excusedDays = ['2026-12-04', '2026-12-11'];
  const reports = weekdays
    .filter((d) => !missingDays.includes(d) && !excusedDays.includes(d))
    .map((d) =>
      report('KOMINFO', d, lateDays.includes(d) ? '18:00' : '09:00', lateDays.includes(d)),
    );
  const excuses: Excuse[] = [
    ...excusedDays.map((date) => ({ unitCode: 'KOMINFO', date, reason: 'Dinas luar' })),
    // Excused but reported anyway: counts as on time, not as excused.
    { unitCode: 'KOMINFO', date: '2026-12-01', reason: 'Libur unit' },
    ...weekdays.map((date) => ({ unitCode: 'UMUM', date, reason: 'Libur unit' })),
  ];
  const input = {
    units: [KOMINFO, UMUM],
    reports,
    excuses,
    calendar,
    now: at('2026-12-31', '20:00'),
    config,
  };

  it('computes the percentages over the days not excused', () => {
    expect(weekdays).toHaveLength(21);
    expect(from).toBe('2026-12-01');
    expect(to).toBe('2026-12-31');
    const [kominfo, umum] = monthlyCompliance(complianceMatrix({ ...input, from, to }), '2026-12');
    expect(kominfo).toEqual({
      unit: KOMINFO,
      reportingDays: 21,
      onTime: 14,
      late: 2,
      missing: 3,
      excused: 2,
      pending: 0,
      // 16 / 19 and 14 / 19.
      compliancePct: 84.2,
      onTimePct: 73.7,
    });
    // Excused every day: nothing was expected, so no percentage rather than 0 % or 100 %.
    expect(umum).toMatchObject({ reportingDays: 21, excused: 21, compliancePct: null });
    expect(umum?.onTimePct).toBeNull();
  });

  it('gives the same answer from the inputs, and only counts the month from a wider matrix', () => {
    const fromMatrix = monthlyCompliance(
      complianceMatrix({ ...input, from: '2026-11-20', to: '2027-01-10' }),
      '2026-12',
    );
    expect(monthlyCompliance(input, '2026-12')).toEqual(fromMatrix);
  });

  it('keeps days still ahead as pending, not missing', () => {
    const midMonth = monthlyCompliance({ ...input, now: at('2026-12-15', '12:00') }, '2026-12');
    expect(midMonth[0]).toMatchObject({
      // 1–15 December: 11 reporting days; the 15th was reported at 09:00, before `now`.
      reportingDays: 11,
      onTime: 5,
      late: 2,
      missing: 2,
      excused: 2,
      pending: 10,
      compliancePct: 77.8,
    });
  });

  it('reads months strictly', () => {
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(() => monthRange('2026-13')).toThrow(RangeError);
    expect(() => monthlyCompliance(input, 'Desember')).toThrow(RangeError);
  });
});

describe('dailyDigest', () => {
  const odd: DailyUnit = { code: 'BPBD', name: 'Badan <b>Bencana</b> & "Darurat"', aliases: [] };
  const units = [KOMINFO, UMUM, odd];
  const date = '2026-12-28';
  const reports = [
    ...['2026-12-18', '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-28'].map((d) =>
      report('KOMINFO', d, '09:00'),
    ),
    report('UMUM', '2026-12-21', '17:00', true),
    report('UMUM', '2026-12-22', '09:00'),
    report('BPBD', '2026-12-22', '09:00'),
  ];
  const excuses: Excuse[] = [{ unitCode: 'UMUM', date: '2026-12-23', reason: 'Dinas luar' }];
  const matrix = complianceMatrix({
    units,
    reports,
    excuses,
    ...digestRange(date),
    calendar,
    now: at(date, '17:00'),
    config,
  });
  const digest = dailyDigest(matrix, { date, units });

  it('summarises the day: who is missing, counts, and the last five reporting days', () => {
    expect(digest.subject).toBe(
      '[Ringkasan Laporan Harian] Senin, 28 Desember 2026: 1 dari 3 unit melapor',
    );
    expect(digest.text).toContain(
      'Tepat waktu: 1 · Terlambat: 0 · Tidak ada: 2 · Belum batas waktu: 0 · Dikecualikan: 0 · Libur: 0',
    );
    expect(digest.text).toContain(
      'Belum mengirim laporan (2):\n- Bagian Umum\n- Badan <b>Bencana</b> & "Darurat"',
    );
    // History, oldest first, holidays left out: 17, 18, 21, 22, 23 December.
    expect(digest.text).toContain('- Dinas Kominfo: Tepat waktu | ✗ ✓ ✓ ✓ ✓');
    expect(digest.text).toContain('- Bagian Umum: Tidak ada | ✗ ✗ ⏰ ✓ –');
  });

  it('escapes unit names in the HTML and keeps the table narrow', () => {
    expect(digest.html).toContain('Badan &lt;b&gt;Bencana&lt;/b&gt; &amp; &quot;Darurat&quot;');
    expect(digest.html).not.toContain('<b>Bencana');
    expect(digest.html.match(/<th /g)).toHaveLength(3);
    expect(digest.html).toContain('max-width:600px');
    expect(digest.html).toContain('white-space:nowrap');
  });

  it('lists units before the cutoff as not yet due, and follows the units given', () => {
    const early = complianceMatrix({
      units,
      reports,
      excuses,
      ...digestRange(date),
      calendar,
      now: at(date, '10:00'),
      config,
    });
    const d = dailyDigest(early, { date, units: [odd, KOMINFO] });
    expect(d.text).toContain(
      'Belum mengirim laporan (1):\n- Badan <b>Bencana</b> & "Darurat" (batas waktu belum lewat)',
    );
    expect(d.text.indexOf('- Badan')).toBeLessThan(d.text.indexOf('- Dinas Kominfo:'));
    expect(d.text).not.toContain('Bagian Umum');
  });

  it('has one key per day and refuses a day outside the matrix', () => {
    expect(digestKey(date)).toBe('RINGKASAN-HARIAN|2026-12-28');
    expect(() => digestKey('28/12/2026')).toThrow(RangeError);
    expect(() => dailyDigest(matrix, { date: '2027-01-04' })).toThrow(RangeError);
    const holiday = dailyDigest(matrix, { date: '2026-12-25' });
    expect(holiday.subject).toBe(
      '[Ringkasan Laporan Harian] Jumat, 25 Desember 2026: tidak ada unit yang wajib melapor',
    );
  });
});
