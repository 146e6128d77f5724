/**
 * The whole fake mail system: one mailbox per address, the workspace-wide id index (so
 * getThreadById finds the owner without scanning), the log of everything sent, the domains
 * whose addresses get a mailbox on delivery, and the shared recipient quota.
 */
import type { FakeKernel } from '../kernel';
import { domainOf } from './address';
import { Mailbox } from './mailbox';
import { EmailQuota } from './quota';
import type { GmailState, MessageRecord, OutboundRecord } from './types';

export class MailStore {
  readonly mailboxes = new Map<string, Mailbox>();
  /** thread / message / draft id → owner key (lower-case address). */
  readonly owners = new Map<string, string>();
  outbound: OutboundRecord[] = [];
  readonly domains = new Set<string>();
  readonly quota: EmailQuota;
  /** Search text per message id, built on first search (message content never changes after). */
  readonly searchCache = new Map<
    string,
    { subject: string; text: string; from: string; to: string }
  >();

  constructor(private readonly kernel: FakeKernel) {
    this.quota = new EmailQuota(kernel);
  }

  mailbox(email: string): Mailbox {
    const key = email.toLowerCase();
    let box = this.mailboxes.get(key);
    if (!box) {
      box = new Mailbox(email);
      this.mailboxes.set(key, box);
    }
    return box;
  }

  existing(email: string): Mailbox | undefined {
    return this.mailboxes.get(email.toLowerCase());
  }

  /** The mailbox of the user running the script. */
  get active(): Mailbox {
    return this.mailbox(this.kernel.activeUser);
  }

  /**
   * Mail to an address reaches a fake mailbox when the address already has one or belongs to
   * a workspace domain (the active user's, or one the test declared). Other mail only leaves.
   */
  deliverable(email: string): boolean {
    if (this.existing(email)) return true;
    const domain = domainOf(email);
    return domain === domainOf(this.kernel.activeUser) || this.domains.has(domain);
  }

  private sequence(): number {
    return Number.parseInt(this.kernel.nextId(''), 36);
  }

  /** Gmail-style hex id; a thread's id is the id of its first message, as in Gmail. */
  newMessageId(): string {
    return `${this.kernel.nowMillis().toString(16).padStart(11, '0')}${this.sequence().toString(16).padStart(5, '0')}`;
  }

  newRfcId(): string {
    return `<CA+fake${this.sequence().toString(36)}.${this.kernel.nowMillis().toString(36)}@mail.gmail.com>`;
  }

  newDraftId(): string {
    return `r-${this.sequence().toString().padStart(10, '0')}`;
  }

  newLabelId(): string {
    return `Label_${this.sequence()}`;
  }

  add(box: Mailbox, message: MessageRecord): void {
    box.addMessage(message);
    const key = box.owner.toLowerCase();
    this.owners.set(message.id, key);
    this.owners.set(message.threadId, key);
  }

  remove(box: Mailbox, messageId: string): void {
    const message = box.messages.get(messageId);
    box.removeMessage(messageId);
    this.owners.delete(messageId);
    this.searchCache.delete(messageId);
    if (message && !box.threads.has(message.threadId)) this.owners.delete(message.threadId);
  }

  /** The mailbox holding an id, if it is the active user's (ids of others' mail are not found). */
  ownBox(id: string): Mailbox | undefined {
    const owner = this.owners.get(id);
    return owner === this.kernel.activeUser.toLowerCase() ? this.mailboxes.get(owner) : undefined;
  }

  snapshot(): GmailState {
    return {
      mailboxes: [...this.mailboxes.values()].map((b) => b.snapshot()),
      outbound: this.outbound,
      quota: this.quota.state,
      domains: [...this.domains],
    };
  }

  restore(state: GmailState): void {
    this.mailboxes.clear();
    this.owners.clear();
    this.searchCache.clear();
    this.domains.clear();
    for (const saved of state.mailboxes) {
      const box = Mailbox.restore(saved);
      const key = box.owner.toLowerCase();
      this.mailboxes.set(key, box);
      for (const t of box.threads.values()) this.owners.set(t.id, key);
      for (const m of box.messages.values()) this.owners.set(m.id, key);
      for (const d of box.drafts.values()) this.owners.set(d.id, key);
    }
    this.outbound = state.outbound;
    this.quota.state = state.quota;
    for (const d of state.domains) this.domains.add(d);
  }
}
