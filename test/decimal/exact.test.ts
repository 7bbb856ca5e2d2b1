/**
 * The two paths of exact arithmetic agree: values kept as safe-integer numbers and values on BigInt
 * give the same results, to the last digit, as an independent BigInt reference (test/exactness/
 * reference.ts, no code shared with src/) and, where decimal.js is exact, as decimal.js.
 *
 * The operands straddle the edge between the paths (numerators and denominators around 2^53), so
 * every operation is seen on small values, on big ones, and on small values whose result does not
 * fit. `EXACT_RUNS` sets the number of cases: `.ci/run` runs a million.
 */
import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Exact, ROUNDING_MODES, dec, plain, type RoundingMode } from '../../src/decimal.js';
import { Frac, roundText } from '../exactness/reference.js';
import { runs } from '../setup/props.js';

const RUNS = Number(process.env.EXACT_RUNS ?? 10_000);
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** decimal.js with enough digits that +, −, × of the values below are exact. */
const R = Decimal.clone({ defaults: true, precision: 400, toExpNeg: -500, toExpPos: 500 });

interface Operand {
  readonly exact: Exact;
  readonly frac: Frac;
  /** The decimal text, when the operand has one (not a quotient). */
  readonly text: string | null;
}

const fromText = (text: string): Operand => ({
  exact: dec(text),
  frac: (() => {
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
    if (!m) throw new Error(text);
    const f = m[3] ?? '';
    return new Frac(BigInt(`${m[2]}${f}`) * (m[1] === '-' ? -1n : 1n), 10n ** BigInt(f.length));
  })(),
  text,
});

const digitsText = (neg: boolean, int: bigint, frac: string): string =>
  `${neg && (int !== 0n || /[1-9]/.test(frac)) ? '-' : ''}${int.toString()}${frac === '' ? '' : `.${frac}`}`;

/** Decimal texts: short ones (the small path), around 2^53, and long ones (BigInt). */
const text = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 7n }), fc.stringMatching(/^\d{0,8}$/))
    .map(([n, i, f]) => digitsText(n, i, f)),
  fc
    .tuple(fc.boolean(), fc.bigInt({ min: -1000n, max: 1000n }))
    .map(([n, k]) => digitsText(n, (k < 0n ? -k : k) + MAX - 500n, '')),
  fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.stringMatching(/^\d{5,9}$/))
    .map(([n, i, f]) => digitsText(n, i, f)),
  fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.stringMatching(/^\d{0,12}$/))
    .map(([n, i, f]) => digitsText(n, i, f)),
);

/** Operands: decimal texts and quotients of them (denominators up to about 2^53 and beyond). */
const operand: fc.Arbitrary<Operand> = fc.oneof(
  { arbitrary: text.map(fromText), weight: 3 },
  {
    arbitrary: fc
      .tuple(
        text,
        fc.oneof(
          fc.integer({ min: 1, max: 1_000_003 }),
          fc.constantFrom(3, 7, 9_007_199_254_740_881),
        ),
      )
      .map(([t, q]) => {
        const a = fromText(t);
        return {
          exact: a.exact.div(q),
          frac: a.frac.div(new Frac(BigInt(q))),
          text: null,
        };
      }),
    weight: 1,
  },
);

type OpName = 'plus' | 'minus' | 'times' | 'div';
const step = fc.tuple(fc.constantFrom<OpName>('plus', 'minus', 'times', 'div'), operand);
const mode = fc.constantFrom(...ROUNDING_MODES);

/** The representation is canonical: small exactly when numerator and denominator are safe. */
function canonical(x: Exact): void {
  const fits = x.n >= -MAX && x.n <= MAX && x.d <= MAX;
  expect((x as unknown as { q: number }).q !== 0).toBe(fits);
}

function same(x: Exact, f: Frac): void {
  expect(x.n).toBe(f.n);
  expect(x.d).toBe(f.d);
  canonical(x);
}

describe('the small (safe-integer) and the BigInt path of exact arithmetic', () => {
  test.prop(
    [
      operand,
      fc.array(step, { minLength: 1, maxLength: 4 }),
      operand,
      mode,
      fc.oneof(fc.nat(12), fc.constant(-1)),
    ],
    {
      numRuns: runs(RUNS),
    },
  )(
    'agree with an independent BigInt reference and with decimal.js to the last digit',
    (start, steps, other, m: RoundingMode, chosen) => {
      let x = start.exact;
      let f = start.frac;
      // decimal.js follows while every step is exact in it (no division).
      let d: Decimal | null = start.text === null ? null : new R(start.text);
      same(x, f);
      for (const [op, y] of steps) {
        if (op === 'div' && y.frac.isZero()) {
          expect(() => x.div(y.exact)).toThrow();
          continue;
        }
        x = x[op](y.exact);
        f =
          op === 'plus'
            ? f.add(y.frac)
            : op === 'minus'
              ? f.sub(y.frac)
              : op === 'times'
                ? f.mul(y.frac)
                : f.div(y.frac);
        d =
          d === null || y.text === null || op === 'div'
            ? null
            : op === 'plus'
              ? d.plus(y.text)
              : op === 'minus'
                ? d.minus(y.text)
                : d.times(y.text);
        same(x, f);
      }
      // Rounding and printing; -1 rounds off the last decimal, where ties are.
      const last = x.decimalPlaces();
      const places =
        chosen >= 0 ? chosen : last === Infinity ? 2 : Math.min(12, Math.max(0, last - 1));
      expect(x.toFixed(places, m)).toBe(roundText(f, places, m));
      const r = x.round(places, m);
      expect(r.toFixed(places)).toBe(roundText(f, places, m));
      canonical(r);
      // Comparison.
      expect(x.cmp(other.exact)).toBe(f.cmp(other.frac));
      expect(x.eq(other.exact)).toBe(f.cmp(other.frac) === 0);
      expect(x.isZero()).toBe(f.isZero());
      expect(x.isNeg()).toBe(f.n < 0n);
      // Against decimal.js where it is exact.
      if (d !== null) {
        expect(x.decimalPlaces()).toBe(d.decimalPlaces());
        expect(x.toString()).toBe(d.toFixed());
        expect(x.toFixed(places, m)).toBe(
          d.toFixed(
            places,
            { halfUp: 4, halfEven: 6, halfDown: 5, up: 0, down: 1, ceil: 2, floor: 3 }[
              m
            ] as Decimal.Rounding,
          ),
        );
      } else if (x.decimalPlaces() === Infinity) {
        expect(x.toString()).toBe(`${f.n.toString()}/${f.d.toString()}`);
      }
    },
    // About 0.2 ms a case on a slow machine: a million take minutes.
    Math.max(60_000, RUNS),
  );

  test.prop([operand, fc.integer({ min: 0, max: 24 })], { numRuns: runs(5000) })(
    'plain() is the value rounded half-up to at most k places, without trailing zeros',
    (x, k) => {
      const text = roundText(x.frac, k, 'halfUp');
      const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
      expect(plain(x.exact, k)).toBe(trimmed === '-0' ? '0' : trimmed);
    },
  );

  it('keeps the path edge exact: 2^53 − 1 and one beyond', () => {
    const top = dec(Number.MAX_SAFE_INTEGER);
    canonical(top);
    const beyond = top.plus(1);
    expect(beyond.toString()).toBe('9007199254740992');
    canonical(beyond);
    expect(beyond.minus(1).eq(top)).toBe(true);
    canonical(beyond.minus(1));
    expect(top.times(top).toString()).toBe((MAX * MAX).toString());
    expect(dec(1).div(Number.MAX_SAFE_INTEGER).plus(dec(1).div(3)).d).toBe(MAX * 3n);
    expect(dec('0.1').plus('0.2').toString()).toBe('0.3');
    expect(dec(-0).toString()).toBe('0');
    expect(dec('-0.000').isNeg()).toBe(false);
  });
});
