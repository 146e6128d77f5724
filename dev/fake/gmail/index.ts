/**
 * Fake GmailApp and Advanced Gmail service (`Gmail`, see ./advanced): one mailbox per address
 * in the workspace, read and changed as `kernel.activeUser`, the same store behind both APIs.
 * Mail sent with GmailApp (or MailApp, replies, forwards, drafts) is filed in the sender's Sent
 * and delivered to the recipients' fake mailboxes; the test API puts incoming mail in and reads
 * mailboxes out without counting calls.
 *
 * Not modelled: Spam filtering, importance / priority inbox, chats, inline images (accepted,
 * not stored), per-message user labels (GmailApp labels whole threads), Gmail read quotas,
 * the scopes a call needs outside the add-on per-message case.
 */
import { fromJson, toJson } from '../json';
import type { FakeKernel, Persistent } from '../kernel';
import { emailsOf } from './address';
import { advancedGmail } from './advanced';
import { FakeGmailApp } from './app';
import { type AttachmentInput, summarize } from './blob';
import { envelopeOf } from './content';
import type { GmailContext } from './context';
import { FakeGmailDraft } from './draft';
import { FakeGmailLabel } from './label';
import type { Mailbox } from './mailbox';
import { FakeGmailMessage } from './message';
import { plainOf } from './mime';
import { newestFirst, Searcher } from './search';
import { compose, deliverCopy, type SendOptions, send, testAttachments } from './send';
import { MailStore } from './store';
import { FakeGmailThread } from './thread';
import type {
  AttachmentSummary,
  Envelope,
  GmailState,
  MessageRecord,
  OutboundRecord,
  SystemLabel,
  Via,
} from './types';

export type { SendOptions } from './send';
export type { GmailState } from './types';

export interface IncomingMail {
  to: string;
  from: string;
  subject: string;
  plainBody?: string;
  htmlBody?: string;
  date?: Date | string | number;
  cc?: string;
  replyTo?: string;
  attachments?: AttachmentInput[];
  /** RFC Message-ID; generated when absent. */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  /** Join this thread of the recipient's mailbox. */
  threadId?: string;
  headers?: Record<string, string>;
  /** Default true. */
  unread?: boolean;
  /** User labels to put on the thread (created when missing). */
  labels?: string[];
}

export interface Delivered {
  messageId: string;
  threadId: string;
  rfcMessageId: string;
  /** One entry per recipient mailbox the message reached. */
  copies: Array<{ mailbox: string; messageId: string; threadId: string }>;
}

export interface MessageView extends Envelope {
  id: string;
  threadId: string;
  rfcMessageId: string;
  date: Date;
  plainBody: string;
  htmlBody?: string;
  labels: SystemLabel[];
  attachments: AttachmentSummary[];
}

export interface ThreadView {
  id: string;
  labels: string[];
  lastMessageDate: Date;
  messages: MessageView[];
}

export type SentView = Omit<OutboundRecord, 'sentMs'> & { sentAt: Date };

const ensureBrackets = (id: string) => (id.startsWith('<') ? id : `<${id}>`);

export class FakeGmailService implements Persistent<GmailState> {
  readonly store: MailStore;
  private readonly app: FakeGmailApp;
  private readonly advanced: object;

  constructor(private readonly kernel: FakeKernel) {
    this.store = new MailStore(kernel);
    const searcher = new Searcher(this.store, () => kernel.nowMillis());
    const ctx: GmailContext = {
      kernel,
      store: this.store,
      searcher,
      thread: (box, id) => new FakeGmailThread(ctx, box, id),
      message: (box, id) => new FakeGmailMessage(ctx, box, id),
      label: (box, label) => new FakeGmailLabel(ctx, box, label),
      draft: (box, id) => new FakeGmailDraft(ctx, box, id),
    };
    this.app = new FakeGmailApp(ctx);
    this.advanced = advancedGmail(ctx);
  }

  globals(): { GmailApp: FakeGmailApp; Gmail: object } {
    return { GmailApp: this.app, Gmail: this.advanced };
  }

  /** MailApp's way out: same checks, quota and delivery as GmailApp.sendEmail. */
  sendFromScript(
    via: Via,
    recipient: string,
    subject: unknown,
    body: unknown,
    options?: SendOptions,
  ): void {
    const box = this.store.active;
    const out = compose(this.kernel, box, recipient, subject, body, options);
    send(this.kernel, this.store, box, out, via);
  }

  // ---- Test API (plain methods: not counted, no fault injection) ----

  /** Puts an incoming message into the mailbox of every `to` and `cc` address. */
  deliver(mail: IncomingMail): Delivered {
    const recipients = [...new Set([...emailsOf(mail.to), ...emailsOf(mail.cc)])];
    if (recipients.length === 0) throw new Error('deliver: no recipient');
    const rfcId = ensureBrackets(mail.messageId ?? this.store.newRfcId());
    const dateMs =
      mail.date === undefined ? this.kernel.nowMillis() : new Date(mail.date).getTime();
    const inReplyTo = mail.inReplyTo ? ensureBrackets(mail.inReplyTo) : undefined;
    const references = (mail.references ?? (inReplyTo ? [inReplyTo] : [])).map(ensureBrackets);
    const attachments = testAttachments(mail.attachments);
    const copies = recipients.map((email) => {
      const box = this.store.mailbox(email);
      const threadId = mail.threadId && box.threads.has(mail.threadId) ? mail.threadId : undefined;
      const record = deliverCopy(
        this.store,
        box,
        {
          from: mail.from,
          to: mail.to,
          cc: mail.cc ?? '',
          bcc: '',
          replyTo: mail.replyTo ?? '',
          subject: mail.subject,
          ...(mail.plainBody !== undefined || mail.htmlBody === undefined
            ? { plainBody: mail.plainBody ?? '' }
            : {}),
          ...(mail.htmlBody !== undefined ? { htmlBody: mail.htmlBody } : {}),
          attachments,
          ...(inReplyTo ? { inReplyTo } : {}),
          references,
        },
        rfcId,
        dateMs,
        threadId,
        mail.headers,
      );
      if (mail.unread === false) box.setSystem(record, 'UNREAD', false);
      for (const name of mail.labels ?? []) this.applyLabel(box, record.threadId, name);
      return { mailbox: box.owner, messageId: record.id, threadId: record.threadId };
    });
    const first = copies[0] as Delivered['copies'][number];
    return { messageId: first.messageId, threadId: first.threadId, rfcMessageId: rfcId, copies };
  }

  /** Threads of a mailbox, newest first, with their messages oldest first. */
  mailbox(email: string): ThreadView[] {
    const box = this.store.mailbox(email);
    return [...box.threads.values()].sort(newestFirst).map((t) => ({
      id: t.id,
      labels: t.labelIds.flatMap((id) => box.labelById(id)?.name ?? []),
      lastMessageDate: this.kernel.date(t.lastMs),
      messages: box.messagesOf(t).map((m) => this.view(m)),
    }));
  }

  /** Everything this address sent (any API), oldest first; all senders when omitted. */
  sent(email?: string): SentView[] {
    return this.store.outbound
      .filter((o) => !email || emailsOf(o.from).includes(email.toLowerCase()))
      .map(({ sentMs, ...rest }) => ({ ...rest, sentAt: this.kernel.date(sentMs) }));
  }

  drafts(email: string): Array<MessageView & { draftId: string }> {
    const box = this.store.mailbox(email);
    return [...box.drafts.values()].flatMap((d) => {
      const m = box.messages.get(d.messageId);
      return m ? [{ ...this.view(m), draftId: d.id }] : [];
    });
  }

  /** The name GmailApp/MailApp put in From for this user (default: the bare address). */
  setDisplayName(email: string, name: string): void {
    this.store.mailbox(email).displayName = name;
  }

  setAliases(email: string, aliases: string[]): void {
    this.store.mailbox(email).aliases = [...aliases];
  }

  /** Mail to this domain is delivered into fake mailboxes (the active user's always is). */
  addDomain(domain: string): void {
    this.store.domains.add(domain.toLowerCase());
  }

  /** Recipients per day shared by MailApp and GmailApp (default 1,500, Workspace). */
  setDailyQuota(limit: number): void {
    this.store.quota.state.limit = limit;
  }

  remainingQuota(email: string): number {
    return this.store.quota.remaining(email);
  }

  /**
   * Opens a message in the Gmail add-on as the active user: returns what the add-on event
   * carries (`e.gmail.messageId`, `e.gmail.accessToken`) and restricts GmailApp to that
   * message's thread until `endAddOnContext()`.
   */
  addOnContext(messageId: string): { messageId: string; accessToken: string } {
    const box = this.store.mailbox(this.kernel.activeUser);
    const message = box.messages.get(messageId);
    if (!message) throw new Error(`addOnContext: ${messageId} is not in ${box.owner}'s mailbox`);
    const accessToken = `fake-token-${this.kernel.nextId('')}`;
    this.app.addOn = { user: box.owner, threadId: message.threadId, token: accessToken };
    return { messageId, accessToken };
  }

  endAddOnContext(): void {
    delete this.app.addOn;
  }

  /** Tokens passed to GmailApp.setCurrentMessageAccessToken, in order. */
  accessTokens(): string[] {
    return [...this.app.tokens];
  }

  snapshot(): GmailState {
    return toJson(this.store.snapshot()) as unknown as GmailState;
  }

  restore(state: GmailState): void {
    this.store.restore(fromJson<GmailState>(JSON.parse(JSON.stringify(state))));
  }

  private applyLabel(box: Mailbox, threadId: string, name: string): void {
    let label = box.labels.get(name.toLowerCase());
    if (!label) {
      label = { id: this.store.newLabelId(), name };
      box.labels.set(name.toLowerCase(), label);
    }
    const thread = box.threads.get(threadId);
    if (thread) box.addThreadLabel(thread, label);
  }

  private view(m: MessageRecord): MessageView {
    return {
      id: m.id,
      threadId: m.threadId,
      rfcMessageId: m.rfcId,
      ...envelopeOf(m),
      date: this.kernel.date(m.dateMs),
      plainBody: plainOf(m),
      ...(m.htmlBody !== undefined ? { htmlBody: m.htmlBody } : {}),
      labels: [...m.system],
      attachments: summarize(m.attachments),
    };
  }
}
