/**
 * Composing and sending, shared by GmailApp.sendEmail, replies, forwards, drafts and MailApp:
 * argument checks with Apps Script's messages and limits, the recipient quota, the sender's
 * copy (label SENT) and a copy in every recipient mailbox of the workspace (INBOX, unread,
 * joined to the recipient's thread when it replies to a message they have).
 */
import type { FakeKernel } from '../kernel';
import { type Address, emailsOf, formatAddress, isEmail, parseList } from './address';
import { type AttachmentInput, fromBlobSource, fromInput, summarize } from './blob';
import { contentOf } from './content';
import type { Mailbox } from './mailbox';
import type { MailStore } from './store';
import type { AttachmentRecord, MessageContent, MessageRecord, Via } from './types';

/** GmailApp / MailApp advanced options (the fields the fake reads). */
export interface SendOptions {
  attachments?: unknown[];
  bcc?: string;
  cc?: string;
  from?: string;
  htmlBody?: string;
  inlineImages?: Record<string, unknown>;
  name?: string;
  noReply?: boolean;
  replyTo?: string;
  subject?: string;
}

/** A message on its way out: always a plain body (maybe empty), and how it leaves. */
export interface Outgoing extends MessageContent {
  fromEmail: string;
  plainBody: string;
  noReply: boolean;
}

// Apps Script quota limits (Quotas for Google Services, "Limitations").
const MAX_RECIPIENTS_PER_MESSAGE = 50;
const MAX_BODY_BYTES = 200 * 1024;
const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
const MAX_SUBJECT = 250;

export function limitError(kernel: FakeKernel, message: string): Error {
  const error = kernel.error('INVALID_ARGUMENT', message);
  error.message = message;
  return error;
}

function checkList(kernel: FakeKernel, list: string): Address[] {
  const parsed = parseList(list);
  for (const a of parsed) {
    if (!isEmail(a.email)) throw limitError(kernel, `Invalid email: ${a.email}`);
  }
  return parsed;
}

/** Builds and checks an outgoing message from Apps Script arguments. */
export function compose(
  kernel: FakeKernel,
  sender: Mailbox,
  recipient: string,
  subject: unknown,
  body: unknown,
  options: SendOptions = {},
  requireRecipient = true,
): Outgoing {
  const to = checkList(kernel, String(recipient ?? ''));
  const cc = checkList(kernel, String(options.cc ?? ''));
  const bcc = checkList(kernel, String(options.bcc ?? ''));
  const count = new Set([...to, ...cc, ...bcc].map((a) => a.email.toLowerCase())).size;
  if (requireRecipient && count === 0) throw kernel.error('INVALID_ARGUMENT', 'recipient');
  if (count > MAX_RECIPIENTS_PER_MESSAGE) {
    throw limitError(kernel, 'Limit Exceeded: Email Recipients Per Message.');
  }
  const subjectText = String(subject ?? '');
  if (subjectText.length > MAX_SUBJECT) throw limitError(kernel, 'Argument too large: subject');
  const plainBody = String(body ?? '');
  const htmlBody = options.htmlBody === undefined ? undefined : String(options.htmlBody);
  if (Buffer.byteLength(plainBody) + Buffer.byteLength(htmlBody ?? '') > MAX_BODY_BYTES) {
    throw limitError(kernel, 'Limit Exceeded: Email Body Size.');
  }
  const attachments = (options.attachments ?? []).map((a) => {
    try {
      return fromBlobSource(a);
    } catch {
      throw kernel.error('INVALID_ARGUMENT', 'attachments');
    }
  });
  if (attachments.reduce((n, a) => n + a.size, 0) > MAX_ATTACHMENT_BYTES) {
    throw limitError(kernel, 'Limit Exceeded: Email Total Attachments Size.');
  }
  const fromEmail = senderAddress(kernel, sender, options);
  const name = options.name ?? (options.noReply ? undefined : sender.displayName);
  const replyTo = options.replyTo
    ? checkList(kernel, options.replyTo).map(formatAddress).join(', ')
    : '';
  return {
    fromEmail,
    from: formatAddress(name ? { name, email: fromEmail } : { email: fromEmail }),
    to: to.map(formatAddress).join(', '),
    cc: cc.map(formatAddress).join(', '),
    bcc: bcc.map(formatAddress).join(', '),
    replyTo,
    subject: subjectText,
    plainBody,
    ...(htmlBody !== undefined ? { htmlBody } : {}),
    attachments,
    references: [],
    noReply: options.noReply === true,
  };
}

function senderAddress(kernel: FakeKernel, sender: Mailbox, options: SendOptions): string {
  if (options.noReply) return `noreply@${sender.owner.slice(sender.owner.lastIndexOf('@') + 1)}`;
  if (options.from === undefined) return sender.owner;
  const alias = sender.aliases.find((a) => a.toLowerCase() === String(options.from).toLowerCase());
  if (!alias && String(options.from).toLowerCase() !== sender.owner.toLowerCase()) {
    throw kernel.error('INVALID_ARGUMENT', 'from');
  }
  return alias ?? sender.owner;
}

export function recipientsOf(out: Pick<Outgoing, 'to' | 'cc' | 'bcc'>): string[] {
  return [...new Set([...emailsOf(out.to), ...emailsOf(out.cc), ...emailsOf(out.bcc)])];
}

export function testAttachments(inputs: AttachmentInput[] | undefined): AttachmentRecord[] {
  return (inputs ?? []).map(fromInput);
}

export interface SendResult {
  sentCopy?: MessageRecord;
}

/**
 * Sends `out` from `sender`. `sentCopy` is an existing message that becomes the sent one (a
 * draft being sent); otherwise a new SENT message is filed in `threadId` or a new thread.
 * No sender copy for noReply mail: it does not leave from the user's mailbox.
 */
export function send(
  kernel: FakeKernel,
  store: MailStore,
  sender: Mailbox,
  out: Outgoing,
  via: Via,
  place: { threadId?: string; sentCopy?: MessageRecord } = {},
): SendResult {
  const recipients = recipientsOf(out);
  store.quota.consume(sender.owner, recipients.length);
  const now = kernel.nowMillis();
  const rfcId = place.sentCopy?.rfcId ?? store.newRfcId();
  const me = sender.owner.toLowerCase();
  let sentCopy: MessageRecord | undefined;
  if (place.sentCopy) {
    sentCopy = place.sentCopy;
    Object.assign(sentCopy, contentOf(out), { dateMs: now, rfcId });
    sender.setSystem(sentCopy, 'DRAFT', false);
    sender.setSystem(sentCopy, 'SENT', true);
    const thread = sender.threads.get(sentCopy.threadId);
    if (thread) thread.lastMs = Math.max(thread.lastMs, now);
    store.searchCache.delete(sentCopy.id);
  } else if (!out.noReply) {
    const id = store.newMessageId();
    sentCopy = {
      id,
      threadId: place.threadId ?? sender.threadFor(out.inReplyTo, out.references) ?? id,
      rfcId,
      ...contentOf(out),
      dateMs: now,
      system: ['SENT'],
    };
    store.add(sender, sentCopy);
  }
  if (sentCopy && recipients.includes(me)) sender.setSystem(sentCopy, 'INBOX', true);
  for (const email of recipients) {
    if (email === me || !store.deliverable(email)) continue;
    deliverCopy(store, store.mailbox(email), { ...out, bcc: '' }, rfcId, now);
  }
  store.outbound.push({
    via,
    from: out.from,
    to: emailsOf(out.to),
    cc: emailsOf(out.cc),
    bcc: emailsOf(out.bcc),
    subject: out.subject,
    plainBody: out.plainBody,
    ...(out.htmlBody !== undefined ? { htmlBody: out.htmlBody } : {}),
    ...(out.replyTo ? { replyTo: out.replyTo } : {}),
    ...(out.noReply ? { noReply: true } : {}),
    rfcId,
    sentMs: now,
    attachments: summarize(out.attachments),
  });
  return sentCopy ? { sentCopy } : {};
}

/** Files an incoming copy in a recipient's mailbox (INBOX, unread). */
export function deliverCopy(
  store: MailStore,
  box: Mailbox,
  message: MessageContent,
  rfcId: string,
  dateMs: number,
  threadId?: string,
  headers?: Record<string, string>,
): MessageRecord {
  const id = store.newMessageId();
  const record: MessageRecord = {
    id,
    threadId: threadId ?? box.threadFor(message.inReplyTo, message.references) ?? id,
    rfcId,
    ...contentOf(message),
    dateMs,
    ...(headers ? { headers } : {}),
    system: ['INBOX', 'UNREAD'],
  };
  store.add(box, record);
  return record;
}
