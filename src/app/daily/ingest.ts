/**
 * The report ingestion job: finds daily reports in the coordinator's mailbox and logs each
 * exactly once (by Message-ID) in LaporanHarian, valid or not, then labels the threads
 * `LENTERA/Diterima/<yyyy-MM>`. The search starts a day before the saved cursor, so a run
 * cut short (time budget, quota) is simply resumed by the next one: what was logged is
 * skipped, what was not is picked up. All rows of a run are written in one append.
 */
import { readUsers } from '../../core/access/users';
import { type DailyConfig, DEFAULT_DAILY_CONFIG } from '../../core/daily/config';
import { isLate } from '../../core/daily/late';
import { looksLikeDailyReport, parseDailyReport } from '../../core/daily/parse';
import { loggedIds, problemRow, REPORT_LOG_TABLE, reportRow } from '../../core/daily/report-log';
import { dailyUnitsFrom } from '../../core/daily/units-table';
import { UNITS_TABLE, USERS_TABLE } from '../../core/data/tables';
import { isTransient } from '../../core/errors';
import {
  createWorkCalendar,
  HOLIDAYS_TABLE,
  readHolidays,
  type WorkCalendar,
} from '../../core/workdays';
import type { DataBook, MailboxMessage, Ports } from '../../ports';

export const CURSOR_KEY = 'LENTERA_CURSOR';
/** Threads per search page (GmailApp allows up to 500; 100 keeps one page's reads short). */
const PAGE = 100;
/** Stop reading after this long; the rest is picked up by the next run. */
const BUDGET_MS = 4 * 60_000;
const OVERLAP_MS = 86_400_000;
const RETRIES = 3;

export interface IngestReport {
  readonly logged: number;
  readonly needsCheck: number;
  readonly skipped: number;
  readonly complete: boolean;
}

export function dailyConfigFrom(book: DataBook): DailyConfig {
  const users = book.read(USERS_TABLE.name);
  const units = book.read(UNITS_TABLE.name);
  return {
    ...DEFAULT_DAILY_CONFIG,
    units: dailyUnitsFrom(units.header, units.rows, readUsers(users.header, users.rows).users),
  };
}

function workCalendarFrom(book: DataBook): WorkCalendar {
  const { header, rows } = book.read(HOLIDAYS_TABLE.name);
  return createWorkCalendar({ holidays: readHolidays(header, rows).holidays });
}

/** A transient failure (rate limit, backend error) is retried before the run gives up. */
function withRetry<T>(ports: Ports, work: () => T): T {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return work();
    } catch (error) {
      if (attempt >= RETRIES || !isTransient(error)) throw error;
      ports.log.error(`Percobaan ${attempt} gagal, diulang`, error);
    }
  }
}

const monthLabel = (date: string) => `LENTERA/Diterima/${date.slice(0, 7)}`;

export function ingestReports(ports: Ports, book: DataBook): IngestReport {
  const started = ports.clock.now().getTime();
  const config = dailyConfigFrom(book);
  const calendar = workCalendarFrom(book);
  const known = loggedIds(book.read(REPORT_LOG_TABLE.name).rows);
  const cursor = Number(ports.settings.get(CURSOR_KEY) ?? 0) || 0;
  // Epoch seconds: Gmail reads after:<date> at Pacific midnight, seconds are exact.
  const after = Math.max(0, Math.floor((cursor - OVERLAP_MS) / 1000));
  const query = `subject:"${config.subjectTag}" after:${after} -in:sent -in:drafts`;

  const me = ports.identity.currentUserEmail();
  const at = ports.clock.now();
  const rows: unknown[][] = [];
  const labels = new Map<string, Set<string>>();
  let needsCheck = 0;
  let skipped = 0;
  let newest = cursor;
  let complete = false;
  try {
    for (let start = 0; ; start += PAGE) {
      if (ports.clock.now().getTime() - started > BUDGET_MS) break;
      const threads = withRetry(ports, () => ports.mailbox.search(query, start, PAGE));
      if (threads.length === 0) {
        complete = true;
        break;
      }
      for (const message of threads.flat()) {
        if (!looksLikeDailyReport(message.subject, config)) continue;
        const id = message.messageId || `gmail:${message.id}`;
        if (known.has(id)) {
          skipped += 1;
          continue;
        }
        known.add(id);
        rows.push(logRow(message, id, config, calendar, me, at, labels, () => (needsCheck += 1)));
        newest = Math.max(newest, message.receivedAt);
      }
    }
  } finally {
    // What was read is logged even when the run is cut short: the next run skips it.
    book.append(REPORT_LOG_TABLE.name, rows);
  }
  for (const [label, threads] of labels) {
    withRetry(ports, () => ports.mailbox.label([...threads], label));
  }
  // The cursor moves only after a complete pass: an interrupted one is searched again.
  if (complete) ports.settings.set(CURSOR_KEY, String(newest));
  return { logged: rows.length - needsCheck, needsCheck, skipped, complete };
}

function logRow(
  message: MailboxMessage,
  id: string,
  config: DailyConfig,
  calendar: WorkCalendar,
  me: string,
  at: Date,
  labels: Map<string, Set<string>>,
  onProblem: () => void,
): unknown[] {
  const logged = { ...message, messageId: id };
  const parsed = parseDailyReport(
    {
      messageId: id,
      from: message.from,
      to: message.to,
      cc: message.cc,
      subject: message.subject,
      receivedAt: message.receivedAt,
      text: message.text,
      html: message.html,
      attachments: message.attachments,
    },
    config,
  );
  if (!parsed.ok) {
    onProblem();
    return problemRow(logged, parsed.problems, me, at);
  }
  const label = monthLabel(parsed.report.date);
  labels.set(label, (labels.get(label) ?? new Set()).add(message.threadId));
  const late = isLate(parsed.report.date, message.receivedAt, config, calendar);
  return reportRow(parsed.report, logged, late, me, at);
}
