/**
 * `levels` (定性分档): the evaluator picks a qualitative tier, and the tier fixes the range the
 * points must fall in; the evaluator's points are checked inside it. The `mof2020` preset is the
 * three tiers of 财预〔2020〕10号 for qualitative indicators in 单位自评: 达成年度指标 [80%, 100%],
 * 部分达成年度指标并具有一定效果 [60%, 80%), 未达成年度指标且效果较差 [0, 60%) of the weight
 * ("(含)" is the lower bound, as production systems implement it). A tier with a single value
 * (min = max) is a fixed coefficient and needs no points.
 */
import * as z from 'zod/mini';
import { dec, exactText, fmt, plain, type Dec } from '../decimal.js';
import {
  LocalTextSchema,
  NumSchema,
  ShareSchema,
  localText,
  type LocalText,
} from '../schema/common.js';
import { outcome } from './shared.js';
import { RuleFault, type RuleKind } from './types.js';

/**
 * One qualitative level (tier) of a `levels` rule.
 *
 * @example
 * ```ts
 * LevelSchema.safeParse({ id: 'good', label: '较好', min: 0.6, max: 0.8 }).success; // true
 * ```
 * @category Framework
 */
export const LevelSchema = z.strictObject({
  /** The level's key, used in answers (its Chinese label is accepted too). */
  id: z.string().check(z.minLength(1)).check(z.maxLength(100)),
  label: LocalTextSchema,
  /** Lowest share of the weight this level allows (0–1). */
  min: ShareSchema,
  /** Highest share of the weight this level allows (0–1). */
  max: ShareSchema,
  /** Whether `min` itself is allowed (default true). */
  minInclusive: z.optional(z.boolean()),
  /** Whether `max` itself is allowed (default true). */
  maxInclusive: z.optional(z.boolean()),
});

/** Parameters of a `levels` rule. */
export const LevelsRuleSchema = z.strictObject({
  kind: z.literal('levels'),
  /** The tiers, or `"mof2020"` for the three tiers of 财预〔2020〕10号. */
  levels: z.union([
    z.literal('mof2020'),
    z.array(LevelSchema).check(z.minLength(1)).check(z.maxLength(20)),
  ]),
});

/** A `levels` rule as written in a framework. */
export type LevelsRule = z.infer<typeof LevelsRuleSchema>;

/**
 * A level as written in a framework.
 *
 * @category Framework
 */
export type LevelDefinition = z.infer<typeof LevelSchema>;

/**
 * The three tiers of 财预〔2020〕10号 for qualitative indicators.
 *
 * @example
 * ```ts
 * MOF2020_LEVELS.map((l) => l.id); // ["achieved", "partial", "unachieved"]
 * ```
 * @category Framework
 */
export const MOF2020_LEVELS: readonly LevelDefinition[] = [
  { id: 'achieved', label: { zh: '达成年度指标', en: 'Target achieved' }, min: '0.8', max: 1 },
  {
    id: 'partial',
    label: { zh: '部分达成年度指标并具有一定效果', en: 'Target partly achieved, with some effect' },
    min: '0.6',
    max: '0.8',
    maxInclusive: false,
  },
  {
    id: 'unachieved',
    label: { zh: '未达成年度指标且效果较差', en: 'Target not achieved, little effect' },
    min: 0,
    max: '0.6',
    maxInclusive: false,
  },
];

interface Level {
  id: string;
  label: LocalText;
  lo: Dec;
  hi: Dec;
  loIn: boolean;
  hiIn: boolean;
  range: string;
}

/** The `levels` rule kind. */
export const levelsRule: RuleKind<LevelsRule> = {
  kind: 'levels',
  schema: LevelsRuleSchema,
  answer: {
    /** The chosen level (its id or Chinese label). */
    level: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(200))),
    /** The evaluator's points, inside the level's range. */
    points: z.optional(NumSchema),
    /** Why this level (optional). */
    justification: z.optional(z.string().check(z.maxLength(2000))),
  },
  prepare(params, ctx) {
    const weight = ctx.weight;
    const defs = params.levels === 'mof2020' ? MOF2020_LEVELS : params.levels;
    const levels: Level[] = [];
    const byKey = new Map<string, Level>();
    let ok = true as boolean;
    defs.forEach((l, i) => {
      const lo = weight.times(dec(l.min));
      const hi = weight.times(dec(l.max));
      const loIn = l.minInclusive ?? true;
      const hiIn = l.maxInclusive ?? true;
      const c = dec(l.min).comparedTo(dec(l.max));
      if (c > 0 || (c === 0 && !(loIn && hiIn))) {
        ctx.incoherent(
          [...ctx.at, 'levels', i, 'max'],
          `档次 "${l.id}" 的区间为空`,
          `level "${l.id}" has an empty range`,
        );
        ok = false;
      }
      const label = localText(l.label);
      if (byKey.has(l.id) || byKey.has(label.zh)) {
        ctx.incoherent(
          [...ctx.at, 'levels', i, 'id'],
          `档次 "${l.id}" 重复`,
          `level "${l.id}" appears twice`,
        );
        ok = false;
      }
      const range = `${loIn ? '[' : '('}${plain(lo)}, ${plain(hi)}${hiIn ? ']' : ')'}`;
      const level = { id: l.id, label, lo, hi, loIn, hiIn, range };
      levels.push(level);
      byKey.set(l.id, level);
      byKey.set(label.zh, level);
    });
    if (!ok) return null;
    const id = ctx.id;
    const name = ctx.name;
    const allowed = levels.map((l) => `${l.id}（${l.label.zh}）`).join('、');

    return ({ answer }) => {
      const key = answer?.level as string | undefined;
      if (key === undefined)
        throw new RuleFault('missing_input', { id, what: 'level（评定档次）' });
      const level = byKey.get(key.trim());
      if (!level) throw new RuleFault('level_unknown', { id, level: key, allowed }, ['level']);
      const given = answer?.points as number | string | undefined;
      let points: Dec;
      if (given === undefined) {
        if (!level.lo.eq(level.hi)) {
          throw new RuleFault('missing_input', {
            id,
            what: `points（「${level.label.zh}」档须在 ${level.range} 内给分）`,
          });
        }
        points = level.lo;
      } else {
        points = dec(given);
        const above = points.gt(level.lo) || (level.loIn && points.eq(level.lo));
        const below = points.lt(level.hi) || (level.hiIn && points.eq(level.hi));
        if (!above || !below) {
          throw new RuleFault(
            'points_out_of_range',
            { id, points: exactText(points), range: level.range },
            ['points'],
          );
        }
      }
      const rate = points.div(weight);
      const trace = [
        { key: 'level', value: level.id },
        { key: 'range', value: level.range },
        { key: 'points', value: points.toString() },
      ];
      return outcome(rate, points, trace, (lost) => ({
        zh: `${name.zh}：评定为「${level.label.zh}」（该档分值区间 ${level.range}），得 ${fmt(points, 2)} 分，扣 ${lost} 分`,
        en: `${name.en}: rated "${level.label.en}" (range ${level.range}), ${fmt(points, 2)} points: ${lost} points lost`,
      }));
    };
  },
};
