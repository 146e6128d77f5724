/**
 * Replies to the sidebar. google.script.run turns a thrown error into a bare message
 * string, so every handler answers `{ok, ...}` instead: the sidebar shows `message` as is.
 */
import { toUserMessage } from '../../core/errors';

export type SidebarReply<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly message: string };

export function sidebarReply<T>(work: () => T, onError: (error: unknown) => void): SidebarReply<T> {
  try {
    return { ok: true, data: work() };
  } catch (error) {
    // A UserError is the user's to fix, not a fault for the admin's log.
    if ((error as { name?: unknown } | null)?.name !== 'UserError') onError(error);
    return { ok: false, message: toUserMessage(error).message };
  }
}
