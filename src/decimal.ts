/**
 * The one place jixiao does arithmetic on points, rates and weights. Every value is an exact
 * rational number — a BigInt numerator over a positive BigInt denominator, always in lowest terms —
 * so sums, products and quotients are exact, and a result is rounded once, from its exact value, when
 * it is displayed. A quotient such as 7 ÷ 30 stays 7/30: 3.75 × 7/30 is exactly 0.875, which 四舍五入
 * makes 0.88 (a decimal type with 40 significant digits gives 0.87499…9 → 0.87).
 *
 * decimal.js is the independent reference: a property test checks every operation here against it.
 * Why jixiao does not compute with decimal.js itself is in docs/decisions.md.
 */

import { argumentError } from './errors/arguments.js';

/** A number as it may appear in JSON input: a finite number or a plain decimal string. */
export type Num = number | string;

/**
 * Named rounding modes (舍入方式). `halfUp` is 四舍五入, the mode of Chinese evaluation tables.
 * `up` rounds away from zero, `down` towards zero; `ceil` and `floor` towards ±infinity.
 */
export type RoundingMode = 'halfUp' | 'halfEven' | 'halfDown' | 'up' | 'down' | 'ceil' | 'floor';

/** All rounding mode names, in a stable order (for schemas and docs). */
export const ROUNDING_MODES = [
  'halfUp',
  'halfEven',
  'halfDown',
  'up',
  'down',
  'ceil',
  'floor',
] as const satisfies readonly RoundingMode[];

const B0 = BigInt(0);
const B1 = BigInt(1);
const B2 = BigInt(2);
const B5 = BigInt(5);
const B10 = BigInt(10);

const POW10: bigint[] = [B1];
/** 10^k as a BigInt (cached for the small k that rounding uses). */
function pow10(k: number): bigint {
  if (k < 64) {
    for (let i = POW10.length; i <= k; i++) POW10.push((POW10[i - 1] ?? B1) * B10);
    return POW10[k] ?? B1;
  }
  return B10 ** BigInt(k);
}

const abs = (x: bigint): bigint => (x < B0 ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== B0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** A plain decimal literal, optionally in exponent form (what `String(number)` can produce). */
const LITERAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** The arguments arithmetic accepts: an exact value, a finite number or a decimal string. */
export type Operand = Exact | Num;

/**
 * An exact rational number. Immutable; every operation returns a new value in lowest terms.
 * Build one with {@link dec}.
 *
 * @example
 * ```ts
 * dec('3.75').times(7).div(30).toString(); // "0.875"
 * dec(1).div(3).toString(); // "1/3"
 * ```
 */
export class Exact {
  /** Numerator (sign of the value). */
  readonly n: bigint;
  /** Denominator, always positive and coprime with the numerator. */
  readonly d: bigint;

  /**
   * @param n - numerator
   * @param d - denominator, not zero (the fraction is reduced and the sign moved up)
   */
  constructor(n: bigint, d: bigint = B1) {
    if (typeof n !== 'bigint') throw argumentError('n', BIGINT, n);
    if (typeof d !== 'bigint') throw argumentError('d', BIGINT, d);
    if (d === B0) throw argumentError('d', NONZERO, d);
    if (abs(n) > LIMIT || abs(d) > LIMIT) throw argumentError('n', WITHIN, n);
    if (d === B1 || n === B0) {
      this.n = n;
      this.d = n === B0 ? B1 : d;
      return;
    }
    const g = gcd(n, d);
    const sign = d < B0 ? -B1 : B1;
    this.n = (sign * n) / g;
    this.d = (sign * d) / g;
  }

  /** this + x. */
  plus(x: Operand): Exact {
    const y = of(x);
    if (this.d === y.d) return new Exact(this.n + y.n, this.d);
    return new Exact(this.n * y.d + y.n * this.d, this.d * y.d);
  }

  /** this − x. */
  minus(x: Operand): Exact {
    const y = of(x);
    if (this.d === y.d) return new Exact(this.n - y.n, this.d);
    return new Exact(this.n * y.d - y.n * this.d, this.d * y.d);
  }

  /** this × x. */
  times(x: Operand): Exact {
    const y = of(x);
    return new Exact(this.n * y.n, this.d * y.d);
  }

  /**
   * this ÷ x, exactly.
   *
   * @throws {@link JixiaoError} when x is zero (callers check first and report their own issue)
   */
  div(x: Operand): Exact {
    const y = of(x);
    if (y.n === B0) throw argumentError('x', NONZERO, x);
    return new Exact(this.n * y.d, this.d * y.n);
  }

  /** −this. */
  neg(): Exact {
    return this.n === B0 ? this : new Exact(-this.n, this.d);
  }

  /** |this|. */
  abs(): Exact {
    return this.n < B0 ? new Exact(-this.n, this.d) : this;
  }

  /** −1, 0 or 1 as this is below, equal to or above x. */
  cmp(x: Operand): number {
    const y = of(x);
    const l = this.d === y.d ? this.n : this.n * y.d;
    const r = this.d === y.d ? y.n : y.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  /** Same as {@link Exact.cmp}. */
  comparedTo(x: Operand): number {
    return this.cmp(x);
  }

  /** this = x. */
  eq(x: Operand): boolean {
    const y = of(x);
    return this.n === y.n && this.d === y.d;
  }

  /** this > x. */
  gt(x: Operand): boolean {
    return this.cmp(x) > 0;
  }

  /** this ≥ x. */
  gte(x: Operand): boolean {
    return this.cmp(x) >= 0;
  }

  /** this < x. */
  lt(x: Operand): boolean {
    return this.cmp(x) < 0;
  }

  /** this ≤ x. */
  lte(x: Operand): boolean {
    return this.cmp(x) <= 0;
  }

  /** this = 0. */
  isZero(): boolean {
    return this.n === B0;
  }

  /** this < 0. */
  isNeg(): boolean {
    return this.n < B0;
  }

  /** Whether this is a whole number. */
  isInteger(): boolean {
    return this.d === B1;
  }

  /** The largest whole number ≤ this. */
  floor(): Exact {
    return this.round(0, 'floor');
  }

  /** The smallest whole number ≥ this. */
  ceil(): Exact {
    return this.round(0, 'ceil');
  }

  /**
   * This rounded to `places` decimal places with a named mode, from the exact value.
   *
   * @param places - decimal places, 0 or more
   * @param mode - the rounding mode (default `halfUp`, 四舍五入)
   */
  round(places: number, mode: RoundingMode = 'halfUp'): Exact {
    checkRounding(places, mode);
    const scale = pow10(places);
    return new Exact(roundedUnits(this.n * scale, this.d, mode), scale);
  }

  /**
   * Decimal places of the exact value: 2 for 97.94, 3 for 7/8, `Infinity` when the decimal
   * expansion does not end (1/3).
   */
  decimalPlaces(): number {
    let d = this.d;
    let twos = 0;
    let fives = 0;
    while (d % B2 === B0) {
      d /= B2;
      twos++;
    }
    while (d % B5 === B0) {
      d /= B5;
      fives++;
    }
    return d === B1 ? Math.max(twos, fives) : Infinity;
  }

  /**
   * A plain decimal string with exactly `places` decimals, rounded from the exact value (never in
   * exponent form, never `-0.00`).
   *
   * @param places - decimal places
   * @param mode - the rounding mode (default `halfUp`)
   */
  toFixed(places: number, mode: RoundingMode = 'halfUp'): string {
    checkRounding(places, mode);
    return digits(roundedUnits(this.n * pow10(places), this.d, mode), places);
  }

  /**
   * The exact value as a plain decimal string when its expansion ends (`"0.875"`), else as a
   * fraction in lowest terms (`"7/30"`). Never in exponent form.
   */
  toString(): string {
    const places = this.decimalPlaces();
    if (places === Infinity) return `${this.n.toString()}/${this.d.toString()}`;
    // Exact: the expansion ends at `places`, so nothing is rounded.
    return digits((this.n * pow10(places)) / this.d, places);
  }

  /** The same as {@link Exact.toString}, so values serialise as text. */
  toJSON(): string {
    return this.toString();
  }
}

const BIGINT = { zh: 'BigInt 整数', en: 'a bigint' };
const NONZERO = { zh: '非零的数', en: 'a number other than zero' };
const WITHIN = {
  zh: '绝对值不超过 10^5000 的数（远超任何评价中的数）',
  en: 'a number within 10^±5000 (far beyond any figure of an evaluation)',
};

/**
 * Numerators and denominators beyond this are refused: no score comes near it, and arithmetic on
 * numbers of tens of thousands of digits would only cost time.
 */
const LIMIT = B10 ** BigInt(5000);

/** Longest decimal literal {@link dec} reads, and the largest exponent it accepts. */
export const MAX_LITERAL = 400;

/** Most decimal places a value is rounded or printed to (a bound on the string's length). */
export const MAX_PLACES = 100;

function checkRounding(places: unknown, mode: unknown): void {
  if (typeof places !== 'number' || !Number.isInteger(places) || places < 0 || places > MAX_PLACES)
    throw argumentError(
      'places',
      { zh: `0 到 ${MAX_PLACES} 的整数`, en: `a whole number from 0 to ${MAX_PLACES}` },
      places,
    );
  if (!(ROUNDING_MODES as readonly unknown[]).includes(mode))
    throw argumentError(
      'mode',
      {
        zh: `舍入方式之一：${ROUNDING_MODES.join('、')}`,
        en: `one of ${ROUNDING_MODES.join(', ')}`,
      },
      mode,
    );
}

/** `n × 10^-0 / d` rounded to a whole number of units with `mode`. */
function roundedUnits(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const q = n / d; // truncated towards zero
  const r = n - q * d;
  if (r === B0) return q;
  const negative = n < B0;
  const away = negative ? q - B1 : q + B1;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return away;
    case 'ceil':
      return negative ? q : away;
    case 'floor':
      return negative ? away : q;
    default: {
      const twice = abs(r) * B2;
      if (twice > d) return away;
      if (twice < d) return q;
      if (mode === 'halfUp') return away;
      if (mode === 'halfDown') return q;
      return abs(q) % B2 === B0 ? q : away; // halfEven
    }
  }
}

/** Whole units of 10^-places as a plain decimal string, e.g. (-5, 2) → "-0.05". */
function digits(units: bigint, places: number): string {
  if (units === B0) return places === 0 ? '0' : `0.${'0'.repeat(places)}`;
  const negative = units < B0;
  let text = abs(units).toString();
  if (places > 0) {
    if (text.length <= places) text = '0'.repeat(places - text.length + 1) + text;
    text = `${text.slice(0, text.length - places)}.${text.slice(text.length - places)}`;
  }
  return negative ? `-${text}` : text;
}

/**
 * Reads a decimal literal exactly: `"97.94"`, `"-0.5"`, `"1e-7"`, `"2E+3"`, `".5"`.
 *
 * @param text - the literal
 * @returns the value, or `null` when the text is not a decimal literal
 */
function parseLiteral(text: string): Exact | null {
  const m = LITERAL.exec(text);
  if (!m) return null;
  const [, sign = '', int = '', frac = '', exp] = m;
  if (int === '' && frac === '') return null;
  const e = exp === undefined ? 0 : Number(exp);
  // A literal beyond any number a document means (1e400000) would only cost memory.
  if (!Number.isSafeInteger(e) || Math.abs(e) > MAX_LITERAL) return null;
  let n = BigInt(int + frac === '' ? '0' : int + frac);
  if (sign === '-') n = -n;
  const shift = e - frac.length;
  return shift >= 0 ? new Exact(n * pow10(shift), B1) : new Exact(n, pow10(-shift));
}

function exactArgument(value: unknown): Exact {
  if (value instanceof Exact) return value;
  throw argumentError(
    'value',
    { zh: '由 dec() 得到的精确数值', en: 'an exact value made by dec()' },
    value,
  );
}

function of(x: Operand): Exact {
  return x instanceof Exact ? x : dec(x);
}

const NUMBER = {
  zh: '有限数字或十进制数字符串（如 "97.94"）',
  en: 'a finite number or a decimal string such as "97.94"',
};

/** An exact value, as the rest of jixiao names it. */
export type Dec = Exact;

/**
 * Converts a finite number or a decimal string into an exact value. A number is read as the
 * shortest decimal that prints it (`0.1` is one tenth, as written in JSON).
 *
 * @param value - a finite number, or a decimal string (exponent form allowed)
 * @returns the exact value
 * @throws {@link JixiaoError} for anything else (input is validated with zod before it gets here)
 * @example
 * ```ts
 * dec('97.94').plus(dec(0.06)).toString(); // "98"
 * ```
 */
export function dec(value: Operand | bigint): Exact {
  if (value instanceof Exact) return value;
  if (typeof value === 'bigint') return new Exact(value, B1);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return new Exact(BigInt(value), B1);
  const parsed =
    (typeof value === 'string' && value.length <= MAX_LITERAL) ||
    (typeof value === 'number' && Number.isFinite(value))
      ? parseLiteral(String(value))
      : null;
  if (!parsed) throw argumentError('value', NUMBER, value);
  return parsed;
}

/** Exact zero. */
export const ZERO: Dec = new Exact(B0);
/** Exact one. */
export const ONE: Dec = new Exact(B1);
/** Exact one hundred. */
export const HUNDRED: Dec = new Exact(BigInt(100));

/**
 * Rounds a value to `places` decimal places with a named mode, from its exact value.
 *
 * @param value - the value to round
 * @param places - decimal places, 0 or more
 * @param mode - the rounding mode
 * @returns the rounded value
 * @example
 * ```ts
 * round(dec('89.995'), 2, 'halfUp').toFixed(2); // "90.00"
 * round(dec('2.345'), 2, 'halfEven').toFixed(2); // "2.34"
 * ```
 */
export function round(value: Dec, places: number, mode: RoundingMode): Dec {
  return exactArgument(value).round(places, mode);
}

/**
 * Formats a value with exactly `places` decimals, rounded half-up from the exact value; never
 * `-0.00`, never in exponent form.
 *
 * @param value - the value to format
 * @param places - decimal places
 * @returns a decimal string such as `"97.94"`
 * @example
 * ```ts
 * fmt(dec('-0.001'), 2); // "0.00"
 * ```
 */
export function fmt(value: Dec, places: number): string {
  return exactArgument(value).toFixed(places, 'halfUp');
}

/**
 * Formats a value without trailing zeros (for thresholds and step counts in messages).
 *
 * @param value - the value to format
 * @param maxPlaces - the most decimals to show (rounded half-up beyond that)
 * @returns a plain string such as `"2"` or `"0.5"`
 * @example
 * ```ts
 * plain(dec('2.500')); // "2.5"
 * ```
 */
export function plain(value: Dec, maxPlaces = 4): string {
  const text = value.toFixed(maxPlaces, 'halfUp');
  if (!text.includes('.')) return text;
  const trimmed = text.replace(/\.?0+$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}

/**
 * Clamps a value into `[lo, hi]`.
 *
 * @param value - the value
 * @param lo - lower bound
 * @param hi - upper bound
 * @returns `lo` if below, `hi` if above, else `value`
 * @example
 * ```ts
 * clamp(dec('1.2'), ZERO, ONE).toString(); // "1"
 * ```
 */
export function clamp(value: Dec, lo: Dec, hi: Dec): Dec {
  if (value.lt(lo)) return lo;
  if (value.gt(hi)) return hi;
  return value;
}

/**
 * Counts the decimal places a value needs (`"2.50"` needs 1; 1/3 needs `Infinity`).
 *
 * @param value - the value
 * @returns the number of decimal places of the exact value
 * @example
 * ```ts
 * placesOf(dec('0.125')); // 3
 * ```
 */
export function placesOf(value: Dec): number {
  return value.decimalPlaces();
}

const ULPS: Dec[] = [];

/**
 * One unit in the last of `places` decimal places, 10^-places (made once per places value).
 *
 * @param places - decimal places, 0 or more
 * @returns 10^-places
 * @example
 * ```ts
 * ulp(2).toString(); // "0.01"
 * ```
 */
export function ulp(places: number): Dec {
  return (ULPS[places] ??= new Exact(B1, pow10(places)));
}

/**
 * A value for a message: exact when its decimal expansion ends within 20 places (`"100.00001"`),
 * else 10 decimals and an ellipsis (`"0.3333333333…"`).
 *
 * @param value - the value
 * @returns the text
 * @example
 * ```ts
 * exactText(dec(1).div(3)); // "0.3333333333…"
 * ```
 */
export function exactText(value: Dec): string {
  return value.decimalPlaces() <= 20 ? value.toString() : `${value.toFixed(10, 'down')}…`;
}
