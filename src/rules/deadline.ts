/**
 * Deadlines (时效指标) of the `target` rule. Done by the deadline: full points. Late: no points
 * unless the evaluator gives some within the 未达成 tier ([0, 60%) of the weight, 财预〔2020〕10号),
 * with a `late` flag naming the days, and a 偏差原因 required.
 */
import { dec, exactText, fmt, ONE, ZERO, type Dec } from '../decimal.js';
import type { LocalMessage } from '../errors/messages.js';
import { compareDates } from '../target/dates.js';
import type { ParsedActual, ParsedTarget } from '../target/parse.js';
import { flag } from './qualitative.js';
import { outcome } from './shared.js';
import { RuleFault, type Flag, type RuleOutcome } from './types.js';

const show = (y: number | null, m: number, d: number | null): string =>
  `${y === null ? '' : `${y}年`}${m}月${d === null ? '' : `${d}日`}`;

/**
 * Scores a date actual against a deadline.
 *
 * @param target - the deadline
 * @param actual - the date done
 * @param tableYear - the table's year (for dates without one)
 * @param given - the evaluator's points, if any
 * @param ctx - weight, id, name, the target as shown, the flags so far, and `need`
 * @returns the rule's outcome
 * @example
 * ```ts
 * deadline(parseTarget('12月底前'), parseActual('2023年11月'), 2023, undefined, ctx).points; // weight
 * ```
 * @internal
 */
export function deadline(
  target: Extract<ParsedTarget, { kind: 'deadline' }>,
  actual: Extract<ParsedActual, { kind: 'date' }>,
  tableYear: number | null,
  given: unknown,
  ctx: {
    weight: Dec;
    id: string;
    name: LocalMessage;
    tgt: string;
    flags: Flag[];
    need: (zh: string, en: string) => void;
  },
): RuleOutcome {
  const { weight, id, name, tgt, flags, need } = ctx;
  const c = compareDates(target, actual, tableYear);
  if (c.yearAssumed) {
    flags.push(
      flag(
        'yearAssumed',
        '时限与完成日期均未写年份，按同一年比较',
        'neither the deadline nor the date names a year: compared within one year',
      ),
    );
  }
  const trace = [
    { key: 'target', value: show(target.year, target.month, target.day) },
    { key: 'actual', value: show(actual.year, actual.month, actual.day) },
    { key: 'daysLate', value: String(c.daysLate) },
  ];
  // Done in time: full points, nothing lost, nothing to explain.
  if (c.met) return { rate: ONE, points: weight, trace, flags };
  flags.push(flag('late', `晚于时限 ${c.daysLate} 天`, `${c.daysLate} days after the deadline`));
  need(`未按时完成（晚 ${c.daysLate} 天）`, `not done by the deadline (${c.daysLate} days late)`);
  const hi = weight.times('0.6');
  let points = ZERO;
  if (given !== undefined) {
    points = dec(given as number | string);
    if (points.isNeg() || !points.lt(hi)) {
      throw new RuleFault(
        'points_out_of_range',
        { id, points: exactText(points), range: `[0, ${fmt(hi, 2)})` },
        ['points'],
      );
    }
  }
  const rate = points.div(weight);
  trace.push({ key: 'points', value: points.toString() });
  return outcome(
    rate,
    points,
    trace,
    (lost) => ({
      zh: `${name.zh}：时限「${tgt}」，完成于「${actual.text}」，晚 ${c.daysLate} 天，得 ${fmt(points, 2)} 分，扣 ${lost} 分`,
      en: `${name.en}: deadline "${tgt}", done "${actual.text}", ${c.daysLate} days late: ${fmt(points, 2)} points, ${lost} lost`,
    }),
    flags,
  );
}
