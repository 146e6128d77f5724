/**
 * Gmail compose responses: UpdateDraftActionResponse and its body, subject and recipient
 * actions. JSON per Google's Gmail action markup schema:
 * `{renderActions:{hostAppAction:{gmailAction:{updateDraftActionMarkup:{updateBody:
 * {insertContents:[{content, contentType}], type}, updateSubject:{subject},
 * updateToRecipients:{toRecipients:[{email}]}, updateCcRecipients:…, updateBccRecipients:…}}}}}`.
 */
import type { FakeKernel } from '../kernel';
import { ContentType, UpdateDraftBodyType } from './enums';
import { CardObject, compact, enumValue, type Json, Printed, TO_JSON, text } from './shared';

export class FakeUpdateDraftBodyAction extends CardObject {
  private readonly contents: Array<{ content: string; contentType: string }> = [];
  private updateType: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'UpdateDraftBodyAction');
  }

  addUpdateContent(content: string, contentType: string): this {
    this.enter('addUpdateContent');
    this.contents.push({
      content: text(this.kernel, content, 'UpdateDraftBodyAction: content'),
      contentType: enumValue(this.kernel, ContentType, contentType, 'ContentType'),
    });
    return this;
  }

  /** Left unset unless called: Gmail needs it, and a test should see when code forgets it. */
  setUpdateType(updateType: string): this {
    this.enter('setUpdateType');
    this.updateType = enumValue(
      this.kernel,
      UpdateDraftBodyType,
      updateType,
      'UpdateDraftBodyType',
    );
    return this;
  }

  [TO_JSON](): Json {
    if (this.contents.length === 0) throw this.invalid('add content (addUpdateContent)');
    return compact({ insertContents: this.contents.map((c) => ({ ...c })), type: this.updateType });
  }
}

export class FakeUpdateDraftSubjectAction extends CardObject {
  private subject: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'UpdateDraftSubjectAction');
  }

  addUpdateSubject(subject: string): this {
    this.enter('addUpdateSubject');
    this.subject = text(this.kernel, subject, 'UpdateDraftSubjectAction: subject');
    return this;
  }

  [TO_JSON](): Json {
    if (this.subject === undefined) throw this.invalid('set a subject (addUpdateSubject)');
    return { subject: this.subject };
  }
}

type RecipientField = 'toRecipients' | 'ccRecipients' | 'bccRecipients';

/** To, Cc and Bcc differ only in names; each replaces that recipient line of the draft. */
abstract class RecipientsAction extends CardObject {
  private readonly emails: string[] = [];

  constructor(
    kernel: FakeKernel,
    className: string,
    private readonly field: RecipientField,
  ) {
    super(kernel, className);
  }

  protected add(method: string, emails: unknown): this {
    this.enter(method);
    if (!Array.isArray(emails)) throw this.invalid('expected an array of email addresses');
    for (const email of emails)
      this.emails.push(text(this.kernel, email, `${this.className}: email`));
    return this;
  }

  [TO_JSON](): Json {
    return { [this.field]: this.emails.map((email) => ({ email })) };
  }
}

export class FakeUpdateDraftToRecipientsAction extends RecipientsAction {
  constructor(kernel: FakeKernel) {
    super(kernel, 'UpdateDraftToRecipientsAction', 'toRecipients');
  }
  addUpdateToRecipients(toRecipientEmails: string[]): this {
    return this.add('addUpdateToRecipients', toRecipientEmails);
  }
}

export class FakeUpdateDraftCcRecipientsAction extends RecipientsAction {
  constructor(kernel: FakeKernel) {
    super(kernel, 'UpdateDraftCcRecipientsAction', 'ccRecipients');
  }
  addUpdateCcRecipients(ccRecipientEmails: string[]): this {
    return this.add('addUpdateCcRecipients', ccRecipientEmails);
  }
}

export class FakeUpdateDraftBccRecipientsAction extends RecipientsAction {
  constructor(kernel: FakeKernel) {
    super(kernel, 'UpdateDraftBccRecipientsAction', 'bccRecipients');
  }
  addUpdateBccRecipients(bccRecipientEmails: string[]): this {
    return this.add('addUpdateBccRecipients', bccRecipientEmails);
  }
}

export class FakeUpdateDraftActionResponse extends Printed {}

export class FakeUpdateDraftActionResponseBuilder extends CardObject {
  private body: FakeUpdateDraftBodyAction | undefined;
  private subject: FakeUpdateDraftSubjectAction | undefined;
  private to: FakeUpdateDraftToRecipientsAction | undefined;
  private cc: FakeUpdateDraftCcRecipientsAction | undefined;
  private bcc: FakeUpdateDraftBccRecipientsAction | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'UpdateDraftActionResponseBuilder');
  }

  setUpdateDraftBodyAction(action: FakeUpdateDraftBodyAction): this {
    this.enter('setUpdateDraftBodyAction');
    this.body = this.expect(action, FakeUpdateDraftBodyAction, 'UpdateDraftBodyAction');
    return this;
  }

  setUpdateDraftSubjectAction(action: FakeUpdateDraftSubjectAction): this {
    this.enter('setUpdateDraftSubjectAction');
    this.subject = this.expect(action, FakeUpdateDraftSubjectAction, 'UpdateDraftSubjectAction');
    return this;
  }

  setUpdateDraftToRecipientsAction(action: FakeUpdateDraftToRecipientsAction): this {
    this.enter('setUpdateDraftToRecipientsAction');
    this.to = this.expect(
      action,
      FakeUpdateDraftToRecipientsAction,
      'UpdateDraftToRecipientsAction',
    );
    return this;
  }

  setUpdateDraftCcRecipientsAction(action: FakeUpdateDraftCcRecipientsAction): this {
    this.enter('setUpdateDraftCcRecipientsAction');
    this.cc = this.expect(
      action,
      FakeUpdateDraftCcRecipientsAction,
      'UpdateDraftCcRecipientsAction',
    );
    return this;
  }

  setUpdateDraftBccRecipientsAction(action: FakeUpdateDraftBccRecipientsAction): this {
    this.enter('setUpdateDraftBccRecipientsAction');
    this.bcc = this.expect(
      action,
      FakeUpdateDraftBccRecipientsAction,
      'UpdateDraftBccRecipientsAction',
    );
    return this;
  }

  build(): FakeUpdateDraftActionResponse {
    this.enter('build');
    const markup = compact({
      updateBody: this.body?.[TO_JSON](),
      updateSubject: this.subject?.[TO_JSON](),
      updateToRecipients: this.to?.[TO_JSON](),
      updateCcRecipients: this.cc?.[TO_JSON](),
      updateBccRecipients: this.bcc?.[TO_JSON](),
    });
    if (Object.keys(markup).length === 0) throw this.invalid('set at least one draft update');
    return new FakeUpdateDraftActionResponse(this.kernel, 'UpdateDraftActionResponse', {
      renderActions: { hostAppAction: { gmailAction: { updateDraftActionMarkup: markup } } },
    });
  }

  [TO_JSON](): Json {
    throw this.invalid('call build() and use the UpdateDraftActionResponse');
  }
}
