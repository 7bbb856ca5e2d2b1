/**
 * Qualitative rows of the `target` rule: the tier a 实际完成值 states — 达成 [80%, 100%], 部分达成
 * [60%, 80%), 未达成 [0, 60%) of the weight (财预〔2020〕10号) — and the evaluator's points checked
 * inside it.
 */
import { dec, exactText, fmt, plain, ZERO, type Dec } from '../decimal.js';
import type { LocalMessage } from '../errors/messages.js';
import type { ParsedActual, Tier } from '../target/parse.js';
import { outcome } from './shared.js';
import { RuleFault, type Flag } from './types.js';

const TIER_RANGE: Record<Tier, { lo: string; hi: string; hiIn: boolean; zh: string; en: string }> =
  {
    achieved: { lo: '0.8', hi: '1', hiIn: true, zh: '达成年度指标', en: 'target achieved' },
    partial: {
      lo: '0.6',
      hi: '0.8',
      hiIn: false,
      zh: '部分达成年度指标并具有一定效果',
      en: 'partly achieved',
    },
    unachieved: {
      lo: '0',
      hi: '0.6',
      hiIn: false,
      zh: '未达成年度指标且效果较差',
      en: 'not achieved',
    },
  };

/**
 * A flag with its message in both languages.
 *
 * @internal
 */
export const flag = (code: string, zh: string, en: string): Flag => ({ code, message: { zh, en } });

/**
 * What a qualitative row without points lacks, with the points it may have.
 *
 * @param allowed - the row's allowed points (from {@link allowedPoints})
 * @returns the text of a `missing_input` issue
 * @example
 * ```ts
 * qualitativePointsNeeded(allowedPoints(actual, dec(10))).zh; // "points（定性指标须由评价人给分，「达成年度指标」档为 [8, 10]）"
 * ```
 */
export function qualitativePointsNeeded(allowed: ReturnType<typeof allowedPoints>): LocalMessage {
  const tier = allowed.tier;
  return {
    zh: `points（定性指标须由评价人给分，${tier ? `「${tier.zh}」档为 ` : ''}${allowed.text}）`,
    en: `points (a qualitative row is scored by the evaluator, ${tier ? `"${tier.en}": ` : ''}${allowed.text})`,
  };
}

/**
 * The points an evaluator may give a qualitative row: the range of the tier its 实际完成值 states
 * (达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%) of the weight), or [0, weight] when it
 * names no tier; with the interval as text, bounds' inclusivity shown.
 *
 * @param actual - the row's 实际完成值, read
 * @param weight - the row's 分值
 * @returns the bounds, whether the upper one is allowed, the interval text and the tier's name
 * @example
 * ```ts
 * allowedPoints(parseActual('部分达成'), dec(15)).text; // "[9, 12)"
 * ```
 */
export function allowedPoints(
  actual: ParsedActual,
  weight: Dec,
): { lo: Dec; hi: Dec; hiIn: boolean; text: string; tier: LocalMessage | null } {
  const tier = actual.kind === 'qualitative' ? actual.tier : null;
  const range = tier ? TIER_RANGE[tier] : null;
  const lo = range ? weight.times(range.lo) : ZERO;
  const hi = range ? weight.times(range.hi) : weight;
  const hiIn = range?.hiIn ?? true;
  return {
    lo,
    hi,
    hiIn,
    text: `[${plain(lo)}, ${plain(hi)}${hiIn ? ']' : ')'}`,
    tier: range ? { zh: range.zh, en: range.en } : null,
  };
}

/**
 * Scores a qualitative row: the evaluator's points, checked within the tier the actual states.
 *
 * @param actual - the row's 实际完成值, read
 * @param given - the evaluator's points (`undefined` when not given)
 * @param weight - the row's 分值
 * @param id - the indicator's id, for issues
 * @param name - its name, for findings
 * @param tgt - the 指标值 as written, for the trace
 * @param flags - the row's flags so far (added to)
 * @param need - records that a 偏差原因 is required, with why
 * @returns the rule's outcome
 * @example
 * ```ts
 * qualitative(parseActual('达成'), '9', dec(10), 'q1', name, '达成', [], need).points; // "9"
 * ```
 * @internal
 */
export function qualitative(
  actual: ParsedActual,
  given: unknown,
  weight: Dec,
  id: string,
  name: { zh: string; en: string },
  tgt: string,
  flags: Flag[],
  need: (zh: string, en: string) => void,
) {
  const tier = actual.kind === 'qualitative' ? actual.tier : null;
  const allowed = allowedPoints(actual, weight);
  if (given === undefined) {
    throw new RuleFault('missing_input', { id, what: qualitativePointsNeeded(allowed) });
  }
  const points = dec(given as number | string);
  const range = tier ? TIER_RANGE[tier] : null;
  const { lo, hi } = allowed;
  const inside = points.gte(lo) && (points.lt(hi) || (points.eq(hi) && allowed.hiIn));
  if (!inside) {
    throw new RuleFault(
      'points_out_of_range',
      { id, points: exactText(points), range: allowed.text },
      ['points'],
    );
  }
  if (!tier) {
    flags.push(
      flag(
        'tierUnknown',
        `实际完成值「${actual.text}」未说明达成档次，评分只按 [0, ${plain(weight)}] 校验`,
        `the actual "${actual.text}" names no tier; points checked against [0, ${plain(weight)}] only`,
      ),
    );
  }
  if (tier && tier !== 'achieved')
    need(`定性指标${TIER_RANGE[tier].zh}`, `qualitative target ${TIER_RANGE[tier].en}`);
  const rate = points.div(weight);
  const trace = [
    { key: 'target', value: tgt },
    { key: 'actual', value: actual.text },
    { key: 'tier', value: tier ?? 'unknown' },
    { key: 'points', value: points.toString() },
  ];
  const label = range ? `「${range.zh}」档（${allowed.text} 分）` : '未注明档次';
  return outcome(
    rate,
    points,
    trace,
    (lost) => ({
      zh: `${name.zh}：指标值「${tgt}」，实际完成「${actual.text}」，${label}，得 ${fmt(points, 2)} 分，扣 ${lost} 分`,
      en: `${name.en}: target "${tgt}", actual "${actual.text}" (${range ? range.en : 'no tier'}), ${fmt(points, 2)} points, ${lost} lost`,
    }),
    flags,
  );
}
