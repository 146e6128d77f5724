/**
 * LENTERA compliance: for every unit and day, did the daily report come in, on time, late,
 * not at all, or was none expected. The coordinator's matrix, the monthly percentages, the
 * daily digest and the reminder planner all read the same lookup, so a day counted as
 * missing in the digest is the day a reminder went out for.
 *
 * Rules (decisions the callers rely on):
 * - A day is a reporting day for a unit when it is a working day of the calendar (weekends by
 *   office hours, national holidays, cuti bersama and regional days off from HariLibur) AND
 *   one of the unit's reporting weekdays (UnitSchedule; Monday–Friday when none is given).
 * - Several reports for one unit and day: the earliest received counts, with the `late` flag
 *   the log gave it (the coordinator may have corrected it there).
 * - A report counts even on an excused day: the unit did report, and hiding that would
 *   understate it. The excuse only matters when nothing came in.
 * - Reports received after `now` are left out, so the lookup shows the state as of `now`
 *   (the planner and the tests replay past hours with the full log).
 * - A missing report is TIDAK_ADA only once its deadline (reportDeadline) has passed;
 *   before that it is BELUM_WAKTU and counts nowhere.
 * - Unit codes are compared without case or surrounding spaces: the Kode Unit column is
 *   typed by hand.
 */
import {
  isWorkingDay,
  normalizeDate,
  WEEKDAYS,
  type Weekday,
  type WorkCalendar,
} from '../workdays';
import { dayNumberOf, isoOfDay, weekdayOfDay } from '../workdays/dates';
import type { DailyConfig, DailyUnit } from './config';
import { reportDeadline } from './late';

/** A row of LaporanHarian as compliance needs it (status DICATAT only). */
export interface LoggedReport {
  readonly unitCode: string;
  /** 'YYYY-MM-DD': the day the report is for. */
  readonly date: string;
  readonly receivedAt: number;
  readonly late: boolean;
  readonly messageId: string;
}

/** A unit excused for a day (dinas luar, libur unit), recorded by the coordinator. */
export interface Excuse {
  readonly unitCode: string;
  readonly date: string;
  readonly reason: string;
}

/** The weekdays a unit reports on; working-day rules of the calendar still apply. */
export interface UnitSchedule {
  readonly unitCode: string;
  readonly days: readonly Weekday[];
}

export const DEFAULT_REPORTING_DAYS: readonly Weekday[] = [
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
];

export const DAY_STATUSES = [
  'TEPAT',
  'TERLAMBAT',
  'TIDAK_ADA',
  'DIKECUALIKAN',
  'LIBUR',
  'BELUM_WAKTU',
] as const;
export type DayStatus = (typeof DAY_STATUSES)[number];

export const DAY_STATUS_LABELS: Record<DayStatus, string> = {
  TEPAT: 'Tepat waktu',
  TERLAMBAT: 'Terlambat',
  TIDAK_ADA: 'Tidak ada',
  DIKECUALIKAN: 'Dikecualikan',
  LIBUR: 'Libur',
  BELUM_WAKTU: 'Belum batas waktu',
};

export interface LookupInput {
  readonly schedules?: readonly UnitSchedule[];
  readonly reports: readonly LoggedReport[];
  readonly excuses: readonly Excuse[];
  readonly calendar: WorkCalendar;
  readonly now: number;
  readonly config: DailyConfig;
}

export interface ComplianceLookup {
  isReportingDay(unit: DailyUnit, date: string): boolean;
  /** The status of a valid 'YYYY-MM-DD'. */
  status(unit: DailyUnit, date: string): DayStatus;
  /** The report that counts for the day, if any. */
  reportOf(unit: DailyUnit, date: string): LoggedReport | undefined;
  excuseOf(unit: DailyUnit, date: string): Excuse | undefined;
}

export const codeKey = (code: string): string => code.trim().toUpperCase();
const cellKey = (code: string, date: string) => `${codeKey(code)}|${date}`;

const WEEKDAY_INDEX = new Map<string, number>(WEEKDAYS.map((day, index) => [day, index]));

function weekdaySet(days: readonly Weekday[]): ReadonlySet<number> {
  const set = new Set<number>();
  for (const day of days) {
    const index = WEEKDAY_INDEX.get(String(day).trim().toLowerCase());
    if (index !== undefined) set.add(index);
  }
  return set;
}

/** The reporting weekdays of a unit: its schedule (the first one given) or Monday–Friday. */
export function reportingDaysOf(
  unitCode: string,
  schedules: readonly UnitSchedule[] = [],
): readonly Weekday[] {
  const key = codeKey(unitCode);
  return schedules.find((s) => codeKey(s.unitCode) === key)?.days ?? DEFAULT_REPORTING_DAYS;
}

/** Strict 'YYYY-MM-DD' → day number; throws for anything else (a caller bug, not user input). */
function dayOfIso(date: string, what: string): number {
  const day = normalizeDate(date) === date ? dayNumberOf(date) : null;
  if (day === null) throw new RangeError(`${what} "${date}" harus berbentuk YYYY-MM-DD yang valid`);
  return day;
}

/**
 * Indexes the log once (reports and excuses by unit and day), then answers per cell in
 * constant time; deadlines are cached per day because every unit shares them.
 */
export function createComplianceLookup(input: LookupInput): ComplianceLookup {
  const { calendar, config, now } = input;
  const reports = new Map<string, LoggedReport>();
  for (const report of input.reports) {
    const date = normalizeDate(String(report.date ?? ''));
    if (date === null || !Number.isFinite(report.receivedAt) || report.receivedAt > now) continue;
    const key = cellKey(String(report.unitCode ?? ''), date);
    const known = reports.get(key);
    if (known === undefined || report.receivedAt < known.receivedAt) reports.set(key, report);
  }
  const excuses = new Map<string, Excuse>();
  for (const excuse of input.excuses) {
    const date = normalizeDate(String(excuse.date ?? ''));
    if (date === null) continue;
    const key = cellKey(String(excuse.unitCode ?? ''), date);
    if (!excuses.has(key)) excuses.set(key, excuse);
  }
  const weekdays = new Map<string, ReadonlySet<number>>();
  const weekdaysOf = (unit: DailyUnit) => {
    const key = codeKey(unit.code);
    let set = weekdays.get(key);
    if (set === undefined) {
      set = weekdaySet(reportingDaysOf(unit.code, input.schedules));
      weekdays.set(key, set);
    }
    return set;
  };
  const working = new Map<string, boolean>();
  const isWorking = (date: string) => {
    let value = working.get(date);
    if (value === undefined) {
      value = isWorkingDay(date, calendar);
      working.set(date, value);
    }
    return value;
  };
  const deadlines = new Map<string, number>();
  const deadlineOf = (date: string) => {
    let value = deadlines.get(date);
    if (value === undefined) {
      value = reportDeadline(date, config, calendar);
      deadlines.set(date, value);
    }
    return value;
  };

  const isReportingDay = (unit: DailyUnit, date: string) =>
    weekdaysOf(unit).has(weekdayOfDay(dayOfIso(date, 'Tanggal'))) && isWorking(date);

  return {
    isReportingDay,
    reportOf: (unit, date) => reports.get(cellKey(unit.code, date)),
    excuseOf: (unit, date) => excuses.get(cellKey(unit.code, date)),
    status(unit, date) {
      if (!isReportingDay(unit, date)) return 'LIBUR';
      const report = reports.get(cellKey(unit.code, date));
      if (report !== undefined) return report.late ? 'TERLAMBAT' : 'TEPAT';
      if (excuses.has(cellKey(unit.code, date))) return 'DIKECUALIKAN';
      return now > deadlineOf(date) ? 'TIDAK_ADA' : 'BELUM_WAKTU';
    },
  };
}

export interface ComplianceInput extends LookupInput {
  readonly units: readonly DailyUnit[];
  /** First and last day shown, 'YYYY-MM-DD', both included. */
  readonly from: string;
  readonly to: string;
}

export interface ComplianceRow {
  readonly unit: DailyUnit;
  /** One status per entry of `days`. */
  readonly cells: DayStatus[];
}

export interface ComplianceMatrix {
  /** Every calendar day from `from` to `to`, weekends and holidays included (as LIBUR). */
  readonly days: string[];
  readonly rows: ComplianceRow[];
}

/** Two years and a day: a yearly recap fits, a typo in a year (2062) does not hang the job. */
export const MAX_MATRIX_DAYS = 732;

/** Every day from `from` to `to`; throws a RangeError for invalid or reversed dates. */
export function daysFromTo(from: string, to: string): string[] {
  const first = dayOfIso(from, 'Tanggal awal');
  const last = dayOfIso(to, 'Tanggal akhir');
  if (last < first) throw new RangeError(`Tanggal akhir ${to} sebelum tanggal awal ${from}`);
  if (last - first >= MAX_MATRIX_DAYS) {
    throw new RangeError(`Rentang ${from} s.d. ${to} melebihi ${MAX_MATRIX_DAYS} hari`);
  }
  const days: string[] = [];
  for (let day = first; day <= last; day++) days.push(isoOfDay(day));
  return days;
}

export function complianceMatrix(input: ComplianceInput): ComplianceMatrix {
  const days = daysFromTo(input.from, input.to);
  const lookup = createComplianceLookup(input);
  return {
    days,
    rows: input.units.map((unit) => ({
      unit,
      cells: days.map((date) => lookup.status(unit, date)),
    })),
  };
}

// ---- monthly ------------------------------------------------------------------------

export interface MonthlyCompliance {
  readonly unit: DailyUnit;
  /** Reporting days whose status is known: on time + late + missing + excused. */
  readonly reportingDays: number;
  readonly onTime: number;
  readonly late: number;
  readonly missing: number;
  readonly excused: number;
  /** Reporting days still before their deadline (today, or the rest of the month). */
  readonly pending: number;
  /** (on time + late) / (reporting days − excused) × 100, one decimal; null when 0 / 0. */
  readonly compliancePct: number | null;
  /** on time / (reporting days − excused) × 100, one decimal; null when 0 / 0. */
  readonly onTimePct: number | null;
}

export type MonthlyInput = Omit<ComplianceInput, 'from' | 'to'>;

const MONTH = /^(\d{4})-(\d{2})$/;

/** First and last day of 'YYYY-MM'; throws a RangeError for anything else. */
export function monthRange(month: string): { from: string; to: string } {
  const match = MONTH.exec(month);
  const year = Number(match?.[1]);
  const index = Number(match?.[2]) - 1;
  const from = `${month}-01`;
  if (!match || index < 0 || index > 11 || normalizeDate(from) !== from) {
    throw new RangeError(`Bulan "${month}" harus berbentuk YYYY-MM`);
  }
  const lastDay = new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
  return { from, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

const percent = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;

/**
 * Per unit for one month. From a matrix, only its days inside the month count (a matrix
 * that covers half the month gives half-month figures); from the inputs, the whole month is
 * computed as of `now`, so days still ahead are `pending`, not missing.
 */
export function monthlyCompliance(
  source: ComplianceMatrix | MonthlyInput,
  month: string,
): MonthlyCompliance[] {
  const range = monthRange(month);
  const matrix = 'rows' in source ? source : complianceMatrix({ ...source, ...range });
  const prefix = `${month}-`;
  const inMonth = matrix.days.map((day) => day.startsWith(prefix));
  return matrix.rows.map(({ unit, cells }) => {
    const count: Record<DayStatus, number> = {
      TEPAT: 0,
      TERLAMBAT: 0,
      TIDAK_ADA: 0,
      DIKECUALIKAN: 0,
      LIBUR: 0,
      BELUM_WAKTU: 0,
    };
    cells.forEach((status, index) => {
      if (inMonth[index]) count[status]++;
    });
    const reportingDays = count.TEPAT + count.TERLAMBAT + count.TIDAK_ADA + count.DIKECUALIKAN;
    const expected = reportingDays - count.DIKECUALIKAN;
    return {
      unit,
      reportingDays,
      onTime: count.TEPAT,
      late: count.TERLAMBAT,
      missing: count.TIDAK_ADA,
      excused: count.DIKECUALIKAN,
      pending: count.BELUM_WAKTU,
      compliancePct: percent(count.TEPAT + count.TERLAMBAT, expected),
      onTimePct: percent(count.TEPAT, expected),
    };
  });
}
