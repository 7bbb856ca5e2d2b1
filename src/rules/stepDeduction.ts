/**
 * `stepDeduction` (扣分制): full points up to a threshold, then `deduct` points for every `per`
 * units beyond it, never below `floor` (扣完为止). Example from a provincial 部门整体支出 table:
 * "在职人员控制率≦100%，计5分；每超过一个百分点扣0.5分，扣完为止". The sources never say what a
 * part of a step costs, so every rule declares it: `proRata` (1.5 steps cost 1.5 × deduct), `ceil`
 * (a started step counts whole) or `floor` (only whole steps count).
 */
import * as z from 'zod/mini';
import { ONE, dec } from '../decimal.js';
import { NonNegNumSchema, NumSchema, PositiveNumSchema } from '../schema/common.js';
import { bound, diff, qty, valueAnswer, valueFields, valueSource } from './shared.js';
import type { RuleKind } from './types.js';

/** Parameters of a `stepDeduction` rule. */
export const StepDeductionRuleSchema = z.strictObject({
  kind: z.literal('stepDeduction'),
  ...valueFields,
  /** `lower`: deduct above the threshold (控制率); `higher`: deduct below it (完成率). */
  better: z.enum(['lower', 'higher']),
  /** Full points up to (`lower`) or from (`higher`) this value. */
  threshold: NumSchema,
  /** Size of one step in the value's unit (1 = one percentage point for a `%` value). */
  per: z.optional(PositiveNumSchema),
  /** Points deducted per step. */
  deduct: PositiveNumSchema,
  /** How a part of a step counts: `proRata`, `ceil` or `floor`. */
  partial: z.enum(['proRata', 'ceil', 'floor']),
  /** Points never go below this (default 0). */
  floor: z.optional(NonNegNumSchema),
});

/** A `stepDeduction` rule as written in a framework. */
export type StepDeductionRule = z.infer<typeof StepDeductionRuleSchema>;

/** The `stepDeduction` rule kind. */
export const stepDeductionRule: RuleKind<StepDeductionRule> = {
  kind: 'stepDeduction',
  schema: StepDeductionRuleSchema,
  answer: valueAnswer,
  prepare(params, ctx) {
    const weight = ctx.weight;
    const deduct = dec(params.deduct);
    const floor = dec(params.floor ?? 0);
    let ok = true as boolean;
    if (deduct.gt(weight)) {
      ctx.incoherent(
        [...ctx.at, 'deduct'],
        `每步扣分 ${deduct.toString()} 大于指标分值 ${weight.toString()}`,
        `deduction per step ${deduct.toString()} exceeds the weight ${weight.toString()}`,
      );
      ok = false;
    }
    if (floor.gte(weight)) {
      ctx.incoherent(
        [...ctx.at, 'floor'],
        `保底分 ${floor.toString()} 不低于指标分值 ${weight.toString()}，规则不会扣分`,
        `floor ${floor.toString()} is not below the weight ${weight.toString()}: nothing could be deducted`,
      );
      ok = false;
    }
    const source = valueSource(params, ctx);
    if (!source || !ok) return null;
    const { read, unit } = source;
    const threshold = dec(params.threshold);
    const per = dec(params.per ?? 1);
    const lowerIsBetter = params.better === 'lower';
    const partial = params.partial;
    const name = ctx.name;
    const std = bound(threshold, unit);
    const thresholdText = threshold.toString();

    return ({ env, answer }) => {
      const value = read(env, answer);
      const excess = lowerIsBetter ? value.minus(threshold) : threshold.minus(value);
      if (excess.lte(0)) {
        return {
          rate: ONE,
          points: weight,
          trace: [
            { key: 'value', value: value.toString() },
            { key: 'threshold', value: thresholdText },
          ],
        };
      }
      const exact = excess.div(per);
      const steps =
        partial === 'proRata' ? exact : partial === 'ceil' ? exact.ceil() : exact.floor();
      const deduction = steps.times(deduct);
      const raw = weight.minus(deduction);
      const points = raw.lt(floor) ? floor : raw;
      const rate = points.div(weight);
      const trace = [
        { key: 'value', value: value.toString() },
        { key: 'threshold', value: thresholdText },
        { key: 'excess', value: excess.toString() },
        { key: 'steps', value: steps.toString() },
        { key: 'deduction', value: deduction.toString() },
        { key: 'points', value: points.toString() },
      ];
      if (points.eq(weight)) return { rate, points, trace };
      const d = diff(excess, unit);
      const counted = steps.eq(exact)
        ? { zh: '', en: '' }
        : { zh: `（按 ${steps.toString()} 步计）`, en: ` (counted as ${steps.toString()} steps)` };
      const capped = raw.lte(floor)
        ? { zh: '，扣完为止', en: ', down to the floor' }
        : { zh: '', en: '' };
      const v = qty(value, unit);
      const side = lowerIsBetter
        ? { zh: '超过', en: 'exceeds', en2: 'by' }
        : { zh: '低于', en: 'falls short of', en2: 'by' };
      return {
        rate,
        points,
        trace,
        explain: (lost) => ({
          zh: `${name.zh} ${v}，${side.zh} ${std} 标准 ${d.zh}${counted.zh}，扣 ${lost} 分${capped.zh}`,
          en: `${name.en} ${v} ${side.en} the ${std} standard ${side.en2} ${d.en}${counted.en}: ${lost} points deducted${capped.en}`,
        }),
      };
    };
  },
};
