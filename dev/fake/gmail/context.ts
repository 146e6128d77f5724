/**
 * What every Gmail object needs: the kernel, the store, and factories for the other object
 * kinds (so GmailThread ↔ GmailMessage ↔ GmailLabel can hand each other out without
 * importing one another).
 */
import type { FakeKernel } from '../kernel';
import type { Mailbox } from './mailbox';
import type { Searcher } from './search';
import type { MailStore } from './store';
import type { LabelRecord } from './types';

export interface GmailContext {
  readonly kernel: FakeKernel;
  readonly store: MailStore;
  readonly searcher: Searcher;
  thread(box: Mailbox, id: string): object;
  message(box: Mailbox, id: string): object;
  label(box: Mailbox, label: LabelRecord): object;
  draft(box: Mailbox, id: string): object;
}

/** Objects passed back in (addLabel(label), getMessagesForThreads(threads)) carry their id. */
export interface HasId {
  readonly ref: { box: Mailbox; id: string };
}

export function refOf(value: unknown): { box: Mailbox; id: string } | undefined {
  const ref = (value as Partial<HasId> | null)?.ref;
  return ref && typeof ref.id === 'string' ? ref : undefined;
}
