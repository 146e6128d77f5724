/**
 * Display widgets: TextParagraph, DecoratedText (and its deprecated KeyValue alias, which
 * produces the same `decoratedText` JSON), Divider and Image.
 */
import type { FakeKernel } from '../kernel';
import { Clickable } from './actions';
import { FakeButton } from './buttons';
import { FakeIconImage, knownIcon } from './icons';
import { FakeSwitch } from './inputs';
import { CardObject, compact, type Json, type JsonObject, TO_JSON, text, WIDGET } from './shared';

export class FakeTextParagraph extends CardObject {
  readonly [WIDGET] = true;
  private text: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'TextParagraph');
  }

  setText(value: string): this {
    this.enter('setText');
    this.text = text(this.kernel, value, 'TextParagraph: text');
    return this;
  }

  [TO_JSON](): Json {
    if (this.text === undefined) throw this.invalid('text is required (setText)');
    return { textParagraph: { text: this.text } };
  }
}

type IconSlot = FakeIconImage | { knownIcon: string } | { iconUrl: string };

/** Shared by DecoratedText and KeyValue; only the method names differ. */
abstract class DecoratedBase extends Clickable {
  readonly [WIDGET] = true;
  protected topLabel: string | undefined;
  protected content: string | undefined;
  protected bottomLabel: string | undefined;
  protected wrapText: boolean | undefined;
  protected startIcon: IconSlot | undefined;
  protected iconAltText: string | undefined;
  protected endIcon: FakeIconImage | undefined;
  protected button: FakeButton | undefined;
  protected switchControl: FakeSwitch | undefined;

  setTopLabel(value: string): this {
    this.enter('setTopLabel');
    this.topLabel = text(this.kernel, value, `${this.className}: topLabel`);
    return this;
  }

  setBottomLabel(value: string): this {
    this.enter('setBottomLabel');
    this.bottomLabel = text(this.kernel, value, `${this.className}: bottomLabel`);
    return this;
  }

  setIcon(icon: string): this {
    this.enter('setIcon');
    this.startIcon = knownIcon(this.kernel, icon);
    return this;
  }

  setIconUrl(url: string): this {
    this.enter('setIconUrl');
    this.startIcon = { iconUrl: text(this.kernel, url, `${this.className}: iconUrl`) };
    return this;
  }

  setIconAltText(altText: string): this {
    this.enter('setIconAltText');
    this.iconAltText = text(this.kernel, altText, `${this.className}: iconAltText`);
    return this;
  }

  /** The end slot holds one control: a button or a switch, whichever was set last. */
  setButton(button: FakeButton): this {
    this.enter('setButton');
    this.button = this.expect(button, FakeButton, 'TextButton or ImageButton');
    this.switchControl = undefined;
    return this;
  }

  protected putSwitch(control: FakeSwitch): void {
    this.switchControl = this.expect(control, FakeSwitch, 'Switch');
    this.button = undefined;
  }

  [TO_JSON](): Json {
    if (this.content === undefined) throw this.invalid('text is required');
    return {
      decoratedText: compact({
        topLabel: this.topLabel,
        text: this.content,
        bottomLabel: this.bottomLabel,
        wrapText: this.wrapText,
        startIcon: this.startIconJson(),
        endIcon: this.endIcon?.[TO_JSON](),
        button: this.button?.[TO_JSON](),
        switchControl: this.switchControl?.[TO_JSON](),
        onClick: this.onClickJson(),
      }),
    };
  }

  private startIconJson(): Json | undefined {
    const icon = this.startIcon;
    if (icon === undefined) return undefined;
    const json: JsonObject =
      icon instanceof FakeIconImage ? (icon[TO_JSON]() as JsonObject) : { ...icon };
    return compact({ ...json, altText: this.iconAltText ?? json.altText });
  }
}

export class FakeDecoratedText extends DecoratedBase {
  constructor(kernel: FakeKernel) {
    super(kernel, 'DecoratedText');
  }

  setText(value: string): this {
    this.enter('setText');
    this.content = text(this.kernel, value, 'DecoratedText: text');
    return this;
  }

  setWrapText(wrapText: boolean): this {
    this.enter('setWrapText');
    this.wrapText = Boolean(wrapText);
    return this;
  }

  setStartIcon(startIcon: FakeIconImage): this {
    this.enter('setStartIcon');
    this.startIcon = this.expect(startIcon, FakeIconImage, 'IconImage');
    return this;
  }

  setEndIcon(endIcon: FakeIconImage): this {
    this.enter('setEndIcon');
    this.endIcon = this.expect(endIcon, FakeIconImage, 'IconImage');
    return this;
  }

  setSwitchControl(switchToSet: FakeSwitch): this {
    this.enter('setSwitchControl');
    this.putSwitch(switchToSet);
    return this;
  }
}

/** Deprecated by Google in favour of DecoratedText; kept because older samples use it. */
export class FakeKeyValue extends DecoratedBase {
  constructor(kernel: FakeKernel) {
    super(kernel, 'KeyValue');
  }

  setContent(value: string): this {
    this.enter('setContent');
    this.content = text(this.kernel, value, 'KeyValue: content');
    return this;
  }

  setMultiline(multiline: boolean): this {
    this.enter('setMultiline');
    this.wrapText = Boolean(multiline);
    return this;
  }

  setSwitch(switchToSet: FakeSwitch): this {
    this.enter('setSwitch');
    this.putSwitch(switchToSet);
    return this;
  }
}

export class FakeDivider extends CardObject {
  readonly [WIDGET] = true;

  constructor(kernel: FakeKernel) {
    super(kernel, 'Divider');
  }

  [TO_JSON](): Json {
    return { divider: {} };
  }
}

export class FakeImage extends Clickable {
  readonly [WIDGET] = true;
  private imageUrl: string | undefined;
  private altText: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'Image');
  }

  setImageUrl(url: string): this {
    this.enter('setImageUrl');
    this.imageUrl = text(this.kernel, url, 'Image: url');
    return this;
  }

  setAltText(altText: string): this {
    this.enter('setAltText');
    this.altText = text(this.kernel, altText, 'Image: altText');
    return this;
  }

  [TO_JSON](): Json {
    if (this.imageUrl === undefined) throw this.invalid('imageUrl is required (setImageUrl)');
    return {
      image: compact({
        imageUrl: this.imageUrl,
        altText: this.altText,
        onClick: this.onClickJson(),
      }),
    };
  }
}
