/**
 * What the hourly LENTERA job has to send now: reminders to units whose daily report did not
 * come in by the cutoff, escalating while the gap goes on. Pure, designed like PROTOCLOUD's
 * notify-plan: the job passes the units, the log, the excuses, the calendar and the keys it
 * already sent, and gets the messages to send; a key in `sent` is never planned again, so
 * running the job twice (or every hour) sends nothing twice.
 *
 * The ladder. `streak` = reporting days of the unit in a row without a report, ending at the
 * day reminded about (D); excused days and days that are not reporting days for the unit are
 * passed over (they neither break nor extend it), a received report (even late) ends it.
 *   streak 1                       → UNIT: the unit's members (the head when no member is
 *                                    listed), "send today's report".
 *   streak 2 … escalateAfter       → KEPALA: the head and the members.
 *   streak > escalateAfter         → KOORDINATOR: the coordinators and the head.
 * With the default escalateAfter = 2: day 1 UNIT, day 2 KEPALA, day 3 onwards KOORDINATOR
 * (every further missing day is escalated again). escalateAfter = 1 goes UNIT → KOORDINATOR.
 *
 * When:
 * - Never on a day that is not a working day (weekend, national holiday, cuti bersama,
 *   regional day off): the job may run then; it plans nothing.
 * - D is today once today's deadline has passed; before that, the previous working day — so
 *   a night the job did not run is caught up the next morning, but older misses are not
 *   reminded one by one (they count in the streak). D must be a reporting day of the unit.
 * - Nothing for an excused day, a day with a report, a day before `since`.
 * - One reminder per unit and day: a key of the same or a higher level for (unit, D) in `sent`
 *   blocks it; only a higher level can still go out (an earlier report was rejected after
 *   all), never a lower one (a late report for an earlier day shortened the streak).
 * - No valid recipient → not planned.
 *
 * `since` (first day the LaporanHarian log is complete) bounds the streak; by default it is
 * the earliest report in the log, so on go-live day nobody is escalated for days before the
 * system existed. With an empty log the streak is at most 1.
 */
import { formatTime } from '../time/format';
import { calendarDateOf, isWorkingDay, normalizeDate, previousWorkingDay } from '../workdays';
import { dayNumberOf, isoOfDay } from '../workdays/dates';
import { codeKey, createComplianceLookup, type LookupInput } from './compliance';
import type { DailyConfig, DailyUnit } from './config';
import { reportDeadline } from './late';
import { longDate, MONTH_NAMES } from './parse/dates';
import { SYSTEM_SUBJECT_TAGS } from './system-mail';

export const REMINDER_LEVELS = ['UNIT', 'KEPALA', 'KOORDINATOR'] as const;
export type ReminderLevel = (typeof REMINDER_LEVELS)[number];

export const DEFAULT_ESCALATE_AFTER = 2;

export interface PlannedReminder {
  /** `HARIAN|<unit code>|<date>|<level>`; log it once sent. */
  readonly key: string;
  readonly unitCode: string;
  /** The report day reminded about, 'YYYY-MM-DD'. */
  readonly date: string;
  readonly level: ReminderLevel;
  readonly recipients: string[];
  readonly subject: string;
  /** Plain text; the sender escapes it for HTML. */
  readonly body: string;
  /** Reporting days in a row without a report, D included. */
  readonly streak: number;
  /** The deadline of D (epoch ms): when the reminder became due. */
  readonly dueAt: number;
}

/** What the compliance lookup reads, plus who is reminded and what was sent already. */
export interface ReminderInput extends LookupInput {
  readonly units: readonly DailyUnit[];
  /** Koordinator Email Daily addresses (Pengguna table). */
  readonly coordinators: readonly string[];
  /** Missing reporting days in a row before the coordinator is told; integer ≥ 1, default 2. */
  readonly escalateAfter?: number;
  readonly sent: ReadonlySet<string>;
  /** First day the log is complete, 'YYYY-MM-DD'; default the earliest report in it. */
  readonly since?: string;
}

export const reminderKey = (unitCode: string, date: string, level: ReminderLevel): string =>
  `HARIAN|${unitCode.trim()}|${date}|${level}`;

/** The level for a streak; see the ladder at the top of this file. */
export function reminderLevel(
  streak: number,
  escalateAfter: number = DEFAULT_ESCALATE_AFTER,
): ReminderLevel {
  if (streak > escalateAfter) return 'KOORDINATOR';
  return streak >= 2 ? 'KEPALA' : 'UNIT';
}

/** The streak is only needed up to the top of the ladder; the text caps it here. */
const STREAK_CAP = 30;
/** Calendar days looked back for the streak: bounds the walk for a unit that never reported. */
const LOOKBACK_DAYS = 120;
/** Dates listed in a body; the rest is summarized. */
const LISTED_DAYS = 10;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const unique = (list: readonly (string | undefined)[]): string[] => [
  ...new Set(list.map((s) => (s ?? '').trim().toLowerCase()).filter((s) => EMAIL.test(s))),
];

function recipientsFor(
  level: ReminderLevel,
  unit: DailyUnit,
  coordinators: readonly string[],
): string[] {
  const members = unique(unit.members ?? []);
  const head = unique([unit.headEmail]);
  if (level === 'UNIT') return members.length > 0 ? members : head;
  if (level === 'KEPALA') return unique([...head, ...members]);
  return unique([...coordinators, ...head]);
}

/** '21 Desember 2026', as the report subject writes the date. */
function shortDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1]} ${year}`;
}

/** Names go into a subject line: no line breaks. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function dayList(days: readonly string[]): string {
  const shown = days.slice(-LISTED_DAYS).map((d) => `- ${longDate(d)}`);
  const hidden = days.length - shown.length;
  return (hidden > 0 ? [`- … dan ${hidden} hari lapor sebelumnya`, ...shown] : shown).join('\n');
}

interface Message {
  readonly subject: string;
  readonly body: string;
}

function compose(
  level: ReminderLevel,
  unit: DailyUnit,
  missing: readonly string[],
  capped: boolean,
  dueAt: number,
  config: DailyConfig,
): Message {
  const name = oneLine(unit.name);
  const date = missing[missing.length - 1] ?? '';
  const count = `${missing.length}${capped ? ' atau lebih' : ''}`;
  const cutoff = formatTime(new Date(dueAt), config.timeZone);
  const howTo =
    `Kirim laporan dari email kedinasan kepada Koordinator Email Daily dengan subjek\n` +
    `[${config.subjectTag}] ${name} — ${shortDate(date)}\n` +
    'dan kepala unit di CC. Laporan yang dikirim setelah batas waktu tetap dicatat, ' +
    'sebagai terlambat.';
  const excuse =
    'Jika unit berhalangan pada hari tersebut (dinas luar, libur unit), sampaikan kepada ' +
    'Koordinator Email Daily agar hari itu dikecualikan.';
  const footer = 'Pesan ini dikirim otomatis oleh LENTERA Email Daily.';
  if (level === 'UNIT') {
    return {
      subject: `[${SYSTEM_SUBJECT_TAGS.reminder}] ${name} — ${shortDate(date)} belum diterima`,
      body: [
        `Yth. Tim ${name},`,
        `Sampai batas waktu ${longDate(date)} pukul ${cutoff}, laporan harian ${name} ` +
          'untuk hari tersebut belum diterima.',
        howTo,
        excuse,
        footer,
      ].join('\n\n'),
    };
  }
  if (level === 'KEPALA') {
    return {
      subject: `[${SYSTEM_SUBJECT_TAGS.headReminder}] ${name} — ${count} hari lapor berturut-turut`,
      body: [
        `Yth. Kepala ${name},`,
        `Laporan harian ${name} belum diterima ${count} hari lapor berturut-turut:\n` +
          dayList(missing),
        `Mohon arahan Bapak/Ibu agar laporan segera dikirim. ${howTo}`,
        excuse,
        footer,
      ].join('\n\n'),
    };
  }
  return {
    subject: `[${SYSTEM_SUBJECT_TAGS.escalation}] ${name} — ${count} hari lapor tanpa laporan`,
    body: [
      'Yth. Koordinator Email Daily,',
      `Unit ${name} (${unit.code.trim()}) belum mengirim laporan harian ${count} hari lapor ` +
        `berturut-turut:\n${dayList(missing)}`,
      'Mohon tindak lanjut langsung dengan kepala unit, yang menerima salinan pesan ini.',
      footer,
    ].join('\n\n'),
  };
}

const LEVEL_RANK: Record<ReminderLevel, number> = { UNIT: 0, KEPALA: 1, KOORDINATOR: 2 };

export function planDailyReminders(input: ReminderInput): PlannedReminder[] {
  const { calendar, config, now, sent } = input;
  const escalateAfter = input.escalateAfter ?? DEFAULT_ESCALATE_AFTER;
  if (!Number.isInteger(escalateAfter) || escalateAfter < 1) {
    throw new RangeError(`escalateAfter harus bilangan bulat ≥ 1: ${escalateAfter}`);
  }
  if (!Number.isFinite(now)) throw new RangeError('Waktu sekarang tidak valid');
  const today = calendarDateOf(now, calendar);
  // The rule that matters most: a Saturday, a holiday or cuti bersama sends nothing at all.
  if (!isWorkingDay(today, calendar)) return [];
  const yesterday = calendarDateOf(previousWorkingDay(today, calendar), calendar);
  const todayDue = now > reportDeadline(today, config, calendar);

  const lookup = createComplianceLookup(input);
  const sinceDay = sinceOf(input);

  const planned: PlannedReminder[] = [];
  const seenUnits = new Set<string>();
  for (const unit of input.units) {
    // A unit listed twice (a duplicated Unit row) is still reminded once.
    if (unit.code.trim() === '' || seenUnits.has(codeKey(unit.code))) continue;
    seenUnits.add(codeKey(unit.code));
    const date =
      todayDue && lookup.isReportingDay(unit, today)
        ? today
        : lookup.isReportingDay(unit, yesterday)
          ? yesterday
          : null;
    if (date === null || lookup.status(unit, date) !== 'TIDAK_ADA') continue;
    const day = dayNumberOf(date) ?? 0;
    if (sinceDay !== null && day < sinceDay) continue;

    const missing: string[] = [];
    const floor = Math.max(sinceDay ?? day, day - LOOKBACK_DAYS);
    for (let d = day; d >= floor && missing.length < STREAK_CAP; d--) {
      const status = lookup.status(unit, isoOfDay(d));
      if (status === 'TEPAT' || status === 'TERLAMBAT') break;
      if (status === 'TIDAK_ADA') missing.push(isoOfDay(d));
    }
    missing.reverse();
    const streak = missing.length;
    const level = reminderLevel(streak, escalateAfter);
    const blocked = REMINDER_LEVELS.some(
      (l) => LEVEL_RANK[l] >= LEVEL_RANK[level] && sent.has(reminderKey(unit.code, date, l)),
    );
    if (blocked) continue;
    const recipients = recipientsFor(level, unit, input.coordinators);
    if (recipients.length === 0) continue;
    const dueAt = reportDeadline(date, config, calendar);
    planned.push({
      key: reminderKey(unit.code, date, level),
      unitCode: unit.code.trim(),
      date,
      level,
      recipients,
      streak,
      dueAt,
      ...compose(level, unit, missing, streak >= STREAK_CAP, dueAt, config),
    });
  }
  return planned;
}

/** Day number of `since`, else of the earliest report; null with an empty log (no bound but D). */
function sinceOf(input: ReminderInput): number | null {
  if (input.since !== undefined) {
    const since = normalizeDate(input.since);
    if (since === null) throw new RangeError(`Tanggal mulai "${input.since}" tidak valid`);
    return dayNumberOf(since);
  }
  let earliest: number | null = null;
  for (const report of input.reports) {
    // As of `now`, like the lookup: a replayed past hour must not see later reports.
    if (!(report.receivedAt <= input.now)) continue;
    const date = normalizeDate(String(report.date ?? ''));
    const day = date === null ? null : dayNumberOf(date);
    if (day !== null && (earliest === null || day < earliest)) earliest = day;
  }
  return earliest;
}
