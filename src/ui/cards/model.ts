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
  | { readonly divider: Record<string, never> };

export type OnClick =
  | {
      readonly action: {
        readonly function: string;
        readonly parameters?: readonly { key: string; value: string }[];
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

/** What a compose action answers: text to put into the draft being written. */
export interface DraftUpdate {
  readonly subject: string;
  readonly htmlBody: string;
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
