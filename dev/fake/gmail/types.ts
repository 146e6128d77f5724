/** The stored shape of the fake Gmail: plain JSON (times as epoch ms), so a snapshot is a copy. */

export type SystemLabel = 'INBOX' | 'UNREAD' | 'SENT' | 'DRAFT' | 'TRASH' | 'SPAM' | 'STARRED';

export interface AttachmentRecord {
  name: string;
  contentType: string;
  /** base64 of the bytes. */
  data: string;
  size: number;
}

/** What is kept of an attachment where its bytes are not (the sent log, test views). */
export type AttachmentSummary = Pick<AttachmentRecord, 'name' | 'contentType' | 'size'>;

/** The address and subject headers, as header text (`Name <a@b>, c@d`). */
export interface Envelope {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  subject: string;
}

/** What an email says, the same whether it is being composed, drafted, sent or filed. */
export interface MessageContent extends Envelope {
  plainBody?: string;
  htmlBody?: string;
  attachments: AttachmentRecord[];
  inReplyTo?: string;
  references: string[];
}

export interface MessageRecord extends MessageContent {
  id: string;
  threadId: string;
  /** RFC 5322 Message-ID, with angle brackets: the same on every copy of one email. */
  rfcId: string;
  dateMs: number;
  /** Extra headers (test API `deliver`), e.g. Auto-Submitted. */
  headers?: Record<string, string>;
  /** Gmail's labels are per message; user labels are kept on the thread (as GmailApp treats them). */
  system: SystemLabel[];
}

export interface ThreadRecord {
  id: string;
  messageIds: string[];
  labelIds: string[];
  lastMs: number;
}

export interface LabelRecord {
  id: string;
  name: string;
}

export interface DraftRecord {
  id: string;
  messageId: string;
}

export interface MailboxState {
  owner: string;
  threads: ThreadRecord[];
  messages: MessageRecord[];
  labels: LabelRecord[];
  drafts: DraftRecord[];
  aliases: string[];
  displayName?: string;
}

export type Via = 'GmailApp' | 'MailApp' | 'reply' | 'forward' | 'draft';

/** One email that left a mailbox, whoever it went to (inside the workspace or not). */
export interface OutboundRecord {
  via: Via;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  plainBody: string;
  htmlBody?: string;
  replyTo?: string;
  noReply?: boolean;
  rfcId: string;
  sentMs: number;
  attachments: AttachmentSummary[];
}

export interface QuotaState {
  limit: number;
  used: Record<string, { windowStartMs: number; count: number }>;
}

export interface GmailState {
  mailboxes: MailboxState[];
  outbound: OutboundRecord[];
  quota: QuotaState;
  domains: string[];
}
