/**
 * Roots and logarithms (src/decimal/real.ts) agree with decimal.js at 120 significant digits: the
 * result is within one unit of its last place of the true value (decimal.js rounds correctly, so the
 * difference from its value, rounded to the same places, is at most one unit).
 */
import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dec, type Exact } from '../../src/decimal.js';
import { ln, nthRoot, sqrt } from '../../src/decimal/real.js';
import { runs } from '../setup/props.js';

const R = Decimal.clone({ defaults: true, precision: 120, toExpNeg: -200, toExpPos: 200 });

/** |ours − reference| in units of 10^-places. */
function unitsOff(ours: Exact, ref: Decimal, places: number): Decimal {
  return new R(ours.toString()).minus(ref).abs().times(new R(10).pow(places));
}

/** Positive values from tiny to large, as fractions (numerator, denominator). */
const positive = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 30n }))
  .map(([n, d]) => ({ exact: dec(n).div(dec(d)), ref: new R(n.toString()).div(d.toString()) }));
const places = fc.integer({ min: 0, max: 60 });

describe('sqrt, nthRoot, ln', () => {
  it('known values', () => {
    expect(sqrt(dec(2), 10).toString()).toBe('1.4142135624');
    expect(sqrt(dec('0.0625'), 4).toString()).toBe('0.25');
    expect(sqrt(dec(0), 5).toString()).toBe('0');
    expect(nthRoot(dec(27), 3, 6).toString()).toBe('3');
    expect(nthRoot(dec(2), 5, 12).toString()).toBe('1.148698354997');
    expect(ln(dec(1), 20).toString()).toBe('0');
    expect(ln(dec(2), 10).toString()).toBe('0.6931471806');
    expect(ln(dec('0.5'), 10).toString()).toBe('-0.6931471806');
    expect(ln(dec(10), 30).toString()).toBe('2.302585092994045684017991454684');
  });

  it('high degrees and huge values, in few Newton steps', () => {
    expect(nthRoot(dec(2n ** 100n), 100, 10).toString()).toBe('2');
    expect(nthRoot(dec(10n ** 4000n), 100, 5).toString()).toBe(`1${'0'.repeat(40)}`);
    expect(nthRoot(dec('0.5'), 99, 12).toString()).toBe('0.993022966632');
  });

  it('refuses what has no real value', () => {
    expect(() => sqrt(dec(-1), 4)).toThrow(RangeError);
    expect(() => ln(dec(0), 4)).toThrow(RangeError);
    expect(() => nthRoot(dec(2), 0, 4)).toThrow(RangeError);
    expect(() => sqrt(dec(2), 101)).toThrow(RangeError);
  });

  test.prop([positive, places], { numRuns: runs(300) })('sqrt within one unit', (x, p) => {
    expect(unitsOff(sqrt(x.exact, p), x.ref.sqrt(), p).lte(1)).toBe(true);
  });

  test.prop([positive, fc.integer({ min: 1, max: 16 }), places], { numRuns: runs(300) })(
    'k-th root within one unit',
    (x, k, p) => {
      const ref = x.ref.pow(new R(1).div(k));
      expect(unitsOff(nthRoot(x.exact, k, p), ref, p).lte(1)).toBe(true);
    },
  );

  test.prop([positive, places], { numRuns: runs(300) })('ln within one unit', (x, p) => {
    expect(unitsOff(ln(x.exact, p), x.ref.ln(), p).lte(1)).toBe(true);
  });

  test.prop([positive, places], { numRuns: runs(200) })('sqrt is monotone', (x, p) => {
    const y = x.exact.times(dec('1.000001'));
    expect(sqrt(y, p).gte(sqrt(x.exact, p))).toBe(true);
    expect(ln(y, p).gte(ln(x.exact, p))).toBe(true);
  });
});
