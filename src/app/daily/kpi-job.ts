/**
 * The nightly KPI job of LENTERA: the KPI Email Daily sheet (months, quarters, units, the
 * quarterly evaluation and its charts) from LaporanHarian, SuratResmi, Pegawai, MasalahTeknis
 * and Unit, and the freeze of an ended quarter's evaluation into SnapshotKPIHarian (see
 * core/daily/kpi-snapshot for why and when). Runs as the admin, like the other nightly jobs.
 *
 * Compliance counts a unit's reporting days from the go-live day (Mulai Berlaku, else the
 * first report logged) whose deadline has passed, less the days it was excused
 * (Pengecualian): an excused day is not a day the unit failed to report.
 */
import { BREACH_SHEET, breachSheet } from '../../core/daily/breach-sheet';
import {
  codeKey,
  complianceMatrix,
  type MonthlyInput,
  monthlyCompliance,
  monthRange,
} from '../../core/daily/compliance';
import { computeDailyKpis } from '../../core/daily/kpi';
import { DAILY_KPI_SHEET, dailyKpiSheet } from '../../core/daily/kpi-sheet';
import {
  dueForFreezing,
  frozenRows,
  readKpiSnapshots,
  withFrozen,
} from '../../core/daily/kpi-snapshot';
import { goLiveDay, readExcuses, readLoggedReports } from '../../core/daily/logged-reports';
import { breachList, readResponseStandards, readTrackedThreads } from '../../core/daily/response';
import {
  EXCUSES_TABLE,
  KPI_SNAPSHOT_TABLE,
  REPORT_LOG_TABLE,
  RESPONSE_STANDARDS_TABLE,
  TRACKED_MAIL_TABLE,
} from '../../core/daily/tables';
import { isoDateIn } from '../../core/time/format';
import type { DataBook, Ports } from '../../ports';
import { runLoggedJob } from '../jobs';
import { type DailyContext, dailyContextOf } from './context';
import { readAdminRegistry } from './registry';

export function dailyKpiJob(ports: Ports): string {
  return runLoggedJob(ports, 'KPI Email Daily', (book) =>
    ports.lock.run(() => writeDailyKpis(ports, book)),
  );
}

/**
 * Reporting days per unit code and month from the go-live day on (as the compliance sheet
 * counts them), computed once per month for all units.
 */
function reportingDaysOf(
  ctx: DailyContext,
  input: Pick<MonthlyInput, 'reports' | 'excuses'>,
  since: string | null,
): (unitCode: string, month: string) => number {
  const months = new Map<string, Map<string, number>>();
  const base = {
    ...input,
    units: ctx.config.units,
    config: ctx.config,
    calendar: ctx.calendar(),
    now: ctx.now.getTime(),
  };
  return (unitCode, month) => {
    let days = months.get(month);
    if (days === undefined) {
      const range = monthRange(month);
      const from = since !== null && since > range.from ? since : range.from;
      const rows =
        from > range.to
          ? []
          : monthlyCompliance(complianceMatrix({ ...base, from, to: range.to }), month);
      days = new Map(rows.map((r) => [codeKey(r.unit.code), r.reportingDays - r.excused]));
      months.set(month, days);
    }
    return days.get(codeKey(unitCode)) ?? 0;
  };
}

export function writeDailyKpis(ports: Ports, book: DataBook): string {
  const ctx = dailyContextOf(ports, book);
  const timeZone = ctx.config.timeZone;
  const calendar = ctx.calendar();
  const now = ctx.now.getTime();

  const log = ctx.read(REPORT_LOG_TABLE.name);
  const { reports } = readLoggedReports(log.header, log.rows, timeZone);
  const excused = ctx.read(EXCUSES_TABLE.name);
  const { excuses } = readExcuses(excused.header, excused.rows, timeZone);
  const mail = ctx.read(TRACKED_MAIL_TABLE.name);
  const { threads } = readTrackedThreads(mail.header, mail.rows, timeZone);
  const standardsTable = ctx.read(RESPONSE_STANDARDS_TABLE.name);
  const { standards } = readResponseStandards(standardsTable.header, standardsTable.rows, {
    priorities: ctx.config.priorities,
  });
  const registry = readAdminRegistry(ports, ctx);

  const kpis = computeDailyKpis({
    staff: registry.staff,
    reports,
    threads,
    standards,
    calendar,
    now,
    units: ctx.config.units,
    reportingDays: reportingDaysOf(
      ctx,
      { reports, excuses },
      goLiveDay(ctx.settings.since, reports),
    ),
  });

  const stored = ctx.read(KPI_SNAPSHOT_TABLE.name);
  const { quarters } = readKpiSnapshots(stored.header, stored.rows, timeZone);
  const shown = withFrozen(kpis.snapshot, quarters);
  let frozenAt = shown.frozenAt;
  const notes = [`KPI ${kpis.months.length} bulan diperbarui`];
  // Before setup has added the snapshot table, freezing waits for the nightly repair.
  if (stored.header.length > 0 && dueForFreezing(kpis.snapshot, quarters, calendar, now)) {
    book.append(KPI_SNAPSHOT_TABLE.name, frozenRows(shown.snapshot, ctx.now));
    frozenAt = now;
    notes.push(`evaluasi ${shown.snapshot.quarter.label} dibekukan`);
  }

  const sheet = dailyKpiSheet({ ...kpis, snapshot: shown.snapshot }, DAILY_KPI_SHEET, {
    ...(frozenAt === null ? {} : { frozenOn: isoDateIn(new Date(frozenAt), timeZone) }),
    attention: {
      staffProblems: registry.staffProblems.length,
      openProblems: registry.open.length,
      overdueProblems: registry.overdue.length,
    },
  });
  book.writeBlock(DAILY_KPI_SHEET, sheet.values);
  book.decorate(sheet.decoration);
  const breaches = breachSheet(breachList(threads, standards, calendar, now), now, timeZone);
  book.writeBlock(BREACH_SHEET, breaches.values);
  book.decorate(breaches.decoration);
  notes.push(`${breaches.decoration.rows} surat melewati standar waktu respons`);
  if (registry.staffProblems.length > 0 || registry.overdue.length > 0) {
    notes.push(
      `${registry.staffProblems.length} masalah data pegawai, ${registry.overdue.length} masalah teknis melewati batas`,
    );
  }
  return notes.join('; ');
}
