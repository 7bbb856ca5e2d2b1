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

export { ROUNDING_MODES, type Num, type RoundingMode } from './decimal/types.js';
export {
  Exact,
  HUNDRED,
  MAX_LITERAL,
  MAX_PLACES,
  ONE,
  ZERO,
  dec,
  type Dec,
  type Operand,
} from './decimal/exact.js';
export { clamp, exactText, fmt, placesOf, plain, round, ulp } from './decimal/format.js';
