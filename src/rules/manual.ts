/**
 * `manual` (直接评分): the evaluator gives points within [0, weight] and must say why. Used where a
 * framework has no formula, e.g. 经济效益 judged from a narrative. The justification is required
 * for every manual score: an unexplained number is exactly what a reviewer (复核) cannot check.
 */
import * as z from 'zod/mini';
import { dec, exactText, fmt, plain } from '../decimal.js';
import { LocalTextSchema, NumSchema } from '../schema/common.js';
import { outcome } from './shared.js';
import { RuleFault, type RuleKind } from './types.js';

/** Parameters of a `manual` rule. */
export const ManualRuleSchema = z.strictObject({
  kind: z.literal('manual'),
  /** The scoring standard in words (评分标准), shown to the evaluator. */
  guidance: z.optional(LocalTextSchema),
});

/** A `manual` rule as written in a framework. */
export type ManualRule = z.infer<typeof ManualRuleSchema>;

/** The `manual` rule kind. */
export const manualRule: RuleKind<ManualRule> = {
  kind: 'manual',
  schema: ManualRuleSchema,
  answer: {
    /** The evaluator's points, within [0, weight]. */
    points: z.optional(NumSchema),
    /** Why these points (required). */
    justification: z.optional(z.string().check(z.maxLength(2000))),
  },
  prepare(_params, ctx) {
    const weight = ctx.weight;
    const id = ctx.id;
    const name = ctx.name;
    return ({ answer }) => {
      const given = answer?.points as number | string | undefined;
      if (given === undefined) throw new RuleFault('missing_input', { id, what: 'points（评分）' });
      const points = dec(given);
      if (points.isNeg() || points.gt(weight)) {
        throw new RuleFault(
          'points_out_of_range',
          { id, points: exactText(points), range: `[0, ${plain(weight)}]` },
          ['points'],
        );
      }
      const why = (answer?.justification as string | undefined)?.trim() ?? '';
      if (why === '') throw new RuleFault('justification_required', { id }, ['justification']);
      const rate = points.div(weight);
      const trace = [
        { key: 'points', value: points.toString() },
        { key: 'justification', value: why },
      ];
      return outcome(rate, points, trace, (lost) => ({
        zh: `${name.zh}：评分 ${fmt(points, 2)} 分（${why}），扣 ${lost} 分`,
        en: `${name.en}: scored ${fmt(points, 2)} by the evaluator (${why}): ${lost} points lost`,
      }));
    };
  },
};
