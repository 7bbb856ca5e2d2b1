/**
 * The one place jixiao touches decimal.js. Every score, rate and weight is a `Dec` made by `D`,
 * an isolated clone: a host application's `Decimal.set(...)` never changes our arithmetic.
 */
import { Decimal } from 'decimal.js';

/**
 * The isolated decimal constructor used for all score arithmetic (40 significant digits,
 * half-up). `defaults: true` keeps it independent of the global decimal.js configuration.
 *
 * @example
 * ```ts
 * new D('0.1').plus('0.2').toFixed(2); // "0.30"
 * ```
 */
export const D = Decimal.clone({
  defaults: true,
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

/** An exact decimal value produced by {@link D}. */
export type Dec = Decimal;

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

const MODE_CODE: Record<RoundingMode, Decimal.Rounding> = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfDown: Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/** Exact zero. */
export const ZERO: Dec = new D(0);
/** Exact one. */
export const ONE: Dec = new D(1);
/** Exact one hundred. */
export const HUNDRED: Dec = new D(100);

/**
 * Converts an already validated JSON number (see `NumSchema`) into a decimal.
 *
 * @param value - a finite number or a plain decimal string
 * @returns the exact decimal
 * @example
 * ```ts
 * dec('97.94').plus(dec(0.06)).toString(); // "98"
 * ```
 */
export function dec(value: Num): Dec {
  return new D(value);
}

/**
 * Rounds a decimal to `places` decimal places with a named mode.
 *
 * @param value - the value to round
 * @param places - decimal places, 0 or more
 * @param mode - the rounding mode
 * @returns the rounded decimal (negative zero normalised to zero)
 * @example
 * ```ts
 * round(dec('89.995'), 2, 'halfUp').toFixed(2); // "90.00"
 * round(dec('2.345'), 2, 'halfEven').toFixed(2); // "2.34"
 * ```
 */
export function round(value: Dec, places: number, mode: RoundingMode): Dec {
  const r = value.toDecimalPlaces(places, MODE_CODE[mode]);
  return r.isZero() ? ZERO : r;
}

/**
 * Formats a decimal with exactly `places` decimals, never as `-0.00` and never in exponent form.
 * The value is first rounded half-up; round it yourself for another mode.
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
  // toFixed rounds with D's own mode (half-up); only a negative zero needs mending.
  const text = value.toFixed(places);
  return text.startsWith('-') && /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * Formats a decimal without trailing zeros (for thresholds and step counts in messages).
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
  const r = value.toDecimalPlaces(maxPlaces, Decimal.ROUND_HALF_UP);
  return r.isZero() ? '0' : r.toFixed();
}

/**
 * Clamps a decimal into `[lo, hi]`.
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
 * Counts the decimal places a value needs (`"2.50"` needs 1).
 *
 * @param value - the value
 * @returns the number of significant decimal places
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
  return (ULPS[places] ??= new D(10).pow(-places));
}
