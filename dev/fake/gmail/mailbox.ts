/**
 * One user's mailbox: threads, messages, user labels and drafts, with the indexes that keep
 * lookups O(1) at tens of thousands of messages (by id, by RFC Message-ID for threading, by
 * label for label: searches).
 */
import type {
  DraftRecord,
  LabelRecord,
  MailboxState,
  MessageRecord,
  SystemLabel,
  ThreadRecord,
} from './types';

/** Gmail's `label:` spelling: lower case, spaces and slashes as dashes. */
export function labelKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s/]+/g, '-');
}

export class Mailbox {
  readonly threads = new Map<string, ThreadRecord>();
  readonly messages = new Map<string, MessageRecord>();
  /** lower-case name → label */
  readonly labels = new Map<string, LabelRecord>();
  readonly drafts = new Map<string, DraftRecord>();
  /** RFC Message-ID → thread id, for joining replies to their thread. */
  readonly byRfcId = new Map<string, string>();
  /** label id → thread ids carrying it. */
  readonly labelThreads = new Map<string, Set<string>>();
  aliases: string[] = [];
  displayName?: string;

  constructor(readonly owner: string) {}

  addMessage(message: MessageRecord): void {
    let thread = this.threads.get(message.threadId);
    if (!thread) {
      thread = { id: message.threadId, messageIds: [], labelIds: [], lastMs: message.dateMs };
      this.threads.set(thread.id, thread);
    }
    thread.messageIds.push(message.id);
    thread.lastMs = Math.max(thread.lastMs, message.dateMs);
    this.messages.set(message.id, message);
    if (!this.byRfcId.has(message.rfcId)) this.byRfcId.set(message.rfcId, thread.id);
  }

  removeMessage(messageId: string): void {
    const message = this.messages.get(messageId);
    if (!message) return;
    this.messages.delete(messageId);
    const thread = this.threads.get(message.threadId);
    if (!thread) return;
    thread.messageIds = thread.messageIds.filter((id) => id !== messageId);
    if (thread.messageIds.length === 0) {
      this.threads.delete(thread.id);
      for (const id of thread.labelIds) this.labelThreads.get(id)?.delete(thread.id);
    } else {
      thread.lastMs = Math.max(
        ...thread.messageIds.map((id) => this.messages.get(id)?.dateMs ?? 0),
      );
    }
  }

  messagesOf(thread: ThreadRecord): MessageRecord[] {
    return thread.messageIds.flatMap((id) => {
      const m = this.messages.get(id);
      return m ? [m] : [];
    });
  }

  /** Finds the thread an incoming message continues (In-Reply-To, then References). */
  threadFor(inReplyTo: string | undefined, references: readonly string[]): string | undefined {
    for (const id of [inReplyTo, ...[...references].reverse()]) {
      const threadId = id ? this.byRfcId.get(id) : undefined;
      if (threadId && this.threads.has(threadId)) return threadId;
    }
    return undefined;
  }

  setSystem(message: MessageRecord, label: SystemLabel, on: boolean): void {
    const has = message.system.includes(label);
    if (on && !has) message.system.push(label);
    if (!on && has) message.system = message.system.filter((l) => l !== label);
  }

  addThreadLabel(thread: ThreadRecord, label: LabelRecord): void {
    if (!thread.labelIds.includes(label.id)) thread.labelIds.push(label.id);
    let set = this.labelThreads.get(label.id);
    if (!set) {
      set = new Set();
      this.labelThreads.set(label.id, set);
    }
    set.add(thread.id);
  }

  removeThreadLabel(thread: ThreadRecord, label: LabelRecord): void {
    thread.labelIds = thread.labelIds.filter((id) => id !== label.id);
    this.labelThreads.get(label.id)?.delete(thread.id);
  }

  /** A label by its name, or by the `label:` spelling of its name (`my-label` for "My Label"). */
  findLabel(name: string): LabelRecord | undefined {
    const exact = this.labels.get(name.trim().toLowerCase());
    if (exact) return exact;
    const key = labelKey(name);
    for (const label of this.labels.values()) if (labelKey(label.name) === key) return label;
    return undefined;
  }

  labelById(id: string): LabelRecord | undefined {
    for (const label of this.labels.values()) if (label.id === id) return label;
    return undefined;
  }

  deleteLabel(label: LabelRecord): void {
    for (const threadId of this.labelThreads.get(label.id) ?? []) {
      const thread = this.threads.get(threadId);
      if (thread) thread.labelIds = thread.labelIds.filter((id) => id !== label.id);
    }
    this.labelThreads.delete(label.id);
    this.labels.delete(label.name.toLowerCase());
  }

  snapshot(): MailboxState {
    const state: MailboxState = {
      owner: this.owner,
      threads: [...this.threads.values()],
      messages: [...this.messages.values()],
      labels: [...this.labels.values()],
      drafts: [...this.drafts.values()],
      aliases: this.aliases,
    };
    if (this.displayName !== undefined) state.displayName = this.displayName;
    return state;
  }

  static restore(state: MailboxState): Mailbox {
    const box = new Mailbox(state.owner);
    for (const m of state.messages) box.messages.set(m.id, m);
    for (const t of state.threads) {
      box.threads.set(t.id, t);
      for (const id of t.labelIds) {
        let set = box.labelThreads.get(id);
        if (!set) {
          set = new Set();
          box.labelThreads.set(id, set);
        }
        set.add(t.id);
      }
      for (const m of box.messagesOf(t))
        if (!box.byRfcId.has(m.rfcId)) box.byRfcId.set(m.rfcId, t.id);
    }
    for (const l of state.labels) box.labels.set(l.name.toLowerCase(), l);
    for (const d of state.drafts) box.drafts.set(d.id, d);
    box.aliases = state.aliases;
    if (state.displayName !== undefined) box.displayName = state.displayName;
    return box;
  }
}
