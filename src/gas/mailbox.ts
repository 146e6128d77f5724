/**
 * The coordinator's mailbox through GmailApp, the only place the report ingestion touches
 * Gmail. Search pages are read whole (one call for the threads, one for all their messages)
 * because the cost of a job is its number of service calls.
 */
import type { Mailbox, MailboxMessage } from '../ports';

const split = (list: string) =>
  list
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');

function read(message: GoogleAppsScript.Gmail.GmailMessage, threadId: string): MailboxMessage {
  return {
    id: message.getId(),
    threadId,
    messageId: message.getHeader('Message-ID').replace(/^<|>$/g, '').trim(),
    from: message.getFrom(),
    to: split(message.getTo()),
    cc: split(message.getCc()),
    subject: message.getSubject(),
    receivedAt: message.getDate().getTime(),
    text: message.getPlainBody(),
    html: message.getBody(),
    attachments: message.getAttachments({ includeInlineImages: false }).map((a) => ({
      filename: a.getName(),
      mimeType: a.getContentType(),
      size: a.getSize(),
    })),
  };
}

/** Labels hold at most 100 threads per addToThreads call. */
const BATCH = 100;

/** Threads met by search in this execution, so labelling them costs no lookup. */
const seen = new Map<string, GoogleAppsScript.Gmail.GmailThread>();

export const gmailMailbox: Mailbox = {
  search: (query, start, max) => {
    const threads = GmailApp.search(query, start, max);
    if (threads.length === 0) return [];
    const ids = threads.map((t) => t.getId());
    threads.forEach((t, i) => {
      seen.set(ids[i] ?? '', t);
    });
    return GmailApp.getMessagesForThreads(threads).map((messages, i) =>
      messages.map((m) => read(m, ids[i] ?? '')),
    );
  },
  label: (threadIds, name) => {
    if (threadIds.length === 0) return;
    const label = GmailApp.getUserLabelByName(name) ?? GmailApp.createLabel(name);
    const threads = threadIds.flatMap((id) => {
      const thread = seen.get(id) ?? GmailApp.getThreadById(id);
      return thread ? [thread] : [];
    });
    for (let i = 0; i < threads.length; i += BATCH) {
      label.addToThreads(threads.slice(i, i + BATCH));
    }
  },
};
