/** GmailMessage: one message of the mailbox it was read from. */

import { FakeGmailAttachment } from './blob';
import { forwardOutgoing } from './compose-reply';
import { ConversationItem } from './conversation';
import { textToHtml } from './html';
import { headersOf, plainOf, rawContent } from './mime';
import { type SendOptions, send } from './send';
import type { MessageRecord } from './types';

export class FakeGmailMessage extends ConversationItem<MessageRecord> {
  protected readonly service = 'GmailMessage';

  protected lookup(): MessageRecord | undefined {
    return this.ref.box.messages.get(this.ref.id);
  }

  protected answered(m: MessageRecord): { target: MessageRecord; threadId: string } {
    return { target: m, threadId: m.threadId };
  }

  getId(): string {
    return this.record('getId').id;
  }
  getThread(): object {
    const m = this.record('getThread');
    return this.ctx.thread(this.ref.box, m.threadId);
  }
  getSubject(): string {
    return this.record('getSubject').subject;
  }
  getFrom(): string {
    return this.record('getFrom').from;
  }
  getTo(): string {
    return this.record('getTo').to;
  }
  getCc(): string {
    return this.record('getCc').cc;
  }
  getBcc(): string {
    return this.record('getBcc').bcc;
  }
  getReplyTo(): string {
    const m = this.record('getReplyTo');
    return m.replyTo || m.from;
  }
  getDate(): Date {
    return this.ctx.kernel.date(this.record('getDate').dateMs);
  }
  getPlainBody(): string {
    return plainOf(this.record('getPlainBody'));
  }
  getBody(): string {
    const m = this.record('getBody');
    return m.htmlBody ?? textToHtml(m.plainBody ?? '');
  }
  getRawContent(): string {
    return rawContent(this.record('getRawContent'), this.ctx.kernel.timeZone);
  }
  getHeader(name: string): string {
    const m = this.record('getHeader');
    const wanted = String(name).toLowerCase();
    const found = headersOf(m, this.ctx.kernel.timeZone).find(([k]) => k.toLowerCase() === wanted);
    return found?.[1] ?? '';
  }
  getAttachments(options?: { includeAttachments?: boolean }): FakeGmailAttachment[] {
    const m = this.record('getAttachments');
    if (options?.includeAttachments === false) return [];
    return m.attachments.map((a) => new FakeGmailAttachment(this.ctx.kernel, a));
  }
  isUnread(): boolean {
    return this.record('isUnread').system.includes('UNREAD');
  }
  isInInbox(): boolean {
    return this.record('isInInbox').system.includes('INBOX');
  }
  isInTrash(): boolean {
    return this.record('isInTrash').system.includes('TRASH');
  }
  isDraft(): boolean {
    return this.record('isDraft').system.includes('DRAFT');
  }
  isStarred(): boolean {
    return this.record('isStarred').system.includes('STARRED');
  }
  markRead(): this {
    this.ref.box.setSystem(this.record('markRead'), 'UNREAD', false);
    return this;
  }
  markUnread(): this {
    this.ref.box.setSystem(this.record('markUnread'), 'UNREAD', true);
    return this;
  }
  star(): this {
    this.ref.box.setSystem(this.record('star'), 'STARRED', true);
    return this;
  }
  unstar(): this {
    this.ref.box.setSystem(this.record('unstar'), 'STARRED', false);
    return this;
  }
  moveToTrash(): this {
    const m = this.record('moveToTrash');
    this.ref.box.setSystem(m, 'TRASH', true);
    this.ref.box.setSystem(m, 'INBOX', false);
    return this;
  }
  forward(recipient: string, options?: SendOptions): this {
    const m = this.record('forward');
    const { kernel, store } = this.ctx;
    const out = forwardOutgoing(kernel, this.ref.box, m, recipient, options ?? {}, kernel.timeZone);
    send(kernel, store, this.ref.box, out, 'forward', { threadId: m.threadId });
    return this;
  }
}
