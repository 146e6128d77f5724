/**
 * LENTERA KPIs (seed 000: "persentase pegawai terkonfigurasi, waktu respons rata-rata,
 * jumlah komunikasi resmi melalui email", evaluated every quarter), per month and per
 * quarter ('2026-Q4'), with a snapshot of one quarter beside the one before it for the
 * quarterly evaluation report.
 *
 * Definitions (every ratio and average is null when there is nothing to measure, never NaN;
 * periods are calendar months and quarters on the calendar's zone, WIB by default; state is
 * as of `now`, and nothing received or dated after it counts):
 *
 * - Staff configured: active official accounts configured on the phone on or before the
 *   period's last day (or today, for the running period) ÷ every staff member of today's
 *   Pegawai list (see ./staff isConfigured). The list has no join or leave dates, so a past
 *   period is measured against today's staff.
 * - Response time: threads of SuratResmi received in the period; the mean working time to the
 *   first reply over those answered by `now`, in minutes and hours (./response). Breaches
 *   count threads answered late and threads still unanswered past their standard.
 * - Official emails: daily reports of the log received in the period plus tracked official
 *   threads received in it (a report whose Message-ID is also a tracked thread counts once);
 *   per working day of the period up to today, and per month (a quarter's total ÷ its months
 *   begun so far).
 * - Compliance per unit: reports on time ÷ reporting days. A report counts on the day it is
 *   for (its Tanggal Laporan), the earliest one per unit and day, on time unless the log
 *   marks it late; reporting days come from the caller (`reportingDays`, typically
 *   monthlyCompliance(…).reportingDays of ./compliance, which excludes days still before
 *   their deadline), summed over a quarter's months. A rate above 100% (a report on a day the
 *   caller does not count) is shown as 100%.
 * - Units are those given (the Unit table); staff, threads and reports are matched to them
 *   by code or name without case or surrounding spaces. Data of other units counts in the
 *   overall figures only.
 */
import { calendarDateOf, isWorkingDay, normalizeDate, type WorkCalendar } from '../workdays';
import { dayNumberOf, isoOfDay } from '../workdays/dates';
import { MONTH_NAMES } from './parse/dates';
import {
  type ResponseStandard,
  type ResponseStatus,
  responseStatus,
  type TrackedThread,
} from './response';
import { type ConfigurationCounts, configurationSummary, type StaffMember } from './staff';

/** A DICATAT row of LaporanHarian, as the KPIs need it (LoggedReport of ./compliance fits). */
export interface KpiReport {
  readonly unitCode: string;
  /** 'YYYY-MM-DD': the day the report is for. */
  readonly date: string;
  readonly receivedAt: number;
  readonly late: boolean;
  readonly messageId?: string;
}

export interface KpiUnit {
  readonly code: string;
  readonly name: string;
}

export interface DailyKpiInput {
  readonly staff: readonly StaffMember[];
  readonly reports: readonly KpiReport[];
  readonly threads: readonly TrackedThread[];
  readonly standards: readonly ResponseStandard[];
  readonly calendar: WorkCalendar;
  readonly now: Date | number;
  readonly units: readonly KpiUnit[];
  /**
   * Reporting days of a unit in a month ('YYYY-MM') whose deadline has passed by `now`.
   * Called only for months up to the current one.
   */
  readonly reportingDays: (unitCode: string, month: string) => number;
  /** First month shown, 'YYYY-MM'; default the earliest month with data (at most MAX_KPI_MONTHS back). */
  readonly from?: string;
  /** The quarter of the snapshot, 'YYYY-Qn'; default the last quarter ended in range, else the current one. */
  readonly snapshotQuarter?: string;
}

export interface ResponseFigures {
  /** Threads received in the period. */
  readonly threads: number;
  /** Of those, answered by `now`. */
  readonly answered: number;
  readonly averageMinutes: number | null;
  readonly averageHours: number | null;
  /** Answered late or unanswered past the standard. */
  readonly breaches: number;
}

export interface EmailFigures {
  /** Daily reports received in the period. */
  readonly reports: number;
  /** Tracked official threads received in the period. */
  readonly threads: number;
  readonly total: number;
  /** Working days of the period up to today. */
  readonly workingDays: number;
  readonly perWorkingDay: number | null;
  /** total ÷ months of the period begun by today (a month: its total). */
  readonly perMonth: number | null;
}

export interface ComplianceFigures {
  readonly reportingDays: number;
  readonly onTime: number;
  readonly late: number;
  /** onTime ÷ reportingDays, at most 1. */
  readonly rate: number | null;
  /** (onTime + late) ÷ reportingDays, at most 1. */
  readonly submittedRate: number | null;
}

export interface UnitFigures {
  readonly code: string;
  readonly name: string;
  readonly staff: ConfigurationCounts;
  readonly response: ResponseFigures;
  readonly compliance: ComplianceFigures;
  /** Daily reports of the unit received in the period. */
  readonly reports: number;
}

export interface DailyKpiPeriod {
  /** 'YYYY-MM' or 'YYYY-Qn'. */
  readonly period: string;
  readonly kind: 'bulan' | 'triwulan';
  /** 'November 2026', 'Triwulan IV 2026'. */
  readonly label: string;
  /** First and last day, 'YYYY-MM-DD'. */
  readonly from: string;
  readonly to: string;
  /** The last day measured: `to`, or today for the running period. */
  readonly asOf: string;
  /** The period ended before today. */
  readonly complete: boolean;
  readonly staff: ConfigurationCounts;
  readonly response: ResponseFigures;
  readonly emails: EmailFigures;
  /** All given units together. */
  readonly compliance: ComplianceFigures;
  /** One per given unit, in the given order. */
  readonly units: readonly UnitFigures[];
}

export type SnapshotKind = 'persen' | 'jam' | 'jumlah' | 'rerata';

export interface SnapshotRow {
  readonly indicator: string;
  readonly kind: SnapshotKind;
  readonly value: number | null;
  readonly previous: number | null;
  /** value − previous; null when either is. */
  readonly change: number | null;
  /** Which direction is an improvement. */
  readonly better: 'naik' | 'turun';
  /** null when the change is unknown or 0. */
  readonly improved: boolean | null;
}

export interface QuarterSnapshot {
  readonly quarter: DailyKpiPeriod;
  readonly previous: DailyKpiPeriod;
  readonly rows: readonly SnapshotRow[];
}

export interface DailyKpis {
  readonly computedAt: Date;
  readonly timeZone: string;
  /** Oldest first, contiguous up to the current month. */
  readonly months: readonly DailyKpiPeriod[];
  /** Every quarter touching the months, whole (not clipped to `from`), oldest first. */
  readonly quarters: readonly DailyKpiPeriod[];
  readonly snapshot: QuarterSnapshot;
}

/** Five years of months: a typo in a year (1926) must not make a century of rows. */
export const MAX_KPI_MONTHS = 60;

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

const fold = (text: string) =>
  String(text ?? '')
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** 'YYYY-MM' n months after (before, when negative) the given one. */
function shiftMonth(month: string, n: number): string {
  const [year, index] = month.split('-').map(Number);
  const total = (year ?? 0) * 12 + ((index ?? 1) - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function lastDayOf(month: string): string {
  const [year, index] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year ?? 0, index ?? 1, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** 'YYYY-Qn' of a 'YYYY-MM'. */
export const quarterOf = (month: string): string =>
  `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** The three 'YYYY-MM' of a 'YYYY-Qn'. */
export function monthsOfQuarter(quarter: string): string[] {
  const match = QUARTER.exec(quarter);
  if (!match) throw new RangeError(`Triwulan "${quarter}" harus berbentuk YYYY-Qn, mis. 2026-Q4`);
  const first = (Number(match[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => `${match[1]}-${String(first + i).padStart(2, '0')}`);
}

/** 'November 2026'. */
export const monthLabel = (month: string): string =>
  `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;

/** 'Triwulan IV 2026'. */
export const quarterLabel = (quarter: string): string =>
  `Triwulan ${ROMAN[Number(quarter.slice(-1)) - 1] ?? '?'} ${quarter.slice(0, 4)}`;

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const cappedRatio = (part: number, whole: number): number | null =>
  whole > 0 ? Math.min(1, part / whole) : null;

/** One thread, measured once for every period it falls in. */
interface MeasuredThread {
  readonly unit: string | null;
  readonly status: ResponseStatus;
}

/** The report counting for a unit and day: the earliest received. */
interface DayReport {
  readonly unit: string;
  readonly date: string;
  readonly late: boolean;
  readonly receivedAt: number;
}

export function computeDailyKpis(input: DailyKpiInput): DailyKpis {
  const { calendar } = input;
  const nowMs = typeof input.now === 'number' ? input.now : input.now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('Waktu sekarang tidak valid');
  const today = calendarDateOf(nowMs, calendar);
  const currentMonth = today.slice(0, 7);
  const monthOf = (ms: number) => calendarDateOf(ms, calendar).slice(0, 7);

  // Units, first spelling of each code; keys by code and by name.
  const units: KpiUnit[] = [];
  const unitByKey = new Map<string, string>();
  for (const unit of input.units) {
    const code = String(unit.code ?? '').trim();
    if (code === '' || units.some((u) => fold(u.code) === fold(code))) continue;
    units.push({ code, name: String(unit.name ?? '').trim() || code });
  }
  for (const unit of units) unitByKey.set(fold(unit.code), unit.code);
  for (const unit of units)
    if (!unitByKey.has(fold(unit.name))) unitByKey.set(fold(unit.name), unit.code);
  const unitOf = (text: string): string | null => unitByKey.get(fold(text)) ?? null;

  // Everything is bucketed by month once, so a period only visits its own months.
  const bucket = <T>(map: Map<string, T>, month: string, make: () => T): T => {
    let value = map.get(month);
    if (value === undefined) {
      value = make();
      map.set(month, value);
    }
    return value;
  };

  // Threads, measured once.
  const threadIds = new Set<string>();
  const threadsByMonth = new Map<string, MeasuredThread[]>();
  for (const thread of input.threads) {
    if (!Number.isFinite(thread.receivedAt) || thread.receivedAt > nowMs) continue;
    if (thread.messageId) threadIds.add(thread.messageId.trim());
    const month = monthOf(thread.receivedAt);
    bucket(threadsByMonth, month, (): MeasuredThread[] => []).push({
      unit: unitOf(thread.unit),
      status: responseStatus(thread, input.standards, calendar, nowMs),
    });
  }

  // Reports: counted by the month received (emails); the earliest per unit and day decides
  // the day (compliance).
  const reportsByMonth = new Map<string, Map<string | null, number>>();
  const days = new Map<string, DayReport>();
  for (const report of input.reports) {
    if (!Number.isFinite(report.receivedAt) || report.receivedAt > nowMs) continue;
    const unit = unitOf(String(report.unitCode ?? ''));
    const id = typeof report.messageId === 'string' ? report.messageId.trim() : '';
    if (id === '' || !threadIds.has(id)) {
      const counts = bucket(reportsByMonth, monthOf(report.receivedAt), () => new Map());
      counts.set(unit, (counts.get(unit) ?? 0) + 1);
    }
    const date = normalizeDate(String(report.date ?? ''));
    if (unit === null || date === null || date > today) continue;
    const cell = `${unit}\u0000${date}`;
    const known = days.get(cell);
    if (known === undefined || report.receivedAt < known.receivedAt) {
      days.set(cell, { unit, date, late: report.late === true, receivedAt: report.receivedAt });
    }
  }
  const daysByMonth = new Map<string, Map<string, { onTime: number; late: number }>>();
  for (const day of days.values()) {
    const counts = bucket(daysByMonth, day.date.slice(0, 7), () => new Map());
    const count = counts.get(day.unit) ?? { onTime: 0, late: 0 };
    if (day.late) count.late++;
    else count.onTime++;
    counts.set(day.unit, count);
  }

  // Staff of a unit not in the Unit table ('' key) count in the overall figures only.
  const staffByUnit = new Map<string, StaffMember[]>();
  for (const member of input.staff) {
    bucket(staffByUnit, unitOf(member.unit) ?? '', (): StaffMember[] => []).push(member);
  }

  const reportingDaysCache = new Map<string, number>();
  const reportingDaysOf = (code: string, month: string): number => {
    const cacheKey = `${code}\u0000${month}`;
    let value = reportingDaysCache.get(cacheKey);
    if (value === undefined) {
      const raw = month > currentMonth ? 0 : input.reportingDays(code, month);
      value = Number.isFinite(raw) && raw > 0 ? raw : 0;
      reportingDaysCache.set(cacheKey, value);
    }
    return value;
  };

  const periodOf = (
    period: string,
    kind: 'bulan' | 'triwulan',
    months: readonly string[],
  ): DailyKpiPeriod => {
    const from = `${months[0]}-01`;
    const to = lastDayOf(months[months.length - 1] ?? '');
    const complete = to < today;
    const asOf = complete ? to : today;
    const begun = months.filter((m) => m <= currentMonth);

    const staffOf = (code: string | null) =>
      configurationSummary(code === null ? input.staff : (staffByUnit.get(code) ?? []), asOf)
        .overall;

    const responseOf = (code: string | null): ResponseFigures => {
      let threads = 0;
      let answered = 0;
      let breaches = 0;
      let sum = 0;
      for (const month of months) {
        for (const t of threadsByMonth.get(month) ?? []) {
          if (code !== null && t.unit !== code) continue;
          threads++;
          if (t.status.breached) breaches++;
          if (t.status.answered) {
            answered++;
            sum += t.status.minutes ?? 0;
          }
        }
      }
      const averageMinutes = answered > 0 ? sum / answered : null;
      return {
        threads,
        answered,
        averageMinutes,
        averageHours: averageMinutes === null ? null : averageMinutes / 60,
        breaches,
      };
    };

    const complianceOf = (codes: readonly string[]): ComplianceFigures => {
      let reportingDays = 0;
      let onTime = 0;
      let late = 0;
      for (const code of codes) {
        for (const month of begun) {
          reportingDays += reportingDaysOf(code, month);
          const count = daysByMonth.get(month)?.get(code);
          onTime += count?.onTime ?? 0;
          late += count?.late ?? 0;
        }
      }
      return {
        reportingDays,
        onTime,
        late,
        rate: cappedRatio(onTime, reportingDays),
        submittedRate: cappedRatio(onTime + late, reportingDays),
      };
    };

    const reportsOf = (code: string | null) => {
      let count = 0;
      for (const month of months) {
        const counts = reportsByMonth.get(month);
        if (counts === undefined) continue;
        if (code !== null) count += counts.get(code) ?? 0;
        else for (const n of counts.values()) count += n;
      }
      return count;
    };

    let workingDays = 0;
    const firstDay = dayNumberOf(from) ?? 0;
    const lastDay = dayNumberOf(asOf) ?? -1;
    for (let day = firstDay; day <= lastDay; day++) {
      if (isWorkingDay(isoOfDay(day), calendar)) workingDays++;
    }
    const response = responseOf(null);
    const reports = reportsOf(null);
    const total = reports + response.threads;

    return {
      period,
      kind,
      label: kind === 'bulan' ? monthLabel(period) : quarterLabel(period),
      from,
      to,
      asOf,
      complete,
      staff: staffOf(null),
      response,
      emails: {
        reports,
        threads: response.threads,
        total,
        workingDays,
        perWorkingDay: ratio(total, workingDays),
        perMonth: ratio(total, begun.length),
      },
      compliance: complianceOf(units.map((u) => u.code)),
      units: units.map((u) => ({
        code: u.code,
        name: u.name,
        staff: staffOf(u.code),
        response: responseOf(u.code),
        compliance: complianceOf([u.code]),
        reports: reportsOf(u.code),
      })),
    };
  };

  // The months: from the option, or the earliest data, to the current month.
  let first = currentMonth;
  if (input.from !== undefined) {
    const match = MONTH.exec(input.from);
    if (!match || normalizeDate(`${input.from}-01`) === null) {
      throw new RangeError(`Bulan awal "${input.from}" harus berbentuk YYYY-MM`);
    }
    first = input.from < currentMonth ? input.from : currentMonth;
  } else {
    const seen = (month: string) => {
      if (month < first) first = month;
    };
    for (const month of threadsByMonth.keys()) seen(month);
    for (const month of reportsByMonth.keys()) seen(month);
    for (const month of daysByMonth.keys()) seen(month);
    for (const s of input.staff)
      if (s.configuredOn !== null && s.configuredOn <= today) seen(s.configuredOn.slice(0, 7));
  }
  const oldest = shiftMonth(currentMonth, -(MAX_KPI_MONTHS - 1));
  if (first < oldest) first = oldest;
  const monthList: string[] = [];
  for (let m = first; m <= currentMonth; m = shiftMonth(m, 1)) monthList.push(m);

  const quarterList = [...new Set(monthList.map(quarterOf))];
  const quarterPeriod = (q: string) => periodOf(q, 'triwulan', monthsOfQuarter(q));
  const quarters = quarterList.map(quarterPeriod);

  let snapshotQuarter = input.snapshotQuarter;
  if (snapshotQuarter !== undefined) monthsOfQuarter(snapshotQuarter);
  else {
    const ended = quarters.filter((q) => q.complete);
    snapshotQuarter = ended[ended.length - 1]?.period ?? quarterOf(currentMonth);
  }
  const previousQuarter = quarterOf(shiftMonth(monthsOfQuarter(snapshotQuarter)[0] ?? '', -3));
  const quarter =
    quarters.find((q) => q.period === snapshotQuarter) ?? quarterPeriod(snapshotQuarter);
  const previous =
    quarters.find((q) => q.period === previousQuarter) ?? quarterPeriod(previousQuarter);

  return {
    computedAt: new Date(nowMs),
    timeZone: calendar.timeZone,
    months: monthList.map((m) => periodOf(m, 'bulan', [m])),
    quarters,
    snapshot: { quarter, previous, rows: snapshotRows(quarter, previous) },
  };
}

const INDICATORS: readonly {
  readonly indicator: string;
  readonly kind: SnapshotKind;
  readonly better: 'naik' | 'turun';
  readonly value: (p: DailyKpiPeriod) => number | null;
}[] = [
  {
    indicator: 'Pegawai terkonfigurasi email kedinasan di ponsel (akhir periode)',
    kind: 'persen',
    better: 'naik',
    value: (p) => p.staff.configuredRate,
  },
  {
    indicator: 'Akun aktif dengan autentikasi dua faktor',
    kind: 'persen',
    better: 'naik',
    value: (p) => ratio(p.staff.twoFactor, p.staff.active),
  },
  {
    indicator: 'Rata-rata waktu respons surat resmi (jam kerja)',
    kind: 'jam',
    better: 'turun',
    value: (p) => p.response.averageHours,
  },
  {
    indicator: 'Surat resmi melewati standar waktu respons',
    kind: 'jumlah',
    better: 'turun',
    value: (p) => p.response.breaches,
  },
  {
    indicator: 'Jumlah email resmi (laporan harian dan surat resmi)',
    kind: 'jumlah',
    better: 'naik',
    value: (p) => p.emails.total,
  },
  {
    indicator: 'Rata-rata email resmi per hari kerja',
    kind: 'rerata',
    better: 'naik',
    value: (p) => p.emails.perWorkingDay,
  },
  {
    indicator: 'Laporan harian tepat waktu (dari hari lapor)',
    kind: 'persen',
    better: 'naik',
    value: (p) => p.compliance.rate,
  },
];

/** An indicator's row from its two values: the change and whether it is an improvement. */
export function snapshotRow(
  row: Pick<SnapshotRow, 'indicator' | 'kind' | 'better'>,
  value: number | null,
  previous: number | null,
): SnapshotRow {
  const change = value === null || previous === null ? null : value - previous;
  return {
    indicator: row.indicator,
    kind: row.kind,
    value,
    previous,
    change,
    better: row.better,
    improved: change === null || change === 0 ? null : change > 0 === (row.better === 'naik'),
  };
}

/** The indicators of the quarterly evaluation, this quarter beside the one before. */
export function snapshotRows(quarter: DailyKpiPeriod, previous: DailyKpiPeriod): SnapshotRow[] {
  return INDICATORS.map((indicator) =>
    snapshotRow(indicator, indicator.value(quarter), indicator.value(previous)),
  );
}
