import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../src/errors/JixiaoError.js';
import {
  Exact,
  ONE,
  ROUNDING_MODES,
  ZERO,
  clamp,
  dec,
  exactText,
  fmt,
  placesOf,
  plain,
  round,
  ulp,
  type RoundingMode,
} from '../src/decimal.js';
import { runs } from './setup/props.js';

/** decimal.js with enough digits that +, −, × of the values below are exact: the reference. */
const R = Decimal.clone({ defaults: true, precision: 200, toExpNeg: -300, toExpPos: 300 });
const MODE: Record<RoundingMode, Decimal.Rounding> = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfDown: Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/** Decimal strings as tables write them: up to 12 integer and 8 fraction digits, either sign. */
const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
    fc.integer({ min: 0, max: 8 }),
    fc.bigInt({ min: 0n, max: 10n ** 8n - 1n }),
  )
  .map(([neg, int, places, frac]) => {
    const f =
      places === 0 ? '' : `.${(frac % 10n ** BigInt(places)).toString().padStart(places, '0')}`;
    return `${neg ? '-' : ''}${int.toString()}${f}`;
  });
const mode = fc.constantFrom(...ROUNDING_MODES);

describe('exact arithmetic', () => {
  it('adds exactly where floats do not', () => {
    expect(dec(0.1).plus(0.2).toString()).toBe('0.3');
    expect(fmt(dec('1.005'), 2)).toBe('1.01');
  });

  it('keeps quotients exact, so ties round as 四舍五入 says (issue 8, defect 5)', () => {
    // 3.75 × 7 ÷ 30 = 0.875 exactly; a 40-digit decimal gave 0.87499…9 and printed 0.87.
    expect(dec('3.75').times(dec(7).div(30)).toString()).toBe('0.875');
    expect(fmt(dec(7).div(30).times('3.75'), 2)).toBe('0.88');
    // 5 of 24 on a weight of 3: 0.625 → 0.63.
    expect(fmt(dec(5).div(24).times(100).div(100).times(3), 2)).toBe('0.63');
    expect(dec(1).div(3).toString()).toBe('1/3');
    expect(dec(1).div(3).times(3).eq(ONE)).toBe(true);
  });

  it('rounds by named mode', () => {
    expect(round(dec('2.345'), 2, 'halfUp').toFixed(2)).toBe('2.35');
    expect(round(dec('2.345'), 2, 'halfEven').toFixed(2)).toBe('2.34');
    expect(round(dec('2.355'), 2, 'halfEven').toFixed(2)).toBe('2.36');
    expect(round(dec('2.345'), 2, 'halfDown').toFixed(2)).toBe('2.34');
    expect(round(dec('2.341'), 2, 'up').toFixed(2)).toBe('2.35');
    expect(round(dec('2.349'), 2, 'down').toFixed(2)).toBe('2.34');
    expect(round(dec('-2.341'), 2, 'ceil').toFixed(2)).toBe('-2.34');
    expect(round(dec('-2.341'), 2, 'floor').toFixed(2)).toBe('-2.35');
    expect(round(dec('-2.345'), 2, 'halfUp').toFixed(2)).toBe('-2.35');
    expect(round(dec('89.995'), 2, 'halfUp').toFixed(2)).toBe('90.00');
  });

  it('never prints negative zero or exponents (issue 8, defect 11)', () => {
    expect(fmt(dec('-0.001'), 2)).toBe('0.00');
    expect(round(dec('-0.001'), 2, 'halfUp').toFixed(2)).toBe('0.00');
    expect(fmt(dec('1e-7'), 8)).toBe('0.00000010');
    expect(plain(dec('1e21'))).toBe('1000000000000000000000');
    expect(dec(`1${'0'.repeat(61)}`).toString()).toBe(`1${'0'.repeat(61)}`);
    expect(dec(1.7e308).toString()).toMatch(/^17\d{307}$/);
    expect(dec(5e-324).toString()).toMatch(/^0\.0+5$/);
    expect(plain(dec('2.500'))).toBe('2.5');
    expect(plain(dec('-0.00001'))).toBe('0');
    expect(plain(dec('-0.5'))).toBe('-0.5');
  });

  it('reads what JSON numbers print and rejects what they cannot be', () => {
    expect(dec(1e21).toString()).toBe('1000000000000000000000');
    expect(dec('.5').toString()).toBe('0.5');
    expect(dec('-0').toString()).toBe('0');
    expect(dec(-0).isNeg()).toBe(false);
    for (const bad of [NaN, Infinity, -Infinity, '', '.', 'e5', '1e', '1.2.3', 'abc', '1e999999'])
      expect(() => dec(bad)).toThrow(JixiaoError);
    expect(() => dec(1).div(0)).toThrow(JixiaoError);
    expect(() => new Exact(1n, 0n)).toThrow(JixiaoError);
    // Beyond any figure of an evaluation: refused at once, never an hour of arithmetic.
    expect(() => dec('1e401')).toThrow(JixiaoError);
    expect(() => dec('1e-100000')).toThrow(JixiaoError);
    expect(() => dec('9'.repeat(401))).toThrow(JixiaoError);
    expect(() =>
      dec(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300)
        .times(1e300),
    ).toThrow(JixiaoError);
    expect(dec(5e-324).toString()).toMatch(/5$/);
  });

  it('keeps values in lowest terms with a positive denominator', () => {
    const v = new Exact(6n, -4n);
    expect([v.n, v.d]).toEqual([-3n, 2n]);
    expect(new Exact(0n, -7n).d).toBe(1n);
    expect(dec('2.50').eq('2.5')).toBe(true);
  });

  it('clamps, compares and counts places', () => {
    expect(clamp(dec('1.2'), ZERO, ONE).toString()).toBe('1');
    expect(clamp(dec('-1'), ZERO, ONE).toString()).toBe('0');
    expect(placesOf(dec('0.125'))).toBe(3);
    expect(placesOf(dec('2.50'))).toBe(1);
    expect(placesOf(dec(1).div(3))).toBe(Infinity);
    expect(placesOf(dec(1).div(80))).toBe(4);
    expect(dec(7).floor().toString()).toBe('7');
    expect(dec('-1.5').floor().toString()).toBe('-2');
    expect(dec('-1.5').ceil().toString()).toBe('-1');
    expect(dec('1.5').isInteger()).toBe(false);
    expect(dec(3).comparedTo(2)).toBe(1);
    expect(exactText(dec(1).div(3))).toBe('0.3333333333…');
    expect(exactText(dec('100.00001'))).toBe('100.00001');
    expect(JSON.stringify({ v: dec(1).div(4) })).toBe('{"v":"0.25"}');
  });

  it('gives one unit in the last place, the same value each time', () => {
    expect(ulp(0).toString()).toBe('1');
    expect(ulp(2).toString()).toBe('0.01');
    expect(ulp(6).toFixed(6)).toBe('0.000001');
    expect(ulp(2)).toBe(ulp(2));
    expect(ulp(70).toString()).toBe(`0.${'0'.repeat(69)}1`);
  });
});

describe('exact arithmetic agrees with decimal.js to the last digit', () => {
  test.prop([decimalText, decimalText], { numRuns: runs(2000) })('+, −, ×, comparisons', (a, b) => {
    const x = dec(a);
    const y = dec(b);
    const ra = new R(a);
    const rb = new R(b);
    expect(x.plus(y).toString()).toBe(ra.plus(rb).toFixed());
    expect(x.minus(y).toString()).toBe(ra.minus(rb).toFixed());
    expect(x.times(y).toString()).toBe(ra.times(rb).toFixed());
    expect(x.cmp(y)).toBe(ra.comparedTo(rb));
    expect(x.eq(y)).toBe(ra.eq(rb));
  });

  test.prop([decimalText, decimalText, fc.integer({ min: 0, max: 6 }), mode], {
    numRuns: runs(2000),
  })(
    'a quotient rounded by any mode equals decimal.js rounding the exact quotient',
    (a, b, places, m) => {
      fc.pre(!new R(b).isZero());
      // decimal.js at 200 digits: a quotient of these operands is either exact there or
      // cannot sit on a rounding tie, so its rounding is the true one.
      const expected = new R(a).div(b).toDecimalPlaces(places, MODE[m]).toFixed(places);
      expect(dec(a).div(b).toFixed(places, m)).toBe(expected.replace(/^-(0\.?0*)$/, '$1'));
    },
  );

  test.prop([decimalText, fc.integer({ min: 0, max: 10 }), mode], { numRuns: runs(2000) })(
    'rounding a decimal by any mode',
    (a, places, m) => {
      const expected = new R(a).toDecimalPlaces(places, MODE[m]).toFixed(places);
      expect(round(dec(a), places, m).toFixed(places)).toBe(expected.replace(/^-(0\.?0*)$/, '$1'));
    },
  );

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })], { numRuns: runs(2000) })(
    'a JSON number reads as the decimal it prints',
    (x) => {
      expect(dec(x).eq(new R(x).toFixed())).toBe(true);
    },
  );
});

describe('literals read once', () => {
  it('give the same frozen value each time, which a caller cannot change', () => {
    const a = dec('0.18');
    expect(dec('0.18')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as unknown as { n: bigint }).n = 5n;
    }).toThrow(TypeError);
    expect(dec('0.18').toString()).toBe('0.18');
    expect(dec(0.18)).toBe(dec(0.18));
  });

  test.prop([fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 5000, maxLength: 5000 })], {
    numRuns: 2,
  })('stay right past the cache size (a full cache starts afresh)', (xs) => {
    for (const x of xs) {
      const text = `${x}.${String(Math.abs(x) % 97).padStart(2, '0')}`;
      expect(dec(text).toFixed(2, 'halfUp')).toBe(new Decimal(text).toFixed(2));
    }
  });
});
