import { UserError } from '../../src/core/errors';
import {
  createWorkCalendar,
  DEFAULT_OFFICE_HOURS,
  describeHolidayProblem,
  HOLIDAYS_TABLE,
  holidayRow,
  isWorkingDay,
  normalizeDate,
  readHolidays,
  readOfficeHours,
  workingMinutesBetween,
} from '../../src/core/workdays';

const HEADER = ['Tanggal', 'Nama', 'Jenis', 'Keterangan'];

describe('HariLibur table', () => {
  it('defines the sheet setup creates', () => {
    expect(HOLIDAYS_TABLE.name).toBe('HariLibur');
    expect(HOLIDAYS_TABLE.headers).toEqual(HEADER);
  });

  it('reports every bad cell by row and column and keeps the good rows', () => {
    const { holidays, problems } = readHolidays(HEADER, [
      /* row 2 */ [new Date('2026-08-16T17:00:00Z'), 'Hari Kemerdekaan', 'nasional', ''],
      /* row 3 */ ['2026-12-24', 'Cuti bersama Natal', 'Cuti Bersama', 'SKB 3 Menteri'],
      /* row 4 */ ['', '', '', ''],
      /* row 5 */ ['31/02/2026', 'Salah ketik', 'nasional', ''],
      /* row 6 */ ['1/10/2026', 'HUT Kabupaten Bangka', 'libur daerah', ''],
      /* row 7 */ ['besok', 'Rapat', 'nasional', ''],
      /* row 8 */ ['2026-11-02', '', 'libur', ''],
      /* row 9 */ ['', 'Tanpa tanggal', '', ''],
    ]);
    expect(problems.map(describeHolidayProblem)).toEqual([
      'HariLibur baris 5, kolom Tanggal: "31/02/2026" bukan tanggal yang valid.',
      'HariLibur baris 7, kolom Tanggal: "besok" bukan tanggal yang valid; tulis seperti 17/08/2026 atau 2026-08-17.',
      'HariLibur baris 8, kolom Nama: nama hari libur wajib diisi.',
      'HariLibur baris 8, kolom Jenis: jenis "libur" tidak dikenal; isi salah satu dari "nasional", "cuti bersama", "daerah".',
      'HariLibur baris 9, kolom Tanggal: tanggal wajib diisi.',
      'HariLibur baris 9, kolom Jenis: jenis wajib diisi: "nasional", "cuti bersama", "daerah".',
    ]);
    expect(holidays).toEqual([
      // A date cell is midnight WIB, i.e. 17:00 UTC the day before.
      { date: '2026-08-17', name: 'Hari Kemerdekaan', kind: 'nasional' },
      {
        date: '2026-12-24',
        name: 'Cuti bersama Natal',
        kind: 'cuti-bersama',
        note: 'SKB 3 Menteri',
      },
      { date: '2026-10-01', name: 'HUT Kabupaten Bangka', kind: 'daerah' },
      // Name and kind need fixing, but the listed day still counts as a day off.
      { date: '2026-11-02', name: 'Hari libur', kind: 'nasional' },
    ]);
  });

  it('finds columns by name, whatever their order', () => {
    const { holidays, problems } = readHolidays(
      ['Jenis', 'Keterangan', 'Tanggal', 'Nama'],
      [['daerah', '', '17-08-2026', 'Upacara']],
    );
    expect(problems).toEqual([]);
    expect(holidays).toEqual([{ date: '2026-08-17', name: 'Upacara', kind: 'daerah' }]);
  });

  it('reports a missing header and reads nothing without a Tanggal column', () => {
    const { holidays, problems } = readHolidays(['Nama', 'Jenis'], [['Natal', 'nasional']]);
    expect(holidays).toEqual([]);
    expect(problems.map(describeHolidayProblem)).toEqual([
      'HariLibur baris 1, kolom Tanggal: kolom ini tidak ada di baris judul.',
    ]);
  });

  it('reports an invalid Date cell', () => {
    const { problems } = readHolidays(HEADER, [[new Date(Number.NaN), 'X', 'nasional', '']]);
    expect(problems.map(describeHolidayProblem)).toEqual([
      'HariLibur baris 2, kolom Tanggal: tanggal tidak valid.',
    ]);
  });

  it('writes a row in header order', () => {
    expect(
      holidayRow({ date: '2026-12-24', name: 'Cuti bersama Natal', kind: 'cuti-bersama' }),
    ).toEqual(['2026-12-24', 'Cuti bersama Natal', 'cuti bersama', '']);
  });

  it.each([
    ['2026-02-28', '2026-02-28'],
    ['29/02/2028', '2028-02-29'],
    ['29/02/2026', null],
    ['2026-13-01', null],
    ['17.08.2026', '2026-08-17'],
    ['17/08/26', null],
  ])('normalizes %s to %s', (text, expected) => {
    expect(normalizeDate(text)).toBe(expected);
  });
});

describe('office hours', () => {
  it('defaults to Mon–Thu 07:30–16:00, Fri 07:30–16:30, weekend closed, prayer 11:30–13:00', () => {
    expect(readOfficeHours(undefined)).toEqual({ ok: true, value: DEFAULT_OFFICE_HOURS });
    expect(DEFAULT_OFFICE_HOURS.days.kamis).toEqual({ start: '07:30', end: '16:00' });
    expect(DEFAULT_OFFICE_HOURS.days.jumat).toEqual({ start: '07:30', end: '16:30' });
    expect(DEFAULT_OFFICE_HOURS.days.sabtu).toBeNull();
    expect(DEFAULT_OFFICE_HOURS.fridayPrayer).toEqual({ start: '11:30', end: '13:00' });
  });

  it('merges a partial setting over the defaults and normalizes 7.30 to 07:30', () => {
    const read = readOfficeHours({ days: { sabtu: { start: '7.30', end: '12.00' } } });
    expect(read.ok && read.value.days.sabtu).toEqual({ start: '07:30', end: '12:00' });
    expect(read.ok && read.value.days.senin).toEqual({ start: '07:30', end: '16:00' });
    // A Saturday half day makes Saturday a working day.
    const calendar = createWorkCalendar({ officeHours: read.ok ? read.value : undefined });
    expect(isWorkingDay('2026-05-16', calendar)).toBe(true);
    expect(
      workingMinutesBetween(
        new Date('2026-05-16T00:00:00+07:00'),
        new Date('2026-05-17T00:00:00+07:00'),
        calendar,
      ),
    ).toBe(270);
  });

  it('lists every problem in Indonesian', () => {
    const read = readOfficeHours({
      days: {
        senin: { start: '25:00', end: '16:00' },
        jumat: { start: '16:30', end: '07:30' },
        sunday: null,
      },
      fridayPrayer: { start: '11.30' },
      fridayprayer: null,
    });
    expect(read).toEqual({
      ok: false,
      problems: [
        'Jam kantor: isian "fridayprayer" tidak dikenal; pakai "days" dan "fridayPrayer".',
        'Jam kantor: hari "sunday" tidak dikenal; pakai senin, selasa, … minggu.',
        'Jam kantor Senin: jam mulai "25:00" bukan jam yang valid; tulis seperti 07:30.',
        'Jam kantor Jumat: jam selesai (07:30) harus setelah jam mulai (16:30).',
        'Waktu salat Jumat: jam selesai "" bukan jam yang valid; tulis seperti 07:30.',
      ],
    });
  });

  it('needs at least one open day, and the calendar refuses bad settings', () => {
    const closed = Object.fromEntries(
      ['minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'].map((d) => [d, null]),
    );
    expect(readOfficeHours({ days: closed })).toEqual({
      ok: false,
      problems: ['Jam kantor: minimal satu hari dalam seminggu harus buka.'],
    });
    const bad = { ...DEFAULT_OFFICE_HOURS, days: { ...DEFAULT_OFFICE_HOURS.days, ...closed } };
    expect(() => createWorkCalendar({ officeHours: bad })).toThrow(UserError);
  });

  it('drops the prayer window with null', () => {
    const read = readOfficeHours({ fridayPrayer: null });
    expect(read.ok && read.value.fridayPrayer).toBeNull();
  });
});
