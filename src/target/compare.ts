/**
 * How a quantitative 实际完成值 scores against its 指标值, following 财预〔2020〕10号 as production
 * 自评 systems implement it (A = 指标值, B = 实际完成值, negative B read as 0):
 * - 正向 (≥, >) and "=" with A > 0: B ≥ A → full; B < A → B ÷ A of the weight.
 * - "=" with A = 0: B ≤ 0 → full, else nothing.
 * - 反向 (≤, <): B ≤ A → full; A < B < 2A → 1 − (B − A) ÷ A; B ≥ 2A → nothing.
 * - A range [A1, A2]: inside → full; below → B ÷ A1; above → the 反向 formula on A2 (jixiao's
 *   reading: the documents give no formula for ranges).
 * Targets at or below zero use |A| as the scale (jixiao's reading: "≤ −5%" 变动率).
 */
import { Exact, ONE, ZERO, type Dec } from '../decimal.js';
import { argumentError } from '../errors/arguments.js';
import type { TargetOp } from './read.js';

const OPS: readonly unknown[] = ['>=', '<=', '=', '>', '<'];
const EXACT = { zh: '由 dec() 得到的精确数值', en: 'an exact value made by dec()' };

/** Checks the arguments of the exports below (JavaScript callers are not checked by tsc). */
function check(op: unknown, values: Record<string, unknown>): void {
  if (op !== undefined && !OPS.includes(op))
    throw argumentError('op', { zh: '>=、<=、=、> 或 <', en: 'one of >=, <=, =, >, <' }, op);
  for (const [name, value] of Object.entries(values))
    if (!(value instanceof Exact)) throw argumentError(name, EXACT, value);
}

/** The comparison of one actual with one target, in the target's unit. */
export interface Comparison {
  /** Share of the weight earned, in [0, 1]. */
  readonly rate: Dec;
  /** Whether the target is met. */
  readonly met: boolean;
  /** Which formula applied, for the trace. */
  readonly formula: 'met' | 'proportional' | 'reverse' | 'zeroTarget' | 'beyondDouble';
}

/**
 * Scores B against a comparator target A.
 *
 * @param op - the comparator
 * @param a - the target value
 * @param b - the actual value, in the target's unit
 * @returns rate, met and the formula used
 * @example
 * ```ts
 * compare('>=', dec(95), dec(90)).rate.toFixed(4); // "0.9474"
 * compare('<=', dec(90), dec(99)).rate.toFixed(2); // "0.90"
 * ```
 */
export function compare(op: TargetOp, a: Dec, b: Dec): Comparison {
  check(op, { a, b });
  if (op === '<=' || op === '<') return reverse(a, b, op === '<');
  if (op === '=' && a.isZero()) {
    return b.lte(0)
      ? { rate: ONE, met: true, formula: 'met' }
      : { rate: ZERO, met: false, formula: 'zeroTarget' };
  }
  return forward(a, b, op === '>');
}

function forward(a: Dec, b: Dec, strict: boolean): Comparison {
  const met = strict ? b.gt(a) : b.gte(a);
  if (b.gte(a)) return { rate: ONE, met, formula: 'met' };
  // Below the target: 1 − shortfall ÷ |A|, which is B ÷ A for A > 0 and measures "≥ −5%" against
  // 5; below zero it is zero.
  const scale = a.abs();
  const rate = scale.isZero() ? ZERO : ONE.minus(a.minus(b).div(scale));
  return { rate: rate.isNeg() ? ZERO : rate, met, formula: 'proportional' };
}

function reverse(a: Dec, b: Dec, strict: boolean): Comparison {
  const met = strict ? b.lt(a) : b.lte(a);
  if (b.lte(a)) return { rate: ONE, met, formula: 'met' };
  if (a.isZero()) return { rate: ZERO, met, formula: 'zeroTarget' };
  const scale = a.abs();
  if (b.minus(a).gte(scale)) return { rate: ZERO, met, formula: 'beyondDouble' };
  return { rate: ONE.minus(b.minus(a).div(scale)), met, formula: 'reverse' };
}

/**
 * Scores B against a range [A1, A2].
 *
 * @param min - the lower end
 * @param max - the upper end
 * @param b - the actual value
 * @returns rate, met and the formula used
 * @example
 * ```ts
 * compareRange(dec(90), dec(100), dec(95)).met; // true
 * ```
 */
export function compareRange(min: Dec, max: Dec, b: Dec): Comparison {
  check(undefined, { min, max, b });
  if (b.lt(min)) return forward(min, b, false);
  // At or below the upper end this is "met" (inside the range), above it the 反向 formula.
  return reverse(max, b, false);
}

/**
 * Whether B over-completes A: B ≥ threshold × A (A > 0, 正向 and "=" targets only).
 *
 * @param op - the comparator
 * @param a - the target value
 * @param b - the actual value
 * @param threshold - the ratio, 1.3 by default in practice
 * @returns true when over-completed
 * @example
 * ```ts
 * overCompleted('>=', dec(100), dec(130), dec('1.3')); // true
 * ```
 */
export function overCompleted(op: TargetOp, a: Dec, b: Dec, threshold: Dec): boolean {
  check(op, { a, b, threshold });
  if (op === '<=' || op === '<' || a.lte(0)) return false;
  return b.gte(a.times(threshold));
}
