/**
 * Grid widget and its parts (GridItem, ImageComponent, ImageCropStyle, BorderStyle). One
 * click handler serves the whole grid; the host tells the callback which item by its id.
 */
import type { FakeKernel } from '../kernel';
import { Clickable } from './actions';
import { BorderType, GridItemLayout, HorizontalAlignment, ImageCropType } from './enums';
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

export class FakeBorderStyle extends CardObject {
  private type: string | undefined;
  private strokeColor: JsonObject | undefined;
  private cornerRadius: number | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'BorderStyle');
  }

  setType(type: string): this {
    this.enter('setType');
    this.type = enumValue(this.kernel, BorderType, type, 'BorderType');
    return this;
  }

  setStrokeColor(value: string): this {
    this.enter('setStrokeColor');
    this.strokeColor = color(this.kernel, value, 'BorderStyle: strokeColor');
    return this;
  }

  setCornerRadius(radius: number): this {
    this.enter('setCornerRadius');
    this.cornerRadius = integer(this.kernel, radius, 'BorderStyle: cornerRadius');
    return this;
  }

  [TO_JSON](): Json {
    return compact({
      type: this.type ?? BorderType.NO_BORDER,
      strokeColor: this.strokeColor,
      cornerRadius: this.cornerRadius,
    });
  }
}

export class FakeImageCropStyle extends CardObject {
  private type: string | undefined;
  private aspectRatio: number | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'ImageCropStyle');
  }

  setImageCropType(type: string): this {
    this.enter('setImageCropType');
    this.type = enumValue(this.kernel, ImageCropType, type, 'ImageCropType');
    return this;
  }

  setAspectRatio(ratio: number): this {
    this.enter('setAspectRatio');
    if (typeof ratio !== 'number' || !(ratio > 0)) throw this.invalid('ratio must be positive');
    this.aspectRatio = ratio;
    return this;
  }

  [TO_JSON](): Json {
    return compact({ type: this.type ?? ImageCropType.SQUARE, aspectRatio: this.aspectRatio });
  }
}

export class FakeImageComponent extends CardObject {
  private imageUrl: string | undefined;
  private altText: string | undefined;
  private cropStyle: FakeImageCropStyle | undefined;
  private borderStyle: FakeBorderStyle | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'ImageComponent');
  }

  setImageUrl(url: string): this {
    this.enter('setImageUrl');
    this.imageUrl = text(this.kernel, url, 'ImageComponent: url');
    return this;
  }

  setAltText(altText: string): this {
    this.enter('setAltText');
    this.altText = text(this.kernel, altText, 'ImageComponent: altText');
    return this;
  }

  setCropStyle(style: FakeImageCropStyle): this {
    this.enter('setCropStyle');
    this.cropStyle = this.expect(style, FakeImageCropStyle, 'ImageCropStyle');
    return this;
  }

  setBorderStyle(style: FakeBorderStyle): this {
    this.enter('setBorderStyle');
    this.borderStyle = this.expect(style, FakeBorderStyle, 'BorderStyle');
    return this;
  }

  [TO_JSON](): Json {
    if (this.imageUrl === undefined) throw this.invalid('imageUrl is required (setImageUrl)');
    return compact({
      imageUri: this.imageUrl,
      altText: this.altText,
      cropStyle: this.cropStyle?.[TO_JSON](),
      borderStyle: this.borderStyle?.[TO_JSON](),
    });
  }
}

export class FakeGridItem extends CardObject {
  private id: string | undefined;
  private title: string | undefined;
  private subtitle: string | undefined;
  private image: FakeImageComponent | undefined;
  private layout: string | undefined;
  private textAlignment: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'GridItem');
  }

  setIdentifier(id: string): this {
    this.enter('setIdentifier');
    this.id = text(this.kernel, id, 'GridItem: id');
    return this;
  }

  setTitle(title: string): this {
    this.enter('setTitle');
    this.title = text(this.kernel, title, 'GridItem: title');
    return this;
  }

  setSubtitle(subtitle: string): this {
    this.enter('setSubtitle');
    this.subtitle = text(this.kernel, subtitle, 'GridItem: subtitle');
    return this;
  }

  setImage(image: FakeImageComponent): this {
    this.enter('setImage');
    this.image = this.expect(image, FakeImageComponent, 'ImageComponent');
    return this;
  }

  setLayout(layout: string): this {
    this.enter('setLayout');
    this.layout = enumValue(this.kernel, GridItemLayout, layout, 'GridItemLayout');
    return this;
  }

  setTextAlignment(alignment: string): this {
    this.enter('setTextAlignment');
    this.textAlignment = enumValue(this.kernel, HorizontalAlignment, alignment, 'alignment');
    return this;
  }

  [TO_JSON](): Json {
    return compact({
      id: this.id,
      image: this.image?.[TO_JSON](),
      title: this.title,
      subtitle: this.subtitle,
      layout: this.layout,
      textAlignment: this.textAlignment,
    });
  }
}

export class FakeGrid extends Clickable {
  readonly [WIDGET] = true;
  private title: string | undefined;
  private readonly items: FakeGridItem[] = [];
  private columnCount: number | undefined;
  private borderStyle: FakeBorderStyle | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'Grid');
  }

  setTitle(title: string): this {
    this.enter('setTitle');
    this.title = text(this.kernel, title, 'Grid: title');
    return this;
  }

  addItem(gridItem: FakeGridItem): this {
    this.enter('addItem');
    this.items.push(this.expect(gridItem, FakeGridItem, 'GridItem'));
    return this;
  }

  setNumColumns(numColumns: number): this {
    this.enter('setNumColumns');
    this.columnCount = integer(this.kernel, numColumns, 'Grid: numColumns', 1);
    return this;
  }

  setBorderStyle(borderStyle: FakeBorderStyle): this {
    this.enter('setBorderStyle');
    this.borderStyle = this.expect(borderStyle, FakeBorderStyle, 'BorderStyle');
    return this;
  }

  [TO_JSON](): Json {
    return {
      grid: compact({
        title: this.title,
        items: this.items.map((i) => i[TO_JSON]()),
        borderStyle: this.borderStyle?.[TO_JSON](),
        columnCount: this.columnCount,
        onClick: this.onClickJson(),
      }),
    };
  }
}
