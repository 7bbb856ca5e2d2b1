/**
 * Checks of arrays a JavaScript caller passes, which may have holes.
 */

/**
 * Whether `value` is an array every element of which passes `test`, holes included: `[, 1]` has a
 * hole at 0, which `Array.prototype.every` skips but a `for…of` loop reads as `undefined`.
 *
 * @param value - anything
 * @param test - the check of one element
 * @returns true when `value` is such an array
 * @example
 * ```ts
 * isArrayOf(['a', 1], (p) => typeof p === 'string' || typeof p === 'number'); // true
 * isArrayOf([, 'a'], (p) => typeof p === 'string'); // false: the hole is undefined
 * ```
 */
export function isArrayOf<T>(value: unknown, test: (item: unknown) => item is T): value is T[];
export function isArrayOf(value: unknown, test: (item: unknown) => boolean): value is unknown[];
export function isArrayOf(value: unknown, test: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  // for…of reads a hole as undefined, where every() would skip it.
  for (const item of value as unknown[]) if (!test(item)) return false;
  return true;
}
