/**
 * Whole-number helpers of the exact arithmetic (BigInt): powers of ten, greatest common divisor,
 * rounding a quotient to whole units by a named mode, and decimal text.
 */
import type { RoundingMode } from './types.js';

/** 0n (BigInt literals need ES2020 syntax; the constants keep the sources plain). */
export const B0 = BigInt(0);
/** 1n. */
export const B1 = BigInt(1);
/** 2n. */
export const B2 = BigInt(2);
/** 5n. */
export const B5 = BigInt(5);
/** 10n. */
export const B10 = BigInt(10);

const POW10: bigint[] = [B1];
/**
 * 10^k as a BigInt (cached for the small k that rounding uses).
 *
 * @param k - the exponent, 0 or more
 * @returns 10^k
 * @example
 * ```ts
 * pow10(2); // 100n
 * ```
 */
export function pow10(k: number): bigint {
  if (k < 64) {
    for (let i = POW10.length; i <= k; i++) POW10.push((POW10[i - 1] ?? B1) * B10);
    return POW10[k] ?? B1;
  }
  return B10 ** BigInt(k);
}

/** |x|. */
export const abs = (x: bigint): bigint => (x < B0 ? -x : x);

/**
 * The greatest common divisor (Euclid), never negative.
 *
 * @param a - a whole number
 * @param b - a whole number
 * @returns gcd(|a|, |b|)
 * @example
 * ```ts
 * gcd(12n, -18n); // 6n
 * ```
 */
export function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== B0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/**
 * n ÷ d rounded to a whole number with a named mode, decided on the exact remainder.
 *
 * @param n - numerator
 * @param d - denominator, positive
 * @param mode - the rounding mode
 * @returns the rounded quotient
 * @example
 * ```ts
 * roundedUnits(875n, 10n, 'halfUp'); // 88n
 * ```
 */
export function roundedUnits(n: bigint, d: bigint, mode: RoundingMode): bigint {
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

/**
 * Whole units of 10^-places as a plain decimal string.
 *
 * @param units - the value in units of 10^-places (a BigInt, or a safe integer number)
 * @param places - decimal places
 * @returns the text
 * @example
 * ```ts
 * digits(-5n, 2); // "-0.05"
 * ```
 */
export function digits(units: bigint | number, places: number): string {
  if (units === 0 || units === B0) return places === 0 ? '0' : `0.${'0'.repeat(places)}`;
  const negative = units < 0;
  // A safe integer prints as plain digits (exponent form starts at 1e21).
  let text = (negative ? -units : units).toString();
  if (places > 0) {
    if (text.length <= places) text = '0'.repeat(places - text.length + 1) + text;
    text = `${text.slice(0, text.length - places)}.${text.slice(text.length - places)}`;
  }
  return negative ? `-${text}` : text;
}
