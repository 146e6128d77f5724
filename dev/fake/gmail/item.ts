/**
 * What GmailMessage, GmailThread and GmailDraft share: a reference to one record of the mailbox
 * they were read from (`ref`, which refOf reads back when the object is passed into another
 * call), and the look-up every method starts with — count the call, then find the record, which
 * may be gone since (deleted, sent, or the mailbox was restored).
 */
import type { GmailContext } from './context';
import type { Mailbox } from './mailbox';

export abstract class MailboxItem<Found> {
  readonly ref: { box: Mailbox; id: string };

  constructor(
    protected readonly ctx: GmailContext,
    box: Mailbox,
    id: string,
  ) {
    this.ref = { box, id };
  }

  /** The Apps Script class calls are counted under, e.g. `GmailMessage`. */
  protected abstract readonly service: string;
  /** The argument Apps Script names in the error when the record is gone. */
  protected readonly idName: string = 'id';

  protected abstract lookup(): Found | undefined;

  protected record(method: string): Found {
    this.ctx.kernel.call(`${this.service}.${method}`);
    const found = this.lookup();
    if (!found) throw this.ctx.kernel.error('INVALID_ARGUMENT', this.idName);
    return found;
  }
}
