/** GmailDraft: a draft of one mailbox; sending it turns its message into a sent one. */
import type { GmailContext } from './context';
import { draftFields } from './drafting';
import type { Mailbox } from './mailbox';
import { compose, type Outgoing, recipientsOf, type SendOptions, send } from './send';
import type { DraftRecord, MessageRecord } from './types';

export class FakeGmailDraft {
  readonly ref: { box: Mailbox; id: string };

  constructor(
    private readonly ctx: GmailContext,
    box: Mailbox,
    id: string,
  ) {
    this.ref = { box, id };
  }

  private record(method: string): { draft: DraftRecord; message: MessageRecord } {
    this.ctx.kernel.call(`GmailDraft.${method}`);
    const draft = this.ref.box.drafts.get(this.ref.id);
    const message = draft ? this.ref.box.messages.get(draft.messageId) : undefined;
    if (!draft || !message) throw this.ctx.kernel.error('INVALID_ARGUMENT', 'draftId');
    return { draft, message };
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
    Object.assign(message, draftFields(out), { dateMs: this.ctx.kernel.nowMillis() });
    this.ctx.store.searchCache.delete(message.id);
    return this;
  }
  send(): object {
    const { draft, message } = this.record('send');
    const out: Outgoing = {
      fromEmail: this.ref.box.owner,
      from: message.from,
      to: message.to,
      cc: message.cc,
      bcc: message.bcc,
      replyTo: message.replyTo,
      subject: message.subject,
      plainBody: message.plainBody ?? '',
      ...(message.htmlBody !== undefined ? { htmlBody: message.htmlBody } : {}),
      attachments: message.attachments,
      ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
      references: message.references,
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
