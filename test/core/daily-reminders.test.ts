import type { Excuse, LoggedReport } from '../../src/core/daily/compliance';
import {
  type DailyConfig,
  type DailyUnit,
  DEFAULT_DAILY_CONFIG,
} from '../../src/core/daily/config';
import {
  type PlannedReminder,
  planDailyReminders,
  type ReminderInput,
  reminderKey,
  reminderLevel,
} from '../../src/core/daily/reminders';
import { calendarDateOf, createWorkCalendar, isWorkingDay } from '../../src/core/workdays';

const UNITS: DailyUnit[] = [
  {
    code: 'KOMINFO',
    name: 'Dinas Kominfo',
    aliases: [],
    headEmail: 'kadis.kominfo@bangka.go.id',
    members: ['Budi@bangka.go.id'],
  },
  {
    code: 'UMUM',
    name: 'Bagian Umum',
    aliases: [],
    headEmail: 'kabag.umum@bangka.go.id',
    members: ['umum@bangka.go.id'],
  },
  {
    code: 'DINKES',
    name: 'Dinas Kesehatan',
    aliases: [],
    headEmail: 'kadinkes@bangka.go.id',
    members: ['sari@bangka.go.id'],
  },
  // Nobody to tell in the unit: only the coordinator level can go out.
  { code: 'PUPR', name: 'Dinas PUPR', aliases: [] },
  {
    code: 'BPBD',
    name: 'BPBD',
    aliases: [],
    headEmail: 'kalak.bpbd@bangka.go.id',
    members: ['rina@bangka.go.id', 'not-an-address'],
  },
];

const config: DailyConfig = { ...DEFAULT_DAILY_CONFIG, units: UNITS };
const COORDINATORS = ['koordinator@bangka.go.id'];

// Week of 21 December 2026 (Monday): 24th cuti bersama Natal, 25th Natal, 26–27 weekend; the
// next week has a regional day off on Tuesday the 29th.
const calendar = createWorkCalendar({
  holidays: [
    { date: '2026-12-24', name: 'Cuti Bersama Hari Raya Natal', kind: 'cuti-bersama' },
    { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'nasional' },
    { date: '2026-12-29', name: 'Libur daerah', kind: 'daerah' },
  ],
});

/** Epoch ms of a WIB wall-clock time. */
const at = (date: string, time: string) => Date.parse(`${date}T${time}:00+07:00`);

let seq = 0;
const report = (unitCode: string, date: string, time: string, late = false): LoggedReport => ({
  unitCode,
  date,
  receivedAt: at(date, time),
  late,
  messageId: `<m${++seq}@bangka.go.id>`,
});

const REPORTS: LoggedReport[] = [
  // Everyone reported on Friday the 18th: the log starts there.
  ...UNITS.map((u) => report(u.code, '2026-12-18', '09:00')),
  ...['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-28', '2026-12-30'].map((d) =>
    report('UMUM', d, '09:00'),
  ),
  // BPBD: Monday's report only after the reminder, Wednesday on time, then silent again.
  report('BPBD', '2026-12-21', '19:30', true),
  report('BPBD', '2026-12-23', '10:00'),
];

const EXCUSES: Excuse[] = [{ unitCode: 'DINKES', date: '2026-12-22', reason: 'Dinas luar' }];

const base = (now: number, sent: ReadonlySet<string>): ReminderInput => ({
  units: UNITS,
  reports: REPORTS,
  excuses: EXCUSES,
  calendar,
  now,
  config,
  coordinators: COORDINATORS,
  sent,
});

/** Every hour from Monday the 21st 00:00 to Wednesday the 30th 23:00 WIB. */
const HOURS: number[] = [];
for (let t = at('2026-12-21', '00:00'); t <= at('2026-12-30', '23:00'); t += 3_600_000) {
  HOURS.push(t);
}

interface Run {
  readonly at: number;
  readonly reminder: PlannedReminder;
}

/** The hourly job: plans, "sends" (adds the keys to the log) and records what went out. */
function runWeek(overrides: Partial<ReminderInput> = {}, hours = HOURS): Run[] {
  const sent = new Set<string>();
  const runs: Run[] = [];
  for (const now of hours) {
    const planned = planDailyReminders({ ...base(now, sent), ...overrides, sent });
    for (const reminder of planned) {
      runs.push({ at: now, reminder });
      sent.add(reminder.key);
    }
    // The same hour again, e.g. a retried execution: nothing new.
    expect(planDailyReminders({ ...base(now, sent), ...overrides, sent })).toEqual([]);
  }
  return runs;
}

const summary = (runs: readonly Run[]) =>
  runs.map(({ at: t, reminder: r }) => [
    new Date(t).toISOString(),
    r.unitCode,
    r.date,
    r.level,
    r.streak,
    r.recipients,
  ]);

/** 17:00 WIB of a day, in UTC as summary() prints it: the first hourly run after 16:00. */
const five = (date: string) => new Date(at(date, '17:00')).toISOString();

describe('planDailyReminders over a week with a weekend, Natal, cuti bersama and a regional day', () => {
  const runs = runWeek();

  it('escalates UNIT → KEPALA → KOORDINATOR over consecutive reporting days', () => {
    const budi = ['budi@bangka.go.id'];
    const kominfoHead = ['kadis.kominfo@bangka.go.id', 'budi@bangka.go.id'];
    const kominfoCoord = ['koordinator@bangka.go.id', 'kadis.kominfo@bangka.go.id'];
    const dinkesCoord = ['koordinator@bangka.go.id', 'kadinkes@bangka.go.id'];
    expect(summary(runs)).toEqual([
      [five('2026-12-21'), 'KOMINFO', '2026-12-21', 'UNIT', 1, budi],
      [five('2026-12-21'), 'DINKES', '2026-12-21', 'UNIT', 1, ['sari@bangka.go.id']],
      [five('2026-12-21'), 'BPBD', '2026-12-21', 'UNIT', 1, ['rina@bangka.go.id']],
      [five('2026-12-22'), 'KOMINFO', '2026-12-22', 'KEPALA', 2, kominfoHead],
      // BPBD sent Monday's report late: the streak starts again.
      [five('2026-12-22'), 'BPBD', '2026-12-22', 'UNIT', 1, ['rina@bangka.go.id']],
      [five('2026-12-23'), 'KOMINFO', '2026-12-23', 'KOORDINATOR', 3, kominfoCoord],
      // DINKES was excused on Tuesday: no reminder then, and Wednesday is its second day.
      [
        five('2026-12-23'),
        'DINKES',
        '2026-12-23',
        'KEPALA',
        2,
        ['kadinkes@bangka.go.id', 'sari@bangka.go.id'],
      ],
      // PUPR has no member nor head: the coordinator is its first and only recipient.
      [five('2026-12-23'), 'PUPR', '2026-12-23', 'KOORDINATOR', 3, COORDINATORS],
      [five('2026-12-28'), 'KOMINFO', '2026-12-28', 'KOORDINATOR', 4, kominfoCoord],
      [five('2026-12-28'), 'DINKES', '2026-12-28', 'KOORDINATOR', 3, dinkesCoord],
      [five('2026-12-28'), 'PUPR', '2026-12-28', 'KOORDINATOR', 4, COORDINATORS],
      [five('2026-12-28'), 'BPBD', '2026-12-28', 'UNIT', 1, ['rina@bangka.go.id']],
      [five('2026-12-30'), 'KOMINFO', '2026-12-30', 'KOORDINATOR', 5, kominfoCoord],
      [five('2026-12-30'), 'DINKES', '2026-12-30', 'KOORDINATOR', 4, dinkesCoord],
      [five('2026-12-30'), 'PUPR', '2026-12-30', 'KOORDINATOR', 5, COORDINATORS],
      [
        five('2026-12-30'),
        'BPBD',
        '2026-12-30',
        'KEPALA',
        2,
        ['kalak.bpbd@bangka.go.id', 'rina@bangka.go.id'],
      ],
    ]);
  });

  it('sends nothing on the weekend, Natal, cuti bersama or the regional day', () => {
    const offDays = new Set(['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27', '2026-12-29']);
    for (const run of runs) {
      expect(offDays.has(calendarDateOf(run.at, calendar))).toBe(false);
      expect(offDays.has(run.reminder.date)).toBe(false);
    }
    // Not only because the keys were sent already: with an empty log, every hour of every day
    // off plans nothing at all.
    let offHours = 0;
    for (const now of HOURS) {
      if (isWorkingDay(now, calendar)) continue;
      offHours++;
      expect(planDailyReminders(base(now, new Set()))).toEqual([]);
    }
    expect(offHours).toBe(5 * 24);
  });

  it('never reminds a unit that reported, nor on an excused day', () => {
    expect(runs.filter((r) => r.reminder.unitCode === 'UMUM')).toEqual([]);
    expect(
      runs.filter((r) => r.reminder.date === '2026-12-22' && r.reminder.unitCode === 'DINKES'),
    ).toEqual([]);
    expect(
      runs.filter((r) => r.reminder.unitCode === 'BPBD' && r.reminder.date === '2026-12-23'),
    ).toEqual([]);
  });

  it('writes the reminders in Indonesian with the subject to use', () => {
    const first = runs[0]?.reminder;
    expect(first?.key).toBe('HARIAN|KOMINFO|2026-12-21|UNIT');
    expect(first?.subject).toBe(
      '[Pengingat Laporan Harian] Dinas Kominfo — 21 Desember 2026 belum diterima',
    );
    expect(first?.body).toContain('Senin, 21 Desember 2026 pukul 16.00 WIB');
    expect(first?.body).toContain('[LAPORAN HARIAN] Dinas Kominfo — 21 Desember 2026');
    expect(first?.dueAt).toBe(at('2026-12-21', '16:00'));
    const escalation = runs.find(
      (r) => r.reminder.unitCode === 'KOMINFO' && r.reminder.date === '2026-12-28',
    )?.reminder;
    expect(escalation?.subject).toBe(
      '[Eskalasi Laporan Harian] Dinas Kominfo — 4 hari lapor tanpa laporan',
    );
    expect(escalation?.body).toContain(
      '- Senin, 21 Desember 2026\n- Selasa, 22 Desember 2026\n- Rabu, 23 Desember 2026\n' +
        '- Senin, 28 Desember 2026',
    );
  });
});

describe('planDailyReminders details', () => {
  it('follows escalateAfter: 3 days at KEPALA before the coordinator', () => {
    const kominfo = runWeek({ escalateAfter: 3, units: [UNITS[0] as DailyUnit] });
    expect(kominfo.map((r) => [r.reminder.date, r.reminder.level])).toEqual([
      ['2026-12-21', 'UNIT'],
      ['2026-12-22', 'KEPALA'],
      ['2026-12-23', 'KEPALA'],
      ['2026-12-28', 'KOORDINATOR'],
      ['2026-12-30', 'KOORDINATOR'],
    ]);
    expect([1, 2, 3, 4].map((n) => reminderLevel(n, 1))).toEqual([
      'UNIT',
      'KOORDINATOR',
      'KOORDINATOR',
      'KOORDINATOR',
    ]);
    expect(() =>
      planDailyReminders({ ...base(at('2026-12-21', '17:00'), new Set()), escalateAfter: 0 }),
    ).toThrow(RangeError);
  });

  it('waits for the cutoff: nothing at 16:00 sharp, the reminder after it', () => {
    const units = [UNITS[0] as DailyUnit];
    expect(planDailyReminders({ ...base(at('2026-12-21', '16:00'), new Set()), units })).toEqual(
      [],
    );
    expect(
      planDailyReminders({ ...base(at('2026-12-21', '16:01'), new Set()), units }).map(
        (r) => r.key,
      ),
    ).toEqual(['HARIAN|KOMINFO|2026-12-21|UNIT']);
  });

  it('catches up the last working day after a night without runs, across the holidays', () => {
    // The job stopped on Wednesday the 23rd at 16:00 and came back on Monday morning.
    const hours = HOURS.filter(
      (t) => t <= at('2026-12-23', '16:00') || t >= at('2026-12-28', '08:00'),
    );
    const kominfo = runWeek({ units: [UNITS[0] as DailyUnit] }, hours);
    expect(
      kominfo.map((r) => [new Date(r.at).toISOString(), r.reminder.date, r.reminder.level]),
    ).toEqual([
      [five('2026-12-21'), '2026-12-21', 'UNIT'],
      [five('2026-12-22'), '2026-12-22', 'KEPALA'],
      [new Date(at('2026-12-28', '08:00')).toISOString(), '2026-12-23', 'KOORDINATOR'],
      [five('2026-12-28'), '2026-12-28', 'KOORDINATOR'],
      [five('2026-12-30'), '2026-12-30', 'KOORDINATOR'],
    ]);
  });

  it('never goes down a level for a day, but can still go up', () => {
    const now = at('2026-12-22', '17:00');
    const units = [UNITS[0] as DailyUnit];
    // A KEPALA reminder for Tuesday went out; Monday's report then came in late: the streak is
    // 1 now, and the unit is not reminded again at a lower level.
    const late = [...REPORTS, report('KOMINFO', '2026-12-21', '16:30', true)];
    const kepala = new Set([reminderKey('KOMINFO', '2026-12-22', 'KEPALA')]);
    expect(planDailyReminders({ ...base(now, kepala), units, reports: late })).toEqual([]);
    // Only the UNIT level was sent, and the streak is 2: the head is told.
    const unit = new Set([reminderKey('KOMINFO', '2026-12-22', 'UNIT')]);
    expect(planDailyReminders({ ...base(now, unit), units }).map((r) => r.key)).toEqual([
      'HARIAN|KOMINFO|2026-12-22|KEPALA',
    ]);
  });

  it('does not count days before `since`, nor days before the log began', () => {
    const units = [UNITS[0] as DailyUnit];
    const wednesday = at('2026-12-23', '17:00');
    const since = planDailyReminders({ ...base(wednesday, new Set()), units, since: '2026-12-22' });
    expect(since.map((r) => [r.level, r.streak])).toEqual([['KEPALA', 2]]);
    // An empty log (go-live day): only the day itself counts.
    const empty = planDailyReminders({ ...base(wednesday, new Set()), units, reports: [] });
    expect(empty.map((r) => [r.level, r.streak])).toEqual([['UNIT', 1]]);
  });

  it('reads unit codes without case and honours reporting weekdays', () => {
    const units = [UNITS[0] as DailyUnit];
    const tuesday = at('2026-12-22', '17:00');
    const lower = [...REPORTS, report(' kominfo ', '2026-12-22', '09:00')];
    expect(planDailyReminders({ ...base(tuesday, new Set()), units, reports: lower })).toEqual([]);
    // A unit listed twice is reminded once.
    const twice = [UNITS[0] as DailyUnit, { ...(UNITS[0] as DailyUnit), code: 'kominfo ' }];
    expect(
      planDailyReminders({ ...base(tuesday, new Set()), units: twice }).map((r) => r.key),
    ).toEqual(['HARIAN|KOMINFO|2026-12-22|KEPALA']);
    // A unit reporting on Monday, Wednesday and Friday is not reminded on Tuesday; on Wednesday
    // its streak is Monday + Wednesday.
    const schedules = [{ unitCode: 'KOMINFO', days: ['senin', 'rabu', 'jumat'] as const }];
    // (Monday's reminder went out on Monday; Tuesday would otherwise catch it up.)
    const monday = new Set([reminderKey('KOMINFO', '2026-12-21', 'UNIT')]);
    expect(planDailyReminders({ ...base(tuesday, monday), units, schedules })).toEqual([]);
    const wednesday = planDailyReminders({
      ...base(at('2026-12-23', '17:00'), new Set()),
      units,
      schedules,
    });
    expect(wednesday.map((r) => [r.date, r.level, r.streak])).toEqual([
      ['2026-12-23', 'KEPALA', 2],
    ]);
  });
});
