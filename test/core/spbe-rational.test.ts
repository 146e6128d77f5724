import fc from 'fast-check';
import { Rational } from '../../src/core/spbe/rational';

describe('exact rationals', () => {
  it('rounds half up where binary floating point does not', () => {
    expect((4.765).toFixed(2)).toBe('4.76'); // the float trap this module exists for
    expect(Rational.parse('4.765')?.toFixed(2)).toBe('4.77');
    expect(Rational.parse('1.005')?.toFixed(2)).toBe('1.01');
    expect(Rational.of(3).toFixed(2)).toBe('3.00');
    expect(Rational.of(2, 3).toFixed(2)).toBe('0.67');
  });

  it('reads decimals exactly, with a comma or a dot', () => {
    expect(Rational.parse('2,91')?.equals(Rational.of(291, 100))).toBe(true);
    expect(Rational.parse('1.30')?.equals(Rational.of(13, 10))).toBe(true);
    expect(Rational.parse('abc')).toBeNull();
    expect(Rational.fromNumber(2.91).equals(Rational.of(291, 100))).toBe(true);
    expect(Rational.fromNumber(1e-7).equals(Rational.of(1, 10_000_000))).toBe(true);
  });

  it('prints terminating values exactly and marks repeating ones', () => {
    expect(Rational.of(9530, 2000).toExactString()).toBe('4.765');
    expect(Rational.of(1, 3).toExactString(4)).toBe('0.3333…');
  });

  it('agrees with integer arithmetic (property)', () => {
    const small = fc.integer({ min: -1000, max: 1000 });
    const positive = fc.integer({ min: 1, max: 1000 });
    fc.assert(
      fc.property(small, positive, small, positive, (a, b, c, d) => {
        const x = Rational.of(a, b);
        const y = Rational.of(c, d);
        expect(x.add(y).sub(y).equals(x)).toBe(true);
        expect(x.mul(y).equals(Rational.of(a * c, b * d))).toBe(true);
        expect(x.compare(y)).toBe(Math.sign(a * d - c * b) as -1 | 0 | 1);
      }),
    );
  });

  it('rounds every 3-decimal value half up (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000 }), (thousandths) => {
        const expected = Math.floor((thousandths + 5) / 10);
        const text = Rational.of(thousandths, 1000).toFixed(2);
        expect(text).toBe(
          `${Math.floor(expected / 100)}.${String(expected % 100).padStart(2, '0')}`,
        );
      }),
    );
  });
});
