/**
 * Messages and threads as the Gmail API returns them, in the formats `get` offers: `full` (the
 * MIME tree with bodies), `metadata` (headers only, optionally just the named ones), `minimal`
 * (ids, labels, snippet, sizes) and, for a message, `raw` (the whole RFC 5322 text, base64url).
 *
 * Not kept by the store, so stood in for: `historyId` is the time of the latest message (it
 * grows with new mail, not with label changes), and a message carries its thread's user labels
 * (the store, like GmailApp, labels whole threads).
 */
import type { FakeKernel } from '../../kernel';
import type { Mailbox } from '../mailbox';
import { plainOf, rawContent } from '../mime';
import type { MessageRecord, ThreadRecord } from '../types';
import { argsOf } from './context';
import { invalid } from './errors';
import { type Header, headerList, type Part, payloadOf, webSafe } from './payload';

export type Format = 'full' | 'metadata' | 'minimal' | 'raw';

export interface View {
  format: Format;
  /** Lower-case header names `metadata` keeps; all when absent. */
  headers?: Set<string>;
}

export interface MessageResource {
  id: string;
  threadId: string;
  labelIds: string[];
  snippet: string;
  sizeEstimate: number;
  historyId: string;
  internalDate: string;
  payload?: Part | { mimeType: string; headers: Header[] };
  raw?: string;
}

/** `format` and `metadataHeaders` of a get call; `allowed` are the formats the method has. */
export function viewOf(
  kernel: FakeKernel,
  args: unknown,
  method: string,
  allowed: readonly Format[],
): View {
  const a = argsOf(args);
  const format = String(a.format ?? 'full') as Format;
  if (!allowed.includes(format)) {
    throw invalid(kernel, method, `Invalid value at 'format', "${format}"`);
  }
  const names = a.metadataHeaders;
  if (format !== 'metadata' || names === undefined) return { format };
  const list = Array.isArray(names) ? names : [names];
  return { format, headers: new Set(list.map((n) => String(n).toLowerCase())) };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The start of the text, whitespace collapsed and HTML-escaped, as Gmail shows it in lists. */
export function snippetOf(m: MessageRecord): string {
  const text = plainOf(m).replace(/\s+/g, ' ').trim().slice(0, 200);
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export const historyIdOf = (thread: ThreadRecord): string => String(thread.lastMs);

export function messageResource(
  box: Mailbox,
  m: MessageRecord,
  view: View,
  timeZone: string,
): MessageResource {
  const thread = box.threads.get(m.threadId);
  const raw = rawContent(m, timeZone);
  const resource: MessageResource = {
    id: m.id,
    threadId: m.threadId,
    labelIds: [...m.system, ...(thread?.labelIds ?? [])],
    snippet: snippetOf(m),
    sizeEstimate: Buffer.byteLength(raw),
    historyId: thread ? historyIdOf(thread) : String(m.dateMs),
    internalDate: String(m.dateMs),
  };
  if (view.format === 'full') resource.payload = payloadOf(m, timeZone);
  if (view.format === 'raw') resource.raw = webSafe(Buffer.from(raw).toString('base64'));
  if (view.format === 'metadata') {
    const wanted = view.headers;
    resource.payload = {
      mimeType: payloadOf(m, timeZone).mimeType,
      headers: headerList(m, timeZone).filter((h) => !wanted || wanted.has(h.name.toLowerCase())),
    };
  }
  return resource;
}

/** A thread's messages oldest first, as threads.get lists them. */
export function messagesOf(box: Mailbox, thread: ThreadRecord): MessageRecord[] {
  return box.messagesOf(thread).sort((a, b) => a.dateMs - b.dateMs);
}

export function threadResource(box: Mailbox, thread: ThreadRecord, view: View, timeZone: string) {
  return {
    id: thread.id,
    historyId: historyIdOf(thread),
    messages: messagesOf(box, thread).map((m) => messageResource(box, m, view, timeZone)),
  };
}
