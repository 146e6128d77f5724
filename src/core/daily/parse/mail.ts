/**
 * The incoming mail as the parser sees it. Mail reaches the parser from Gmail, from .eml
 * files through the CLI and from tests; a missing or mistyped field must not throw, so every
 * field is read defensively and defaults to empty.
 */
import { textOf } from './normalize';

export interface MailAttachment {
  readonly filename: string;
  readonly mimeType: string;
  readonly size: number;
}

export interface IncomingMail {
  readonly messageId: string;
  readonly from: string;
  readonly to?: readonly string[];
  readonly cc?: readonly string[];
  readonly subject: string;
  /** Epoch ms. */
  readonly receivedAt: number;
  readonly text?: string;
  readonly html?: string;
  readonly attachments?: readonly MailAttachment[];
}

export interface SafeMail {
  readonly messageId: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly receivedAt: number;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly MailAttachment[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const field = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

/** A recipients field: an array of header values, or one header value. */
function recipients(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Outlook and Apple Mail put signature logos in as attachments named image001.png; they are
 * not the attachment a report refers to.
 */
const isSignatureImage = (a: MailAttachment) =>
  a.mimeType.toLowerCase().startsWith('image/') &&
  /^image\d{3}\.(png|jpe?g|gif)$/i.test(a.filename);

function attachments(value: unknown): MailAttachment[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((a) => {
      const size = field(a, 'size');
      return {
        filename: textOf(field(a, 'filename')).trim(),
        mimeType: textOf(field(a, 'mimeType')),
        size: typeof size === 'number' && Number.isFinite(size) ? size : 0,
      };
    })
    .filter((a) => a.filename !== '' && !isSignatureImage(a));
}

export function readMail(mail: unknown): SafeMail {
  const receivedAt = field(mail, 'receivedAt');
  return {
    messageId: textOf(field(mail, 'messageId')),
    from: textOf(field(mail, 'from')),
    to: recipients(field(mail, 'to')),
    cc: recipients(field(mail, 'cc')),
    subject: textOf(field(mail, 'subject')),
    receivedAt:
      typeof receivedAt === 'number' && Number.isFinite(receivedAt) ? receivedAt : Number.NaN,
    text: textOf(field(mail, 'text')),
    html: textOf(field(mail, 'html')),
    attachments: attachments(field(mail, 'attachments')),
  };
}
