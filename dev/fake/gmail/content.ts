/**
 * Copying what an email says from one shape to another (composed → stored, stored → sent,
 * stored → test view). Fields are picked one by one, not spread, so what only one shape has
 * (an Outgoing's fromEmail and noReply, a record's ids and labels) never leaks into the other;
 * absent optional fields stay absent rather than becoming `undefined` keys.
 */
import type { Envelope, MessageContent } from './types';

export function envelopeOf(m: Envelope): Envelope {
  return {
    from: m.from,
    to: m.to,
    cc: m.cc,
    bcc: m.bcc,
    replyTo: m.replyTo,
    subject: m.subject,
  };
}

export function contentOf(m: MessageContent): MessageContent {
  return {
    ...envelopeOf(m),
    ...(m.plainBody !== undefined ? { plainBody: m.plainBody } : {}),
    ...(m.htmlBody !== undefined ? { htmlBody: m.htmlBody } : {}),
    attachments: m.attachments,
    ...(m.inReplyTo ? { inReplyTo: m.inReplyTo } : {}),
    references: m.references,
  };
}
