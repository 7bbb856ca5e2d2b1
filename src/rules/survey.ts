/**
 * `survey` (满意度): points from a satisfaction rate, weight × min(rate / fullAt, 1). The rate (a
 * percentage) comes from a metric, from the answer's `rate`, or from Likert votes: each option has
 * a value (e.g. 很满意 100, 满意 80, 一般 60, 不满意 0) and the rate is the vote-weighted mean, as in
 * "得分={(A票数×100)+(B票数×80)+…}÷有效票数". Or from a fuzzy comprehensive evaluation (模糊综合评价) of
 * survey counts per factor: the options are the grades, and the rate is Σⱼ b'ⱼ × value (see
 * `fuzzyEvaluate`).
 */
import * as z from 'zod/mini';
import { HUNDRED, ONE, ZERO, clamp, dec, exactText, fmt, plain, type Dec } from '../decimal.js';
import { LocalTextSchema, PercentSchema, localText, type LocalText } from '../schema/common.js';
import type { Issue } from '../errors/issue.js';
import { FuzzyInputSchema, fuzzyExact } from '../methods/fuzzy.js';
import { bound, outcome, pct } from './shared.js';
import { RuleFault, type Flag, type RuleKind } from './types.js';

/** Parameters of a `survey` rule. */
export const SurveyRuleSchema = z.strictObject({
  kind: z.literal('survey'),
  /** An expression yielding the satisfaction rate in percent; else the answer gives it. */
  metric: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(1000))),
  /** The rate that earns full points, in percent (default 100). */
  fullAt: z.optional(PercentSchema),
  /** Likert options with their values in percent; enables `votes` answers. */
  options: z.optional(
    z
      .array(
        z.strictObject({
          id: z.string().check(z.minLength(1)).check(z.maxLength(100)),
          label: LocalTextSchema,
          value: PercentSchema,
        }),
      )
      .check(z.minLength(2))
      .check(z.maxLength(20)),
  ),
});

/** A `survey` rule as written in a framework. */
export type SurveyRule = z.infer<typeof SurveyRuleSchema>;

/** The `survey` rule kind. */
export const surveyRule: RuleKind<SurveyRule> = {
  kind: 'survey',
  schema: SurveyRuleSchema,
  answer: {
    /** The satisfaction rate in percent (0–100). */
    rate: z.optional(PercentSchema),
    /** Votes per option id (non-negative whole numbers). */
    votes: z.optional(
      z.record(z.string(), z.number().check(z.int()).check(z.gte(0)).check(z.lte(1e12))),
    ),
    /**
     * A fuzzy comprehensive evaluation: factor weights and, per factor, the counts (or memberships)
     * of the rule's options in their order; `operator` as in `fuzzyEvaluate` (default productSum).
     */
    fuzzy: z.optional(
      z.strictObject({
        weights: FuzzyInputSchema.shape.weights,
        counts: FuzzyInputSchema.shape.counts,
        membership: FuzzyInputSchema.shape.membership,
        operator: FuzzyInputSchema.shape.operator,
      }),
    ),
  },
  prepare(params, ctx) {
    const fullAt = dec(params.fullAt ?? 100);
    if (fullAt.isZero()) {
      ctx.incoherent([...ctx.at, 'fullAt'], '满分标准不能为 0', 'fullAt cannot be 0');
      return null;
    }
    const metric =
      params.metric === undefined ? null : ctx.numberExpr(params.metric, [...ctx.at, 'metric']);
    if (params.metric !== undefined && !metric) return null;
    const options = new Map<string, { label: LocalText; value: Dec }>();
    for (const [i, o] of (params.options ?? []).entries()) {
      if (options.has(o.id)) {
        ctx.incoherent(
          [...ctx.at, 'options', i, 'id'],
          `选项 "${o.id}" 重复`,
          `option "${o.id}" appears twice`,
        );
        return null;
      }
      options.set(o.id, { label: localText(o.label), value: dec(o.value) });
    }
    const weight = ctx.weight;
    const id = ctx.id;
    const name = ctx.name;
    const std = bound(fullAt, '%');
    const fullAtText = fullAt.toString();

    const rateOf = (
      env: Parameters<NonNullable<typeof metric>['fn']>[0],
      answer: Readonly<Record<string, unknown>> | undefined,
    ): { rate: Dec; how: string; flags?: Flag[] } => {
      const given = answer?.rate as number | string | undefined;
      const votes = answer?.votes as Record<string, number> | undefined;
      const fuzzy = answer?.fuzzy as z.output<typeof FuzzyInputSchema> | undefined;
      if (fuzzy !== undefined) {
        if (metric || given !== undefined || votes !== undefined)
          throw new RuleFault(
            'invalid_input',
            {
              zh: `指标 "${id}" 的满意度只能由一种方式给出：公式、rate、votes 或 fuzzy`,
              en: `indicator "${id}": give its satisfaction one way only: formula, rate, votes or fuzzy`,
            },
            ['fuzzy'],
          );
        if (options.size === 0) throw new RuleFault('unknown_key', { key: 'fuzzy' }, ['fuzzy']);
        const grades = [...options.values()].map((o) => ({
          label: o.label,
          value: o.value.toString(),
        }));
        let r;
        try {
          r = fuzzyExact({ ...fuzzy, grades });
        } catch (e) {
          // Shapes that do not fit the options: every problem, each at its place under `fuzzy`.
          const issues = (e as { issues?: readonly Issue[] }).issues;
          if (!issues) throw e;
          const [first, ...rest] = issues.map(
            (i) => new RuleFault('invalid_input', i.message, ['fuzzy', ...i.path.slice(1)]),
          );
          if (first) throw new RuleFault(first.code, first.params, first.at, rest);
          throw e;
        }
        // The options all have values, so there is always a score.
        const score = r.score ?? ZERO;
        const b = r.normalised.map((v) => plain(v, 4)).join(', ');
        return {
          rate: score,
          how: `fuzzy ${fuzzy.operator ?? 'productSum'} B = (${b})`,
          // What the evaluation did that a reader should know (weights rescaled, a tied grade).
          flags: r.findings.map((f) => ({ code: f.code, message: f.message })),
        };
      }
      if (metric) {
        if (given !== undefined || votes !== undefined) {
          throw new RuleFault(
            'invalid_input',
            {
              zh: `指标 "${id}" 的满意度由公式 "${metric.src}" 计算，不能再给出 rate 或 votes`,
              en: `indicator "${id}" computes its rate from "${metric.src}"; do not also give rate or votes`,
            },
            [given !== undefined ? 'rate' : 'votes'],
          );
        }
        const rate = metric.fn(env);
        if (rate.isNeg() || rate.gt(HUNDRED)) {
          throw new RuleFault('invalid_input', {
            zh: `指标 "${id}" 的满意度 ${exactText(rate)}% 不在 0–100% 之间`,
            en: `indicator "${id}": satisfaction ${exactText(rate)}% is not within 0–100%`,
          });
        }
        return { rate, how: metric.src };
      }
      if (given !== undefined && votes !== undefined) {
        throw new RuleFault(
          'invalid_input',
          { zh: 'rate 与 votes 只能给出一个', en: 'give rate or votes, not both' },
          ['votes'],
        );
      }
      if (given !== undefined) return { rate: dec(given), how: 'rate' };
      if (votes === undefined)
        throw new RuleFault('missing_input', { id, what: 'rate 或 votes（满意度）' });
      if (options.size === 0) throw new RuleFault('unknown_key', { key: 'votes' }, ['votes']);
      let total = ZERO;
      let sum = ZERO;
      for (const [key, count] of Object.entries(votes)) {
        const option = options.get(key);
        if (!option) throw new RuleFault('unknown_key', { key }, ['votes', key]);
        total = total.plus(count);
        sum = sum.plus(option.value.times(count));
      }
      if (total.isZero()) throw new RuleFault('division_by_zero', { expr: 'votes', id });
      return { rate: sum.div(total), how: `votes ${plain(total)}` };
    };

    return ({ env, answer }) => {
      const { rate: satisfaction, how, flags } = rateOf(env, answer);
      const rate = satisfaction.gte(fullAt) ? ONE : clamp(satisfaction.div(fullAt), ZERO, ONE);
      const points = rate.eq(ONE) ? weight : rate.times(weight);
      const trace = [
        { key: 'source', value: how },
        { key: 'satisfaction', value: satisfaction.toString() },
        { key: 'fullAt', value: fullAtText },
        { key: 'rate', value: rate.toString() },
      ];
      return outcome(
        rate,
        points,
        trace,
        (lost) => ({
          zh: `${name.zh} ${fmt(satisfaction, 2)}%，未达到 ${std} 的满分标准，按比例得分（${pct(rate)}），扣 ${lost} 分`,
          en: `${name.en} is ${fmt(satisfaction, 2)}%, short of the full-score standard ${std}: scored in proportion (${pct(rate)}), ${lost} points lost`,
        }),
        flags !== undefined && flags.length > 0 ? flags : undefined,
      );
    };
  },
};
