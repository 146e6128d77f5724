/**
 * The CardService adapter (src/gas/cards.ts) on the fake CardService: a card model with form
 * inputs prints the google.apps.card.v1 JSON Google would render, equal to the model itself.
 */
import { FakeWorkspace } from '../../dev/fake/workspace';
import { renderCardHtml } from '../../dev/preview/card-html';
import { renderActionResult, renderCard } from '../../src/gas/cards';
import {
  actionButton,
  buttons,
  type Card,
  dateTimePicker,
  field,
  selectionInput,
  submitButton,
  text,
  textInput,
  type Widget,
} from '../../src/ui/cards/model';

const scope = globalThis as { CardService?: unknown };
let saved: unknown;

beforeEach(() => {
  saved = scope.CardService;
  scope.CardService = new FakeWorkspace().globals().CardService;
});

afterEach(() => {
  scope.CardService = saved;
});

const cardOf = (...widgets: Widget[]): Card => ({
  header: { title: 'Formulir' },
  sections: [{ widgets }],
});

/** The printed JSON of the widgets of a one-section card. */
function printedWidgets(...widgets: Widget[]): unknown[] {
  const json = JSON.parse(renderCard(cardOf(...widgets)).printJson()) as {
    sections: { widgets: unknown[] }[];
  };
  return json.sections[0]?.widgets ?? [];
}

const WIB_0900 = Date.parse('2026-11-23T09:00:00+07:00');

describe('renderCard: form inputs', () => {
  it('prints a text input with its name, label, value, hint and line mode', () => {
    const minimal = textInput('judul', 'Judul kegiatan');
    const full = textInput('catatan', 'Catatan', {
      value: 'Bawa laptop',
      hint: 'Opsional',
      multiline: true,
    });
    expect(printedWidgets(minimal, full)).toEqual([
      { textInput: { name: 'judul', label: 'Judul kegiatan', type: 'SINGLE_LINE' } },
      {
        textInput: {
          name: 'catatan',
          label: 'Catatan',
          hintText: 'Opsional',
          value: 'Bawa laptop',
          type: 'MULTIPLE_LINE',
        },
      },
    ]);
    expect(printedWidgets(minimal, full)).toEqual([minimal, full]);
  });

  it('keeps an empty value (a cleared field)', () => {
    expect(printedWidgets(textInput('x', 'X', { value: '' }))).toEqual([
      { textInput: { name: 'x', label: 'X', value: '', type: 'SINGLE_LINE' } },
    ]);
  });

  it.each(['DROPDOWN', 'CHECK_BOX', 'RADIO_BUTTON', 'SWITCH', 'MULTI_SELECT'] as const)(
    'prints a %s selection input with its items and which are selected',
    (type) => {
      const widget = selectionInput('ruang', 'Ruang', type, [
        { text: 'Aula', value: 'aula', selected: true },
        { text: 'Ruang Rapat 1', value: 'rr1' },
        { text: 'Daring', value: 'daring', selected: false },
      ]);
      expect(printedWidgets(widget)).toEqual([
        {
          selectionInput: {
            name: 'ruang',
            label: 'Ruang',
            type,
            items: [
              { text: 'Aula', value: 'aula', selected: true },
              { text: 'Ruang Rapat 1', value: 'rr1', selected: false },
              { text: 'Daring', value: 'daring', selected: false },
            ],
          },
        },
      ]);
      expect(printedWidgets(widget)).toEqual([widget]);
    },
  );

  it('prints a date-time picker with its value and the WIB offset (+420 minutes)', () => {
    const widget = dateTimePicker('mulai', 'Mulai', { valueMs: WIB_0900 });
    expect(printedWidgets(widget)).toEqual([
      {
        dateTimePicker: {
          name: 'mulai',
          label: 'Mulai',
          type: 'DATE_AND_TIME',
          valueMsEpoch: WIB_0900,
          timezoneOffsetDate: 420,
        },
      },
    ]);
    expect(printedWidgets(widget)).toEqual([widget]);
  });

  it('prints an empty date-time picker still shown in WIB', () => {
    const widget = dateTimePicker('mulai', 'Mulai', { valueMs: Number.NaN });
    expect(printedWidgets(widget)).toEqual([
      {
        dateTimePicker: {
          name: 'mulai',
          label: 'Mulai',
          type: 'DATE_AND_TIME',
          timezoneOffsetDate: 420,
        },
      },
    ]);
  });

  it('prints a date picker at 00:00 UTC of the WIB date', () => {
    // 03:00 WIB on the 24th is still the 23rd in UTC; the picker must show the 24th.
    const lateNight = Date.parse('2026-11-24T03:00:00+07:00');
    const widget = dateTimePicker('tanggal', 'Tanggal', { valueMs: lateNight, type: 'DATE_ONLY' });
    expect(printedWidgets(widget)).toEqual([
      {
        dateTimePicker: {
          name: 'tanggal',
          label: 'Tanggal',
          type: 'DATE_ONLY',
          valueMsEpoch: Date.parse('2026-11-24T00:00:00Z'),
        },
      },
    ]);
    expect(printedWidgets(widget)).toEqual([widget]);
    // A date read back from a date picker (00:00 UTC) stays the same date.
    const again = dateTimePicker('tanggal', 'Tanggal', {
      valueMs: Date.parse('2026-11-24T00:00:00Z'),
      type: 'DATE_ONLY',
    });
    expect(again).toEqual(widget);
  });

  it('prints a time picker at the WIB time of day', () => {
    const fromInstant = dateTimePicker('jam', 'Jam', {
      valueMs: Date.parse('2026-11-23T09:30:45+07:00'),
      type: 'TIME_ONLY',
    });
    const fromTimeOfDay = dateTimePicker('jam', 'Jam', {
      valueMs: (9 * 60 + 30) * 60_000,
      type: 'TIME_ONLY',
    });
    const expected = {
      dateTimePicker: { name: 'jam', label: 'Jam', type: 'TIME_ONLY', valueMsEpoch: 34_200_000 },
    };
    expect(fromInstant).toEqual(expected);
    expect(fromTimeOfDay).toEqual(expected);
    expect(printedWidgets(fromInstant)).toEqual([expected]);
    expect(printedWidgets(dateTimePicker('jam', 'Jam', { type: 'TIME_ONLY' }))).toEqual([
      { dateTimePicker: { name: 'jam', label: 'Jam', type: 'TIME_ONLY' } },
    ]);
  });

  it('still prints the other widgets and buttons as before', () => {
    const widgets = [
      text('Isi formulir'),
      field('Unit', 'Diskominfo'),
      buttons(actionButton('Simpan', 'saveForm', { id: 'ev-1' })),
    ];
    expect(printedWidgets(...widgets)).toEqual([
      { textParagraph: { text: 'Isi formulir' } },
      { decoratedText: { topLabel: 'Unit', text: 'Diskominfo', wrapText: true } },
      {
        buttonList: {
          buttons: [
            {
              text: 'Simpan',
              onClick: {
                action: { function: 'saveForm', parameters: [{ key: 'id', value: 'ev-1' }] },
              },
            },
          ],
        },
      },
    ]);
  });

  it('gives a submit button a spinner and, when asked, persistValues', () => {
    const spinner = submitButton('Kirim', 'submitForm', { id: 'ev-1' });
    const kept = submitButton('Periksa', 'checkForm', {}, { persistValues: true });
    expect(spinner.onClick).toEqual({
      action: {
        function: 'submitForm',
        parameters: [{ key: 'id', value: 'ev-1' }],
        loadIndicator: 'SPINNER',
      },
    });
    expect(printedWidgets(buttons(spinner, kept))).toEqual([
      {
        buttonList: {
          buttons: [
            {
              text: 'Kirim',
              onClick: {
                action: {
                  function: 'submitForm',
                  parameters: [{ key: 'id', value: 'ev-1' }],
                  loadIndicator: 'SPINNER',
                },
              },
            },
            {
              text: 'Periksa',
              onClick: {
                action: { function: 'checkForm', loadIndicator: 'SPINNER', persistValues: true },
              },
            },
          ],
        },
      },
    ]);
  });

  it('renders inputs inside an action response too', () => {
    const response = renderActionResult({
      navigation: { pushCard: cardOf(textInput('judul', 'Judul')) },
    });
    expect(response.printJson()).toContain('"textInput"');
  });

  it('shows the pickers as WIB wall time in the local preview', () => {
    const card = JSON.parse(
      renderCard(
        cardOf(
          dateTimePicker('mulai', 'Mulai', { valueMs: WIB_0900 }),
          dateTimePicker('tanggal', 'Tanggal', {
            valueMs: Date.parse('2026-11-24T03:00:00+07:00'),
            type: 'DATE_ONLY',
          }),
          dateTimePicker('jam', 'Jam', { valueMs: WIB_0900, type: 'TIME_ONLY' }),
        ),
      ).printJson(),
    );
    const html = renderCardHtml(card);
    expect(html).toContain('type="datetime-local" name="mulai" value="2026-11-23T09:00"');
    expect(html).toContain('type="date" name="tanggal" value="2026-11-24"');
    expect(html).toContain('type="time" name="jam" value="09:00"');
  });
});
