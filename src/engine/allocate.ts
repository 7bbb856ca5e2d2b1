/**
 * Largest-remainder allocation on a decimal grid: parts that must still add up to a given total
 * after rounding (dinero's `allocate`, for scores). Used for redistributed weights and for the
 * displayed parts under total-stage rounding.
 */
import { ZERO, ulp, type Dec } from '../decimal.js';

/**
 * Rounds `values` down to multiples of 10^-places, then adds one unit to the values with the
 * largest remainders (earlier first on ties) until the parts add up to `target`. A value that is
 * already on the grid never receives a unit, so no part ever exceeds its exact value by a unit
 * when it had nothing left over, and every part stays within one unit of its exact value.
 *
 * Precondition: `target` is on the grid and lies between the sum of the rounded-down values and
 * that sum plus one unit per value with a remainder (true when `target` is a rounding of the exact
 * sum, or the exact sum itself).
 *
 * @param target - the total the parts must add up to
 * @param values - exact non-negative parts
 * @param places - grid decimal places
 * @returns the parts on the grid, same order
 * @example
 * ```ts
 * allocate(dec(10), [dec('3.333'), dec('3.333'), dec('3.334')], 2).map(String); // ["3.33", "3.33", "3.34"]
 * ```
 */
export function allocate(target: Dec, values: readonly Dec[], places: number): Dec[] {
  const unit = ulp(places);
  const floors = values.map((v) => v.round(places, 'down'));
  const sum = floors.reduce((s, f) => s.plus(f), ZERO);
  let units = Number(target.minus(sum).div(unit).round(0).n);
  // The sort is stable (ES2019): equal remainders keep their order, earlier first.
  const order = values
    .map((v, i) => ({ i, rem: v.minus(floors[i] ?? ZERO) }))
    .filter((r) => r.rem.gt(0))
    .sort((a, b) => b.rem.comparedTo(a.rem));
  for (const { i } of order) {
    if (units <= 0) break;
    floors[i] = (floors[i] ?? ZERO).plus(unit);
    units--;
  }
  return floors;
}
