/**
 * `Exact`: an exact rational number, and `dec`, which makes one from JSON input.
 */
import { registerCache } from '../caches.js';
import { argumentError } from '../errors/arguments.js';
import { B0, B1, B10, B2, B5, abs, digits, gcd, pow10, roundedUnits } from './integers.js';
import { ROUNDING_MODES, type Num, type RoundingMode } from './types.js';

/** A plain decimal literal, optionally in exponent form (what `String(number)` can produce). */
const LITERAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * The arguments arithmetic accepts: an exact value, a finite number or a decimal string.
 *
 * @category Evaluate
 */
export type Operand = Exact | Num;

/**
 * An exact rational number. Immutable; every operation returns a new value in lowest terms.
 * Build one with `dec`.
 *
 * @example
 * ```ts
 * dec('3.75').times(7).div(30).toString(); // "0.875"
 * dec(1).div(3).toString(); // "1/3"
 * ```
 * @category Evaluate
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

/** Longest decimal literal `dec` reads, and the largest exponent it accepts. */
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

function of(x: Operand): Exact {
  return x instanceof Exact ? x : dec(x);
}

const NUMBER = {
  zh: '有限数字或十进制数字符串（如 "97.94"）',
  en: 'a finite number or a decimal string such as "97.94"',
};

/**
 * Literals already read. The same few figures ("0.18", "1.3", "100") recur in every row and table,
 * and reading one costs a regular expression and BigInt arithmetic. Values are immutable (frozen
 * here besides), keys are short, and a full map starts afresh, so memory stays bounded.
 */
const literals = new Map<string, Exact>();
/** Longest literal kept in {@link literals}. */
const LITERAL_CACHE_KEY = 24;
/** Most literals kept. */
const LITERAL_CACHE_SIZE = 4096;
registerCache(() => {
  literals.clear();
});

/**
 * An exact value, as the rest of jixiao names it.
 *
 * @category Evaluate
 */
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
  const text =
    (typeof value === 'string' && value.length <= MAX_LITERAL) ||
    (typeof value === 'number' && Number.isFinite(value))
      ? String(value)
      : null;
  const known = text !== null && text.length <= LITERAL_CACHE_KEY ? literals.get(text) : undefined;
  if (known) return known;
  const parsed = text === null ? null : parseLiteral(text);
  if (!parsed) throw argumentError('value', NUMBER, value);
  if (text !== null && text.length <= LITERAL_CACHE_KEY) {
    if (literals.size >= LITERAL_CACHE_SIZE) literals.clear();
    literals.set(text, Object.freeze(parsed));
  }
  return parsed;
}

/** Exact zero. */
export const ZERO: Dec = new Exact(B0);
/** Exact one. */
export const ONE: Dec = new Exact(B1);
/** Exact one hundred. */
export const HUNDRED: Dec = new Exact(BigInt(100));
