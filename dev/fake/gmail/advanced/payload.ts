/**
 * The MIME tree the Gmail API parses out of a stored message (`Message.payload`): text only →
 * one text/plain part; text and HTML → multipart/alternative; with attachments →
 * multipart/mixed whose first part is the body and then one part per attachment, its bytes
 * left out behind an attachment id (fetched with Messages.Attachments.get). Part ids are
 * numbered as the API numbers them ("", "0", "0.1", …); bodies are base64url, padded, as
 * Gmail sends them.
 */
import { headersOf, plainOf } from '../mime';
import type { AttachmentRecord, MessageRecord } from '../types';

export interface Header {
  name: string;
  value: string;
}

export interface Part {
  partId: string;
  mimeType: string;
  filename: string;
  headers: Header[];
  body: { size: number; data?: string; attachmentId?: string };
  parts?: Part[];
}

/** base64 → base64url, keeping the padding. */
export const webSafe = (base64: string): string => base64.replace(/\+/g, '-').replace(/\//g, '_');

const ATTACHMENT_PREFIX = 'ANGjdJ';

/** Opaque to callers, but names its message: another message's attachment is not found. */
export const attachmentId = (messageId: string, index: number): string =>
  `${ATTACHMENT_PREFIX}${Buffer.from(`${messageId}:${index}`).toString('base64url')}`;

export function attachmentIndex(messageId: string, id: string): number | undefined {
  if (!id.startsWith(ATTACHMENT_PREFIX)) return undefined;
  const [owner, index] = Buffer.from(id.slice(ATTACHMENT_PREFIX.length), 'base64url')
    .toString()
    .split(':');
  return owner === messageId && /^\d+$/.test(index ?? '') ? Number(index) : undefined;
}

/** The message's headers in raw order (Date, Message-ID, Subject, From, To, …, Content-Type). */
export function headerList(m: MessageRecord, timeZone: string): Header[] {
  return headersOf(m, timeZone).map(([name, value]) => ({ name, value }));
}

const childId = (parent: string, index: number) =>
  parent === '' ? String(index) : `${parent}.${index}`;

const contentTypeOf = (m: MessageRecord, timeZone: string): Header[] =>
  headerList(m, timeZone).filter((h) => h.name === 'Content-Type');

function textPart(mimeType: string, text: string, partId: string, headers?: Header[]): Part {
  const bytes = Buffer.from(text);
  return {
    partId,
    mimeType,
    filename: '',
    headers: headers ?? [{ name: 'Content-Type', value: `${mimeType}; charset="UTF-8"` }],
    body: { size: bytes.length, data: webSafe(bytes.toString('base64')) },
  };
}

function attachmentPart(
  m: MessageRecord,
  a: AttachmentRecord,
  index: number,
  partId: string,
): Part {
  return {
    partId,
    mimeType: a.contentType,
    filename: a.name,
    headers: [
      { name: 'Content-Type', value: `${a.contentType}; name="${a.name}"` },
      { name: 'Content-Disposition', value: `attachment; filename="${a.name}"` },
      { name: 'Content-Transfer-Encoding', value: 'base64' },
    ],
    body: { attachmentId: attachmentId(m.id, index), size: a.size },
  };
}

function part(m: MessageRecord, partId: string, headers: Header[], timeZone: string): Part {
  const container = (mimeType: string, parts: Part[]): Part => ({
    partId,
    mimeType,
    filename: '',
    headers,
    body: { size: 0 },
    parts,
  });
  if (m.attachments.length > 0) {
    // The body part of a mixed message is the message as it would be without attachments.
    const body = { ...m, attachments: [] };
    return container('multipart/mixed', [
      part(body, childId(partId, 0), contentTypeOf(body, timeZone), timeZone),
      ...m.attachments.map((a, i) => attachmentPart(m, a, i, childId(partId, i + 1))),
    ]);
  }
  if (m.htmlBody !== undefined) {
    return container('multipart/alternative', [
      textPart('text/plain', plainOf(m), childId(partId, 0)),
      textPart('text/html', m.htmlBody, childId(partId, 1)),
    ]);
  }
  return textPart('text/plain', plainOf(m), partId, headers);
}

export function payloadOf(m: MessageRecord, timeZone: string): Part {
  return part(m, '', headerList(m, timeZone), timeZone);
}
