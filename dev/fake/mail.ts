/**
 * Fake MailApp. Sends as `kernel.activeUser` and records every email (test API `sent()`); with
 * a FakeGmailService it also files the mail in the sender's Sent and the recipients' fake
 * inboxes and shares GmailApp's daily recipient quota, as the two services do in Apps Script.
 * Signatures: sendEmail(message), sendEmail(recipient, subject, body[, options]) and
 * sendEmail(to, replyTo, subject, body). Quota: 1,500 recipients per day (Workspace), taken per
 * recipient; past it, "Service invoked too many times for one day: email."
 */
import type { FakeGmailService, SendOptions } from './gmail';
import { summarize } from './gmail/blob';
import { Mailbox } from './gmail/mailbox';
import { EmailQuota } from './gmail/quota';
import { compose, recipientsOf } from './gmail/send';
import type { AttachmentSummary } from './gmail/types';
import { fromJson, toJson } from './json';
import type { FakeKernel, Persistent } from './kernel';

export interface MailAppMessage extends SendOptions {
  to?: string;
  subject?: string;
  body?: string;
}

export interface SentMail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  replyTo?: string;
  name?: string;
  noReply?: boolean;
  attachments: AttachmentSummary[];
  sentAt: Date;
}

interface StoredMail extends Omit<SentMail, 'sentAt'> {
  sentMs: number;
}

export interface MailState {
  sent: StoredMail[];
  /** Only when MailApp runs without Gmail; otherwise the quota is Gmail's. */
  quota?: EmailQuota['state'];
}

export class FakeMailService implements Persistent<MailState> {
  private sentLog: StoredMail[] = [];
  private readonly ownQuota: EmailQuota;
  private readonly mailApp: object;

  constructor(
    private readonly kernel: FakeKernel,
    private readonly gmail?: FakeGmailService,
  ) {
    this.ownQuota = new EmailQuota(kernel);
    this.mailApp = {
      sendEmail: (...args: unknown[]) => this.sendEmail(args),
      getRemainingDailyQuota: () => this.getRemainingDailyQuota(),
    };
  }

  private get quota(): EmailQuota {
    return this.gmail?.store.quota ?? this.ownQuota;
  }

  globals(): { MailApp: object } {
    return { MailApp: this.mailApp };
  }

  private getRemainingDailyQuota(): number {
    this.kernel.call('MailApp.getRemainingDailyQuota');
    return this.quota.remaining(this.kernel.activeUser);
  }

  private sendEmail(args: unknown[]): void {
    this.kernel.call('MailApp.sendEmail');
    const { recipient, subject, body, options } = normalize(args);
    const user = this.kernel.activeUser;
    // Same argument checks and limits as GmailApp (throws before anything is recorded).
    const sender = this.gmail?.store.mailbox(user) ?? new Mailbox(user);
    const out = compose(this.kernel, sender, recipient, subject, body, options);
    if (this.gmail) this.gmail.sendFromScript('MailApp', recipient, subject, body, options);
    else this.quota.consume(user, recipientsOf(out).length);
    const list = (value: string) =>
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    this.sentLog.push({
      from: out.from,
      to: list(out.to),
      cc: list(out.cc),
      bcc: list(out.bcc),
      subject: out.subject,
      body: out.plainBody,
      ...(out.htmlBody !== undefined ? { htmlBody: out.htmlBody } : {}),
      ...(out.replyTo ? { replyTo: out.replyTo } : {}),
      ...(options.name !== undefined ? { name: options.name } : {}),
      ...(out.noReply ? { noReply: true } : {}),
      attachments: summarize(out.attachments),
      sentMs: this.kernel.nowMillis(),
    });
  }

  // ---- Test API ----

  /** Every email MailApp sent, oldest first. */
  sent(): SentMail[] {
    return this.sentLog.map(({ sentMs, ...rest }) => ({
      ...rest,
      sentAt: this.kernel.date(sentMs),
    }));
  }

  /** The daily recipient limit (shared with GmailApp when Gmail is attached). */
  setDailyQuota(limit: number): void {
    this.quota.state.limit = limit;
  }

  snapshot(): MailState {
    const state: MailState = { sent: this.sentLog };
    if (!this.gmail) state.quota = this.ownQuota.state;
    return toJson(state) as unknown as MailState;
  }

  restore(state: MailState): void {
    const copy = fromJson<MailState>(JSON.parse(JSON.stringify(state)));
    this.sentLog = copy.sent;
    if (copy.quota && !this.gmail) this.ownQuota.state = copy.quota;
  }
}

/** The four documented sendEmail signatures → one shape. */
function normalize(args: unknown[]): {
  recipient: string;
  subject: unknown;
  body: unknown;
  options: SendOptions;
} {
  const [a, b, c, d] = args;
  if (args.length === 1 && a !== null && typeof a === 'object') {
    const { to, subject, body, ...options } = a as MailAppMessage;
    return { recipient: to ?? '', subject, body: body ?? '', options };
  }
  if (args.length === 4 && typeof d === 'string') {
    // sendEmail(to, replyTo, subject, body)
    return {
      recipient: String(a ?? ''),
      subject: c,
      body: d,
      options: { replyTo: String(b ?? '') },
    };
  }
  const options = d !== null && typeof d === 'object' ? (d as SendOptions) : {};
  return { recipient: String(a ?? ''), subject: b, body: c, options };
}
