/**
 * `target` (指标值对比): a 实际完成值 against its 年度指标值, scored as 财预〔2020〕10号 and production 自评
 * systems do (see `target/compare.ts` for the formulas). Quantitative rows: met → full, unmet →
 * in proportion (正向) or by deviation (反向). Qualitative rows: the actual states a tier — 达成
 * [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%) of the weight — and the evaluator's points are
 * checked inside it. Over-completion (B ≥ 130% of A by default) is flagged for a 偏差原因; points
 * are cut only under the `proportional` policy (weight × A ÷ B, jixiao's reading of 10号's
 * "按照偏离度适度调减分值", which gives no formula). Every unmet row is flagged "偏差原因 required".
 */
import * as z from 'zod/mini';
import { ONE, dec, plain } from '../decimal.js';
import { AboveOneSchema, NumSchema } from '../schema/common.js';
import { compare, compareRange, overCompleted } from '../target/compare.js';
import { monthAsDate, yearAsDate } from '../target/dates.js';
import { pairProblem, readActual, readTarget, type ParsedTarget } from '../target/parse.js';
import { convert } from '../target/units.js';
import { flag, qualitative } from './qualitative.js';
import { pct, outcome } from './shared.js';
import type { LocalMessage } from '../errors/messages.js';
import { RuleFault, type Flag, type RuleKind } from './types.js';

/**
 * Schema of a 指标值: text as written, or the 101号 columns.
 *
 * @example
 * ```ts
 * TargetInputSchema.safeParse('≥95%').success; // true
 * ```
 * @category Framework
 */
export const TargetInputSchema = z.union(
  [
    z.string().check(z.minLength(1)).check(z.maxLength(500)),
    z.strictObject({
      op: z.string().check(z.minLength(1)).check(z.maxLength(20)),
      value: z.optional(z.union([NumSchema, z.string().check(z.maxLength(500))])),
      unit: z.optional(z.string().check(z.maxLength(20))),
    }),
  ],
  { error: () => '$jixiao:target' },
);

/** Schema of a 实际完成值: text as written, or a number. */
export const ActualInputSchema = z.union([z.string().check(z.maxLength(500)), z.number()], {
  error: () => '$jixiao:actual',
});

/**
 * Over-completion (超额完成): an actual at or above `threshold` × target (default 1.3, i.e. 130%)
 * needs a 偏差原因; under `policy: "proportional"` its points are also cut to weight × target ÷ actual.
 * The threshold must be above 1: at or below the target there is nothing over-completed, and a
 * proportional cut there would award more than the weight.
 */
export const OverCompletionSchema = z.strictObject({
  threshold: z.optional(AboveOneSchema),
  policy: z.optional(z.enum(['flag', 'proportional'])),
});

/**
 * Parameters of a `target` rule.
 *
 * @example
 * ```ts
 * TargetRuleSchema.safeParse({ kind: 'target', target: '≥50个' }).success; // true
 * ```
 * @category Framework
 */
export const TargetRuleSchema = z.strictObject({
  kind: z.literal('target'),
  /** The table's year, for deadlines written without one ("12月31日前"). */
  year: z.optional(z.number().check(z.int()).check(z.gte(1900)).check(z.lte(2200))),
  /** The 年度指标值, e.g. `"≥95%"`, `"≤90万元"`, `"定性：效果明显"`, or `{ op, value, unit }`. */
  target: TargetInputSchema,
  /** Over-completion: `threshold` × target (default 1.3) triggers it; `policy` `flag` (default) or `proportional`. */
  overCompletion: z.optional(OverCompletionSchema),
});

/**
 * A `target` rule as written in a framework.
 *
 * @category Framework
 */
export type TargetRule = z.infer<typeof TargetRuleSchema>;

/** How an `explanationRequired` flag's message begins; the reason follows. */
const REQUIRED = { zh: '需说明偏差原因：', en: 'a 偏差原因 is required: ' } as const;

/**
 * Why a 偏差原因 is required, from a row's flags: the reasons of its `explanationRequired` flags
 * (unmet, over-completed…), joined, or `null` when none is required.
 *
 * @param flags - the flags of a `target` row
 * @returns the reasons in both languages, or `null`
 * @example
 * ```ts
 * explanationReasons(row.flags)?.zh; // "未完成指标值（实际 4.5万人次）"
 * ```
 */
export function explanationReasons(flags: readonly Flag[]): LocalMessage | null {
  const required = flags.filter((f) => f.code === 'explanationRequired');
  if (required.length === 0) return null;
  return {
    zh: required.map((f) => f.message.zh.slice(REQUIRED.zh.length)).join('；'),
    en: required.map((f) => f.message.en.slice(REQUIRED.en.length)).join('; '),
  };
}
const show = (t: ParsedTarget): string => t.text;

/** The `target` rule kind. */
export const targetRule: RuleKind<TargetRule> = {
  kind: 'target',
  schema: TargetRuleSchema,
  answer: {
    /** 实际完成值 as written. */
    actual: z.optional(ActualInputSchema),
    /** The evaluator's points (qualitative rows). */
    points: z.optional(NumSchema),
  },
  prepare(params, ctx) {
    const read = readTarget(params.target);
    if (!read.ok) {
      ctx.problem('target_unparseable', [...ctx.at, 'target'], read.failure);
      return null;
    }
    const target = read.value;
    const threshold = dec(params.overCompletion?.threshold ?? '1.3');
    const proportional = params.overCompletion?.policy === 'proportional';
    const { id, name, weight } = ctx;
    const tgt = show(target);
    const base: Flag[] = [];
    if (target.kind === 'quantitative' && target.implicitOp) {
      base.push(
        flag(
          'implicitOperator',
          `指标值「${tgt}」未写比较符号，按“≥”（正向）计分`,
          `the target "${tgt}" has no comparator; read as "≥"`,
        ),
      );
    }

    return ({ answer }) => {
      if (answer?.actual === undefined)
        throw new RuleFault('missing_input', { id, what: 'actual（实际完成值）' });
      const act = readActual(answer.actual as string | number);
      if (!act.ok) throw new RuleFault('actual_unparseable', act.failure, ['actual']);
      const actual = act.value;
      const noted = typeof answer.note === 'string' && answer.note.trim() !== '';
      const flags = [...base];
      const need = (zh: string, en: string): void => {
        flags.push(flag('explanationRequired', REQUIRED.zh + zh, REQUIRED.en + en));
        if (!noted) flags.push(flag('explanationMissing', '未填写偏差原因', 'no 偏差原因 given'));
      };
      if (target.kind === 'qualitative')
        return qualitative(actual, answer.points, weight, id, name, tgt, flags, need);
      if (target.kind === 'deadline') {
        const problem = pairProblem(target, actual);
        if (problem) throw new RuleFault(problem.code, problem.params, ['actual']);
        if (actual.kind === 'qualitative') {
          // "按时完成" meets a deadline; other words are scored by the evaluator within their tier.
          if (actual.tier === 'achieved' && answer.points === undefined) {
            const trace = [
              { key: 'target', value: tgt },
              { key: 'actual', value: actual.text },
            ];
            return { rate: ONE, points: weight, trace, flags };
          }
          return qualitative(actual, answer.points, weight, id, name, tgt, flags, need);
        }
        const done = actual.kind === 'date' ? actual : (yearAsDate(actual) ?? monthAsDate(actual));
        if (!done) throw new TypeError('unreachable: checked by pairProblem');
        return deadline(target, done, params.year ?? null, answer.points, {
          weight,
          id,
          name,
          tgt,
          flags,
          need,
        });
      }
      const problem = pairProblem(target, actual);
      if (problem) throw new RuleFault(problem.code, problem.params, ['actual']);
      if (actual.kind !== 'quantitative')
        throw new TypeError('unreachable: checked by pairProblem');
      let b = dec(actual.value);
      if (target.unit && actual.unit && target.unit.text !== actual.unit.text) {
        b = convert(b, actual.unit, target.unit);
        flags.push(
          flag(
            'unitConverted',
            `实际完成值按「${target.unit.text}」换算为 ${plain(b)}`,
            `actual converted to ${plain(b)} ${target.unit.text}`,
          ),
        );
      }
      // One side without a unit: a bare number is in the other side's unit ("≥200" against
      // "195.5万元"), a number with a multiplier counts its base unit ("200万" is 200万元).
      let inBase = false;
      if (target.kind === 'quantitative' && target.scaled && !target.unit && actual.unit) {
        b = b.times(actual.unit.factor);
        inBase = true;
      } else if (actual.scaled && !actual.unit && target.unit) {
        b = b.div(target.unit.factor);
      }
      if (inBase || (actual.scaled && !actual.unit && target.unit)) {
        const u = inBase ? (actual.unit?.base ?? '') : (target.unit?.text ?? '');
        flags.push(
          flag(
            'unitConverted',
            `实际完成值按「${u}」换算为 ${plain(b)}`,
            `actual converted to ${plain(b)} ${u}`,
          ),
        );
      }
      if (actual.approx) {
        flags.push(
          flag(
            'approximate',
            `实际完成值「${actual.text}」为约数，按 ${plain(b)} 计`,
            `the actual "${actual.text}" is approximate; scored as ${plain(b)}`,
          ),
        );
      }
      const c =
        target.kind === 'range'
          ? compareRange(dec(target.min), dec(target.max), b)
          : compare(target.op, dec(target.value), b);
      let rate = c.rate;
      const unit = inBase
        ? (actual.unit?.base ?? '')
        : (target.unit?.text ?? actual.unit?.text ?? '');
      const trace = [
        { key: 'target', value: tgt },
        { key: 'actual', value: b.toString() },
        { key: 'formula', value: c.formula },
      ];
      if (!c.met)
        need(
          `未完成指标值（实际 ${plain(b)}${unit}）`,
          `target not met (actual ${plain(b)}${unit})`,
        );
      if (
        target.kind === 'quantitative' &&
        overCompleted(target.op, dec(target.value), b, threshold)
      ) {
        const a = dec(target.value);
        need(
          `实际完成值 ${plain(b)}${unit} 超过指标值的 ${pct(threshold)}`,
          `the actual ${plain(b)}${unit} exceeds ${pct(threshold)} of the target`,
        );
        flags.unshift(
          flag(
            'overCompleted',
            `超额完成：${plain(b)}${unit} ≥ ${plain(a.times(threshold))}${unit}`,
            `over-completed: ${plain(b)} ≥ ${plain(a.times(threshold))}`,
          ),
        );
        if (proportional) rate = a.div(b);
      }
      const points = rate.eq(ONE) ? weight : rate.times(weight);
      trace.push({ key: 'rate', value: rate.toString() });
      const how = c.met
        ? '超额完成，按偏离度调减'
        : c.formula === 'reverse'
          ? '按 1 −（实际 − 指标）÷ 指标 计分'
          : c.formula === 'proportional'
            ? `按完成比例计分（${pct(rate)}）`
            : '不得分';
      const howEn = c.met
        ? 'reduced for the deviation'
        : c.formula === 'reverse'
          ? 'scored 1 − (actual − target) ÷ target'
          : c.formula === 'proportional'
            ? `scored in proportion (${pct(rate)})`
            : 'no points';
      return outcome(
        rate,
        points,
        trace,
        (lost) => ({
          zh: `${name.zh}：指标值「${tgt}」，实际完成「${actual.text}」，${how}，扣 ${lost} 分`,
          en: `${name.en}: target "${tgt}", actual "${actual.text}": ${howEn}, ${lost} points lost`,
        }),
        flags,
      );
    };
  },
};

export { allowedPoints, qualitativePointsNeeded } from './qualitative.js';
import { deadline } from './deadline.js';
