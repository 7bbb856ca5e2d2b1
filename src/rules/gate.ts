/**
 * `gate` (条件判断 / 一票否决): all or nothing. The condition is either an expression over facts
 * (`"violations == 0"`) or the evaluator's yes/no answer (`{ "passed": true }`). With `veto`, a
 * failed gate also zeroes its parent indicator (`parent`) or the whole evaluation (`all`): the
 * "一票否决" of many local rules, e.g. a finding of 截留、挤占、挪用 voids 资金使用合规性.
 */
import * as z from 'zod/mini';
import { ONE, ZERO } from '../decimal.js';
import { LocalTextSchema, localText } from '../schema/common.js';
import { RuleFault, type RuleKind } from './types.js';

/** Parameters of a `gate` rule. */
export const GateRuleSchema = z.strictObject({
  kind: z.literal('gate'),
  /** A condition over facts; without it the answer's `passed` decides. */
  condition: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(1000))),
  /** What the gate requires, in words (defaults to the indicator's name). */
  label: z.optional(LocalTextSchema),
  /** What a failed gate zeroes: the indicator itself (default), its parent, or everything. */
  veto: z.optional(z.enum(['self', 'parent', 'all'])),
});

/** A `gate` rule as written in a framework. */
export type GateRule = z.infer<typeof GateRuleSchema>;

/** The `gate` rule kind. */
export const gateRule: RuleKind<GateRule> = {
  kind: 'gate',
  schema: GateRuleSchema,
  answer: { passed: z.optional(z.boolean()) },
  prepare(params, ctx) {
    const condition =
      params.condition === undefined
        ? null
        : ctx.conditionExpr(params.condition, [...ctx.at, 'condition']);
    if (params.condition !== undefined && !condition) return null;
    const label = params.label ? localText(params.label) : ctx.name;
    const veto = params.veto ?? 'self';
    const weight = ctx.weight;
    const id = ctx.id;
    const name = ctx.name;
    const scope = {
      self: { zh: '该项不得分', en: 'the indicator scores nothing' },
      parent: {
        zh: '一票否决，上级指标整体不得分',
        en: 'veto: the parent indicator scores nothing',
      },
      all: { zh: '一票否决，评价总分为 0', en: 'veto: the whole evaluation scores 0' },
    }[veto];

    return ({ env, answer }) => {
      if (condition && answer?.passed !== undefined) {
        throw new RuleFault(
          'invalid_input',
          {
            zh: `指标 "${id}" 由条件 "${condition.src}" 判定，不能再给出 passed`,
            en: `indicator "${id}" is decided by "${condition.src}"; do not also give passed`,
          },
          ['passed'],
        );
      }
      let passed: boolean;
      if (condition) passed = condition.fn(env);
      else {
        const given = answer?.passed;
        if (given === undefined)
          throw new RuleFault('missing_input', { id, what: 'passed（是否满足）' });
        passed = given as boolean;
      }
      const trace = [
        ...(condition ? [{ key: 'condition', value: condition.src }] : []),
        { key: 'passed', value: String(passed) },
      ];
      if (passed) return { rate: ONE, points: weight, trace };
      return {
        rate: ZERO,
        points: ZERO,
        trace,
        ...(veto === 'self' ? {} : { veto }),
        explain: (lost) => ({
          zh: `${name.zh}：未满足「${label.zh}」，${scope.zh}，扣 ${lost} 分`,
          en: `${name.en}: "${label.en}" is not met, ${scope.en}: ${lost} points lost`,
        }),
      };
    };
  },
};
