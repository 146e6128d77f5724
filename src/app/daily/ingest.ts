/**
 * The report ingestion job: finds daily reports in the coordinator's mailbox and logs each
 * exactly once (by Message-ID) in LaporanHarian, valid or not, then labels the threads
 * `LENTERA/Diterima/<yyyy-MM>`. The search starts a day before the saved cursor, so a run
 * cut short (time budget, quota) is simply resumed by the next one: what was logged is
 * skipped, what was not is picked up. All rows of a run are written in one append.
 */
import { isLate } from '../../core/daily/late';
import { looksLikeDailyReport, parseDailyReport } from '../../core/daily/parse';
import {
  loggedIds,
  problemRow,
  REPORT_LOG_TABLE,
  reportLogKey,
  reportRow,
} from '../../core/daily/report-log';
import type { DataBook, MailboxMessage, MailboxPage, Ports } from '../../ports';
import { withRetry } from '../retry';
import { archiveAttachments } from './archive';
import { type DailyContext, dailyContextOf } from './context';

export const CURSOR_KEY = 'LENTERA_CURSOR';
/** Threads per search page (the API allows up to 500; 100 keeps one page's reads short). */
const PAGE = 100;
/** Stop reading after this long; the rest is picked up by the next run. */
const BUDGET_MS = 4 * 60_000;
const OVERLAP_MS = 86_400_000;

export interface IngestReport {
  readonly logged: number;
  readonly needsCheck: number;
  readonly skipped: number;
  readonly complete: boolean;
}

const monthLabel = (date: string) => `LENTERA/Diterima/${date.slice(0, 7)}`;

export function ingestReports(ports: Ports, book: DataBook): IngestReport {
  const started = ports.clock.now().getTime();
  const ctx = dailyContextOf(ports, book);
  const { config } = ctx;
  const known = loggedIds(book.read(REPORT_LOG_TABLE.name).rows);
  const cursor = Number(ports.settings.get(CURSOR_KEY) ?? 0) || 0;
  // Epoch seconds: Gmail reads after:<date> at Pacific midnight, seconds are exact.
  const after = Math.max(0, Math.floor((cursor - OVERLAP_MS) / 1000));
  const query = `subject:"${config.subjectTag}" after:${after} -in:sent -in:drafts`;

  const me = ports.identity.currentUserEmail();
  const at = ports.clock.now();
  const entries: LogEntry[] = [];
  let skipped = 0;
  let newest = cursor;
  let complete = false;
  try {
    for (let page: string | null = null; ; ) {
      if (ports.clock.now().getTime() - started > BUDGET_MS) break;
      const token: string | null = page;
      const found: MailboxPage = withRetry(ports, () => ports.mailbox.search(query, token, PAGE));
      for (const message of found.threads.flat()) {
        if (!looksLikeDailyReport(message.subject, config)) continue;
        const id = reportLogKey(message);
        if (known.has(id)) {
          skipped += 1;
          continue;
        }
        known.add(id);
        entries.push(logEntry(ports, ctx, message, id, me, at));
        newest = Math.max(newest, message.receivedAt);
      }
      page = found.next;
      if (page === null) {
        complete = true;
        break;
      }
    }
  } finally {
    // What was read is logged even when the run is cut short: the next run skips it.
    writeLog(ports, book, entries);
  }
  // The cursor moves only after a complete pass: an interrupted one is searched again.
  if (complete) ports.settings.set(CURSOR_KEY, String(newest));
  const needsCheck = entries.filter((e) => e.label === null).length;
  return { logged: entries.length - needsCheck, needsCheck, skipped, complete };
}

/** A log row and the month label its thread gets (null: not a valid report, not labelled). */
interface LogEntry {
  readonly row: unknown[];
  readonly threadId: string;
  readonly label: string | null;
}

/**
 * Labels first, then one append. A report whose thread could not be labelled is left out of
 * the log, so the next run (which skips what is logged) reads, logs and labels it again; the
 * labelling error is re-thrown once the rest is written.
 */
function writeLog(ports: Ports, book: DataBook, entries: readonly LogEntry[]): void {
  const threads = new Map<string, Set<string>>();
  for (const { label, threadId } of entries) {
    if (label !== null) threads.set(label, (threads.get(label) ?? new Set()).add(threadId));
  }
  const failed = new Set<string>();
  let failure: unknown = null;
  for (const [label, ids] of threads) {
    try {
      withRetry(ports, () => ports.mailbox.label([...ids], label));
    } catch (error) {
      failed.add(label);
      failure ??= error;
    }
  }
  const rows = entries.filter((e) => e.label === null || !failed.has(e.label)).map((e) => e.row);
  book.append(REPORT_LOG_TABLE.name, rows);
  if (failure !== null) throw failure;
}

function logEntry(
  ports: Ports,
  ctx: DailyContext,
  message: MailboxMessage,
  id: string,
  me: string,
  at: Date,
): LogEntry {
  const { config, settings } = ctx;
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
  const { threadId } = message;
  if (!parsed.ok)
    return { row: problemRow(logged, parsed.problems, me, at), threadId, label: null };
  const late = isLate(parsed.report.date, message.receivedAt, config, ctx.calendar());
  const archive =
    settings.archiveAttachments && message.attachments.length > 0
      ? archiveAttachments(ports, message, parsed.report, settings.archiveFolders)
      : undefined;
  const row = reportRow(parsed.report, logged, late, me, at, archive);
  return { row, threadId, label: monthLabel(parsed.report.date) };
}
