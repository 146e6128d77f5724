/**
 * What a mailbox thread means for response-time tracking (seed 000: "waktu respons standar
 * untuk pesan masuk"): whether it is official mail that came in to a watched address of this
 * mailbox, when it came, its priority, and when this mailbox first answered it.
 *
 * Decisions the tracking job and its readers rely on:
 * - Receipt is the first message of the thread that came in (not sent from this mailbox, not
 *   from its own address, not from an automated sender such as no-reply or mailer-daemon)
 *   with a watched address among its To or Cc. A thread the mailbox started itself is its
 *   own correspondence, not mail waiting for an answer, and is not tracked. Mail Bcc'd to a
 *   watched address does not show it and is not tracked.
 * - A watched address belongs to this mailbox when it is the mailbox's own address, or when
 *   the mail reached the mailbox through it: the address is among the recipients and the
 *   mailbox's own address is not (an alias, a group, a forwarding address). A colleague
 *   merely copied on mail to another unit's address is addressed in person and does not
 *   track it, so that unit's own mailbox does.
 * - The first reply is the first message sent from this mailbox after the receipt, whoever it
 *   went to (an answer, or a disposition forwarded in the same thread).
 * - Daily reports (the subject tag) are measured by their own rules and are not tracked.
 * - Priority: Gmail does not expose a sender's importance flag, so it is read from the mail:
 *   a "Prioritas: …" line naming one of the configured priorities (as the LENTERA template
 *   writes it), else an urgency word in the subject — PENTING, SEGERA (also "Sangat Segera"),
 *   KILAT, URGENT or MENDESAK, with or without brackets — which means the highest priority
 *   (the first of config.priorities), else none: then only the * rules of StandarRespons
 *   apply.
 */
import type { DailyConfig } from './config';
import { looksLikeDailyReport } from './parse';
import { readPriority } from './parse/priority';
import { bareAddress, type TrackedThread } from './response';
import type { WatchedAddress } from './watched';

/** A message as the tracking needs it (the Mailbox port's MailboxMessage fits). */
export interface ThreadMessage {
  readonly threadId: string;
  readonly messageId: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly receivedAt: number;
  /** Sent from this mailbox. */
  readonly sent: boolean;
  readonly text: string;
}

export interface TrackingRules {
  /** Every row of AlamatDipantau. */
  readonly watched: readonly WatchedAddress[];
  /** The mailbox's own address, lower case. */
  readonly mailbox: string;
  readonly config: DailyConfig;
}

const AUTOMATED = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster)\b/;

/** Bounces and notifications expect no answer: counting them would only add breaches. */
export const isAutomatedSender = (address: string): boolean => AUTOMATED.test(bareAddress(address));

/**
 * The watched address the message came to on behalf of this mailbox (see the top of the
 * file), or null.
 */
export function watchedFor(
  message: Pick<ThreadMessage, 'to' | 'cc'>,
  rules: Pick<TrackingRules, 'watched' | 'mailbox'>,
): WatchedAddress | null {
  const recipients = new Set([...message.to, ...message.cc].map(bareAddress));
  const addressedInPerson = recipients.has(rules.mailbox);
  return (
    rules.watched.find(
      (w) => recipients.has(w.address) && (w.address === rules.mailbox || !addressedInPerson),
    ) ?? null
  );
}

/** Whether the mailbox receives mail for a watched address of the list, from one message. */
export const receivesWatched = (
  messages: readonly Pick<ThreadMessage, 'to' | 'cc' | 'sent'>[],
  rules: Pick<TrackingRules, 'watched' | 'mailbox'>,
): boolean => messages.some((m) => !m.sent && watchedFor(m, rules) !== null);

const PRIORITY_LINE = /^[ \t]*prioritas[ \t]*[:\uff1a][ \t]*(.+)$/im;
const URGENT = /(^|[^\p{L}\p{N}])(penting|segera|kilat|urgent|mendesak)(?=$|[^\p{L}\p{N}])/iu;
/** The head of a body is enough for a "Prioritas:" line and keeps a huge mail cheap. */
const BODY_HEAD = 5000;

/** The priority of incoming official mail (see the top of the file); '' when none is stated. */
export function priorityOf(subject: string, text: string, config: DailyConfig): string {
  const line = PRIORITY_LINE.exec(text.slice(0, BODY_HEAD))?.[1];
  if (line !== undefined) {
    const read = readPriority([line], config);
    if ('priority' in read) return read.priority;
  }
  return URGENT.test(subject) ? (config.priorities[0] ?? '') : '';
}

/** When the mailbox first answered mail received at `receivedAt`: its first sent message since. */
export function firstReplyAfter(
  messages: readonly Pick<ThreadMessage, 'sent' | 'receivedAt'>[],
  receivedAt: number,
): number | null {
  let first: number | null = null;
  for (const m of messages) {
    if (m.sent && m.receivedAt >= receivedAt && (first === null || m.receivedAt < first)) {
      first = m.receivedAt;
    }
  }
  return first;
}

/**
 * The thread as a SuratResmi entry of this mailbox, or null when it is not tracked. Messages
 * may come in any order; equal times keep their given order.
 */
export function observeThread(
  messages: readonly ThreadMessage[],
  rules: TrackingRules,
): TrackedThread | null {
  const ordered = messages
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.receivedAt - b.m.receivedAt || a.i - b.i)
    .map((x) => x.m);
  const first = ordered[0];
  if (first === undefined || first.sent || bareAddress(first.from) === rules.mailbox) return null;
  const at = ordered.findIndex(
    (m) =>
      !m.sent &&
      bareAddress(m.from) !== rules.mailbox &&
      !isAutomatedSender(m.from) &&
      watchedFor(m, rules) !== null,
  );
  const incoming = ordered[at];
  const watched = incoming === undefined ? null : watchedFor(incoming, rules);
  if (incoming === undefined || watched === null) return null;
  if (looksLikeDailyReport(incoming.subject, rules.config)) return null;
  return {
    threadId: incoming.threadId,
    messageId: incoming.messageId,
    unit: watched.unit,
    category: watched.category,
    priority: priorityOf(incoming.subject, incoming.text, rules.config),
    from: incoming.from,
    to: incoming.to.join(', '),
    subject: incoming.subject,
    receivedAt: incoming.receivedAt,
    firstReplyAt: firstReplyAfter(messages, incoming.receivedAt),
    mailbox: rules.mailbox,
  };
}

/**
 * The Gmail search for threads with mail to the addresses since `afterMs` (epoch seconds:
 * Gmail reads a date at Pacific midnight, seconds are exact). Drafts never count.
 */
export function trackingQuery(addresses: readonly string[], afterMs: number): string {
  const terms = addresses.flatMap((a) => [`to:${a}`, `cc:${a}`]).join(' ');
  return `{${terms}} after:${Math.max(0, Math.floor(afterMs / 1000))} -in:drafts`;
}
