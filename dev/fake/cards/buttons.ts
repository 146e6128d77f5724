/**
 * Buttons and icons: TextButton, ImageButton, ButtonSet (`buttonList`), IconImage and
 * MaterialIcon (`google.apps.card.v1.Icon`).
 */
import type { FakeKernel } from '../kernel';
import { Clickable } from './actions';
import { Icon, ImageCropType, TextButtonStyle } from './enums';
import {
  CardObject,
  color,
  compact,
  enumValue,
  integer,
  type Json,
  type JsonObject,
  TO_JSON,
  text,
  WIDGET,
} from './shared';

export class FakeMaterialIcon extends CardObject {
  private name: string | undefined;
  private fill: boolean | undefined;
  private weight: number | undefined;
  private grade: number | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'MaterialIcon');
  }

  setName(name: string): this {
    this.enter('setName');
    this.name = text(this.kernel, name, 'MaterialIcon: name');
    return this;
  }

  setFill(fill: boolean): this {
    this.enter('setFill');
    this.fill = Boolean(fill);
    return this;
  }

  setWeight(weight: number): this {
    this.enter('setWeight');
    this.weight = integer(this.kernel, weight, 'MaterialIcon: weight', 100);
    return this;
  }

  setGrade(grade: number): this {
    this.enter('setGrade');
    this.grade = integer(this.kernel, grade, 'MaterialIcon: grade', -25);
    return this;
  }

  [TO_JSON](): Json {
    if (this.name === undefined) throw this.invalid('name is required (setName)');
    return compact({ name: this.name, fill: this.fill, weight: this.weight, grade: this.grade });
  }
}

type IconSource = { knownIcon: string } | { iconUrl: string } | { materialIcon: FakeMaterialIcon };

function iconSourceJson(source: IconSource): JsonObject {
  if ('materialIcon' in source) return { materialIcon: source.materialIcon[TO_JSON]() };
  return { ...source };
}

export class FakeIconImage extends CardObject {
  private source: IconSource | undefined;
  private altText: string | undefined;
  private imageType: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'IconImage');
  }

  setIcon(icon: string): this {
    this.enter('setIcon');
    const known = enumValue(this.kernel, Icon, icon, 'Icon');
    this.source = known === 'NONE' ? undefined : { knownIcon: known };
    return this;
  }

  setIconUrl(url: string): this {
    this.enter('setIconUrl');
    this.source = { iconUrl: text(this.kernel, url, 'IconImage: url') };
    return this;
  }

  setMaterialIcon(icon: FakeMaterialIcon): this {
    this.enter('setMaterialIcon');
    this.source = { materialIcon: this.expect(icon, FakeMaterialIcon, 'MaterialIcon') };
    return this;
  }

  setAltText(altText: string): this {
    this.enter('setAltText');
    this.altText = text(this.kernel, altText, 'IconImage: altText');
    return this;
  }

  /** Icons take only SQUARE or CIRCLE crops (Google's note on ImageCropType). */
  setImageCropType(imageCropType: string): this {
    this.enter('setImageCropType');
    const crop = enumValue(this.kernel, ImageCropType, imageCropType, 'ImageCropType');
    if (crop !== 'SQUARE' && crop !== 'CIRCLE') throw this.invalid('only SQUARE or CIRCLE');
    this.imageType = crop;
    return this;
  }

  [TO_JSON](): Json {
    if (this.source === undefined) throw this.invalid('set an icon, icon URL or material icon');
    return compact({
      ...iconSourceJson(this.source),
      altText: this.altText,
      imageType: this.imageType,
    });
  }
}

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

export class FakeImageButton extends FakeButton {
  private source: IconSource | undefined;
  private altText: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'ImageButton');
  }

  setIcon(icon: string): this {
    this.enter('setIcon');
    const known = enumValue(this.kernel, Icon, icon, 'Icon');
    this.source = known === 'NONE' ? undefined : { knownIcon: known };
    return this;
  }

  setIconUrl(url: string): this {
    this.enter('setIconUrl');
    this.source = { iconUrl: text(this.kernel, url, 'ImageButton: url') };
    return this;
  }

  setMaterialIcon(icon: FakeMaterialIcon): this {
    this.enter('setMaterialIcon');
    this.source = { materialIcon: this.expect(icon, FakeMaterialIcon, 'MaterialIcon') };
    return this;
  }

  setAltText(altText: string): this {
    this.enter('setAltText');
    this.altText = text(this.kernel, altText, 'ImageButton: altText');
    return this;
  }

  [TO_JSON](): Json {
    if (this.source === undefined) throw this.invalid('set an icon, icon URL or material icon');
    return compact({
      icon: compact({ ...iconSourceJson(this.source), altText: this.altText }),
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
