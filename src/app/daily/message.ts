/**
 * The message open in Gmail, as the LENTERA card shows it: a daily report (its check and
 * whether it is logged), other official mail (when its answer is due, in working time, and
 * whether it was answered), or any other mail (who sent it, official address or not).
 * The message is read through the Mailbox port, in the thread Gmail names in the add-on
 * event, so the add-on needs no full-mail scope.
 */
import type { DailyUnit } from '../../core/daily/config';
import { reportDeadline } from '../../core/daily/late';
import { analyseDailyMail, looksLikeDailyReport } from '../../core/daily/parse';
import { REPORT_LOG_TABLE, reportLogKey } from '../../core/daily/report-log';
import {
  bareAddress,
  domainOf,
  isOfficialAddress,
  readResponseStandards,
  responseStatus,
  type TrackedThread,
} from '../../core/daily/response';
import { findLogged, type LogEntry } from '../../core/daily/review';
import { RESPONSE_STANDARDS_TABLE } from '../../core/daily/tables';
import {
  firstReplyAfter,
  isAutomatedSender,
  observeThread,
  priorityOf,
  type TrackingRules,
} from '../../core/daily/tracking';
import type { WatchedAddress } from '../../core/daily/watched';
import { UserError } from '../../core/errors';
import type { MailboxMessage, Ports } from '../../ports';
import { locateDataBook } from '../data-book';
import { canReview, type DailyContext, dailyContextOf } from './context';
import { officialDomains } from './registry';
import { trackingRulesOf } from './response-tracking';

export type { LogEntry };

/** Gmail's ids of the open message, from the add-on event. */
export interface OpenMessageIds {
  readonly messageId: string;
  readonly threadId: string;
}

export interface MessageSummary {
  readonly subject: string;
  readonly from: string;
  readonly receivedAt: number;
  /** The sender writes from the instansi's own domain (seed 000: no personal accounts). */
  readonly official: boolean;
}

export interface ReportCheck {
  readonly unit: Pick<DailyUnit, 'code' | 'name'> | null;
  /** 'YYYY-MM-DD'; null when the report names no valid date. */
  readonly date: string | null;
  readonly priority: string | null;
  /** Last on-time instant (epoch ms) and whether the report came after it; null without a date. */
  readonly deadline: number | null;
  readonly late: boolean | null;
  /** Every problem the parser found, in Indonesian; empty for a valid report. */
  readonly problems: readonly string[];
  /** The sections that could be read (canonical name → text), valid report or not. */
  readonly sections: Readonly<Record<string, string>>;
}

/** What a coordinator can do on the card; null for everyone else. */
export interface ReviewChoices {
  readonly ids: OpenMessageIds;
  /** Units to pick from when the report names none; empty when it does. */
  readonly units: readonly Pick<DailyUnit, 'code' | 'name'>[];
  /** The report's date is unknown: the card asks for it. */
  readonly needsDate: boolean;
}

export interface ResponseCheck {
  /** Unit and category of the watched address it came to; null for other mail of the domain. */
  readonly watched: Pick<WatchedAddress, 'unit' | 'category'> | null;
  /** Read from the mail (see core/daily/tracking); '' when it states none. */
  readonly priority: string;
  /** When the mail being answered arrived (epoch ms). */
  readonly receivedAt: number;
  readonly due: number;
  readonly standardMinutes: number;
  /** The first reply sent from this mailbox after it; null while unanswered. */
  readonly answeredAt: number | null;
  /** Over its standard in working time (answered late, or still unanswered past due). */
  readonly overdue: boolean;
}

export type MessageView =
  | { readonly kind: 'plain'; readonly message: MessageSummary }
  | {
      readonly kind: 'report';
      readonly message: MessageSummary;
      readonly report: ReportCheck;
      readonly log: LogEntry | null;
      readonly review: ReviewChoices | null;
    }
  | {
      readonly kind: 'official';
      readonly message: MessageSummary;
      readonly response: ResponseCheck;
    };

/** The open message and its thread (oldest first), or a UserError when it is gone. */
export function readOpenMessage(
  ports: Pick<Ports, 'mailbox'>,
  ids: OpenMessageIds,
): { message: MailboxMessage; thread: readonly MailboxMessage[] } {
  const thread = ids.threadId === '' ? null : ports.mailbox.thread(ids.threadId);
  const message = thread?.find((m) => m.id === ids.messageId);
  if (!thread || !message) {
    throw new UserError(
      'Pesan ini tidak ditemukan lagi di kotak surat Anda (mungkin sudah dihapus atau dipindahkan). Buka ulang pesannya.',
    );
  }
  return { message, thread };
}

const summaryOf = (message: MailboxMessage, domains: readonly string[]): MessageSummary => ({
  subject: message.subject,
  from: message.from,
  receivedAt: message.receivedAt,
  official: isOfficialAddress(message.from, domains),
});

export function openMessageView(ports: Ports, ids: OpenMessageIds): MessageView {
  const { message, thread } = readOpenMessage(ports, ids);
  const state = locateDataBook(ports);
  if (state.kind !== 'ready') {
    // Before setup there are no units, logs or standards; the user's domain is the instansi's.
    const own = domainOf(ports.identity.currentUserEmail());
    return { kind: 'plain', message: summaryOf(message, [own]) };
  }
  const ctx = dailyContextOf(ports, state.book);
  const domains = officialDomains(ports, ctx);
  const summary = summaryOf(message, domains);
  if (looksLikeDailyReport(message.subject, ctx.config)) {
    return reportView(ctx, ids, message, summary);
  }
  const response = responseCheck(ports, ctx, thread, domains);
  return response
    ? { kind: 'official', message: summary, response }
    : { kind: 'plain', message: summary };
}

export function checkReport(ctx: DailyContext, message: MailboxMessage): ReportCheck {
  const a = analyseDailyMail({ ...message, messageId: reportLogKey(message) }, ctx.config);
  const date = 'iso' in a.date ? a.date.iso : null;
  const deadline = date === null ? null : reportDeadline(date, ctx.config, ctx.calendar());
  return {
    unit: 'unit' in a.unit ? { code: a.unit.unit.code, name: a.unit.unit.name } : null,
    date,
    priority: 'priority' in a.priority ? a.priority.priority : null,
    deadline,
    late: deadline === null ? null : message.receivedAt > deadline,
    problems: a.problems,
    sections: a.body.sections,
  };
}

function reportView(
  ctx: DailyContext,
  ids: OpenMessageIds,
  message: MailboxMessage,
  summary: MessageSummary,
): MessageView {
  const report = checkReport(ctx, message);
  const table = ctx.read(REPORT_LOG_TABLE.name);
  const log = findLogged(table.header, table.rows, reportLogKey(message), ctx.config.timeZone);
  const review: ReviewChoices | null = canReview(ctx)
    ? {
        ids,
        units: report.unit ? [] : ctx.config.units.map((u) => ({ code: u.code, name: u.name })),
        needsDate: report.date === null,
      }
    : null;
  return { kind: 'report', message: summary, report, log, review };
}

/**
 * Mail from the instansi's own domain that is not to a watched address: measured like
 * tracked mail (first incoming message, its first reply), though no job keeps it in SuratResmi.
 */
function fromInstansi(
  thread: readonly MailboxMessage[],
  rules: TrackingRules,
  domains: readonly string[],
): TrackedThread | null {
  const own = (m: MailboxMessage) => m.sent || bareAddress(m.from) === rules.mailbox;
  // A thread the user started is their own correspondence, as for tracked mail.
  if (thread[0] === undefined || own(thread[0])) return null;
  const incoming = thread.find(
    (m) => !own(m) && !isAutomatedSender(m.from) && isOfficialAddress(m.from, domains),
  );
  if (!incoming) return null;
  return {
    threadId: incoming.threadId,
    messageId: incoming.messageId,
    unit: '',
    category: '',
    priority: priorityOf(incoming.subject, incoming.text, rules.config),
    from: incoming.from,
    to: incoming.to.join(', '),
    subject: incoming.subject,
    receivedAt: incoming.receivedAt,
    firstReplyAt: firstReplyAfter(thread, incoming.receivedAt),
  };
}

/**
 * Response time of official mail: the thread as the tracking job sees it (mail to a watched
 * address), else mail from the instansi's domain; null for anything else.
 */
function responseCheck(
  ports: Ports,
  ctx: DailyContext,
  thread: readonly MailboxMessage[],
  domains: readonly string[],
): ResponseCheck | null {
  const rules = trackingRulesOf(ports, ctx);
  const watched = observeThread(thread, rules);
  const tracked = watched ?? fromInstansi(thread, rules, domains);
  if (!tracked) return null;
  const table = ctx.read(RESPONSE_STANDARDS_TABLE.name);
  const { standards } = readResponseStandards(table.header, table.rows, {
    priorities: ctx.config.priorities,
  });
  const status = responseStatus(tracked, standards, ctx.calendar(), ctx.now);
  return {
    watched: watched ? { unit: watched.unit, category: watched.category } : null,
    priority: tracked.priority,
    receivedAt: tracked.receivedAt,
    due: status.due,
    standardMinutes: status.standardMinutes,
    answeredAt: status.answered ? tracked.firstReplyAt : null,
    overdue: status.breached,
  };
}
