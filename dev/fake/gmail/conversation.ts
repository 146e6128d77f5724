/**
 * What GmailMessage and GmailThread offer alike: replies and draft replies, which differ only in
 * which message is answered (the message itself; the thread's last sent message) and so in which
 * thread the answer is filed, and the calls about things the fake does not model.
 */
import { replyOutgoing } from './compose-reply';
import { createDraftMessage } from './drafting';
import { MailboxItem } from './item';
import { type SendOptions, send } from './send';
import type { MessageRecord } from './types';

export abstract class ConversationItem<Found> extends MailboxItem<Found> {
  /** The message an answer replies to, and the thread it joins. */
  protected abstract answered(found: Found): { target: MessageRecord; threadId: string };

  reply(body: string, options?: SendOptions): this {
    this.answer('reply', body, options, false);
    return this;
  }
  replyAll(body: string, options?: SendOptions): this {
    this.answer('replyAll', body, options, true);
    return this;
  }
  createDraftReply(body: string, options?: SendOptions): object {
    return this.draftAnswer('createDraftReply', body, options, false);
  }
  createDraftReplyAll(body: string, options?: SendOptions): object {
    return this.draftAnswer('createDraftReplyAll', body, options, true);
  }
  // Chats and priority inbox are not modelled (see index.ts); refresh has nothing to reload.
  isInChats(): boolean {
    this.record('isInChats');
    return false;
  }
  isInPriorityInbox(): boolean {
    this.record('isInPriorityInbox');
    return false;
  }
  refresh(): this {
    this.record('refresh');
    return this;
  }

  private answer(
    method: string,
    body: string,
    options: SendOptions | undefined,
    all: boolean,
  ): void {
    const { target, threadId } = this.answered(this.record(method));
    const { kernel, store } = this.ctx;
    const out = replyOutgoing(kernel, this.ref.box, target, body, options, all);
    send(kernel, store, this.ref.box, out, 'reply', { threadId });
  }

  /** A draft answer may have no recipient yet (Gmail lets you fill it in later). */
  private draftAnswer(
    method: string,
    body: string,
    options: SendOptions | undefined,
    all: boolean,
  ): object {
    const { target, threadId } = this.answered(this.record(method));
    const out = replyOutgoing(this.ctx.kernel, this.ref.box, target, body, options, all, false);
    return this.ctx.draft(this.ref.box, createDraftMessage(this.ctx, this.ref.box, out, threadId));
  }
}
