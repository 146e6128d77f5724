/**
 * Icons (`google.apps.card.v1.Icon`): MaterialIcon, IconImage, and the picture setters that
 * IconImage and ImageButton share (a built-in icon, an icon URL or a Material icon, plus
 * alt text).
 */
import type { FakeKernel } from '../kernel';
import { Icon, ImageCropType } from './enums';
import {
  CardObject,
  compact,
  enumValue,
  integer,
  type Json,
  type JsonObject,
  TO_JSON,
  text,
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

/** `Icon.NONE` names no icon: setting it clears the icon instead of recording `NONE`. */
export function knownIcon(kernel: FakeKernel, icon: unknown): { knownIcon: string } | undefined {
  const known = enumValue(kernel, Icon, icon, 'Icon');
  return known === 'NONE' ? undefined : { knownIcon: known };
}

type IconSource = { knownIcon: string } | { iconUrl: string } | { materialIcon: FakeMaterialIcon };

// biome-ignore lint/suspicious/noExplicitAny: TypeScript takes only `any[]` as a mixin base's constructor arguments.
type CardObjectClass = abstract new (...args: any[]) => CardObject;

/**
 * IconImage and ImageButton take their picture the same ways, so those setters are written
 * once here. A mixin rather than a common base class because the two sit on different
 * bases: an ImageButton is clickable, and an IconImage must not show click setters to the
 * code under test.
 */
export function withIconPicture<Base extends CardObjectClass>(base: Base) {
  abstract class IconPicture extends base {
    private source: IconSource | undefined;
    protected altText: string | undefined;

    setIcon(icon: string): this {
      this.enter('setIcon');
      this.source = knownIcon(this.kernel, icon);
      return this;
    }

    setIconUrl(url: string): this {
      this.enter('setIconUrl');
      this.source = { iconUrl: text(this.kernel, url, `${this.className}: url`) };
      return this;
    }

    setMaterialIcon(icon: FakeMaterialIcon): this {
      this.enter('setMaterialIcon');
      this.source = { materialIcon: this.expect(icon, FakeMaterialIcon, 'MaterialIcon') };
      return this;
    }

    setAltText(altText: string): this {
      this.enter('setAltText');
      this.altText = text(this.kernel, altText, `${this.className}: altText`);
      return this;
    }

    /** The `Icon` JSON; build() fails here when no picture was set, as Google's does. */
    protected iconJson(): JsonObject {
      const source = this.source;
      if (source === undefined) throw this.invalid('set an icon, icon URL or material icon');
      const picture: JsonObject =
        'materialIcon' in source ? { materialIcon: source.materialIcon[TO_JSON]() } : { ...source };
      return compact({ ...picture, altText: this.altText });
    }
  }
  return IconPicture;
}

export class FakeIconImage extends withIconPicture(CardObject) {
  private imageType: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'IconImage');
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
    return compact({ ...this.iconJson(), imageType: this.imageType });
  }
}
