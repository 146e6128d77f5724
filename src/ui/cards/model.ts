/**
 * Cards as plain data, mirroring Google's card JSON (google.apps.card.v1 field names) so a
 * card can be built and tested without Google, drawn by the local preview, and turned into
 * CardService calls by one adapter (src/gas/cards.ts).
 */
export interface Card {
  readonly name?: string;
  readonly header: { readonly title: string; readonly subtitle?: string };
  readonly sections: readonly Section[];
  readonly fixedFooter?: { readonly primaryButton: Button; readonly secondaryButton?: Button };
}

export interface Section {
  readonly header?: string;
  readonly collapsible?: boolean;
  readonly uncollapsibleWidgetsCount?: number;
  readonly widgets: readonly Widget[];
}

export type Widget =
  | { readonly textParagraph: { readonly text: string } }
  | {
      readonly decoratedText: {
        readonly topLabel?: string;
        readonly text: string;
        readonly bottomLabel?: string;
        readonly wrapText?: boolean;
      };
    }
  | { readonly buttonList: { readonly buttons: readonly Button[] } }
  | { readonly divider: Record<string, never> }
  | {
      readonly textInput: {
        readonly name: string;
        readonly label: string;
        readonly hintText?: string;
        readonly value?: string;
        readonly type: 'SINGLE_LINE' | 'MULTIPLE_LINE';
      };
    }
  | {
      readonly selectionInput: {
        readonly name: string;
        readonly label: string;
        readonly type: SelectionType;
        readonly items: readonly SelectionItem[];
      };
    }
  | {
      readonly dateTimePicker: {
        readonly name: string;
        readonly label: string;
        readonly type: PickerType;
        /**
         * As Google's card JSON: DATE_AND_TIME an instant (shown at `timezoneOffsetDate`),
         * DATE_ONLY the date at 00:00 UTC, TIME_ONLY milliseconds after midnight.
         */
        readonly valueMsEpoch?: number;
        /** Minutes east of UTC the picker shows its value in; DATE_AND_TIME only. */
        readonly timezoneOffsetDate?: number;
      };
    };

export type SelectionType = 'DROPDOWN' | 'CHECK_BOX' | 'RADIO_BUTTON' | 'SWITCH' | 'MULTI_SELECT';
export type PickerType = 'DATE_AND_TIME' | 'DATE_ONLY' | 'TIME_ONLY';

export interface SelectionItem {
  readonly text: string;
  readonly value: string;
  readonly selected: boolean;
}

export type OnClick =
  | {
      readonly action: {
        readonly function: string;
        readonly parameters?: readonly { key: string; value: string }[];
        /** SPINNER shows progress while the callback runs (Google's default is NONE). */
        readonly loadIndicator?: 'SPINNER' | 'NONE';
        /**
         * When the callback answers with a card that has the same inputs: true keeps what the
         * user typed, false (Google's default) shows the new card's values.
         */
        readonly persistValues?: boolean;
      };
    }
  | { readonly openLink: { readonly url: string } };

export interface Button {
  readonly text: string;
  readonly onClick: OnClick;
  readonly disabled?: boolean;
}

/** What a card button's callback answers. */
export interface ActionResult {
  readonly notification?: string;
  readonly navigation?:
    | { readonly pushCard: Card }
    | { readonly updateCard: Card }
    | { readonly popCard: true };
}

/**
 * What a compose action answers: the subject, text to insert at the cursor and, when given,
 * the recipient lines, which replace the draft's own (Gmail's UpdateDraft*RecipientsAction).
 */
export interface DraftUpdate {
  readonly subject: string;
  readonly htmlBody: string;
  readonly to?: readonly string[];
  readonly cc?: readonly string[];
}

export const text = (value: string): Widget => ({ textParagraph: { text: value } });

export const field = (topLabel: string, value: string, bottomLabel?: string): Widget => ({
  decoratedText: { topLabel, text: value, wrapText: true, ...(bottomLabel ? { bottomLabel } : {}) },
});

export const buttons = (...list: Button[]): Widget => ({ buttonList: { buttons: list } });

export const actionButton = (
  label: string,
  fn: string,
  parameters: Record<string, string> = {},
): Button => {
  const params = Object.entries(parameters).map(([key, value]) => ({ key, value }));
  return {
    text: label,
    onClick: { action: { function: fn, ...(params.length > 0 ? { parameters: params } : {}) } },
  };
};

export const linkButton = (label: string, url: string): Button => ({
  text: label,
  onClick: { openLink: { url } },
});

/**
 * A button that submits the card's form: like `actionButton`, with a spinner while the
 * callback runs. Every action already receives all of the card's inputs (see form.ts).
 */
export const submitButton = (
  label: string,
  fn: string,
  parameters: Record<string, string> = {},
  options: { readonly loadIndicator?: 'SPINNER' | 'NONE'; readonly persistValues?: boolean } = {},
): Button => {
  const base = actionButton(label, fn, parameters);
  if (!('action' in base.onClick)) return base;
  return {
    ...base,
    onClick: {
      action: {
        ...base.onClick.action,
        loadIndicator: options.loadIndicator ?? 'SPINNER',
        ...(options.persistValues !== undefined ? { persistValues: options.persistValues } : {}),
      },
    },
  };
};

// ---------------------------------------------------------------- form inputs

/** WIB (Asia/Jakarta, no daylight saving), in minutes east of UTC. */
export const WIB_OFFSET_MINUTES = 420;
const DAY_MS = 86_400_000;
const WIB_OFFSET_MS = WIB_OFFSET_MINUTES * 60_000;

/** A text box; `name` is the key its value arrives under in the action's event object. */
export const textInput = (
  name: string,
  label: string,
  options: { readonly value?: string; readonly hint?: string; readonly multiline?: boolean } = {},
): Widget => ({
  textInput: {
    name,
    label,
    ...(options.hint ? { hintText: options.hint } : {}),
    ...(options.value !== undefined ? { value: options.value } : {}),
    type: options.multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE',
  },
});

/** Check boxes, radio buttons, switches, a dropdown or a multi-select list. */
export const selectionInput = (
  name: string,
  label: string,
  type: SelectionType,
  items: readonly { readonly text: string; readonly value: string; readonly selected?: boolean }[],
): Widget => ({
  selectionInput: {
    name,
    label,
    type,
    items: items.map((i) => ({ text: i.text, value: i.value, selected: i.selected === true })),
  },
});

/**
 * A date-time, date or time picker showing `valueMs` (an instant, epoch milliseconds) as WIB
 * wall time, whatever the user's own zone:
 * - DATE_AND_TIME (default): the instant, with the picker's zone set to WIB (+420 minutes);
 * - DATE_ONLY: the WIB calendar date of the instant, as Google wants it (00:00 UTC that day);
 * - TIME_ONLY: the WIB time of day of the instant; a value under 24 hours is taken as the
 *   time of day already (milliseconds after midnight, as `FormValues.time` reads it back).
 * Values that are not finite are left out (an empty picker).
 */
export const dateTimePicker = (
  name: string,
  label: string,
  options: { readonly valueMs?: number; readonly type?: PickerType } = {},
): Widget => {
  const type = options.type ?? 'DATE_AND_TIME';
  const ms = options.valueMs;
  const has = typeof ms === 'number' && Number.isFinite(ms);
  if (type === 'DATE_AND_TIME') {
    return {
      dateTimePicker: {
        name,
        label,
        type,
        ...(has ? { valueMsEpoch: Math.trunc(ms) } : {}),
        timezoneOffsetDate: WIB_OFFSET_MINUTES,
      },
    };
  }
  if (!has) return { dateTimePicker: { name, label, type } };
  const wall = Math.trunc(ms) + WIB_OFFSET_MS;
  // A time picker holds hours and minutes only.
  const timeOfDay = ms >= 0 && ms < DAY_MS ? Math.trunc(ms) : ((wall % DAY_MS) + DAY_MS) % DAY_MS;
  const valueMsEpoch =
    type === 'DATE_ONLY'
      ? Math.floor(wall / DAY_MS) * DAY_MS
      : Math.floor(timeOfDay / 60_000) * 60_000;
  return { dateTimePicker: { name, label, type, valueMsEpoch } };
};
