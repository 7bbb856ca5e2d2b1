/** The names of exact arithmetic shared by its modules. */

/**
 * A number as it may appear in JSON input: a finite number or a plain decimal string.
 *
 * @category Evaluate
 */
export type Num = number | string;

/**
 * Named rounding modes (舍入方式). `halfUp` is 四舍五入, the mode of Chinese evaluation tables.
 * `up` rounds away from zero, `down` towards zero; `ceil` and `floor` towards ±infinity.
 * @category Evaluate
 */
export type RoundingMode = 'halfUp' | 'halfEven' | 'halfDown' | 'up' | 'down' | 'ceil' | 'floor';

/**
 * All rounding mode names, in a stable order (for schemas and docs).
 *
 * @example
 * ```ts
 * ROUNDING_MODES.includes('halfUp'); // true (四舍五入, the default)
 * ```
 * @category Evaluate
 */
export const ROUNDING_MODES = [
  'halfUp',
  'halfEven',
  'halfDown',
  'up',
  'down',
  'ceil',
  'floor',
] as const satisfies readonly RoundingMode[];
