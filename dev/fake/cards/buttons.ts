/**
 * Buttons: TextButton, ImageButton and ButtonSet (`buttonList`). The icons they show are in
 * icons.ts.
 */
import type { FakeKernel } from '../kernel';
import { Clickable } from './actions';
import { TextButtonStyle } from './enums';
import { withIconPicture } from './icons';
import {
  CardObject,
  color,
  compact,
  enumValue,
  type Json,
  type JsonObject,
  TO_JSON,
  text,
  WIDGET,
} from './shared';

/** What `ButtonSet.addButton`, `DecoratedText.setButton` and the footer accept. */
export abstract class FakeButton extends Clickable {
  protected requireClick(): Json {
    const onClick = this.onClickJson();
    if (onClick === undefined) throw this.invalid('a button needs an action or a link');
    return onClick;
  }
}

export class FakeTextButton extends FakeButton {
  private text: string | undefined;
  private style: string | undefined;
  private backgroundColor: JsonObject | undefined;
  private disabled: boolean | undefined;
  private altText: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'TextButton');
  }

  setText(value: string): this {
    this.enter('setText');
    this.text = text(this.kernel, value, 'TextButton: text');
    return this;
  }

  setTextButtonStyle(textButtonStyle: string): this {
    this.enter('setTextButtonStyle');
    this.style = enumValue(this.kernel, TextButtonStyle, textButtonStyle, 'TextButtonStyle');
    return this;
  }

  setBackgroundColor(backgroundColor: string): this {
    this.enter('setBackgroundColor');
    this.backgroundColor = color(this.kernel, backgroundColor, 'TextButton: backgroundColor');
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.enter('setDisabled');
    this.disabled = Boolean(disabled);
    return this;
  }

  setAltText(altText: string): this {
    this.enter('setAltText');
    this.altText = text(this.kernel, altText, 'TextButton: altText');
    return this;
  }

  [TO_JSON](): Json {
    if (this.text === undefined || this.text === '') throw this.invalid('text is required');
    // TEXT is Google's deprecated alias of OUTLINED; the JSON `Button.type` has no TEXT.
    const type = this.style === 'TEXT' ? 'OUTLINED' : this.style;
    return compact({
      text: this.text,
      type,
      color: this.backgroundColor,
      disabled: this.disabled,
      altText: this.altText,
      onClick: this.requireClick(),
    });
  }
}

/** An icon that is a button: IconImage's picture setters, plus a click. */
export class FakeImageButton extends withIconPicture(FakeButton) {
  constructor(kernel: FakeKernel) {
    super(kernel, 'ImageButton');
  }

  [TO_JSON](): Json {
    return compact({
      icon: this.iconJson(),
      altText: this.altText,
      onClick: this.requireClick(),
    });
  }
}

export class FakeButtonSet extends CardObject {
  readonly [WIDGET] = true;
  private readonly buttons: FakeButton[] = [];

  constructor(kernel: FakeKernel) {
    super(kernel, 'ButtonSet');
  }

  addButton(button: FakeButton): this {
    this.enter('addButton');
    this.buttons.push(this.expect(button, FakeButton, 'TextButton or ImageButton'));
    return this;
  }

  [TO_JSON](): Json {
    if (this.buttons.length === 0) throw this.invalid('add at least one button');
    return { buttonList: { buttons: this.buttons.map((b) => b[TO_JSON]()) } };
  }
}
