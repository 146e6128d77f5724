/**
 * The card itself: CardBuilder → Card, with CardHeader, CardSection, CardAction (header
 * menu items) and FixedFooter. `build()` is where Google checks the tree, so it is where
 * this fake throws for an empty card, an empty section or an incomplete widget.
 */
import type { FakeKernel } from '../kernel';
import { Clickable } from './actions';
import { FakeButton, FakeTextButton } from './buttons';
import { DisplayStyle, ImageStyle } from './enums';
import {
  CardObject,
  compact,
  enumValue,
  integer,
  isWidget,
  type Json,
  Printed,
  TO_JSON,
  text,
} from './shared';

export class FakeCardHeader extends CardObject {
  private title: string | undefined;
  private subtitle: string | undefined;
  private imageUrl: string | undefined;
  private imageStyle: string | undefined;
  private imageAltText: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'CardHeader');
  }

  setTitle(title: string): this {
    this.enter('setTitle');
    this.title = text(this.kernel, title, 'CardHeader: title');
    return this;
  }

  setSubtitle(subtitle: string): this {
    this.enter('setSubtitle');
    this.subtitle = text(this.kernel, subtitle, 'CardHeader: subtitle');
    return this;
  }

  setImageUrl(imageUrl: string): this {
    this.enter('setImageUrl');
    this.imageUrl = text(this.kernel, imageUrl, 'CardHeader: imageUrl');
    return this;
  }

  setImageStyle(imageStyle: string): this {
    this.enter('setImageStyle');
    this.imageStyle = enumValue(this.kernel, ImageStyle, imageStyle, 'ImageStyle');
    return this;
  }

  setImageAltText(imageAltText: string): this {
    this.enter('setImageAltText');
    this.imageAltText = text(this.kernel, imageAltText, 'CardHeader: imageAltText');
    return this;
  }

  [TO_JSON](): Json {
    if (this.title === undefined || this.title === '') throw this.invalid('title is required');
    return compact({
      title: this.title,
      subtitle: this.subtitle,
      imageUrl: this.imageUrl,
      imageType: this.imageStyle,
      imageAltText: this.imageAltText,
    });
  }
}

export class FakeCardSection extends CardObject {
  private header: string | undefined;
  private readonly widgets: CardObject[] = [];
  private collapsible: boolean | undefined;
  private uncollapsible: number | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'CardSection');
  }

  setHeader(header: string): this {
    this.enter('setHeader');
    this.header = text(this.kernel, header, 'CardSection: header');
    return this;
  }

  /** TextButton and ImageButton are Widgets too; alone they become a one-button list. */
  addWidget(widget: CardObject): this {
    this.enter('addWidget');
    const candidate: unknown = widget;
    if (!isWidget(candidate) && !(candidate instanceof FakeButton)) {
      throw this.invalid('addWidget expects a widget');
    }
    this.widgets.push(widget);
    return this;
  }

  setCollapsible(collapsible: boolean): this {
    this.enter('setCollapsible');
    this.collapsible = Boolean(collapsible);
    return this;
  }

  setNumUncollapsibleWidgets(numUncollapsibleWidgets: number): this {
    this.enter('setNumUncollapsibleWidgets');
    this.uncollapsible = integer(this.kernel, numUncollapsibleWidgets, 'numUncollapsibleWidgets');
    return this;
  }

  [TO_JSON](): Json {
    if (this.widgets.length === 0) throw this.invalid('a section needs at least one widget');
    return compact({
      header: this.header,
      collapsible: this.collapsible,
      uncollapsibleWidgetsCount: this.uncollapsible,
      widgets: this.widgets.map((w) =>
        w instanceof FakeButton ? { buttonList: { buttons: [w[TO_JSON]()] } } : w[TO_JSON](),
      ),
    });
  }
}

export class FakeCardAction extends Clickable {
  private text: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'CardAction');
  }

  setText(value: string): this {
    this.enter('setText');
    this.text = text(this.kernel, value, 'CardAction: text');
    return this;
  }

  [TO_JSON](): Json {
    if (this.text === undefined) throw this.invalid('text is required (setText)');
    const onClick = this.onClickJson();
    if (onClick === undefined) throw this.invalid('a card action needs an action or a link');
    return { actionLabel: this.text, onClick };
  }
}

export class FakeFixedFooter extends CardObject {
  private primary: FakeTextButton | undefined;
  private secondary: FakeTextButton | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'FixedFooter');
  }

  setPrimaryButton(button: FakeTextButton): this {
    this.enter('setPrimaryButton');
    this.primary = this.expect(button, FakeTextButton, 'TextButton');
    return this;
  }

  /** Google: "This method does nothing if setPrimaryButton(button) isn't called". */
  setSecondaryButton(button: FakeTextButton): this {
    this.enter('setSecondaryButton');
    const checked = this.expect(button, FakeTextButton, 'TextButton');
    if (this.primary !== undefined) this.secondary = checked;
    return this;
  }

  [TO_JSON](): Json {
    if (this.primary === undefined) throw this.invalid('a fixed footer needs a primary button');
    return compact({
      primaryButton: this.primary[TO_JSON](),
      secondaryButton: this.secondary?.[TO_JSON](),
    });
  }
}

export class FakeCard extends Printed {}

export class FakeCardBuilder extends CardObject {
  private header: FakeCardHeader | undefined;
  private peekHeader: FakeCardHeader | undefined;
  private readonly sections: FakeCardSection[] = [];
  private readonly cardActions: FakeCardAction[] = [];
  private footer: FakeFixedFooter | undefined;
  private name: string | undefined;
  private displayStyle: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'CardBuilder');
  }

  setHeader(cardHeader: FakeCardHeader): this {
    this.enter('setHeader');
    this.header = this.expect(cardHeader, FakeCardHeader, 'CardHeader');
    return this;
  }

  setPeekCardHeader(peekCardHeader: FakeCardHeader): this {
    this.enter('setPeekCardHeader');
    this.peekHeader = this.expect(peekCardHeader, FakeCardHeader, 'CardHeader');
    return this;
  }

  addSection(section: FakeCardSection): this {
    this.enter('addSection');
    this.sections.push(this.expect(section, FakeCardSection, 'CardSection'));
    return this;
  }

  addCardAction(cardAction: FakeCardAction): this {
    this.enter('addCardAction');
    this.cardActions.push(this.expect(cardAction, FakeCardAction, 'CardAction'));
    return this;
  }

  setFixedFooter(fixedFooter: FakeFixedFooter): this {
    this.enter('setFixedFooter');
    this.footer = this.expect(fixedFooter, FakeFixedFooter, 'FixedFooter');
    return this;
  }

  setName(name: string): this {
    this.enter('setName');
    this.name = text(this.kernel, name, 'CardBuilder: name');
    return this;
  }

  setDisplayStyle(displayStyle: string): this {
    this.enter('setDisplayStyle');
    this.displayStyle = enumValue(this.kernel, DisplayStyle, displayStyle, 'DisplayStyle');
    return this;
  }

  build(): FakeCard {
    this.enter('build');
    if (this.sections.length === 0) throw this.invalid('a card needs at least one section');
    const json = compact({
      header: this.header?.[TO_JSON](),
      sections: this.sections.map((s) => s[TO_JSON]()),
      cardActions:
        this.cardActions.length > 0 ? this.cardActions.map((a) => a[TO_JSON]()) : undefined,
      name: this.name,
      fixedFooter: this.footer?.[TO_JSON](),
      displayStyle: this.displayStyle,
      peekCardHeader: this.peekHeader?.[TO_JSON](),
    });
    return new FakeCard(this.kernel, 'Card', json);
  }

  [TO_JSON](): Json {
    throw this.invalid('call build() and use the Card');
  }
}
