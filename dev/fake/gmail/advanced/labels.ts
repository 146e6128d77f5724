/**
 * `Gmail.Users.Labels` (list, create) and the label changes of threads.modify and
 * messages.batchModify. System labels are the ones the store keeps per message; user labels
 * live on the thread, as GmailApp applies them, so a label set through either API is seen by
 * both (and by `label:` searches). Removing a user label from one message therefore removes it
 * from its thread.
 */
import type { Mailbox } from '../mailbox';
import type { LabelRecord, MessageRecord, SystemLabel } from '../types';
import { type ApiContext, argsOf, mailboxOf } from './context';
import { apiError, invalid } from './errors';

const SYSTEM_LABELS: readonly SystemLabel[] = [
  'INBOX',
  'SENT',
  'DRAFT',
  'TRASH',
  'SPAM',
  'STARRED',
  'UNREAD',
];

/** Set by Gmail when mail is sent or drafted; modify refuses them. */
const FIXED: ReadonlySet<string> = new Set<SystemLabel>(['SENT', 'DRAFT']);

const isSystem = (id: string): id is SystemLabel => (SYSTEM_LABELS as string[]).includes(id);

const userLabel = (l: LabelRecord) => ({ id: l.id, name: l.name, type: 'user' });

export class LabelsCollection {
  constructor(private readonly ctx: ApiContext) {}

  list(userId: unknown) {
    this.ctx.kernel.call('Gmail.Users.Labels.list');
    const box = mailboxOf(this.ctx, userId, 'users.labels.list');
    return {
      labels: [
        ...SYSTEM_LABELS.map((id) => ({ id, name: id, type: 'system' })),
        ...[...box.labels.values()].map(userLabel),
      ],
    };
  }

  /** Nested labels are names with "/", as in Gmail; the parents are separate labels. */
  create(resource: unknown, userId: unknown) {
    this.ctx.kernel.call('Gmail.Users.Labels.create');
    const method = 'users.labels.create';
    const box = mailboxOf(this.ctx, userId, method);
    const name = String(argsOf(resource).name ?? '').trim();
    if (name === '' || isSystem(name.toUpperCase())) {
      throw invalid(this.ctx.kernel, method, 'Invalid label name');
    }
    if (box.labels.has(name.toLowerCase())) {
      throw apiError(this.ctx.kernel, method, 409, 'Label name exists or conflicts', 'conflict');
    }
    const label = { id: this.ctx.store.newLabelId(), name };
    box.labels.set(name.toLowerCase(), label);
    return userLabel(label);
  }
}

export interface LabelChange {
  add: string[];
  remove: string[];
}

/** The request's label ids, each checked against the mailbox before anything changes. */
export function labelChange(
  ctx: ApiContext,
  box: Mailbox,
  request: Record<string, unknown>,
  method: string,
): LabelChange {
  const ids = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const change = { add: ids(request.addLabelIds), remove: ids(request.removeLabelIds) };
  if (change.add.length + change.remove.length === 0) {
    throw invalid(ctx.kernel, method, 'No label add or removes specified');
  }
  for (const id of [...change.add, ...change.remove]) {
    if (FIXED.has(id)) throw invalid(ctx.kernel, method, `Invalid label: ${id}`);
    if (!isSystem(id) && !box.labelById(id)) throw invalid(ctx.kernel, method, 'labelId not found');
  }
  return change;
}

export function applyChange(box: Mailbox, messages: MessageRecord[], change: LabelChange): void {
  const steps: Array<[string[], boolean]> = [
    [change.remove, false],
    [change.add, true],
  ];
  for (const [ids, on] of steps) {
    for (const id of ids) {
      const label = isSystem(id) ? undefined : box.labelById(id);
      for (const m of messages) {
        const thread = box.threads.get(m.threadId);
        if (!label) box.setSystem(m, id as SystemLabel, on);
        else if (thread && on) box.addThreadLabel(thread, label);
        else if (thread) box.removeThreadLabel(thread, label);
      }
    }
  }
}
