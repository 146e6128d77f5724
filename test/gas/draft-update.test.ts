/**
 * The compose answer (src/gas/cards.ts renderDraftUpdate) on the fake CardService: subject,
 * body at the cursor, and recipient lines only when there is someone to put there, since
 * Gmail replaces a recipient line whole.
 */
import { FakeWorkspace } from '../../dev/fake/workspace';
import { renderDraftUpdate } from '../../src/gas/cards';

const scope = globalThis as { CardService?: unknown };
let saved: unknown;

beforeEach(() => {
  saved = scope.CardService;
  scope.CardService = new FakeWorkspace().globals().CardService;
});

afterEach(() => {
  scope.CardService = saved;
});

const markup = (update: Parameters<typeof renderDraftUpdate>[0]) =>
  (
    JSON.parse(renderDraftUpdate(update).printJson()) as {
      renderActions: { hostAppAction: { gmailAction: { updateDraftActionMarkup: unknown } } };
    }
  ).renderActions.hostAppAction.gmailAction.updateDraftActionMarkup;

describe('renderDraftUpdate', () => {
  it('sets subject, inserts the body at the cursor, and replaces To and CC with the lists given', () => {
    expect(markup({ subject: 'S', htmlBody: '<p>B</p>', to: ['a@x', 'b@x'], cc: ['c@x'] })).toEqual(
      {
        updateBody: {
          insertContents: [{ content: '<p>B</p>', contentType: 'MUTABLE_HTML' }],
          type: 'IN_PLACE_INSERT',
        },
        updateSubject: { subject: 'S' },
        updateToRecipients: { toRecipients: [{ email: 'a@x' }, { email: 'b@x' }] },
        updateCcRecipients: { ccRecipients: [{ email: 'c@x' }] },
      },
    );
  });

  it('leaves the recipient lines alone when there is nobody to add', () => {
    const json = markup({ subject: 'S', htmlBody: 'B', to: [], cc: [] }) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['updateBody', 'updateSubject']);
  });
});
