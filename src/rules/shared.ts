/**
 * Pieces shared by the quantitative rule kinds: where the value comes from (a metric expression or
 * the answer's `value`), and how numbers are worded in findings.
 */
import * as z from 'zod/mini';
import { ONE, dec, fmt, plain, type Dec } from '../decimal.js';
import type { ExprEnv } from '../expression/compile.js';
import { NumSchema } from '../schema/common.js';
import type { LocalMessage } from '../errors/messages.js';
import {
  RuleFault,
  type CompiledMetric,
  type PrepareContext,
  type Flag,
  type RuleOutcome,
  type TraceEntry,
} from './types.js';

/** Parameter fields of rules that score one number. */
export const valueFields = {
  /**
   * The expression that yields the value (e.g. `"staff.actual / staff.quota * 100"`). Without it,
   * the unit data gives the value in the indicator's answer (`{ "value": 102 }`).
   */
  metric: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(1000))),
  /** Unit of the value, for findings (`"%"`, `"人"`, `"万元"`); taken from the metric when omitted. */
  unit: z.optional(z.string().check(z.maxLength(20))),
};

/** Answer fields of rules that score one number. */
export const valueAnswer = { value: z.optional(NumSchema) };

/** Reads the value a rule scores: from its metric, else from the answer. */
export type ValueSource = (
  env: ExprEnv,
  answer: Readonly<Record<string, unknown>> | undefined,
) => Dec;

/**
 * Prepares the value source of a quantitative rule.
 *
 * @param params - the rule's `metric` and `unit`
 * @param ctx - the preparation context
 * @returns the source and the unit, or `null` when the metric is invalid
 * @example
 * ```ts
 * // inside a rule's prepare(): const v = valueSource(params, ctx); if (!v) return null;
 * ```
 */
export function valueSource(
  params: { metric?: string | undefined; unit?: string | undefined },
  ctx: PrepareContext,
): { read: ValueSource; unit: string } | null {
  if (params.metric === undefined) {
    const id = ctx.id;
    return {
      unit: params.unit ?? '',
      read: (_env, answer) => {
        const v = answer?.value;
        if (v === undefined) {
          throw new RuleFault('missing_input', { id, what: 'value（实际值 / actual value）' });
        }
        return dec(v as number | string);
      },
    };
  }
  const metric: CompiledMetric<(env: ExprEnv) => Dec> | null = ctx.numberExpr(
    params.metric,
    [...ctx.at, 'metric'],
    params.unit,
  );
  if (!metric) return null;
  const id = ctx.id;
  return {
    unit: metric.unit,
    read: (env, answer) => {
      if (answer?.value !== undefined) {
        throw new RuleFault(
          'invalid_input',
          {
            zh: `指标 "${id}" 的值由公式 "${metric.src}" 计算，不能再直接给出 value`,
            en: `indicator "${id}" computes its value from "${metric.src}"; do not also give a value`,
          },
          ['value'],
        );
      }
      return metric.fn(env);
    },
  };
}

/**
 * Words a quantity with its unit: `102.00%`, `5.00 人`.
 *
 * @param v - the value
 * @param unit - its unit
 * @returns the text
 * @example
 * ```ts
 * qty(dec(102), '%'); // "102.00%"
 * ```
 */
export function qty(v: Dec, unit: string): string {
  if (unit === '') return fmt(v, 2);
  return unit === '%' ? `${fmt(v, 2)}%` : `${fmt(v, 2)} ${unit}`;
}

/**
 * Words a threshold with its unit, without trailing zeros: `100%`, `0`.
 *
 * @param v - the threshold
 * @param unit - its unit
 * @returns the text
 * @example
 * ```ts
 * bound(dec('100.0'), '%'); // "100%"
 * ```
 */
export function bound(v: Dec, unit: string): string {
  if (unit === '') return plain(v);
  return unit === '%' ? `${plain(v)}%` : `${plain(v)} ${unit}`;
}

/**
 * Words a difference: percentage points for `%`, the unit otherwise.
 *
 * @param v - the difference
 * @param unit - the value's unit
 * @returns zh and en texts, e.g. `2 个百分点` / `2 percentage points`
 * @example
 * ```ts
 * diff(dec(2), '%').zh; // "2 个百分点"
 * ```
 */
export function diff(v: Dec, unit: string): { zh: string; en: string } {
  const n = plain(v);
  if (unit === '%')
    return { zh: `${n} 个百分点`, en: `${n} percentage point${n === '1' ? '' : 's'}` };
  if (unit === '') return { zh: n, en: n };
  return { zh: `${n} ${unit}`, en: `${n} ${unit}` };
}

/**
 * Words a rate in [0, 1] as a percentage: `95.00%`.
 *
 * @param rate - the rate
 * @returns the text
 * @example
 * ```ts
 * pct(dec('0.955')); // "95.50%"
 * ```
 */
export function pct(rate: Dec): string {
  return `${fmt(rate.times(100), 2)}%`;
}

/**
 * A rule's outcome: with its explanation only when points were lost (the explanation is built
 * lazily, from the points lost as displayed).
 *
 * @param rate - share of the weight earned
 * @param points - points earned at the base weight
 * @param trace - the reasoning
 * @param explain - why points were lost, given the displayed loss
 * @param flags - the rule's flags, when it has any
 * @returns the outcome
 * @example
 * ```ts
 * outcome(ONE, weight, trace, () => ({ zh: '', en: '' })); // no explain: nothing was lost
 * ```
 */
export function outcome(
  rate: Dec,
  points: Dec,
  trace: readonly TraceEntry[],
  explain: (lost: string) => LocalMessage,
  flags?: readonly Flag[],
): RuleOutcome {
  // Literals, not spreads: an outcome is made for every leaf of every evaluation.
  if (flags === undefined)
    return rate.eq(ONE) ? { rate, points, trace } : { rate, points, trace, explain };
  return rate.eq(ONE) ? { rate, points, trace, flags } : { rate, points, trace, explain, flags };
}
