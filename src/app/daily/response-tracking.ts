/**
 * The response-time tracking run, in the mailbox of the user it runs as (the owner of a
 * watched address): official mail that came in to a watched address gets one SuratResmi row
 * per thread (see core/daily/tracking for what counts), and rows still waiting for their
 * reply are updated when it is sent.
 *
 * Like the report ingestion: the search starts a day before the saved cursor (one per
 * mailbox), pages are read until a time budget runs out, transient failures are retried,
 * and the cursor moves only after a complete pass, so a run cut short is resumed by the next
 * one. The first run looks back FIRST_LOOKBACK_MS, not through years of mail. Open rows of
 * this mailbox that the search did not bring back (their mail is older than the cursor) are
 * read again by thread id.
 *
 * The mailbox is read without the script lock (minutes of Gmail calls must not block other
 * users); SuratResmi is read again and written under the lock, in one write.
 */
import { readResponseStandards, type TrackedThread } from '../../core/daily/response';
import {
  RESPONSE_STANDARDS_TABLE,
  TRACKED_MAIL_TABLE,
  WATCHED_ADDRESSES_TABLE,
} from '../../core/daily/tables';
import { openThreadsOf, planTrackedSheet } from '../../core/daily/tracked-sheet';
import {
  firstReplyAfter,
  observeThread,
  type TrackingRules,
  trackingQuery,
} from '../../core/daily/tracking';
import { readWatchedAddresses } from '../../core/daily/watched';
import { UserError } from '../../core/errors';
import type { DataBook, MailboxPage, Ports } from '../../ports';
import { withRetry } from '../retry';
import { type DailyContext, dailyContextOf } from './context';

export const RESPONSE_CURSOR_PREFIX = 'LENTERA_RESPONSE_CURSOR:';
/** Threads per search page (the API allows up to 500; 100 keeps one page's reads short). */
const PAGE = 100;
/** Stop reading after this long; the rest is picked up by the next run. */
const BUDGET_MS = 4 * 60_000;
const OVERLAP_MS = 86_400_000;
/** Without a cursor: the last 31 days, the running month with room to spare. */
const FIRST_LOOKBACK_MS = 31 * 86_400_000;

export interface TrackingReport {
  /** Watched addresses in AlamatDipantau. */
  readonly addresses: number;
  readonly added: number;
  readonly updated: number;
  /** Open threads read again by id. */
  readonly rechecked: number;
  /** SuratResmi cells the reader could not use (left as they are). */
  readonly unreadable: number;
  readonly complete: boolean;
}

/** The watched addresses and what the tracking of this mailbox needs to judge a thread. */
export function trackingRulesOf(ports: Pick<Ports, 'identity'>, ctx: DailyContext): TrackingRules {
  const table = ctx.read(WATCHED_ADDRESSES_TABLE.name);
  return {
    watched: readWatchedAddresses(table.header, table.rows).addresses,
    mailbox: ports.identity.currentUserEmail(),
    config: ctx.config,
  };
}

/** What a run has seen so far; written out even when the run stops early. */
interface Seen {
  readonly observed: Map<string, TrackedThread>;
  newest: number;
  complete: boolean;
  rechecked: number;
}

/** New mail to the watched addresses since `from`, page by page until the budget runs out. */
function searchNewMail(
  ports: Ports,
  rules: TrackingRules,
  from: number,
  overBudget: () => boolean,
  seen: Seen,
): void {
  const query = trackingQuery(
    rules.watched.map((w) => w.address),
    from,
  );
  for (let page: string | null = null; !overBudget(); ) {
    const token: string | null = page;
    const found: MailboxPage = withRetry(ports, () => ports.mailbox.search(query, token, PAGE));
    for (const messages of found.threads) {
      for (const m of messages) seen.newest = Math.max(seen.newest, m.receivedAt);
      const thread = observeThread(messages, rules);
      if (thread !== null) seen.observed.set(thread.threadId, thread);
    }
    page = found.next;
    if (page === null) {
      seen.complete = true;
      return;
    }
  }
}

/** Waiting rows of this mailbox the search did not bring back, read again by thread id. */
function recheckOpen(
  ports: Ports,
  open: readonly TrackedThread[],
  mailbox: string,
  overBudget: () => boolean,
  seen: Seen,
): void {
  for (const thread of open) {
    if (overBudget()) return;
    if (seen.observed.has(thread.threadId)) continue;
    const messages = withRetry(ports, () => ports.mailbox.thread(thread.threadId));
    seen.rechecked += 1;
    // A thread deleted from the mailbox keeps its row as it is.
    if (messages === null) continue;
    seen.observed.set(thread.threadId, {
      ...thread,
      firstReplyAt: firstReplyAfter(messages, thread.receivedAt),
      mailbox,
    });
  }
}

export function trackResponses(ports: Ports, book: DataBook): TrackingReport {
  const ctx = dailyContextOf(ports, book);
  const started = ctx.now.getTime();
  const rules = trackingRulesOf(ports, ctx);
  if (rules.watched.length === 0) {
    return { addresses: 0, added: 0, updated: 0, rechecked: 0, unreadable: 0, complete: true };
  }
  if (rules.mailbox === '') {
    throw new UserError('Alamat email akun yang menjalankan pemantauan ini tidak terbaca.');
  }
  const table = ctx.read(TRACKED_MAIL_TABLE.name);
  if (table.header.length === 0) {
    throw new UserError(
      `Sheet ${TRACKED_MAIL_TABLE.name} belum ada di spreadsheet data. Minta Admin Sistem menjalankan "Penyiapan" sekali lagi.`,
    );
  }
  const overBudget = () => ports.clock.now().getTime() - started > BUDGET_MS;
  const cursorKey = RESPONSE_CURSOR_PREFIX + rules.mailbox;
  const cursor = Number(ports.settings.get(cursorKey) ?? 0) || 0;
  const seen: Seen = { observed: new Map(), newest: cursor, complete: false, rechecked: 0 };
  let written: Pick<TrackingReport, 'added' | 'updated' | 'unreadable'>;
  try {
    const from = cursor > 0 ? cursor - OVERLAP_MS : started - FIRST_LOOKBACK_MS;
    searchNewMail(ports, rules, from, overBudget, seen);
    const open = openThreadsOf(table.header, table.rows, rules.mailbox, ctx.config.timeZone);
    recheckOpen(ports, open, rules.mailbox, overBudget, seen);
  } finally {
    // What was seen is written even when the run is cut short: the next run skips it.
    written = ports.lock.run(() => writeObserved(ctx, [...seen.observed.values()]));
  }
  // The cursor moves only after a complete pass: an interrupted one is searched again.
  if (seen.complete) ports.settings.set(cursorKey, String(seen.newest));
  return {
    addresses: rules.watched.length,
    ...written,
    rechecked: seen.rechecked,
    complete: seen.complete,
  };
}

function writeObserved(
  ctx: DailyContext,
  observed: readonly TrackedThread[],
): Pick<TrackingReport, 'added' | 'updated' | 'unreadable'> {
  // Read again under the lock: another mailbox's run may have written since.
  const { header, rows } = ctx.read(TRACKED_MAIL_TABLE.name);
  const standards = ctx.read(RESPONSE_STANDARDS_TABLE.name);
  const read = readResponseStandards(standards.header, standards.rows, {
    priorities: ctx.config.priorities,
  });
  const plan = planTrackedSheet({
    header,
    rows,
    observed,
    standards: read.standards,
    calendar: ctx.calendar(),
    now: ctx.now.getTime(),
  });
  if (plan.rewrite !== null) ctx.book.replace(TRACKED_MAIL_TABLE.name, header, plan.rewrite);
  else if (plan.appended.length > 0) ctx.book.append(TRACKED_MAIL_TABLE.name, plan.appended);
  return { added: plan.added, updated: plan.updated, unreadable: plan.problems.length };
}
