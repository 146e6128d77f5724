/**
 * One raw RFC 5322 message → the IncomingMail the core report parser reads. The MIME work
 * (multipart, base64 and quoted-printable, charsets such as iso-8859-1 and windows-1252,
 * encoded-word headers, HTML-only bodies) is done by postal-mime; this module only picks the
 * fields, normalizes addresses and ids, and says in Indonesian why a message cannot be read.
 */
import { createHash } from 'node:crypto';
import PostalMime, { type Address, decodeWords, type Email } from 'postal-mime';
import type { IncomingMail } from '../../core/daily/parse';
import { repairC1 } from './charset';

export type MailReading =
  | { readonly ok: true; readonly mail: IncomingMail }
  | {
      readonly ok: false;
      readonly messageId: string;
      readonly subject: string;
      readonly problems: readonly string[];
    };

/**
 * A stable id for a message without Message-ID: the same message read from an LF mbox or a
 * CRLF .eml hashes the same.
 */
export function hashedMessageId(raw: Buffer): string {
  const normalized = raw.toString('latin1').replace(/\r\n/g, '\n').replace(/\s+$/, '');
  const hash = createHash('sha256').update(normalized, 'latin1').digest('hex');
  return `tanpa-id:${hash.slice(0, 20)}`;
}

/** "<abc@host>" → "abc@host"; null when nothing is left. */
export function cleanMessageId(value: string | undefined): string | null {
  if (value === undefined) return null;
  const bracketed = /<([^<>]+)>/.exec(value)?.[1];
  const id = (bracketed ?? value).trim();
  return id === '' ? null : id;
}

const mailboxes = (addresses: readonly Address[] | undefined): string[] =>
  (addresses ?? [])
    .flatMap((a) => (a.group ? a.group : [a]))
    .map((m) => m.address.trim().toLowerCase())
    .filter((address) => address !== '');

/**
 * The header block as it stands (unfolded), for when postal-mime gives up: enough to name the
 * message in `rejected`.
 */
function rawHeaders(raw: Buffer): Map<string, string> {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = (end < 0 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    if (m && !headers.has((m[1] as string).toLowerCase())) {
      headers.set((m[1] as string).toLowerCase(), (m[2] as string).trim());
    }
  }
  return headers;
}

const decodeHeader = (value: string | undefined): string => {
  if (value === undefined) return '';
  try {
    return repairC1(decodeWords(value));
  } catch {
    return value;
  }
};

/** Why a multipart message gave no readable part, or null when it is fine. */
function brokenMultipart(email: Email): string | null {
  if (email.text !== undefined || email.html !== undefined || email.attachments.length > 0) {
    return null;
  }
  const contentType = email.headers.find((h) => h.key === 'content-type')?.value ?? '';
  if (!/^\s*multipart\//i.test(contentType)) return null;
  const boundary = /boundary\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(contentType);
  const value = boundary?.[1] ?? boundary?.[2];
  return value === undefined || value === ''
    ? 'struktur MIME rusak: Content-Type multipart tanpa parameter boundary, isi pesan tidak terbaca.'
    : `struktur MIME rusak: pembatas bagian (boundary "${value}") tidak ditemukan di badan pesan, isi pesan tidak terbaca.`;
}

/** ms of the Date header, or null when it is missing or unreadable. */
function headerDate(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Reads one message. `envelopeDate` (the mbox "From " line) stands in for a missing or
 * unreadable Date header.
 */
export async function readMessage(raw: Buffer, envelopeDate: number | null): Promise<MailReading> {
  let email: Email;
  try {
    email = await PostalMime.parse(raw);
  } catch (error) {
    const headers = rawHeaders(raw);
    return {
      ok: false,
      messageId: cleanMessageId(headers.get('message-id')) ?? hashedMessageId(raw),
      subject: decodeHeader(headers.get('subject')),
      problems: [`struktur MIME rusak: ${(error as Error).message}`],
    };
  }
  const messageId = cleanMessageId(email.messageId) ?? hashedMessageId(raw);
  const subject = repairC1(email.subject ?? '').trim();
  const problems: string[] = [];

  const from = mailboxes(email.from ? [email.from] : undefined)[0];
  if (from === undefined) problems.push('header From tidak ada atau tidak berisi alamat email.');

  const dateHeader = email.headers.find((h) => h.key === 'date')?.value;
  const receivedAt = headerDate(email.date) ?? envelopeDate;
  if (receivedAt === null) {
    problems.push(
      dateHeader === undefined
        ? 'tanggal kirim tidak diketahui: header Date tidak ada dan tidak ada baris "From " mbox.'
        : `tanggal kirim tidak diketahui: header Date "${dateHeader.trim().slice(0, 80)}" tidak valid dan tidak ada baris "From " mbox.`,
    );
  }

  const broken = brokenMultipart(email);
  if (broken !== null) problems.push(broken);

  if (problems.length > 0 || from === undefined || receivedAt === null) {
    return { ok: false, messageId, subject, problems };
  }
  const mail: IncomingMail = {
    messageId,
    from,
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    subject,
    receivedAt,
    ...(email.text !== undefined ? { text: repairC1(email.text) } : {}),
    ...(email.html !== undefined ? { html: repairC1(email.html) } : {}),
    // Inline images the HTML shows (a logo in the signature) are not attachments to the report.
    attachments: email.attachments
      .filter((a) => !a.related)
      .map((a) => ({
        filename: repairC1(a.filename ?? ''),
        mimeType: a.mimeType,
        size: typeof a.content === 'string' ? Buffer.byteLength(a.content) : a.content.byteLength,
      })),
  };
  return { ok: true, mail };
}
