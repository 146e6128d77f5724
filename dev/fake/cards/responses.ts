/**
 * What card callbacks return: ActionResponse (navigation, notification, link) and
 * UniversalActionResponse. The JSON follows Google's `renderActions` schema for add-ons
 * ("Build a Google Workspace add-on using HTTP endpoints", render action / navigation
 * schemas): navigations are `{pushCard}`, `{updateCard}`, `{pop: true}`,
 * `{popToRoot: true}` or `{popToCard: name}`; `stateChanged` sits beside `renderActions`.
 */
import type { FakeKernel } from '../kernel';
import { FakeOpenLink } from './actions';
import { FakeCard } from './card';
import { CardObject, compact, type Json, type JsonObject, Printed, TO_JSON, text } from './shared';

export class FakeNavigation extends CardObject {
  private readonly steps: Json[] = [];

  constructor(kernel: FakeKernel) {
    super(kernel, 'Navigation');
  }

  pushCard(card: FakeCard): this {
    this.enter('pushCard');
    const json = this.expect(card, FakeCard, 'Card (call build() first)')[TO_JSON]();
    this.steps.push({ pushCard: json });
    return this;
  }

  updateCard(card: FakeCard): this {
    this.enter('updateCard');
    const json = this.expect(card, FakeCard, 'Card (call build() first)')[TO_JSON]();
    this.steps.push({ updateCard: json });
    return this;
  }

  popCard(): this {
    this.enter('popCard');
    this.steps.push({ pop: true });
    return this;
  }

  popToRoot(): this {
    this.enter('popToRoot');
    this.steps.push({ popToRoot: true });
    return this;
  }

  popToNamedCard(cardName: string): this {
    this.enter('popToNamedCard');
    const name = text(this.kernel, cardName, 'Navigation: cardName');
    this.steps.push({ popToCard: name });
    return this;
  }

  printJson(): string {
    this.enter('printJson');
    return JSON.stringify(this[TO_JSON](), null, 2);
  }

  [TO_JSON](): { navigations: Json[] } {
    return { navigations: [...this.steps] };
  }
}

export class FakeNotification extends CardObject {
  private text: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'Notification');
  }

  setText(value: string): this {
    this.enter('setText');
    this.text = text(this.kernel, value, 'Notification: text');
    return this;
  }

  [TO_JSON](): Json {
    if (this.text === undefined || this.text === '') throw this.invalid('text is required');
    return { text: this.text };
  }
}

export class FakeActionResponse extends Printed {}

export class FakeActionResponseBuilder extends CardObject {
  private navigation: FakeNavigation | undefined;
  private notification: FakeNotification | undefined;
  private link: FakeOpenLink | undefined;
  private stateChanged: boolean | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'ActionResponseBuilder');
  }

  setNavigation(navigation: FakeNavigation): this {
    this.enter('setNavigation');
    this.navigation = this.expect(navigation, FakeNavigation, 'Navigation');
    return this;
  }

  setNotification(notification: FakeNotification): this {
    this.enter('setNotification');
    this.notification = this.expect(notification, FakeNotification, 'Notification');
    return this;
  }

  setOpenLink(openLink: FakeOpenLink): this {
    this.enter('setOpenLink');
    this.link = this.expect(openLink, FakeOpenLink, 'OpenLink');
    return this;
  }

  setStateChanged(stateChanged: boolean): this {
    this.enter('setStateChanged');
    this.stateChanged = Boolean(stateChanged);
    return this;
  }

  build(): FakeActionResponse {
    this.enter('build');
    const navigations = this.navigation?.[TO_JSON]().navigations;
    const action = compact({
      navigations: navigations && navigations.length > 0 ? navigations : undefined,
      notification: this.notification?.[TO_JSON](),
      link: this.link?.[TO_JSON](),
    });
    const json: JsonObject = compact({
      renderActions: { action },
      stateChanged: this.stateChanged,
    });
    return new FakeActionResponse(this.kernel, 'ActionResponse', json);
  }

  [TO_JSON](): Json {
    throw this.invalid('call build() and use the ActionResponse');
  }
}

export class FakeUniversalActionResponse extends Printed {}

/**
 * Google documents no JSON for universal actions; this fake writes the cards as pushCard
 * navigations and the link as `action.link`, the same `renderActions` shape as above, so
 * one reader (the preview) serves both. Cards and link are alternatives: the last set wins.
 */
export class FakeUniversalActionResponseBuilder extends CardObject {
  private outcome: { cards: Json[] } | { link: FakeOpenLink } | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'UniversalActionResponseBuilder');
  }

  displayAddOnCards(cardObjects: FakeCard[]): this {
    this.enter('displayAddOnCards');
    if (!Array.isArray(cardObjects) || cardObjects.length === 0) {
      throw this.invalid('displayAddOnCards needs a non-empty array of Cards');
    }
    const cards = cardObjects.map((c) => this.expect(c, FakeCard, 'Card')[TO_JSON]());
    this.outcome = { cards };
    return this;
  }

  setOpenLink(openLink: FakeOpenLink): this {
    this.enter('setOpenLink');
    this.outcome = { link: this.expect(openLink, FakeOpenLink, 'OpenLink') };
    return this;
  }

  build(): FakeUniversalActionResponse {
    this.enter('build');
    const outcome = this.outcome;
    if (outcome === undefined) throw this.invalid('set cards or a link before build()');
    const action: JsonObject =
      'cards' in outcome
        ? { navigations: outcome.cards.map((card) => ({ pushCard: card })) }
        : { link: outcome.link[TO_JSON]() };
    return new FakeUniversalActionResponse(this.kernel, 'UniversalActionResponse', {
      renderActions: { action },
    });
  }

  [TO_JSON](): Json {
    throw this.invalid('call build() and use the UniversalActionResponse');
  }
}
