/**
 * Fake CardService for the Gmail and Calendar add-on faces. Builders record the
 * `google.apps.card.v1` JSON Google would render, so tests assert on card JSON and the
 * preview draws it (dev/preview/card-html.ts). Cards are not stored anywhere: the service
 * has no state to save.
 */
import type { FakeKernel, Persistent } from '../kernel';
import { FakeAction, FakeOpenLink } from './actions';
import { FakeButtonSet, FakeImageButton, FakeTextButton } from './buttons';
import { FakeAttachment, FakeCalendarEventActionResponseBuilder } from './calendar';
import {
  FakeCardAction,
  FakeCardBuilder,
  FakeCardHeader,
  FakeCardSection,
  FakeFixedFooter,
} from './card';
import {
  FakeUpdateDraftActionResponseBuilder,
  FakeUpdateDraftBccRecipientsAction,
  FakeUpdateDraftBodyAction,
  FakeUpdateDraftCcRecipientsAction,
  FakeUpdateDraftSubjectAction,
  FakeUpdateDraftToRecipientsAction,
} from './drafts';
import { ENUMS } from './enums';
import {
  FakeBorderStyle,
  FakeGrid,
  FakeGridItem,
  FakeImageComponent,
  FakeImageCropStyle,
} from './grid';
import { FakeIconImage, FakeMaterialIcon } from './icons';
import {
  FakeDatePicker,
  FakeDateTimePicker,
  FakeSelectionInput,
  FakeSuggestions,
  FakeSwitch,
  FakeTextInput,
  FakeTimePicker,
  FakeValidation,
} from './inputs';
import {
  FakeActionResponseBuilder,
  FakeNavigation,
  FakeNotification,
  FakeUniversalActionResponseBuilder,
} from './responses';
import { Printed, TO_JSON } from './shared';
import {
  FakeDecoratedText,
  FakeDivider,
  FakeImage,
  FakeKeyValue,
  FakeTextParagraph,
} from './widgets';

/** `CardService.newX()` for each class: one table, so adding a class is one line. */
const FACTORIES = {
  newAction: FakeAction,
  newActionResponseBuilder: FakeActionResponseBuilder,
  newAttachment: FakeAttachment,
  newBorderStyle: FakeBorderStyle,
  newButtonSet: FakeButtonSet,
  newCalendarEventActionResponseBuilder: FakeCalendarEventActionResponseBuilder,
  newCardAction: FakeCardAction,
  newCardBuilder: FakeCardBuilder,
  newCardHeader: FakeCardHeader,
  newCardSection: FakeCardSection,
  newDatePicker: FakeDatePicker,
  newDateTimePicker: FakeDateTimePicker,
  newDecoratedText: FakeDecoratedText,
  newDivider: FakeDivider,
  newFixedFooter: FakeFixedFooter,
  newGrid: FakeGrid,
  newGridItem: FakeGridItem,
  newIconImage: FakeIconImage,
  newImage: FakeImage,
  newImageButton: FakeImageButton,
  newImageComponent: FakeImageComponent,
  newImageCropStyle: FakeImageCropStyle,
  newKeyValue: FakeKeyValue,
  newMaterialIcon: FakeMaterialIcon,
  newNavigation: FakeNavigation,
  newNotification: FakeNotification,
  newOpenLink: FakeOpenLink,
  newSelectionInput: FakeSelectionInput,
  newSuggestions: FakeSuggestions,
  newSwitch: FakeSwitch,
  newTextButton: FakeTextButton,
  newTextInput: FakeTextInput,
  newTextParagraph: FakeTextParagraph,
  newTimePicker: FakeTimePicker,
  newUniversalActionResponseBuilder: FakeUniversalActionResponseBuilder,
  newUpdateDraftActionResponseBuilder: FakeUpdateDraftActionResponseBuilder,
  newUpdateDraftBccRecipientsAction: FakeUpdateDraftBccRecipientsAction,
  newUpdateDraftBodyAction: FakeUpdateDraftBodyAction,
  newUpdateDraftCcRecipientsAction: FakeUpdateDraftCcRecipientsAction,
  newUpdateDraftSubjectAction: FakeUpdateDraftSubjectAction,
  newUpdateDraftToRecipientsAction: FakeUpdateDraftToRecipientsAction,
  newValidation: FakeValidation,
} as const;

type Factories = { [K in keyof typeof FACTORIES]: () => InstanceType<(typeof FACTORIES)[K]> };
export type FakeCardServiceGlobal = Factories & typeof ENUMS;

export class FakeCardService implements Persistent<Record<string, never>> {
  private readonly service: FakeCardServiceGlobal;

  constructor(kernel: FakeKernel) {
    const factories = Object.fromEntries(
      Object.entries(FACTORIES).map(([name, Ctor]) => [
        name,
        () => {
          kernel.call(`CardService.${name}`);
          return new Ctor(kernel);
        },
      ]),
    ) as Factories;
    this.service = Object.freeze({ ...factories, ...ENUMS });
  }

  globals(): { CardService: FakeCardServiceGlobal } {
    return { CardService: this.service };
  }

  snapshot(): Record<string, never> {
    return {};
  }

  restore(_state: Record<string, never>): void {}
}

/**
 * The JSON a built Card, ActionResponse, UniversalActionResponse, UpdateDraftActionResponse
 * or CalendarEventActionResponse prints, as a fresh object, without counting a call.
 */
export function cardJson(built: unknown): unknown {
  if (!(built instanceof Printed)) {
    throw new Error('cardJson: expected a built Card or response from the fake CardService');
  }
  return JSON.parse(JSON.stringify(built[TO_JSON]()));
}

export type { Json, JsonObject } from './shared';
