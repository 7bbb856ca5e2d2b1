/**
 * Rounding and printing of exact values, and the small helpers every rule uses.
 */
import { argumentError } from '../errors/arguments.js';
import { B1, pow10 } from './integers.js';
import { Exact, type Dec } from './exact.js';
import type { RoundingMode } from './types.js';

function exactArgument(value: unknown): Exact {
  if (value instanceof Exact) return value;
  throw argumentError(
    'value',
    { zh: '由 dec() 得到的精确数值', en: 'an exact value made by dec()' },
    value,
  );
}

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
  // Exact within the places (the usual case): its shortest text, no rounding, no zeros to trim.
  if (value.decimalPlaces() <= maxPlaces) return value.toString();
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
