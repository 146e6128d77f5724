/**
 * Fake of the Advanced Gmail service (`Gmail`, i.e. Gmail API v1 as Apps Script exposes it:
 * `Gmail.Users.Threads.list('me', {q})` …) over the same mail store as the GmailApp fake, so
 * mail delivered by the test API, sent by the script or labelled through either API looks the
 * same from both. Resources are the API's JSON; only the active user's mailbox is reachable.
 *
 * Not modelled: drafts, sending, trash/delete, history, watch, settings, filters, label
 * get/patch/update/delete, label colours and visibility, the IMPORTANT and CATEGORY_* labels,
 * `labelIds` filters on list calls, and a per-message user label (user labels are per thread,
 * as GmailApp keeps them). Methods that are not here are absent, so calling one fails loudly.
 */
import type { ApiContext } from './context';
import { LabelsCollection } from './labels';
import { MessagesCollection } from './messages';
import { ThreadsCollection } from './threads';

export function advancedGmail(ctx: ApiContext): object {
  const threads = new ThreadsCollection(ctx);
  const messages = new MessagesCollection(ctx);
  const labels = new LabelsCollection(ctx);
  return {
    Users: {
      Threads: {
        list: (userId: unknown, args?: unknown) => threads.list(userId, args),
        get: (userId: unknown, id: unknown, args?: unknown) => threads.get(userId, id, args),
        modify: (resource: unknown, userId: unknown, id: unknown) =>
          threads.modify(resource, userId, id),
      },
      Messages: {
        list: (userId: unknown, args?: unknown) => messages.list(userId, args),
        get: (userId: unknown, id: unknown, args?: unknown) => messages.get(userId, id, args),
        batchModify: (resource: unknown, userId: unknown) => messages.batchModify(resource, userId),
        Attachments: {
          get: (userId: unknown, messageId: unknown, id: unknown) =>
            messages.attachment(userId, messageId, id),
        },
      },
      Labels: {
        list: (userId: unknown) => labels.list(userId),
        create: (resource: unknown, userId: unknown) => labels.create(resource, userId),
      },
    },
  };
}
