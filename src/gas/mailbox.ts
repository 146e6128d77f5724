/**
 * The signed-in user's mailbox through the Advanced Gmail service (the Gmail API), the only
 * place the add-on reads or labels mail. The API works with the gmail.modify scope, where
 * GmailApp would need full mail access (read, send and delete everything).
 *
 * Bodies and attachments are decoded here, so the core sees plain text and HTML. The API
 * documents `data` as base64url; Apps Script may hand it over already decoded as bytes, and
 * both are accepted.
 */
import type { Mailbox, MailboxAttachment, MailboxMessage, MailboxPage } from '../ports';

type Part = GoogleAppsScript.Gmail.Schema.MessagePart;
type RawData = string | number[] | undefined;

function gmail(): GoogleAppsScript.Gmail {
  if (typeof Gmail === 'undefined' || !Gmail.Users) {
    throw new Error('Layanan lanjutan Gmail belum aktif (appsscript.json)');
  }
  return Gmail;
}

function bytesOf(data: RawData): GoogleAppsScript.Byte[] {
  if (data === undefined || data === '') return [];
  return typeof data === 'string' ? Utilities.base64DecodeWebSafe(data) : data;
}

function header(part: Part | undefined, name: string): string {
  const wanted = name.toLowerCase();
  return part?.headers?.find((h) => h.name?.toLowerCase() === wanted)?.value ?? '';
}

function charsetOf(part: Part): string {
  return /charset="?([\w.:-]+)/i.exec(header(part, 'Content-Type'))?.[1] ?? 'UTF-8';
}

function decodeText(part: Part): string {
  const bytes = bytesOf(part.body?.data as RawData);
  if (bytes.length === 0) return '';
  const blob = Utilities.newBlob(bytes);
  try {
    return blob.getDataAsString(charsetOf(part));
  } catch {
    // An unknown charset name: UTF-8 shows most of the text rather than none of it.
    return blob.getDataAsString('UTF-8');
  }
}

interface Walked {
  text: string;
  html: string;
  attachments: MailboxAttachment[];
}

/** Depth first, as a mail client reads it: the first text/plain and text/html bodies win. */
function walk(part: Part | undefined, into: Walked): void {
  if (!part) return;
  const mime = (part.mimeType ?? '').toLowerCase();
  const filename = part.filename ?? '';
  const inline = /^inline/i.test(header(part, 'Content-Disposition'));
  if (filename !== '' && !(inline && mime.startsWith('image/'))) {
    into.attachments.push({
      id: part.body?.attachmentId ?? '',
      filename,
      mimeType: part.mimeType ?? 'application/octet-stream',
      size: part.body?.size ?? 0,
    });
    return;
  }
  if (mime === 'text/plain' && into.text === '') into.text = decodeText(part);
  else if (mime === 'text/html' && into.html === '') into.html = decodeText(part);
  for (const child of part.parts ?? []) walk(child, into);
}

const split = (list: string) =>
  list
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');

function read(message: GoogleAppsScript.Gmail.Schema.Message): MailboxMessage {
  const walked: Walked = { text: '', html: '', attachments: [] };
  walk(message.payload, walked);
  const payload = message.payload;
  return {
    id: message.id ?? '',
    threadId: message.threadId ?? '',
    messageId: header(payload, 'Message-ID')
      .replace(/^\s*<|>\s*$/g, '')
      .trim(),
    from: header(payload, 'From'),
    to: split(header(payload, 'To')),
    cc: split(header(payload, 'Cc')),
    subject: header(payload, 'Subject'),
    receivedAt: Number(message.internalDate ?? 0),
    sent: (message.labelIds ?? []).includes('SENT'),
    ...walked,
  };
}

/** Message ids per thread met in this execution, so labelling them costs no lookup. */
const messagesOf = new Map<string, string[]>();
/** Label name (lower case: Gmail's names are case-insensitive) → id, for this execution. */
let labelIds: Map<string, string> | null = null;

function threadMessages(threadId: string): readonly MailboxMessage[] | null {
  let thread: GoogleAppsScript.Gmail.Schema.Thread;
  try {
    thread = gmail().Users.Threads.get('me', threadId, { format: 'full' });
  } catch (error) {
    if (/not found|404/i.test(String(error))) return null;
    throw error;
  }
  const messages = (thread.messages ?? []).map(read);
  messagesOf.set(
    threadId,
    messages.map((m) => m.id),
  );
  return messages;
}

function labelId(name: string): string {
  const api = gmail().Users.Labels;
  if (!labelIds) {
    labelIds = new Map(
      (api.list('me').labels ?? []).map((l) => [(l.name ?? '').toLowerCase(), l.id ?? '']),
    );
  }
  const parts = name.split('/');
  let id = '';
  // Parents first, so Gmail shows LENTERA › Diterima › 2026-11 as nested labels.
  for (let i = 1; i <= parts.length; i += 1) {
    const path = parts.slice(0, i).join('/');
    const known = labelIds.get(path.toLowerCase());
    if (known) {
      id = known;
      continue;
    }
    const created = api.create(
      { name: path, labelListVisibility: 'labelShow', messageListVisibility: 'show' },
      'me',
    );
    id = created.id ?? '';
    labelIds.set(path.toLowerCase(), id);
  }
  return id;
}

/** batchModify takes at most 1,000 message ids per call. */
const BATCH = 1000;

export const gmailMailbox: Mailbox = {
  search: (query, page, max): MailboxPage => {
    const list = gmail().Users.Threads.list('me', {
      q: query,
      maxResults: max,
      ...(page ? { pageToken: page } : {}),
    });
    const threads = (list.threads ?? []).flatMap((t) => {
      const messages = t.id ? threadMessages(t.id) : null;
      return messages ? [messages] : [];
    });
    return { threads, next: list.nextPageToken ?? null };
  },
  thread: threadMessages,
  attachment: (messageId, attachmentId) => {
    const part = gmail().Users.Messages.Attachments.get('me', messageId, attachmentId);
    return Utilities.base64Encode(bytesOf(part.data as RawData));
  },
  label: (threadIds, name) => {
    if (threadIds.length === 0) return;
    const id = labelId(name);
    const api = gmail().Users;
    const known: string[] = [];
    for (const threadId of threadIds) {
      const messages = messagesOf.get(threadId);
      if (messages) known.push(...messages);
      else api.Threads.modify({ addLabelIds: [id] }, 'me', threadId);
    }
    for (let i = 0; i < known.length; i += BATCH) {
      api.Messages.batchModify({ ids: known.slice(i, i + BATCH), addLabelIds: [id] }, 'me');
    }
  },
};
