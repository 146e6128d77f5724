/**
 * Replies and forwards as Gmail builds them: "Re:"/"Fwd:" subjects, In-Reply-To and
 * References pointing at the message answered, and the recipients Gmail would pick
 * (the Reply-To or sender; for your own message, its recipients; reply-all adds the rest).
 */
import type { FakeKernel } from '../kernel';
import { emailsOf, formatAddress, parseList } from './address';
import type { Mailbox } from './mailbox';
import { plainOf, rfc2822Date } from './mime';
import { compose, type Outgoing, type SendOptions } from './send';
import type { MessageRecord } from './types';

const prefixed = (prefix: string, subject: string) =>
  new RegExp(`^${prefix}:`, 'i').test(subject.trim()) ? subject : `${prefix}: ${subject}`;

export function replyRecipients(
  box: Mailbox,
  target: MessageRecord,
  all: boolean,
): { to: string; cc: string } {
  const me = box.owner.toLowerCase();
  const mine = emailsOf(target.from).includes(me) || target.system.includes('SENT');
  const to = mine ? target.to : target.replyTo || target.from;
  if (!all) return { to, cc: '' };
  const taken = new Set([me, ...emailsOf(to)]);
  const cc = [...parseList(target.to), ...parseList(target.cc)].filter((a) => {
    const email = a.email.toLowerCase();
    if (taken.has(email)) return false;
    taken.add(email);
    return true;
  });
  return { to, cc: cc.map(formatAddress).join(', ') };
}

export function replyOutgoing(
  kernel: FakeKernel,
  box: Mailbox,
  target: MessageRecord,
  body: unknown,
  options: SendOptions = {},
  all = false,
  requireRecipient = true,
): Outgoing {
  const { to, cc } = replyRecipients(box, target, all);
  const mergedCc = [cc, options.cc].filter(Boolean).join(', ');
  const out = compose(
    kernel,
    box,
    to,
    options.subject ?? prefixed('Re', target.subject),
    body,
    { ...options, cc: mergedCc },
    requireRecipient,
  );
  out.inReplyTo = target.rfcId;
  out.references = [...target.references, target.rfcId];
  return out;
}

export function forwardOutgoing(
  kernel: FakeKernel,
  box: Mailbox,
  target: MessageRecord,
  recipient: string,
  options: SendOptions,
  timeZone: string,
): Outgoing {
  const header = [
    '---------- Forwarded message ---------',
    `From: ${target.from}`,
    `Date: ${rfc2822Date(target.dateMs, timeZone)}`,
    `Subject: ${target.subject}`,
    `To: ${target.to}`,
    ...(target.cc ? [`Cc: ${target.cc}`] : []),
    '',
    '',
  ].join('\n');
  const out = compose(
    kernel,
    box,
    recipient,
    prefixed('Fwd', target.subject),
    `${header}${plainOf(target)}`,
    options,
  );
  if (options.htmlBody === undefined && target.htmlBody !== undefined) {
    out.htmlBody = `<div>${header.replace(/\n/g, '<br>')}</div>${target.htmlBody}`;
  }
  out.attachments = [...target.attachments, ...out.attachments];
  out.references = [...target.references, target.rfcId];
  return out;
}
