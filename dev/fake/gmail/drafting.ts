/** Filing a draft: a DRAFT message (in its reply thread, or a thread of its own) plus its id. */
import { contentOf } from './content';
import type { GmailContext } from './context';
import type { Mailbox } from './mailbox';
import type { Outgoing } from './send';
import type { MessageRecord } from './types';

export function createDraftMessage(
  ctx: GmailContext,
  box: Mailbox,
  out: Outgoing,
  threadId?: string,
): string {
  const { store, kernel } = ctx;
  const id = store.newMessageId();
  const message: MessageRecord = {
    id,
    threadId: threadId ?? id,
    rfcId: store.newRfcId(),
    ...contentOf(out),
    dateMs: kernel.nowMillis(),
    system: ['DRAFT'],
  };
  store.add(box, message);
  const draftId = store.newDraftId();
  box.drafts.set(draftId, { id: draftId, messageId: id });
  store.owners.set(draftId, box.owner.toLowerCase());
  return draftId;
}
