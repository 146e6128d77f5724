/** GmailDraft: a draft of one mailbox; sending it turns its message into a sent one. */
import { contentOf } from './content';
import { MailboxItem } from './item';
import { compose, type Outgoing, recipientsOf, type SendOptions, send } from './send';
import type { DraftRecord, MessageRecord } from './types';

/** A draft is two records: its id entry and the DRAFT message it points at. */
interface StoredDraft {
  draft: DraftRecord;
  message: MessageRecord;
}

export class FakeGmailDraft extends MailboxItem<StoredDraft> {
  protected readonly service = 'GmailDraft';
  protected override readonly idName = 'draftId';

  protected lookup(): StoredDraft | undefined {
    const draft = this.ref.box.drafts.get(this.ref.id);
    const message = draft ? this.ref.box.messages.get(draft.messageId) : undefined;
    return draft && message ? { draft, message } : undefined;
  }

  getId(): string {
    return this.record('getId').draft.id;
  }
  getMessageId(): string {
    return this.record('getMessageId').message.id;
  }
  getMessage(): object {
    return this.ctx.message(this.ref.box, this.record('getMessage').message.id);
  }
  update(recipient: string, subject: string, body: string, options?: SendOptions): this {
    const { message } = this.record('update');
    const out = compose(this.ctx.kernel, this.ref.box, recipient, subject, body, options, false);
    out.references = message.references;
    if (message.inReplyTo) out.inReplyTo = message.inReplyTo;
    delete message.htmlBody;
    Object.assign(message, contentOf(out), { dateMs: this.ctx.kernel.nowMillis() });
    this.ctx.store.searchCache.delete(message.id);
    return this;
  }
  send(): object {
    const { draft, message } = this.record('send');
    const out: Outgoing = {
      fromEmail: this.ref.box.owner,
      ...contentOf(message),
      plainBody: message.plainBody ?? '',
      noReply: false,
    };
    if (recipientsOf(out).length === 0)
      throw this.ctx.kernel.error('INVALID_ARGUMENT', 'recipient');
    send(this.ctx.kernel, this.ctx.store, this.ref.box, out, 'draft', { sentCopy: message });
    this.ref.box.drafts.delete(draft.id);
    this.ctx.store.owners.delete(draft.id);
    return this.ctx.message(this.ref.box, message.id);
  }
  deleteDraft(): void {
    const { draft, message } = this.record('deleteDraft');
    this.ref.box.drafts.delete(draft.id);
    this.ctx.store.owners.delete(draft.id);
    this.ctx.store.remove(this.ref.box, message.id);
  }
}
