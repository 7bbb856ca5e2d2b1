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

/** Marks the internal constructor call that passes a small numerator and denominator. */
const SMALL: unique symbol = Symbol('small');

/**
 * An exact rational number. Immutable; every operation returns a new value in lowest terms.
 * Build one with `dec`.
 *
 * Two representations, one value: while numerator and denominator are safe integers (|x| < 2^53,
 * which holds for every score, weight and rate of a real table) they are kept as JavaScript numbers
 * and the arithmetic is integer arithmetic on numbers, checked for overflow at every step; beyond
 * that, or when a step would leave the safe range, the same operation is done on BigInt. A value
 * that fits is always kept small, so each value has exactly one form. A property test over a
 * million cases (test/decimal/paths.test.ts) shows both paths agree with an independent BigInt
 * reference and with decimal.js to the last digit.
 *
 * @example
 * ```ts
 * dec('3.75').times(7).div(30).toString(); // "0.875"
 * dec(1).div(3).toString(); // "1/3"
 * ```
 * @category Evaluate
 */
export class Exact {
  /** Numerator while small (safe integer), else 0. */
  private readonly p: number;
  /** Denominator while small (a positive safe integer), else 0: `q === 0` marks a big value. */
  private readonly q: number;
  /** Numerator of a big value (0n while small). */
  private readonly bn: bigint;
  /** Denominator of a big value (0n while small). */
  private readonly bd: bigint;

  /**
   * @param n - numerator
   * @param d - denominator, not zero (the fraction is reduced and the sign moved up)
   */
  constructor(n: bigint, d: bigint = B1, tag?: typeof SMALL) {
    if (tag === SMALL) {
      // Internal: n and d are safe integer numbers in lowest terms, d > 0 (see `small`).
      const p = n as unknown as number;
      this.p = p === 0 ? 0 : p; // never -0
      this.q = d as unknown as number;
      this.bn = B0;
      this.bd = B0;
      return;
    }
    if (typeof n !== 'bigint') throw argumentError('n', BIGINT, n);
    if (typeof d !== 'bigint') throw argumentError('d', BIGINT, d);
    if (d === B0) throw argumentError('d', NONZERO, d);
    if (abs(n) > LIMIT || abs(d) > LIMIT) throw argumentError('n', WITHIN, n);
    let rn = n;
    let rd = d;
    if (n === B0) rd = B1;
    else if (d !== B1) {
      const g = gcd(n, d);
      const sign = d < B0 ? -B1 : B1;
      rn = (sign * n) / g;
      rd = (sign * d) / g;
    }
    if (rn >= MIN_BIG && rn <= MAX_BIG && rd <= MAX_BIG) {
      this.p = Number(rn);
      this.q = Number(rd);
      this.bn = B0;
      this.bd = B0;
    } else {
      this.p = 0;
      this.q = 0;
      this.bn = rn;
      this.bd = rd;
    }
  }

  /** Numerator (sign of the value), as a BigInt. */
  get n(): bigint {
    return this.q !== 0 ? BigInt(this.p) : this.bn;
  }

  /** Denominator, always positive and coprime with the numerator, as a BigInt. */
  get d(): bigint {
    return this.q !== 0 ? BigInt(this.q) : this.bd;
  }

  /** this + x. */
  plus(x: Operand): Exact {
    const y = of(x);
    if (this.q !== 0 && y.q !== 0) {
      const r = addSmall(this.p, this.q, y.p, y.q);
      if (r) return r;
    }
    return new Exact(this.n * y.d + y.n * this.d, this.d * y.d);
  }

  /** this − x. */
  minus(x: Operand): Exact {
    const y = of(x);
    if (this.q !== 0 && y.q !== 0) {
      const r = addSmall(this.p, this.q, -y.p, y.q);
      if (r) return r;
    }
    return new Exact(this.n * y.d - y.n * this.d, this.d * y.d);
  }

  /** this × x. */
  times(x: Operand): Exact {
    const y = of(x);
    if (this.q !== 0 && y.q !== 0) {
      const r = mulSmall(this.p, this.q, y.p, y.q);
      if (r) return r;
    }
    return new Exact(this.n * y.n, this.d * y.d);
  }

  /**
   * this ÷ x, exactly.
   *
   * @throws {@link JixiaoError} when x is zero (callers check first and report their own issue)
   */
  div(x: Operand): Exact {
    const y = of(x);
    if (y.isZero()) throw argumentError('x', NONZERO, x);
    if (this.q !== 0 && y.q !== 0) {
      const r = y.p < 0 ? mulSmall(this.p, this.q, -y.q, -y.p) : mulSmall(this.p, this.q, y.q, y.p);
      if (r) return r;
    }
    return new Exact(this.n * y.d, this.d * y.n);
  }

  /** −this. */
  neg(): Exact {
    if (this.q !== 0) return this.p === 0 ? this : small(-this.p, this.q);
    return new Exact(-this.bn, this.bd);
  }

  /** |this|. */
  abs(): Exact {
    return this.isNeg() ? this.neg() : this;
  }

  /** −1, 0 or 1 as this is below, equal to or above x. */
  cmp(x: Operand): number {
    const y = of(x);
    if (this.q !== 0 && y.q !== 0) {
      if (this.q === y.q) return this.p < y.p ? -1 : this.p > y.p ? 1 : 0;
      const l = this.p * y.q;
      const r = y.p * this.q;
      if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l < r ? -1 : l > r ? 1 : 0;
    }
    const l = this.n * y.d;
    const r = y.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  /** Same as {@link Exact.cmp}. */
  comparedTo(x: Operand): number {
    return this.cmp(x);
  }

  /** this = x. */
  eq(x: Operand): boolean {
    const y = of(x);
    // One form per value: a small value is never equal to a big one.
    if (this.q !== 0 || y.q !== 0) return this.p === y.p && this.q === y.q;
    return this.bn === y.bn && this.bd === y.bd;
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
    return this.q !== 0 && this.p === 0;
  }

  /** this < 0. */
  isNeg(): boolean {
    return this.q !== 0 ? this.p < 0 : this.bn < B0;
  }

  /** Whether this is a whole number. */
  isInteger(): boolean {
    return this.q !== 0 ? this.q === 1 : this.bd === B1;
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
    const units = this.q !== 0 ? smallUnits(this.p, this.q, places, mode) : null;
    if (units !== null) return small(units, POW10N[places] ?? 1, true);
    const scale = pow10(places);
    return new Exact(roundedUnits(this.n * scale, this.d, mode), scale);
  }

  /**
   * Decimal places of the exact value: 2 for 97.94, 3 for 7/8, `Infinity` when the decimal
   * expansion does not end (1/3).
   */
  decimalPlaces(): number {
    if (this.q !== 0) {
      let d = this.q;
      let twos = 0;
      let fives = 0;
      while (d % 2 === 0) {
        d /= 2;
        twos++;
      }
      while (d % 5 === 0) {
        d /= 5;
        fives++;
      }
      return d === 1 ? Math.max(twos, fives) : Infinity;
    }
    let d = this.bd;
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
    const units = this.q !== 0 ? smallUnits(this.p, this.q, places, mode) : null;
    if (units !== null) return digits(units, places);
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
    const units = this.q !== 0 ? smallUnits(this.p, this.q, places, 'down') : null;
    if (units !== null) return digits(units, places);
    return digits((this.n * pow10(places)) / this.d, places);
  }

  /** The same as {@link Exact.toString}, so values serialise as text. */
  toJSON(): string {
    return this.toString();
  }
}

/** Bounds of a safe integer, as BigInt. */
const MAX_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_BIG = -MAX_BIG;

/** 10^k as a number, exact for k ≤ 15 (the powers the small path uses). */
const POW10N: readonly number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** gcd of two safe integers, b > 0. */
function gcdN(a: number, b: number): number {
  let x = a < 0 ? -a : a;
  let y = b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** A small value from safe integers p / q (q > 0): reduced when `reduce`, else already in lowest terms. */
function small(p: number, q: number, reduce = false): Exact {
  if (p === 0) return ZERO;
  if (reduce && q !== 1) {
    const g = gcdN(p, q);
    if (g !== 1) return new Exact((p / g) as never, (q / g) as never, SMALL);
  }
  return new Exact(p as never, q as never, SMALL);
}

/** p1/q1 + p2/q2 on safe integers, or `null` when a step would leave the safe range. */
function addSmall(p1: number, q1: number, p2: number, q2: number): Exact | null {
  if (q1 === q2) {
    const s = p1 + p2;
    return Number.isSafeInteger(s) ? small(s, q1, q1 !== 1) : null;
  }
  if (q1 === 1 || q2 === 1) {
    // n/1 + p/q = (n·q + p)/q, already in lowest terms: gcd(n·q + p, q) = gcd(p, q) = 1.
    const q = q1 === 1 ? q2 : q1;
    const nq = (q1 === 1 ? p1 : p2) * q;
    const s = nq + (q1 === 1 ? p2 : p1);
    return Number.isSafeInteger(nq) && Number.isSafeInteger(s) ? small(s, q) : null;
  }
  const g = gcdN(q1, q2);
  const a = p1 * (q2 / g);
  const b = p2 * (q1 / g);
  const d = (q1 / g) * q2;
  const s = a + b;
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || !Number.isSafeInteger(d)) return null;
  return Number.isSafeInteger(s) ? small(s, d, true) : null;
}

/** (p1/q1) × (p2/q2), both in lowest terms, q2 > 0, or `null` when a product is not safe. */
function mulSmall(p1: number, q1: number, p2: number, q2: number): Exact | null {
  if (p1 === 0 || p2 === 0) return ZERO;
  // Cross-reduce, so that the result is in lowest terms without another gcd.
  const g1 = q2 === 1 ? 1 : gcdN(p1, q2);
  const g2 = q1 === 1 ? 1 : gcdN(p2, q1);
  const n = (p1 / g1) * (p2 / g2);
  const d = (q1 / g2) * (q2 / g1);
  return Number.isSafeInteger(n) && Number.isSafeInteger(d) ? small(n, d) : null;
}

/**
 * p/q × 10^places rounded to a whole number by `mode`, on safe integers, or `null` when a step
 * would leave the safe range (the BigInt path then decides). `%` and the division of an exact
 * multiple are exact on numbers of this size.
 */
function smallUnits(p: number, q: number, places: number, mode: RoundingMode): number | null {
  const scale = POW10N[places];
  if (scale === undefined) return null;
  const n = p * scale;
  if (!Number.isSafeInteger(n)) return null;
  const r = n % q;
  const t = (n - r) / q; // truncated towards zero, exactly
  if (r === 0) return t + 0;
  const negative = n < 0;
  const away = negative ? t - 1 : t + 1;
  let out: number;
  switch (mode) {
    case 'down':
      out = t;
      break;
    case 'up':
      out = away;
      break;
    case 'ceil':
      out = negative ? t : away;
      break;
    case 'floor':
      out = negative ? away : t;
      break;
    default: {
      const twice = (r < 0 ? -r : r) * 2;
      if (twice > q) out = away;
      else if (twice < q) out = t;
      else if (mode === 'halfUp') out = away;
      else if (mode === 'halfDown') out = t;
      else out = t % 2 === 0 ? t : away; // halfEven
    }
  }
  return out + 0; // never -0
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
  const shift = e - frac.length;
  const all = int + frac;
  if (all.length <= 15 && shift >= -15 && shift <= 0) {
    // Up to 15 digits: the numerator and 10^-shift are safe integers.
    const p = Number(all === '' ? '0' : all);
    return small(sign === '-' ? -p : p, POW10N[-shift] ?? 1, true);
  }
  let n = BigInt(all === '' ? '0' : all);
  if (sign === '-') n = -n;
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
  if (typeof value === 'number' && Number.isSafeInteger(value)) return small(value, 1);
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
    Object.freeze(parsed);
    literals.set(text, parsed);
  }
  return parsed;
}

/** Exact zero. */
export const ZERO: Dec = new Exact(B0);
/** Exact one. */
export const ONE: Dec = new Exact(B1);
/** Exact one hundred. */
export const HUNDRED: Dec = new Exact(BigInt(100));
