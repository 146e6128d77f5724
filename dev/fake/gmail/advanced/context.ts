/** What the Advanced Gmail collections share, and whose mailbox a call may reach. */
import type { GmailContext } from '../context';
import type { Mailbox } from '../mailbox';
import { apiError } from './errors';

export type ApiContext = Pick<GmailContext, 'kernel' | 'store' | 'searcher'>;

/**
 * The mailbox `userId` names: `me` or the active user's own address. Another address needs
 * domain-wide delegation, which a script running as a user does not have.
 */
export function mailboxOf(ctx: ApiContext, userId: unknown, method: string): Mailbox {
  const me = ctx.kernel.activeUser;
  const id = String(userId ?? '');
  if (id !== 'me' && id.toLowerCase() !== me.toLowerCase()) {
    throw apiError(ctx.kernel, method, 403, `Delegation denied for ${me}`, 'forbidden');
  }
  return ctx.store.active;
}

/** Apps Script passes optional arguments as a plain object; anything else means none. */
export function argsOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}
