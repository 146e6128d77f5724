import { cardJson, FakeCardService } from '../../dev/fake/cards';
import { FakeKernel } from '../../dev/fake/kernel';

function setup() {
  const kernel = new FakeKernel();
  const { CardService } = new FakeCardService(kernel).globals();
  const card = (title: string) =>
    CardService.newCardBuilder()
      .setName(title)
      .setHeader(CardService.newCardHeader().setTitle(title))
      .addSection(
        CardService.newCardSection().addWidget(CardService.newTextParagraph().setText(title)),
      )
      .build();
  return { kernel, CardService, card };
}

const cardBody = (title: string) => ({
  header: { title },
  sections: [{ widgets: [{ textParagraph: { text: title } }] }],
  name: title,
});

/** The Gmail wrapper an UpdateDraftActionResponse puts around its markup. */
const draftResponse = (updateDraftActionMarkup: Record<string, unknown>) => ({
  renderActions: { hostAppAction: { gmailAction: { updateDraftActionMarkup } } },
});

describe('fake CardService: action responses', () => {
  it('writes navigations in Google renderActions form', () => {
    const { CardService, card } = setup();
    const response = CardService.newActionResponseBuilder()
      .setNavigation(
        CardService.newNavigation()
          .popCard()
          .popToRoot()
          .popToNamedCard('home')
          .pushCard(card('detail'))
          .updateCard(card('root')),
      )
      .setStateChanged(true)
      .build();
    expect(cardJson(response)).toEqual({
      renderActions: {
        action: {
          navigations: [
            { pop: true },
            { popToRoot: true },
            { popToCard: 'home' },
            { pushCard: cardBody('detail') },
            { updateCard: cardBody('root') },
          ],
        },
      },
      stateChanged: true,
    });
    expect(JSON.parse(response.printJson())).toEqual(cardJson(response));
  });

  it('writes a notification and a link', () => {
    const { CardService } = setup();
    const response = CardService.newActionResponseBuilder()
      .setNotification(CardService.newNotification().setText('Tersimpan'))
      .setOpenLink(CardService.newOpenLink().setUrl('https://example.com/x'))
      .build();
    expect(cardJson(response)).toEqual({
      renderActions: {
        action: { notification: { text: 'Tersimpan' }, link: { url: 'https://example.com/x' } },
      },
    });
  });

  it('requires a built Card for navigation and text for a notification', () => {
    const { CardService } = setup();
    expect(() =>
      CardService.newNavigation().pushCard(CardService.newCardBuilder() as never),
    ).toThrow('Invalid argument: Navigation: expected a Card (call build() first)');
    expect(() =>
      CardService.newActionResponseBuilder().setNotification(CardService.newNotification()).build(),
    ).toThrow('Invalid argument: Notification: text is required');
  });

  it('writes universal action responses as pushed cards or a link', () => {
    const { CardService, card } = setup();
    expect(
      cardJson(
        CardService.newUniversalActionResponseBuilder()
          .displayAddOnCards([card('a'), card('b')])
          .build(),
      ),
    ).toEqual({
      renderActions: {
        action: { navigations: [{ pushCard: cardBody('a') }, { pushCard: cardBody('b') }] },
      },
    });
    expect(
      cardJson(
        CardService.newUniversalActionResponseBuilder()
          .setOpenLink(CardService.newOpenLink().setUrl('https://example.com'))
          .build(),
      ),
    ).toEqual({ renderActions: { action: { link: { url: 'https://example.com' } } } });
    expect(() => CardService.newUniversalActionResponseBuilder().build()).toThrow(
      /set cards or a link/,
    );
    expect(() => CardService.newUniversalActionResponseBuilder().displayAddOnCards([])).toThrow(
      /non-empty array/,
    );
  });
});

describe('fake CardService: Gmail draft responses', () => {
  it('writes updateDraftActionMarkup for body, subject and recipients', () => {
    const { CardService } = setup();
    const response = CardService.newUpdateDraftActionResponseBuilder()
      .setUpdateDraftBodyAction(
        CardService.newUpdateDraftBodyAction()
          .addUpdateContent('<b>Laporan</b>', CardService.ContentType.MUTABLE_HTML)
          .addUpdateContent('teks', CardService.ContentType.TEXT)
          .setUpdateType(CardService.UpdateDraftBodyType.IN_PLACE_INSERT),
      )
      .setUpdateDraftSubjectAction(
        CardService.newUpdateDraftSubjectAction().addUpdateSubject('Laporan harian'),
      )
      .setUpdateDraftToRecipientsAction(
        CardService.newUpdateDraftToRecipientsAction().addUpdateToRecipients(['a@x.go.id']),
      )
      .setUpdateDraftCcRecipientsAction(
        CardService.newUpdateDraftCcRecipientsAction().addUpdateCcRecipients([
          'b@x.go.id',
          'c@x.go.id',
        ]),
      )
      .build();
    expect(cardJson(response)).toEqual(
      draftResponse({
        updateBody: {
          insertContents: [
            { content: '<b>Laporan</b>', contentType: 'MUTABLE_HTML' },
            { content: 'teks', contentType: 'TEXT' },
          ],
          type: 'IN_PLACE_INSERT',
        },
        updateSubject: { subject: 'Laporan harian' },
        updateToRecipients: { toRecipients: [{ email: 'a@x.go.id' }] },
        updateCcRecipients: {
          ccRecipients: [{ email: 'b@x.go.id' }, { email: 'c@x.go.id' }],
        },
      }),
    );
  });

  it('leaves the body update type out when the code never set it', () => {
    const { CardService } = setup();
    const response = CardService.newUpdateDraftActionResponseBuilder()
      .setUpdateDraftBodyAction(
        CardService.newUpdateDraftBodyAction().addUpdateContent(
          'x',
          CardService.ContentType.IMMUTABLE_HTML,
        ),
      )
      .build();
    expect(cardJson(response)).toEqual(
      draftResponse({
        updateBody: { insertContents: [{ content: 'x', contentType: 'IMMUTABLE_HTML' }] },
      }),
    );
  });

  it('rejects unknown content types and empty responses', () => {
    const { CardService } = setup();
    expect(() => CardService.newUpdateDraftBodyAction().addUpdateContent('x', 'HTML')).toThrow(
      'Invalid argument: ContentType: HTML',
    );
    expect(() => CardService.newUpdateDraftActionResponseBuilder().build()).toThrow(
      /at least one draft update/,
    );
  });
});

describe('fake CardService: Calendar event responses', () => {
  it('writes calendarAction markup for attendees, attachments and conference data', () => {
    const { CardService } = setup();
    const conference = { printJson: () => JSON.stringify({ conferenceId: 'abc' }) };
    const response = CardService.newCalendarEventActionResponseBuilder()
      .addAttendees(['kepala@x.go.id'])
      .addAttendees(['ajudan@x.go.id'])
      .addAttachments([
        CardService.newAttachment()
          .setResourceUrl('https://example.com/agenda')
          .setTitle('Agenda')
          .setMimeType('text/html'),
      ])
      .setConferenceData(conference)
      .build();
    expect(cardJson(response)).toEqual({
      renderActions: {
        hostAppAction: {
          calendarAction: {
            editAttendeesActionMarkup: { addAttendeeEmails: ['kepala@x.go.id', 'ajudan@x.go.id'] },
            editConferenceDataActionMarkup: { conferenceData: { conferenceId: 'abc' } },
            addAttachmentsActionMarkup: {
              addonAttachments: [
                {
                  resourceUrl: 'https://example.com/agenda',
                  title: 'Agenda',
                  mimeType: 'text/html',
                },
              ],
            },
          },
        },
      },
    });
  });

  it('rejects a response with nothing in it', () => {
    const { CardService } = setup();
    expect(() => CardService.newCalendarEventActionResponseBuilder().build()).toThrow(
      /add attendees, attachments or conference data/,
    );
  });
});

describe('cardJson', () => {
  it('returns a copy and counts nothing', () => {
    const { kernel, card } = setup();
    const built = card('x');
    kernel.resetCounters();
    const json = cardJson(built) as { name: string };
    json.name = 'changed';
    expect((cardJson(built) as { name: string }).name).toBe('x');
    expect(kernel.counters()).toEqual({});
  });

  it('refuses objects that are not built cards or responses', () => {
    expect(() => cardJson({ printJson: () => '{}' })).toThrow(/expected a built Card/);
  });
});
