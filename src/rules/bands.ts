/**
 * `bands` (区间计分): the value's interval picks the points, e.g. 预决算差异率 "±30%（含）以内得3分；
 * ±30%-±35%（含）以内得2分；±35%-±40%（含）以内得1分". Bands are listed from low to high; each
 * states whether its bounds are included, and neighbours must meet exactly (one includes the
 * shared bound, the other does not), so every value in the covered range has exactly one band.
 * A value outside every band is an error, never a silent zero: declare a 0-point band instead.
 */
import * as z from 'zod/mini';
import { ZERO, dec, exactText, plain, type Dec } from '../decimal.js';
import {
  LocalTextSchema,
  NonNegNumSchema,
  NumSchema,
  ShareSchema,
  localText,
} from '../schema/common.js';
import { outcome, qty, valueAnswer, valueFields, valueSource } from './shared.js';
import { RuleFault, type RuleKind } from './types.js';

const BandSchema = z.strictObject({
  /** Lower bound; omitted on the first band for "no lower bound". */
  min: z.optional(NumSchema),
  /** Whether `min` itself is in the band (default true). */
  minInclusive: z.optional(z.boolean()),
  /** Upper bound; omitted on the last band for "no upper bound". */
  max: z.optional(NumSchema),
  /** Whether `max` itself is in the band (default false). */
  maxInclusive: z.optional(z.boolean()),
  /** Points for a value in this band. Give `points` or `share`, not both. */
  points: z.optional(NonNegNumSchema),
  /** Share of the weight for a value in this band (0–1). */
  share: z.optional(ShareSchema),
  /** Optional name of the band, e.g. `"±30%以内"`. */
  label: z.optional(LocalTextSchema),
});

/** Parameters of a `bands` rule. */
export const BandsRuleSchema = z.strictObject({
  kind: z.literal('bands'),
  ...valueFields,
  bands: z.array(BandSchema).check(z.minLength(1)).check(z.maxLength(100)),
});

/** A `bands` rule as written in a framework. */
export type BandsRule = z.infer<typeof BandsRuleSchema>;

interface Band {
  min: Dec | null;
  minIn: boolean;
  max: Dec | null;
  maxIn: boolean;
  points: Dec;
  text: string;
}

const interval = (b: Omit<Band, 'text' | 'points'>): string =>
  `${b.min === null ? '(-∞' : (b.minIn ? '[' : '(') + plain(b.min)}, ${
    b.max === null ? '+∞)' : plain(b.max) + (b.maxIn ? ']' : ')')
  }`;

/** The `bands` rule kind. */
export const bandsRule: RuleKind<BandsRule> = {
  kind: 'bands',
  schema: BandsRuleSchema,
  answer: valueAnswer,
  prepare(params, ctx) {
    const weight = ctx.weight;
    const bands: Band[] = [];
    let ok = true as boolean;
    const fail = (i: number, key: string, zh: string, en: string): void => {
      ctx.incoherent([...ctx.at, 'bands', i, key], zh, en);
      ok = false;
    };
    params.bands.forEach((b, i) => {
      const shape = {
        min: b.min === undefined ? null : dec(b.min),
        minIn: b.minInclusive ?? true,
        max: b.max === undefined ? null : dec(b.max),
        maxIn: b.maxInclusive ?? false,
      };
      const text = b.label ? localText(b.label).zh : interval(shape);
      const pointsGiven = (b.points === undefined) !== (b.share === undefined);
      if (!pointsGiven) {
        fail(
          i,
          'points',
          '每个区间须给出 points 或 share 之一',
          'each band needs exactly one of points or share',
        );
      }
      // A band whose points are wrong still has its bounds: its neighbours are checked against them.
      const points = !pointsGiven
        ? ZERO
        : b.points !== undefined
          ? dec(b.points)
          : weight.times(dec(b.share ?? 0));
      if (points.gt(weight)) {
        fail(
          i,
          'points',
          `区间得分 ${plain(points)} 超过指标分值 ${plain(weight)}`,
          `band points ${plain(points)} exceed the weight ${plain(weight)}`,
        );
      }
      if (shape.min === null && i !== 0)
        fail(i, 'min', '只有第一个区间可以没有下限', 'only the first band may omit min');
      if (shape.max === null && i !== params.bands.length - 1) {
        fail(i, 'max', '只有最后一个区间可以没有上限', 'only the last band may omit max');
      }
      if (shape.min && shape.max) {
        const c = shape.min.comparedTo(shape.max);
        if (c > 0 || (c === 0 && !(shape.minIn && shape.maxIn))) {
          fail(i, 'max', `区间 ${interval(shape)} 为空`, `band ${interval(shape)} is empty`);
        }
      }
      const prev = bands[bands.length - 1];
      if (prev?.max && shape.min) {
        if (!prev.max.eq(shape.min)) {
          const gap = prev.max.lt(shape.min);
          fail(
            i,
            'min',
            `区间须从低到高首尾相接：上一区间止于 ${plain(prev.max)}，本区间始于 ${plain(shape.min)}（${gap ? '有空档' : '有重叠'}）`,
            `bands must run from low to high and meet: the previous ends at ${plain(prev.max)}, this starts at ${plain(shape.min)} (${gap ? 'a gap' : 'an overlap'})`,
          );
        } else if (prev.maxIn === shape.minIn) {
          fail(
            i,
            'minInclusive',
            `分界点 ${plain(shape.min)} ${prev.maxIn ? '同时属于两个区间' : '不属于任何区间'}`,
            `the bound ${plain(shape.min)} ${prev.maxIn ? 'belongs to both neighbouring bands' : 'belongs to neither band'}`,
          );
        }
      }
      bands.push({ ...shape, points, text });
    });
    const source = valueSource(params, ctx);
    if (!source || !ok) return null;
    const { read, unit } = source;
    const name = ctx.name;
    const id = ctx.id;

    return ({ env, answer }) => {
      const value = read(env, answer);
      const band = bands.find(
        (b) =>
          (b.min === null || value.gt(b.min) || (b.minIn && value.eq(b.min))) &&
          (b.max === null || value.lt(b.max) || (b.maxIn && value.eq(b.max))),
      );
      if (!band) throw new RuleFault('value_outside_bands', { id, value: exactText(value) });
      const points = band.points;
      const rate = points.div(weight);
      const trace = [
        { key: 'value', value: value.toString() },
        { key: 'band', value: band.text },
        { key: 'points', value: points.toString() },
      ];
      const v = qty(value, unit);
      return outcome(rate, points, trace, (lost) => ({
        zh: `${name.zh} ${v}，落在区间 ${band.text}，得 ${plain(points)} 分，扣 ${lost} 分`,
        en: `${name.en} ${v} lies in band ${band.text}, worth ${plain(points)} points: ${lost} points lost`,
      }));
    };
  },
};
