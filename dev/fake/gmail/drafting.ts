/** Filing a draft: a DRAFT message (in its reply thread, or a thread of its own) plus its id. */
import type { GmailContext } from './context';
import type { Mailbox } from './mailbox';
import type { Outgoing } from './send';
import type { MessageRecord } from './types';

export function draftFields(
  out: Outgoing,
): Omit<MessageRecord, 'id' | 'threadId' | 'rfcId' | 'dateMs' | 'system'> {
  return {
    from: out.from,
    to: out.to,
    cc: out.cc,
    bcc: out.bcc,
    replyTo: out.replyTo,
    subject: out.subject,
    plainBody: out.plainBody,
    ...(out.htmlBody !== undefined ? { htmlBody: out.htmlBody } : {}),
    attachments: out.attachments,
    ...(out.inReplyTo ? { inReplyTo: out.inReplyTo } : {}),
    references: out.references,
  };
}

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
    ...draftFields(out),
    dateMs: kernel.nowMillis(),
    system: ['DRAFT'],
  };
  store.add(box, message);
  const draftId = store.newDraftId();
  box.drafts.set(draftId, { id: draftId, messageId: id });
  store.owners.set(draftId, box.owner.toLowerCase());
  return draftId;
}
