/** GmailThread: a conversation of the mailbox it was read from. */

import { refOf } from './context';
import { ConversationItem } from './conversation';
import type { MessageRecord, SystemLabel, ThreadRecord } from './types';

export class FakeGmailThread extends ConversationItem<ThreadRecord> {
  protected readonly service = 'GmailThread';

  protected lookup(): ThreadRecord | undefined {
    return this.ref.box.threads.get(this.ref.id);
  }

  /** "Reply to the sender of the last message on this thread using the replyTo address." */
  protected answered(t: ThreadRecord): { target: MessageRecord; threadId: string } {
    const sent = this.messages(t).filter((m) => !m.system.includes('DRAFT'));
    const last = sent[sent.length - 1];
    if (!last) throw this.ctx.kernel.error('INVALID_ARGUMENT', 'thread has no message to reply to');
    return { target: last, threadId: t.id };
  }

  private messages(t: ThreadRecord): MessageRecord[] {
    return this.ref.box.messagesOf(t);
  }

  private some(method: string, label: SystemLabel): boolean {
    return this.messages(this.record(method)).some((m) => m.system.includes(label));
  }

  private setAll(t: ThreadRecord, label: SystemLabel, on: boolean): void {
    for (const m of this.messages(t)) this.ref.box.setSystem(m, label, on);
  }

  getId(): string {
    return this.record('getId').id;
  }
  getFirstMessageSubject(): string {
    return this.messages(this.record('getFirstMessageSubject'))[0]?.subject ?? '';
  }
  getMessages(): object[] {
    return this.messages(this.record('getMessages')).map((m) =>
      this.ctx.message(this.ref.box, m.id),
    );
  }
  getMessageCount(): number {
    return this.record('getMessageCount').messageIds.length;
  }
  getLastMessageDate(): Date {
    return this.ctx.kernel.date(this.record('getLastMessageDate').lastMs);
  }
  getLabels(): object[] {
    const t = this.record('getLabels');
    return t.labelIds.flatMap((id) => {
      const label = this.ref.box.labelById(id);
      return label ? [this.ctx.label(this.ref.box, label)] : [];
    });
  }
  getPermalink(): string {
    return `https://mail.google.com/mail/u/0/#all/${this.record('getPermalink').id}`;
  }
  addLabel(label: unknown): this {
    const t = this.record('addLabel');
    const found = this.labelOf(label);
    if (found) this.ref.box.addThreadLabel(t, found);
    return this;
  }
  removeLabel(label: unknown): this {
    const t = this.record('removeLabel');
    const found = this.labelOf(label);
    if (found) this.ref.box.removeThreadLabel(t, found);
    return this;
  }
  isUnread(): boolean {
    return this.some('isUnread', 'UNREAD');
  }
  isInInbox(): boolean {
    return this.some('isInInbox', 'INBOX');
  }
  isInTrash(): boolean {
    return this.some('isInTrash', 'TRASH');
  }
  isInSpam(): boolean {
    return this.some('isInSpam', 'SPAM');
  }
  hasStarredMessages(): boolean {
    return this.some('hasStarredMessages', 'STARRED');
  }
  isImportant(): boolean {
    this.record('isImportant');
    return false;
  }
  markRead(): this {
    this.setAll(this.record('markRead'), 'UNREAD', false);
    return this;
  }
  markUnread(): this {
    this.setAll(this.record('markUnread'), 'UNREAD', true);
    return this;
  }
  markImportant(): this {
    this.record('markImportant');
    return this;
  }
  markUnimportant(): this {
    this.record('markUnimportant');
    return this;
  }
  moveToArchive(): this {
    this.setAll(this.record('moveToArchive'), 'INBOX', false);
    return this;
  }
  moveToInbox(): this {
    const t = this.record('moveToInbox');
    this.setAll(t, 'INBOX', true);
    this.setAll(t, 'TRASH', false);
    this.setAll(t, 'SPAM', false);
    return this;
  }
  moveToTrash(): this {
    const t = this.record('moveToTrash');
    this.setAll(t, 'TRASH', true);
    this.setAll(t, 'INBOX', false);
    return this;
  }
  moveToSpam(): this {
    const t = this.record('moveToSpam');
    this.setAll(t, 'SPAM', true);
    this.setAll(t, 'INBOX', false);
    return this;
  }

  private labelOf(label: unknown) {
    const ref = refOf(label);
    if (!ref) throw this.ctx.kernel.error('INVALID_ARGUMENT', 'label');
    return this.ref.box.labelById(ref.id);
  }
}
