/**
 * Exact rational numbers on BigInt. The SPBE index must match KemenPANRB's published
 * figures to the last digit: binary floating point shows an exact 4.765 as 4.76, so every
 * weight, sum and rounding here is a fraction of two integers. BigInt is built with
 * BigInt(…) calls, not `1n` literals, because the bundle targets ES2019 syntax.
 */
const ZERO = BigInt(0);
const ONE = BigInt(1);
const TEN = BigInt(10);

const abs = (x: bigint) => (x < ZERO ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== ZERO) [x, y] = [y, x % y];
  return x;
}

export class Rational {
  /** Always in lowest terms with a positive denominator. */
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static of(num: bigint | number, den: bigint | number = 1): Rational {
    let n = typeof num === 'bigint' ? num : BigInt(num);
    let d = typeof den === 'bigint' ? den : BigInt(den);
    if (d === ZERO) throw new RangeError('penyebut nol');
    if (d < ZERO) {
      n = -n;
      d = -d;
    }
    const g = gcd(n, d);
    return g > ONE ? new Rational(n / g, d / g) : new Rational(n, d);
  }

  /**
   * A decimal written by a person or a regulation ("2.91", "1.3", "-0.5", "4"). Exact: no
   * float parsing. Returns null for anything that is not a plain decimal.
   */
  static parse(text: string): Rational | null {
    const match = /^\s*([+-]?)(\d+)(?:[.,](\d+))?\s*$/.exec(text);
    if (!match) return null;
    const [, sign = '', whole = '0', fraction = ''] = match;
    const digits = BigInt(`${whole}${fraction}`);
    const scaled = Rational.of(sign === '-' ? -digits : digits, TEN ** BigInt(fraction.length));
    return scaled;
  }

  /**
   * A JS number taken as the decimal it prints as (2.91 → 291/100), which is what a person
   * typed into a sheet cell or JSON. Non-finite numbers are rejected.
   */
  static fromNumber(value: number): Rational {
    if (!Number.isFinite(value)) throw new RangeError(`bukan angka hingga: ${value}`);
    const text = String(value);
    if (/e/i.test(text)) {
      const [mantissa = '0', exp = '0'] = text.toLowerCase().split('e');
      const base = Rational.parse(mantissa) ?? Rational.of(0);
      const e = Number(exp);
      return e >= 0
        ? base.mul(Rational.of(TEN ** BigInt(e)))
        : base.div(Rational.of(TEN ** BigInt(-e)));
    }
    const parsed = Rational.parse(text);
    if (!parsed) throw new RangeError(`bukan angka: ${value}`);
    return parsed;
  }

  add(o: Rational): Rational {
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }

  sub(o: Rational): Rational {
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }

  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }

  div(o: Rational): Rational {
    if (o.num === ZERO) throw new RangeError('pembagian dengan nol');
    return Rational.of(this.num * o.den, this.den * o.num);
  }

  compare(o: Rational): -1 | 0 | 1 {
    const left = this.num * o.den;
    const right = o.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  lt(o: Rational): boolean {
    return this.compare(o) < 0;
  }

  gte(o: Rational): boolean {
    return this.compare(o) >= 0;
  }

  equals(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }

  isZero(): boolean {
    return this.num === ZERO;
  }

  /** Smallest integer ≥ this. */
  ceil(): bigint {
    const q = this.num / this.den;
    return this.num > ZERO && q * this.den !== this.num ? q + ONE : q;
  }

  /**
   * Rounded half away from zero to `places` decimals — KemenPANRB's "round half up" on
   * non-negative scores — as a fixed-point string: 4.765 → "4.77", 3 → "3.00".
   */
  toFixed(places: number): string {
    const scale = TEN ** BigInt(places);
    const scaledNum = abs(this.num) * scale;
    let q = scaledNum / this.den;
    if ((scaledNum % this.den) * BigInt(2) >= this.den) q += ONE;
    const sign = this.num < ZERO && q !== ZERO ? '-' : '';
    const digits = q.toString().padStart(places + 1, '0');
    return places === 0
      ? `${sign}${digits}`
      : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }

  /** Rounded to `places` decimals as an exact rational (for rules that use the shown value). */
  round(places: number): Rational {
    return Rational.parse(this.toFixed(places)) ?? this;
  }

  /**
   * The exact value as a decimal string when it terminates; otherwise `maxPlaces` digits
   * followed by "…" (e.g. 1.798245… ). Used for `indexExact`.
   */
  toExactString(maxPlaces = 20): string {
    const sign = this.num < ZERO ? '-' : '';
    const n = abs(this.num);
    const whole = n / this.den;
    let rest = n % this.den;
    let digits = '';
    while (rest !== ZERO && digits.length < maxPlaces) {
      rest *= TEN;
      digits += (rest / this.den).toString();
      rest %= this.den;
    }
    const tail = rest === ZERO ? '' : '…';
    return `${sign}${whole}${digits ? `.${digits}` : ''}${tail}`;
  }

  /** Nearest double, for charts and sheets; never used in sums or rounding. */
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }
}

export const sum = (values: readonly Rational[]): Rational =>
  values.reduce((a, b) => a.add(b), Rational.of(0));
