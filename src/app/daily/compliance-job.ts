/**
 * LENTERA's hourly compliance job, installed by setup and run as the admin: reminders to units
 * whose daily report is missing (unit → head → coordinator, ../../core/daily/reminders), the
 * coordinator's digest once per working day after the digest time, and the Kepatuhan Laporan
 * Harian sheet.
 *
 * Idempotent like the agenda's hourly job: every message has a key, logged in
 * NotifikasiHarian once sent, and a logged key is never sent again — running twice in an hour
 * sends nothing twice. A message that fails is not logged, so the next run retries it; the
 * others still go. Nothing is sent when the log, the excuses, the holidays or the sent keys
 * cannot be read: a reminder built on a half-read sheet would blame units wrongly.
 */

import { COMPLIANCE_SHEET, complianceSheet } from '../../core/daily/compliance-sheet';
import { planDigest } from '../../core/daily/digest-plan';
import { goLiveDay, readExcuses, readLoggedReports } from '../../core/daily/logged-reports';
import { DAILY_NOTIFICATIONS_TABLE, noticeRow, sentKeys } from '../../core/daily/notifications';
import { planDailyReminders } from '../../core/daily/reminders';
import { EXCUSES_TABLE, REPORT_LOG_TABLE } from '../../core/daily/tables';
import { describeSheetProblem, type SheetProblem } from '../../core/data/sheet-rows';
import { HOLIDAYS_TABLE } from '../../core/workdays';
import type { DataBook, Ports } from '../../ports';
import { runLoggedJob } from '../jobs';
import { dailyContextOf } from './context';

/** Sending stops after this long (Apps Script ends an execution at 6 minutes); the rest waits. */
const SEND_BUDGET_MS = 4 * 60_000;

/**
 * Without these columns (a header problem on row 1; column '' for the sheet itself) reports
 * or excuses would be dropped and units reminded wrongly. Until the nightly repair or setup
 * restores them, nothing is sent.
 */
const NEEDED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  [REPORT_LOG_TABLE.name]: ['', 'Kode Unit', 'Tanggal Laporan', 'Diterima', 'Status', 'Terlambat'],
  [EXCUSES_TABLE.name]: ['', 'Unit', 'Tanggal'],
};

interface Outgoing {
  readonly key: string;
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly body: string;
  /** The digest's table; reminders are plain text. */
  readonly html?: string;
}

export function dailyComplianceJob(ports: Ports): string {
  return runLoggedJob(ports, 'Kepatuhan laporan harian', (book) =>
    ports.lock.run(() => checkCompliance(ports, book)),
  );
}

/** The first problem in words, and how many more: a LogTugas note, not a report. */
const summary = (what: string, problems: readonly SheetProblem[]) =>
  problems.length === 0
    ? []
    : [
        `${problems.length} masalah ${what}, a.l. ${describeSheetProblem(problems[0] as SheetProblem)}`,
      ];

function checkCompliance(ports: Ports, book: DataBook): string {
  const ctx = dailyContextOf(ports, book);
  const { settings, config } = ctx;
  const log = ctx.read(REPORT_LOG_TABLE.name);
  const reports = readLoggedReports(log.header, log.rows, config.timeZone);
  const excuseTable = ctx.read(EXCUSES_TABLE.name);
  const excuses = readExcuses(excuseTable.header, excuseTable.rows, config.timeZone);
  const notices = ctx.read(DAILY_NOTIFICATIONS_TABLE.name);
  const sent = sentKeys(notices.header, notices.rows);
  const input = {
    units: config.units,
    reports: reports.reports,
    excuses: excuses.excuses,
    calendar: ctx.calendar(),
    now: ctx.now.getTime(),
    config,
  };

  const unreadable = [...reports.problems, ...excuses.problems].some(
    (p) => p.row === 1 && NEEDED_COLUMNS[p.sheet]?.includes(p.column) === true,
  );
  const noHolidays = ctx.read(HOLIDAYS_TABLE.name).header.length === 0;
  const notes: string[] = [];
  if (sent === null || unreadable || noHolidays) {
    notes.push(
      'Pengingat dan ringkasan ditunda: sheet LaporanHarian, Pengecualian, HariLibur atau NotifikasiHarian (atau kolomnya) tidak lengkap; jalankan Penyiapan lagi',
    );
  } else {
    const coordinators = ctx.users
      .filter((u) => u.roles.includes('KOORDINATOR_EMAIL'))
      .map((u) => u.email);
    const reminders = planDailyReminders({
      ...input,
      coordinators,
      escalateAfter: settings.escalateAfter,
      sent,
      ...(settings.since === null ? {} : { since: settings.since }),
    });
    const digest = planDigest({
      ...input,
      coordinators,
      sent,
      digestTime: settings.digestTime,
      since: settings.since,
    });
    notes.push(sendAll(ports, book, digest === null ? reminders : [...reminders, digest]));
  }

  // Days before go-live do not count against a unit: by default the first report logged.
  const since = goLiveDay(settings.since, reports.reports);
  const sheet = complianceSheet(input, since);
  book.writeBlock(COMPLIANCE_SHEET, sheet.values);
  book.decorate(sheet.decoration);

  return [
    ...notes,
    'sheet Kepatuhan Laporan Harian diperbarui',
    ...summary('di LaporanHarian/Pengecualian', [...reports.problems, ...excuses.problems]),
    ...summary('pengaturan LENTERA', settings.problems),
  ].join('; ');
}

/** Sends each message and logs the keys of those that went out, in one append. */
function sendAll(ports: Ports, book: DataBook, due: readonly Outgoing[]): string {
  const started = ports.clock.now().getTime();
  const done: unknown[][] = [];
  let failed = 0;
  for (const message of due) {
    if (ports.clock.now().getTime() - started > SEND_BUDGET_MS) break;
    try {
      ports.mail.send({
        to: message.recipients,
        subject: message.subject,
        body: message.body,
        ...(message.html === undefined ? {} : { html: message.html }),
      });
    } catch (error) {
      // Not logged, so the next run tries it again; one bad address must not stop the rest.
      failed += 1;
      ports.log.error(`Pesan ${message.key} belum terkirim`, error);
      continue;
    }
    done.push(noticeRow({ ...message, sentAt: ports.clock.now() }));
  }
  book.append(DAILY_NOTIFICATIONS_TABLE.name, done);
  const waiting = due.length - done.length - failed;
  return [
    `${done.length} pengingat/ringkasan terkirim`,
    ...(failed > 0 ? [`${failed} gagal dikirim, dicoba lagi jam berikutnya`] : []),
    ...(waiting > 0 ? [`${waiting} menunggu jalan berikutnya`] : []),
  ].join(', ');
}
