/**
 * `Gmail.Users.Messages`: list (messages matching a Gmail search, newest first), get,
 * batchModify (labels of up to 1,000 messages at once) and `Attachments.get` (the bytes of an
 * attachment part, base64url).
 */
import { type ApiContext, argsOf, mailboxOf } from './context';
import { invalid, notFound } from './errors';
import { applyChange, labelChange } from './labels';
import { listResponse, pageOf, queryOf } from './list';
import { matchingMessages } from './match';
import { attachmentIndex, webSafe } from './payload';
import { messageResource, viewOf } from './resource';

const MAX_BATCH = 1000;

export class MessagesCollection {
  constructor(private readonly ctx: ApiContext) {}

  list(userId: unknown, args?: unknown) {
    this.ctx.kernel.call('Gmail.Users.Messages.list');
    const method = 'users.messages.list';
    const box = mailboxOf(this.ctx, userId, method);
    const a = argsOf(args);
    const found = matchingMessages(this.ctx.searcher, box, queryOf(a));
    const page = pageOf(this.ctx.kernel, found, a, method);
    const messages = page.items.map((m) => ({ id: m.id, threadId: m.threadId }));
    return listResponse('messages', { ...page, items: messages }, found.length);
  }

  get(userId: unknown, id: unknown, args?: unknown) {
    this.ctx.kernel.call('Gmail.Users.Messages.get');
    const method = 'users.messages.get';
    const box = mailboxOf(this.ctx, userId, method);
    const view = viewOf(this.ctx.kernel, args, method, ['full', 'metadata', 'minimal', 'raw']);
    const message = box.messages.get(String(id));
    if (!message) throw notFound(this.ctx.kernel, method);
    return messageResource(box, message, view, this.ctx.kernel.timeZone);
  }

  /** All or nothing: every id and label is checked before any message changes. */
  batchModify(resource: unknown, userId: unknown): void {
    this.ctx.kernel.call('Gmail.Users.Messages.batchModify');
    const method = 'users.messages.batchModify';
    const box = mailboxOf(this.ctx, userId, method);
    const request = argsOf(resource);
    const ids = Array.isArray(request.ids) ? request.ids.map(String) : [];
    if (ids.length > MAX_BATCH) {
      throw invalid(this.ctx.kernel, method, `Number of ids cannot exceed ${MAX_BATCH}`);
    }
    const change = labelChange(this.ctx, box, request, method);
    const messages = ids.map((id) => {
      const m = box.messages.get(id);
      if (!m) throw notFound(this.ctx.kernel, method);
      return m;
    });
    applyChange(box, messages, change);
  }

  attachment(userId: unknown, messageId: unknown, id: unknown) {
    this.ctx.kernel.call('Gmail.Users.Messages.Attachments.get');
    const method = 'users.messages.attachments.get';
    const box = mailboxOf(this.ctx, userId, method);
    const message = box.messages.get(String(messageId));
    const index = message ? attachmentIndex(message.id, String(id)) : undefined;
    const file = index === undefined ? undefined : message?.attachments[index];
    if (!file) throw notFound(this.ctx.kernel, method);
    return { attachmentId: String(id), size: file.size, data: webSafe(file.data) };
  }
}
