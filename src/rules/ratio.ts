/**
 * `ratio` (比例得分): points in proportion to how far the value reaches a standard, capped at the
 * full weight. 正向 (`higher`): weight × min(value / fullAt, 1), e.g. 预算完成率 × 分值 — the
 * "按完成比例计算得分，满分为止" of local department tables. 反向 (`lower`): full at or below the
 * standard; above it either `inverse` (fullAt / value) or `linear` (1 − (value − fullAt) / fullAt,
 * zero from twice the standard, the 反向 formula of production 自评 systems).
 */
import * as z from 'zod/mini';
import { ONE, ZERO, clamp, dec } from '../decimal.js';
import { PositiveNumSchema } from '../schema/common.js';
import { bound, outcome, pct, qty, valueAnswer, valueFields, valueSource } from './shared.js';
import type { RuleKind } from './types.js';

/** Parameters of a `ratio` rule. */
export const RatioRuleSchema = z.strictObject({
  kind: z.literal('ratio'),
  ...valueFields,
  /** `higher` (正向, default) or `lower` (反向). */
  direction: z.optional(z.enum(['higher', 'lower'])),
  /** The value that earns full points (满分标准), 100 by default (a percentage). */
  fullAt: z.optional(PositiveNumSchema),
  /** For `lower` only: `inverse` (default) or `linear`. */
  lowerMethod: z.optional(z.enum(['inverse', 'linear'])),
});

/** A `ratio` rule as written in a framework. */
export type RatioRule = z.infer<typeof RatioRuleSchema>;

const TWO = dec(2);

/** The `ratio` rule kind. */
export const ratioRule: RuleKind<RatioRule> = {
  kind: 'ratio',
  schema: RatioRuleSchema,
  answer: valueAnswer,
  prepare(params, ctx) {
    const direction = params.direction ?? 'higher';
    if (params.lowerMethod !== undefined && direction !== 'lower') {
      ctx.incoherent(
        [...ctx.at, 'lowerMethod'],
        'lowerMethod 只适用于 direction 为 "lower" 的反向指标',
        'lowerMethod applies only to direction "lower"',
      );
      return null;
    }
    const source = valueSource(params, ctx);
    if (!source) return null;
    const { read, unit } = source;
    const fullAt = dec(params.fullAt ?? 100);
    const linear = params.lowerMethod === 'linear';
    const weight = ctx.weight;
    const name = ctx.name;
    const std = bound(fullAt, unit);
    const fullAtText = fullAt.toString();

    return ({ env, answer }) => {
      const value = read(env, answer);
      let rate: typeof value;
      if (direction === 'higher') {
        rate = value.gte(fullAt) ? ONE : clamp(value.div(fullAt), ZERO, ONE);
      } else if (value.lte(fullAt)) {
        rate = ONE;
      } else if (linear) {
        rate = value.gte(fullAt.times(TWO)) ? ZERO : ONE.minus(value.minus(fullAt).div(fullAt));
      } else {
        rate = fullAt.div(value);
      }
      const points = rate.eq(ONE) ? weight : rate.times(weight);
      const trace = [
        { key: 'value', value: value.toString() },
        { key: 'fullAt', value: fullAtText },
        { key: 'rate', value: rate.toString() },
      ];
      const v = qty(value, unit);
      return outcome(rate, points, trace, (lost) =>
        direction === 'higher'
          ? {
              zh: `${name.zh} ${v}，未达到 ${std} 的满分标准，按比例得分（${pct(rate)}），扣 ${lost} 分`,
              en: `${name.en} is ${v}, short of the full-score standard ${std}: scored in proportion (${pct(rate)}), ${lost} points lost`,
            }
          : {
              zh: `${name.zh} ${v}，高于 ${std} 的标准，得分率 ${pct(rate)}，扣 ${lost} 分`,
              en: `${name.en} is ${v}, above the ${std} standard: ${pct(rate)} of the points, ${lost} points lost`,
            },
      );
    };
  },
};
