import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { UserError } from '../../src/core/errors';
import {
  addWorkingDays,
  addWorkingMinutes,
  calendarDateOf,
  createWorkCalendar,
  holidaysOn,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  readHolidays,
  seedHolidays,
  type WorkCalendar,
  workingDaysBetween,
  workingMinutesBetween,
} from '../../src/core/workdays';

/** An instant written as Jakarta wall time. */
const wib = (local: string) => new Date(`${local}:00+07:00`);
const MINUTE = 60_000;

// Week of Monday 11 May 2026: Thursday 14 is Kenaikan Yesus Kristus (nasional), Friday 15 a
// cuti bersama, 16–17 the weekend. The table comes through the sheet reader, as in
// production; the Thursday is a date cell (midnight WIB), the others typed text.
const table = readHolidays(
  ['Tanggal', 'Nama', 'Jenis', 'Keterangan'],
  [
    [new Date('2026-05-13T17:00:00Z'), 'Kenaikan Yesus Kristus', 'Nasional', ''],
    ['15/05/2026', 'Cuti bersama Kenaikan Yesus Kristus', 'cuti bersama', 'SKB 3 Menteri'],
  ],
);
const calendar = createWorkCalendar({ holidays: table.holidays });

describe('a week with a national holiday, a cuti bersama day and a weekend', () => {
  it('reads the table without problems', () => {
    expect(table.problems).toEqual([]);
    expect(table.holidays.map((h) => [h.date, h.kind])).toEqual([
      ['2026-05-14', 'nasional'],
      ['2026-05-15', 'cuti-bersama'],
    ]);
  });

  it.each([
    ['2026-05-11', true], // Senin
    ['2026-05-12', true],
    ['2026-05-13', true],
    ['2026-05-14', false], // libur nasional
    ['2026-05-15', false], // cuti bersama
    ['2026-05-16', false], // Sabtu
    ['2026-05-17', false], // Minggu
    ['2026-05-18', true],
  ])('%s is a working day: %s', (date, working) => {
    expect(isWorkingDay(date, calendar)).toBe(working);
    expect(isWorkingDay(wib(`${date}T12:00`), calendar)).toBe(working);
  });

  it('says why a day is off', () => {
    expect(holidaysOn('2026-05-15', calendar).map((h) => h.kind)).toEqual(['cuti-bersama']);
    expect(holidaysOn('2026-05-16', calendar)).toEqual([]);
  });

  it('skips the days off when adding working days, keeping the time of day', () => {
    expect(addWorkingDays(wib('2026-05-13T10:00'), 1, calendar)).toEqual(wib('2026-05-18T10:00'));
    expect(addWorkingDays(wib('2026-05-12T09:15'), 3, calendar)).toEqual(wib('2026-05-19T09:15'));
    expect(addWorkingDays(wib('2026-05-18T10:00'), -1, calendar)).toEqual(wib('2026-05-13T10:00'));
    expect(addWorkingDays(wib('2026-05-16T10:00'), 0, calendar)).toEqual(wib('2026-05-16T10:00'));
    expect(nextWorkingDay(wib('2026-05-16T08:00'), calendar)).toEqual(wib('2026-05-18T08:00'));
    expect(previousWorkingDay('2026-05-18', calendar)).toEqual(wib('2026-05-13T00:00'));
  });

  it('counts working days between two dates', () => {
    expect(workingDaysBetween('2026-05-11', '2026-05-18', calendar)).toBe(3);
    expect(workingDaysBetween('2026-05-18', '2026-05-11', calendar)).toBe(-3);
    expect(workingDaysBetween('2026-05-13', '2026-05-17', calendar)).toBe(0);
  });

  it('counts only office time from Friday afternoon to Monday morning', () => {
    // Friday 8 May closes at 16:30 (not 16:00): 90 minutes, then Monday 07:30–09:00.
    expect(workingMinutesBetween(wib('2026-05-08T15:00'), wib('2026-05-11T09:00'), calendar)).toBe(
      180,
    );
    expect(workingMinutesBetween(wib('2026-05-08T15:00'), wib('2026-05-08T23:00'), calendar)).toBe(
      90,
    );
    expect(workingMinutesBetween(wib('2026-05-07T15:00'), wib('2026-05-07T23:00'), calendar)).toBe(
      60,
    );
  });

  it('counts three working days across the holiday week', () => {
    expect(workingMinutesBetween(wib('2026-05-11T07:30'), wib('2026-05-18T07:30'), calendar)).toBe(
      3 * 510,
    );
    expect(workingMinutesBetween(wib('2026-05-18T07:30'), wib('2026-05-11T07:30'), calendar)).toBe(
      -3 * 510,
    );
  });

  it('rolls an SLA over nights, weekends and holidays', () => {
    // Overnight: 30 minutes Tuesday, 30 Wednesday morning.
    expect(addWorkingMinutes(wib('2026-05-12T15:30'), 60, calendar)).toEqual(
      wib('2026-05-13T08:00'),
    );
    // Wednesday 15:00 + 2 hours: one hour Wednesday, Thursday–Sunday off, Monday 07:30 + 1 h.
    expect(addWorkingMinutes(wib('2026-05-13T15:00'), 120, calendar)).toEqual(
      wib('2026-05-18T08:30'),
    );
    // Started on a Saturday evening: the clock waits for Monday's opening.
    expect(addWorkingMinutes(wib('2026-05-16T20:00'), 45, calendar)).toEqual(
      wib('2026-05-18T08:15'),
    );
  });

  it('ends an SLA at Friday closing, not at the next opening', () => {
    expect(addWorkingMinutes(wib('2026-05-08T16:00'), 30, calendar)).toEqual(
      wib('2026-05-08T16:30'),
    );
    expect(addWorkingMinutes(wib('2026-05-08T16:00'), 31, calendar)).toEqual(
      wib('2026-05-11T07:31'),
    );
  });

  it('counts back for reminders before a deadline', () => {
    expect(addWorkingMinutes(wib('2026-05-18T08:30'), -120, calendar)).toEqual(
      wib('2026-05-13T15:00'),
    );
    expect(addWorkingMinutes(wib('2026-05-18T07:30'), -1, calendar)).toEqual(
      wib('2026-05-13T15:59'),
    );
  });

  it('rejects a nonsense amount', () => {
    expect(() => addWorkingMinutes(wib('2026-05-18T08:30'), Number.NaN, calendar)).toThrow(
      RangeError,
    );
    expect(() => addWorkingDays(wib('2026-05-18T08:30'), 1.5, calendar)).toThrow(RangeError);
    expect(() => isWorkingDay('2026-02-31', calendar)).toThrow(RangeError);
    // Holiday dates must come normalized (readHolidays does it), or they would never match.
    expect(() =>
      createWorkCalendar({ holidays: [{ date: '2026-5-1', name: 'Buruh', kind: 'nasional' }] }),
    ).toThrow(RangeError);
  });
});

describe('time zone', () => {
  // 23:30 UTC on Sunday 10 May is 06:30 on Monday 11 May in Jakarta.
  const lateUtc = new Date('2026-05-10T23:30:00Z');

  it('puts an instant at 23:30 UTC on the next calendar day in Jakarta', () => {
    expect(calendarDateOf(lateUtc, calendar)).toBe('2026-05-11');
    expect(isWorkingDay(lateUtc, calendar)).toBe(true);
  });

  it('takes the zone as a parameter', () => {
    const utc = createWorkCalendar({ holidays: table.holidays, timeZone: 'UTC' });
    expect(calendarDateOf(lateUtc, utc)).toBe('2026-05-10');
    expect(isWorkingDay(lateUtc, utc)).toBe(false);
    // WIT (UTC+9) opens at 07:30 local = 22:30 UTC the day before.
    const wit = createWorkCalendar({ timeZone: 'Asia/Jayapura' });
    expect(addWorkingMinutes(lateUtc, 10, wit)).toEqual(new Date('2026-05-10T23:40:00Z'));
  });

  it('rejects an unknown zone', () => {
    expect(() => createWorkCalendar({ timeZone: 'Asia/Bangka' })).toThrow(
      new UserError('Zona waktu "Asia/Bangka" tidak dikenal; isi misalnya Asia/Jakarta.'),
    );
  });

  it('keeps office hours on the wall clock across a daylight-saving change', () => {
    // Berlin moves to summer time in the night of Sunday 29 March 2026.
    const berlin = createWorkCalendar({ timeZone: 'Europe/Berlin' });
    const friday = new Date('2026-03-27T15:00:00Z'); // 16:00 CET
    const monday = new Date('2026-03-30T06:30:00Z'); // 08:30 CEST
    expect(workingMinutesBetween(friday, monday, berlin)).toBe(30 + 60);
    expect(addWorkingMinutes(friday, 90, berlin)).toEqual(monday);
  });
});

describe('working time properties', () => {
  // A realistic calendar: the 2026 seed plus the cuti bersama day above.
  const yearCalendar = createWorkCalendar({
    holidays: [...seedHolidays([2026, 2027]), ...table.holidays],
  });
  const from = Date.parse('2026-01-01T00:00:00+07:00');
  const to = Date.parse('2026-12-31T00:00:00+07:00');
  const anyInstant = fc.integer({ min: from, max: to });
  const wholeMinute = fc.integer({ min: from / MINUTE, max: to / MINUTE }).map((m) => m * MINUTE);

  /** Office minute oracle written with date-fns, independently of the module's zone code. */
  function bruteForceMinutes(cal: WorkCalendar, start: number, end: number): number {
    let count = 0;
    for (let t = start; t < end; t += MINUTE) {
      const local = new TZDate(t, cal.timeZone);
      const day = local.getDay();
      const key = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
      const span = cal.spans[day];
      const minute = local.getHours() * 60 + local.getMinutes();
      if (span && !cal.holidayDates.has(key) && minute >= span[0] && minute < span[1]) count++;
    }
    return count;
  }

  /** Starts inside office hours: a working day of 2026 and a minute within its span. */
  const officeStart = fc
    .tuple(fc.integer({ min: 1, max: 240 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([n, fraction]) => {
      const day = addWorkingDays(wib('2026-01-01T00:00'), n, yearCalendar);
      const weekday = new TZDate(day.getTime(), 'Asia/Jakarta').getDay();
      const [open, close] = yearCalendar.spans[weekday] ?? [0, 0];
      return day.getTime() + Math.floor((open + fraction * (close - open - 1)) * MINUTE);
    });
  const minutes = fc.integer({ min: 0, max: 30 * 510 });

  it('workingMinutesBetween(s, addWorkingMinutes(s, m)) === m for starts in office hours', () => {
    fc.assert(
      fc.property(officeStart, minutes, (s, m) => {
        expect(workingMinutesBetween(s, addWorkingMinutes(s, m, yearCalendar), yearCalendar)).toBe(
          m,
        );
        expect(workingMinutesBetween(addWorkingMinutes(s, -m, yearCalendar), s, yearCalendar)).toBe(
          m,
        );
      }),
    );
  });

  it('round-trips from any start too, office hours or not', () => {
    fc.assert(
      fc.property(anyInstant, minutes, (s, m) => {
        expect(workingMinutesBetween(s, addWorkingMinutes(s, m, yearCalendar), yearCalendar)).toBe(
          m,
        );
      }),
    );
  });

  it('is monotonic in the end instant and in the minutes', () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, anyInstant, minutes, minutes, (a, b, c, m1, m2) => {
        const [s, e1, e2] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        const w1 = workingMinutesBetween(s, e1, yearCalendar);
        expect(w1).toBeGreaterThanOrEqual(0);
        expect(workingMinutesBetween(s, e2, yearCalendar)).toBeGreaterThanOrEqual(w1);
        const [small, large] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(addWorkingMinutes(s, small, yearCalendar).getTime()).toBeLessThanOrEqual(
          addWorkingMinutes(s, large, yearCalendar).getTime(),
        );
      }),
    );
  });

  it('never counts a weekend or holiday minute (brute-force oracle)', () => {
    fc.assert(
      fc.property(wholeMinute, fc.integer({ min: 0, max: 6 * 24 * 60 }), (s, length) => {
        const e = s + length * MINUTE;
        expect(workingMinutesBetween(s, e, yearCalendar)).toBe(
          bruteForceMinutes(yearCalendar, s, e),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('counts nothing over any weekend', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 51 }), fc.nat(), fc.nat(), (week, x, y) => {
        // Saturday 3 January 2026 00:00 WIB plus whole weeks; both ends inside Sat–Sun.
        const saturday = wib('2026-01-03T00:00').getTime() + week * 7 * 24 * 60 * MINUTE;
        const span = 2 * 24 * 60 * MINUTE;
        const [s, e] = [saturday + (x % span), saturday + (y % span)].sort((p, q) => p - q) as [
          number,
          number,
        ];
        expect(workingMinutesBetween(s, e, yearCalendar)).toBe(0);
      }),
    );
  });

  it('inverts addWorkingDays with workingDaysBetween for n ≥ 0', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 0, max: 300 }), (s, n) => {
        expect(workingDaysBetween(s, addWorkingDays(s, n, yearCalendar), yearCalendar)).toBe(n);
      }),
    );
  });
});
