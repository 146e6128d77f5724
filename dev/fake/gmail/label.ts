/** GmailLabel: a user label of one mailbox (applied per thread, as GmailApp does). */
import { type GmailContext, refOf } from './context';
import type { Mailbox } from './mailbox';
import { newestFirst } from './search';
import type { LabelRecord, ThreadRecord } from './types';

export const MAX_THREADS = 500;

export class FakeGmailLabel {
  readonly ref: { box: Mailbox; id: string };

  constructor(
    private readonly ctx: GmailContext,
    box: Mailbox,
    label: LabelRecord,
  ) {
    this.ref = { box, id: label.id };
  }

  private record(method: string): LabelRecord {
    this.ctx.kernel.call(`GmailLabel.${method}`);
    const label = this.ref.box.labelById(this.ref.id);
    if (!label) throw this.ctx.kernel.error('NOT_FOUND', 'Label');
    return label;
  }

  private threads(): ThreadRecord[] {
    const ids = this.ref.box.labelThreads.get(this.ref.id) ?? new Set<string>();
    return [...ids]
      .flatMap((id) => {
        const t = this.ref.box.threads.get(id);
        return t ? [t] : [];
      })
      .sort(newestFirst);
  }

  getName(): string {
    return this.record('getName').name;
  }
  getId(): string {
    return this.record('getId').id;
  }
  getThreads(start?: number, max?: number): object[] {
    this.record('getThreads');
    const from = start ?? 0;
    if (max !== undefined && max > MAX_THREADS) {
      throw this.ctx.kernel.error('INVALID_ARGUMENT', `max cannot exceed ${MAX_THREADS}`);
    }
    return this.threads()
      .slice(from, max === undefined ? undefined : from + max)
      .map((t) => this.ctx.thread(this.ref.box, t.id));
  }
  getUnreadCount(): number {
    this.record('getUnreadCount');
    return this.threads().filter((t) =>
      this.ref.box.messagesOf(t).some((m) => m.system.includes('UNREAD')),
    ).length;
  }
  addToThread(thread: unknown): this {
    return this.apply('addToThread', [thread], true);
  }
  addToThreads(threads: unknown[]): this {
    return this.apply('addToThreads', threads, true);
  }
  removeFromThread(thread: unknown): this {
    return this.apply('removeFromThread', [thread], false);
  }
  removeFromThreads(threads: unknown[]): this {
    return this.apply('removeFromThreads', threads, false);
  }
  deleteLabel(): void {
    this.ref.box.deleteLabel(this.record('deleteLabel'));
  }

  private apply(method: string, threads: unknown[], add: boolean): this {
    const label = this.record(method);
    if (threads.length > 100)
      throw this.ctx.kernel.error('INVALID_ARGUMENT', 'threads (at most 100)');
    for (const value of threads) {
      const thread = this.ref.box.threads.get(refOf(value)?.id ?? '');
      if (!thread) throw this.ctx.kernel.error('INVALID_ARGUMENT', 'thread');
      if (add) this.ref.box.addThreadLabel(thread, label);
      else this.ref.box.removeThreadLabel(thread, label);
    }
    return this;
  }
}
