/**
 * `Gmail.Users.Threads`: list (Gmail search, newest activity first; a thread matches when one
 * of its messages does), get (messages oldest first) and modify (labels of every message).
 */
import { type ApiContext, argsOf, mailboxOf } from './context';
import { notFound } from './errors';
import { applyChange, labelChange } from './labels';
import { listResponse, pageOf, queryOf } from './list';
import { historyIdOf, messagesOf, snippetOf, threadResource, viewOf } from './resource';

export class ThreadsCollection {
  constructor(private readonly ctx: ApiContext) {}

  list(userId: unknown, args?: unknown) {
    this.ctx.kernel.call('Gmail.Users.Threads.list');
    const method = 'users.threads.list';
    const box = mailboxOf(this.ctx, userId, method);
    const a = argsOf(args);
    const found = this.ctx.searcher.search(box, queryOf(a));
    const page = pageOf(this.ctx.kernel, found, a, method);
    const threads = page.items.map((t) => {
      const messages = messagesOf(box, t);
      const newest = messages[messages.length - 1];
      return { id: t.id, snippet: newest ? snippetOf(newest) : '', historyId: historyIdOf(t) };
    });
    return listResponse('threads', { ...page, items: threads }, found.length);
  }

  get(userId: unknown, id: unknown, args?: unknown) {
    this.ctx.kernel.call('Gmail.Users.Threads.get');
    const method = 'users.threads.get';
    const box = mailboxOf(this.ctx, userId, method);
    const view = viewOf(this.ctx.kernel, args, method, ['full', 'metadata', 'minimal']);
    const thread = box.threads.get(String(id));
    if (!thread) throw notFound(this.ctx.kernel, method);
    return threadResource(box, thread, view, this.ctx.kernel.timeZone);
  }

  modify(resource: unknown, userId: unknown, id: unknown) {
    this.ctx.kernel.call('Gmail.Users.Threads.modify');
    const method = 'users.threads.modify';
    const box = mailboxOf(this.ctx, userId, method);
    const thread = box.threads.get(String(id));
    if (!thread) throw notFound(this.ctx.kernel, method);
    applyChange(box, box.messagesOf(thread), labelChange(this.ctx, box, argsOf(resource), method));
    return threadResource(box, thread, { format: 'minimal' }, this.ctx.kernel.timeZone);
  }
}
