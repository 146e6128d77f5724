/**
 * What Gmail puts in the add-on event about the open message or the draft. Pure, and never
 * throws on whatever arrives: fields are read defensively, like readForm does.
 */

import type { DraftRecipients } from '../../../app/daily/compose';
import type { OpenMessageIds } from '../../../app/daily/message';
import { parametersOf } from '../form';

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * The open message: `e.gmail` on the contextual trigger; a card button names it in its
 * parameters (the same keys), which win, so an action works on the message it was built for.
 */
export function openMessageIdsOf(event: unknown): OpenMessageIds {
  const gmail = record(record(event).gmail);
  const params = parametersOf(event);
  return {
    messageId: params.messageId ?? text(gmail.messageId),
    threadId: params.threadId ?? text(gmail.threadId),
  };
}

/**
 * The draft's To and Cc (manifest draftAccess METADATA): `e.gmail.toRecipients` in the
 * current event object, `e.draftMetadata` in the older one still sent by some clients.
 */
export function draftRecipientsOf(event: unknown): DraftRecipients {
  const gmail = record(record(event).gmail);
  const legacy = record(record(event).draftMetadata);
  const pick = (key: string) => {
    const current = list(gmail[key]);
    return current.length > 0 ? current : list(legacy[key]);
  };
  return { to: pick('toRecipients'), cc: pick('ccRecipients') };
}
