/**
 * GmailApp for the mailbox of `kernel.activeUser`. Ids of another user's mail are not found,
 * as in Gmail. In an add-on context (test API `addOnContext`), the script holds only the
 * per-message scope: getMessageById / getThreadById then work only for the opened message's
 * thread and only after setCurrentMessageAccessToken with the event's token.
 */
import { type GmailContext, refOf } from './context';
import { createDraftMessage } from './drafting';
import { MAX_THREADS } from './label';
import type { Mailbox } from './mailbox';
import { newestFirst } from './search';
import { compose, type SendOptions, send } from './send';
import type { MessageRecord, SystemLabel, ThreadRecord } from './types';

export interface AddOnState {
  user: string;
  threadId: string;
  token: string;
  current?: string;
}

export class FakeGmailApp {
  addOn?: AddOnState;
  readonly tokens: string[] = [];

  constructor(private readonly ctx: GmailContext) {}

  private get box(): Mailbox {
    return this.ctx.store.active;
  }

  private call(method: string): Mailbox {
    this.ctx.kernel.call(`GmailApp.${method}`);
    return this.box;
  }

  private page(threads: ThreadRecord[], start?: number, max?: number): object[] {
    if (max !== undefined && max > MAX_THREADS) {
      throw this.ctx.kernel.error('INVALID_ARGUMENT', `max cannot exceed ${MAX_THREADS}`);
    }
    const from = start ?? 0;
    const box = this.box;
    return threads
      .slice(from, max === undefined ? undefined : from + max)
      .map((t) => this.ctx.thread(box, t.id));
  }

  private withLabel(box: Mailbox, label: SystemLabel): ThreadRecord[] {
    return [...box.threads.values()]
      .filter((t) => box.messagesOf(t).some((m) => m.system.includes(label)))
      .sort(newestFirst);
  }

  private threadOf(value: unknown): { box: Mailbox; thread: ThreadRecord } {
    const ref = refOf(value);
    const thread = ref?.box.threads.get(ref.id);
    if (!ref || !thread) throw this.ctx.kernel.error('INVALID_ARGUMENT', 'thread');
    return { box: ref.box, thread };
  }

  private messageOf(value: unknown): { box: Mailbox; message: MessageRecord } {
    const ref = refOf(value);
    const message = ref?.box.messages.get(ref.id);
    if (!ref || !message) throw this.ctx.kernel.error('INVALID_ARGUMENT', 'message');
    return { box: ref.box, message };
  }

  private setOnThreads(
    values: unknown[],
    label: SystemLabel,
    on: boolean,
    off?: SystemLabel,
  ): void {
    for (const value of values) {
      const { box, thread } = this.threadOf(value);
      for (const m of box.messagesOf(thread)) {
        box.setSystem(m, label, on);
        if (off) box.setSystem(m, off, false);
      }
    }
  }

  private setOnMessages(values: unknown[], label: SystemLabel, on: boolean): void {
    for (const value of values) {
      const { box, message } = this.messageOf(value);
      box.setSystem(message, label, on);
    }
  }

  /** In an add-on, only the opened message's thread is readable, and only with its token. */
  private checkAddOn(threadId: string | undefined): void {
    const addOn = this.addOn;
    if (!addOn || addOn.user.toLowerCase() !== this.ctx.kernel.activeUser.toLowerCase()) return;
    if (addOn.current !== addOn.token || threadId !== addOn.threadId) {
      const error = this.ctx.kernel.error('PERMISSION', 'GmailApp');
      error.message = 'Access denied: : Missing access token for per message scope authorization.';
      throw error;
    }
  }

  search(query: string, start?: number, max?: number): object[] {
    const box = this.call('search');
    return this.page(this.ctx.searcher.search(box, String(query)), start, max);
  }
  getInboxThreads(start?: number, max?: number): object[] {
    return this.page(this.withLabel(this.call('getInboxThreads'), 'INBOX'), start, max);
  }
  getStarredThreads(start?: number, max?: number): object[] {
    return this.page(this.withLabel(this.call('getStarredThreads'), 'STARRED'), start, max);
  }
  getTrashThreads(start?: number, max?: number): object[] {
    return this.page(this.withLabel(this.call('getTrashThreads'), 'TRASH'), start, max);
  }
  getSpamThreads(start?: number, max?: number): object[] {
    return this.page(this.withLabel(this.call('getSpamThreads'), 'SPAM'), start, max);
  }
  getPriorityInboxThreads(start?: number, max?: number): object[] {
    this.call('getPriorityInboxThreads');
    return this.page([], start, max);
  }
  getChatThreads(start?: number, max?: number): object[] {
    this.call('getChatThreads');
    return this.page([], start, max);
  }
  getInboxUnreadCount(): number {
    const box = this.call('getInboxUnreadCount');
    return this.withLabel(box, 'INBOX').filter((t) =>
      box.messagesOf(t).some((m) => m.system.includes('UNREAD') && m.system.includes('INBOX')),
    ).length;
  }
  getThreadById(id: string): object | null {
    this.call('getThreadById');
    const box = this.ctx.store.ownBox(String(id));
    if (!box?.threads.has(String(id))) return null;
    this.checkAddOn(String(id));
    return this.ctx.thread(box, String(id));
  }
  getMessageById(id: string): object {
    this.call('getMessageById');
    const box = this.ctx.store.ownBox(String(id));
    const message = box?.messages.get(String(id));
    this.checkAddOn(message?.threadId);
    if (!box || !message) throw this.ctx.kernel.error('INVALID_ARGUMENT', 'id');
    return this.ctx.message(box, message.id);
  }
  getMessagesForThread(thread: unknown): object[] {
    this.call('getMessagesForThread');
    const { box, thread: t } = this.threadOf(thread);
    return box.messagesOf(t).map((m) => this.ctx.message(box, m.id));
  }
  getMessagesForThreads(threads: unknown[]): object[][] {
    this.call('getMessagesForThreads');
    return threads.map((value) => {
      const { box, thread } = this.threadOf(value);
      return box.messagesOf(thread).map((m) => this.ctx.message(box, m.id));
    });
  }
  getUserLabelByName(name: string): object | null {
    const box = this.call('getUserLabelByName');
    const label = box.labels.get(String(name).trim().toLowerCase());
    return label ? this.ctx.label(box, label) : null;
  }
  getUserLabels(): object[] {
    const box = this.call('getUserLabels');
    return [...box.labels.values()].map((l) => this.ctx.label(box, l));
  }
  createLabel(name: string): object {
    const box = this.call('createLabel');
    const clean = String(name ?? '').trim();
    if (!clean) throw this.ctx.kernel.error('INVALID_ARGUMENT', 'name');
    const existing = box.labels.get(clean.toLowerCase());
    if (existing) return this.ctx.label(box, existing);
    const label = { id: this.ctx.store.newLabelId(), name: clean };
    box.labels.set(clean.toLowerCase(), label);
    return this.ctx.label(box, label);
  }
  deleteLabel(label: unknown): this {
    const box = this.call('deleteLabel');
    const found = box.labelById(refOf(label)?.id ?? '');
    if (!found) throw this.ctx.kernel.error('INVALID_ARGUMENT', 'label');
    box.deleteLabel(found);
    return this;
  }
  createDraft(recipient: string, subject: string, body: string, options?: SendOptions): object {
    const box = this.call('createDraft');
    const out = compose(this.ctx.kernel, box, recipient, subject, body, options, false);
    return this.ctx.draft(box, createDraftMessage(this.ctx, box, out));
  }
  getDrafts(): object[] {
    const box = this.call('getDrafts');
    return this.drafts(box).map((d) => this.ctx.draft(box, d.id));
  }
  getDraft(draftId: string): object {
    const box = this.call('getDraft');
    if (!box.drafts.has(String(draftId)))
      throw this.ctx.kernel.error('INVALID_ARGUMENT', 'draftId');
    return this.ctx.draft(box, String(draftId));
  }
  getDraftMessages(): object[] {
    const box = this.call('getDraftMessages');
    return this.drafts(box).map((d) => this.ctx.message(box, d.messageId));
  }
  getAliases(): string[] {
    return [...this.call('getAliases').aliases];
  }
  sendEmail(recipient: string, subject: string, body: string, options?: SendOptions): this {
    const box = this.call('sendEmail');
    const out = compose(this.ctx.kernel, box, recipient, subject, body, options);
    send(this.ctx.kernel, this.ctx.store, box, out, 'GmailApp');
    return this;
  }
  setCurrentMessageAccessToken(accessToken: string): void {
    this.call('setCurrentMessageAccessToken');
    this.tokens.push(String(accessToken));
    if (this.addOn) this.addOn.current = String(accessToken);
  }
  markThreadRead(thread: unknown): this {
    this.call('markThreadRead');
    this.setOnThreads([thread], 'UNREAD', false);
    return this;
  }
  markThreadUnread(thread: unknown): this {
    this.call('markThreadUnread');
    this.setOnThreads([thread], 'UNREAD', true);
    return this;
  }
  markThreadsRead(threads: unknown[]): this {
    this.call('markThreadsRead');
    this.setOnThreads(this.atMost100(threads), 'UNREAD', false);
    return this;
  }
  markThreadsUnread(threads: unknown[]): this {
    this.call('markThreadsUnread');
    this.setOnThreads(this.atMost100(threads), 'UNREAD', true);
    return this;
  }
  markMessageRead(message: unknown): this {
    this.call('markMessageRead');
    this.setOnMessages([message], 'UNREAD', false);
    return this;
  }
  markMessageUnread(message: unknown): this {
    this.call('markMessageUnread');
    this.setOnMessages([message], 'UNREAD', true);
    return this;
  }
  markMessagesRead(messages: unknown[]): this {
    this.call('markMessagesRead');
    this.setOnMessages(this.atMost100(messages), 'UNREAD', false);
    return this;
  }
  markMessagesUnread(messages: unknown[]): this {
    this.call('markMessagesUnread');
    this.setOnMessages(this.atMost100(messages), 'UNREAD', true);
    return this;
  }
  starMessage(message: unknown): this {
    this.call('starMessage');
    this.setOnMessages([message], 'STARRED', true);
    return this;
  }
  unstarMessage(message: unknown): this {
    this.call('unstarMessage');
    this.setOnMessages([message], 'STARRED', false);
    return this;
  }
  moveThreadToArchive(thread: unknown): this {
    this.call('moveThreadToArchive');
    this.setOnThreads([thread], 'INBOX', false);
    return this;
  }
  moveThreadsToArchive(threads: unknown[]): this {
    this.call('moveThreadsToArchive');
    this.setOnThreads(this.atMost100(threads), 'INBOX', false);
    return this;
  }
  moveThreadToInbox(thread: unknown): this {
    this.call('moveThreadToInbox');
    this.setOnThreads([thread], 'INBOX', true, 'TRASH');
    return this;
  }
  moveThreadsToInbox(threads: unknown[]): this {
    this.call('moveThreadsToInbox');
    this.setOnThreads(this.atMost100(threads), 'INBOX', true, 'TRASH');
    return this;
  }
  moveThreadToTrash(thread: unknown): this {
    this.call('moveThreadToTrash');
    this.setOnThreads([thread], 'TRASH', true, 'INBOX');
    return this;
  }
  moveThreadsToTrash(threads: unknown[]): this {
    this.call('moveThreadsToTrash');
    this.setOnThreads(this.atMost100(threads), 'TRASH', true, 'INBOX');
    return this;
  }
  moveMessageToTrash(message: unknown): this {
    this.call('moveMessageToTrash');
    const { box, message: m } = this.messageOf(message);
    box.setSystem(m, 'TRASH', true);
    box.setSystem(m, 'INBOX', false);
    return this;
  }
  refreshThread(thread: unknown): this {
    this.call('refreshThread');
    this.threadOf(thread);
    return this;
  }
  refreshThreads(threads: unknown[]): this {
    this.call('refreshThreads');
    for (const t of threads) this.threadOf(t);
    return this;
  }
  refreshMessage(message: unknown): this {
    this.call('refreshMessage');
    this.messageOf(message);
    return this;
  }
  refreshMessages(messages: unknown[]): this {
    this.call('refreshMessages');
    for (const m of messages) this.messageOf(m);
    return this;
  }

  private drafts(box: Mailbox) {
    return [...box.drafts.values()].sort(
      (a, b) =>
        (box.messages.get(b.messageId)?.dateMs ?? 0) - (box.messages.get(a.messageId)?.dateMs ?? 0),
    );
  }

  /** Batch methods take at most 100 threads or messages (GmailApp reference). */
  private atMost100<T>(values: T[]): T[] {
    if (values.length > 100) throw this.ctx.kernel.error('INVALID_ARGUMENT', 'at most 100 items');
    return values;
  }
}
