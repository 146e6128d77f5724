/**
 * messages.list matches messages one by one, where threads.list (and GmailApp.search) match a
 * thread when any of its messages does. The same searcher answers both: it runs on a view of
 * the mailbox in which every message is a thread of its own, carrying its thread's user labels.
 */
import { Mailbox } from '../mailbox';
import type { Searcher } from '../search';
import type { MessageRecord } from '../types';

/** Matching messages, newest first. */
export function matchingMessages(searcher: Searcher, box: Mailbox, query: string): MessageRecord[] {
  const view = new Mailbox(box.owner);
  for (const [key, label] of box.labels) view.labels.set(key, label);
  for (const m of box.messages.values()) {
    const alone = { id: m.id, messageIds: [m.id], labelIds: [], lastMs: m.dateMs };
    view.threads.set(m.id, alone);
    view.messages.set(m.id, m);
    for (const id of box.threads.get(m.threadId)?.labelIds ?? []) {
      const label = box.labelById(id);
      if (label) view.addThreadLabel(alone, label);
    }
  }
  return searcher.search(view, query).flatMap((t) => box.messages.get(t.id) ?? []);
}
