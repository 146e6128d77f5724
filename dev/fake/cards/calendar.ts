/**
 * Calendar event responses (CalendarEventActionResponseBuilder, Attachment). JSON per
 * Google's calendar action markup: `{renderActions:{hostAppAction:{calendarAction:
 * {editAttendeesActionMarkup:{addAttendeeEmails}, editConferenceDataActionMarkup:
 * {conferenceData}, addAttachmentsActionMarkup:{addonAttachments}}}}}` (field names from the
 * Workspace add-ons API's `CalendarClientActionMarkup`).
 */
import type { FakeKernel } from '../kernel';
import { CardObject, compact, type Json, Printed, TO_JSON, text } from './shared';

export class FakeAttachment extends CardObject {
  private resourceUrl: string | undefined;
  private title: string | undefined;
  private mimeType: string | undefined;
  private iconUrl: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'Attachment');
  }

  setResourceUrl(resourceUrl: string): this {
    this.enter('setResourceUrl');
    this.resourceUrl = text(this.kernel, resourceUrl, 'Attachment: resourceUrl');
    return this;
  }

  setTitle(title: string): this {
    this.enter('setTitle');
    this.title = text(this.kernel, title, 'Attachment: title');
    return this;
  }

  setMimeType(mimeType: string): this {
    this.enter('setMimeType');
    this.mimeType = text(this.kernel, mimeType, 'Attachment: mimeType');
    return this;
  }

  setIconUrl(iconUrl: string): this {
    this.enter('setIconUrl');
    this.iconUrl = text(this.kernel, iconUrl, 'Attachment: iconUrl');
    return this;
  }

  [TO_JSON](): Json {
    if (this.resourceUrl === undefined) throw this.invalid('resourceUrl is required');
    return compact({
      resourceUrl: this.resourceUrl,
      title: this.title,
      mimeType: this.mimeType,
      iconUrl: this.iconUrl,
    });
  }
}

export class FakeCalendarEventActionResponse extends Printed {}

export class FakeCalendarEventActionResponseBuilder extends CardObject {
  private readonly attendees: string[] = [];
  private readonly attachments: FakeAttachment[] = [];
  private conferenceData: Json | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'CalendarEventActionResponseBuilder');
  }

  addAttendees(emails: string[]): this {
    this.enter('addAttendees');
    if (!Array.isArray(emails)) throw this.invalid('expected an array of email addresses');
    for (const email of emails) this.attendees.push(text(this.kernel, email, 'attendee email'));
    return this;
  }

  addAttachments(attachments: FakeAttachment[]): this {
    this.enter('addAttachments');
    if (!Array.isArray(attachments)) throw this.invalid('expected an array of Attachments');
    for (const a of attachments)
      this.attachments.push(this.expect(a, FakeAttachment, 'Attachment'));
    return this;
  }

  /**
   * ConferenceData comes from ConferenceDataService, which this fake does not own; anything
   * with Google's `printJson()` is recorded as the JSON it prints.
   */
  setConferenceData(conferenceData: { printJson(): string }): this {
    this.enter('setConferenceData');
    if (typeof conferenceData?.printJson !== 'function') {
      throw this.invalid('expected a ConferenceData (with printJson)');
    }
    this.conferenceData = JSON.parse(conferenceData.printJson()) as Json;
    return this;
  }

  build(): FakeCalendarEventActionResponse {
    this.enter('build');
    const calendarAction = compact({
      editAttendeesActionMarkup:
        this.attendees.length > 0 ? { addAttendeeEmails: [...this.attendees] } : undefined,
      editConferenceDataActionMarkup:
        this.conferenceData === undefined ? undefined : { conferenceData: this.conferenceData },
      addAttachmentsActionMarkup:
        this.attachments.length > 0
          ? { addonAttachments: this.attachments.map((a) => a[TO_JSON]()) }
          : undefined,
    });
    if (Object.keys(calendarAction).length === 0) {
      throw this.invalid('add attendees, attachments or conference data before build()');
    }
    return new FakeCalendarEventActionResponse(this.kernel, 'CalendarEventActionResponse', {
      renderActions: { hostAppAction: { calendarAction } },
    });
  }

  [TO_JSON](): Json {
    throw this.invalid('call build() and use the CalendarEventActionResponse');
  }
}
