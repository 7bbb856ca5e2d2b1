/**
 * `elements` (要素计分): each element met earns its points, e.g. 基础信息完善性 "真实(1分)、完整(1分)、
 * 准确(1分)", or 评价要点 ①②③ of 53号. An optional gate zeroes the indicator when it is not met
 * ("未设置绩效目标，该栏不得分"). The element points must add up to the weight exactly. Every
 * element must be answered true or false: an unanswered element is missing input, not a silent 0.
 */
import * as z from 'zod/mini';
import { ONE, ZERO, dec, plain, type Dec } from '../decimal.js';
import {
  IdSchema,
  LocalTextSchema,
  PositiveNumSchema,
  localText,
  type LocalText,
} from '../schema/common.js';
import { RuleFault, type RuleKind } from './types.js';

/** Parameters of an `elements` rule. */
export const ElementsRuleSchema = z.strictObject({
  kind: z.literal('elements'),
  /** The elements (评价要点), each with its points. */
  items: z
    .array(z.strictObject({ id: IdSchema, label: LocalTextSchema, points: PositiveNumSchema }))
    .check(z.minLength(1))
    .check(z.maxLength(50)),
  /** A precondition: when not met, the indicator scores 0 whatever the elements say. */
  gate: z.optional(z.strictObject({ label: LocalTextSchema })),
});

/** An `elements` rule as written in a framework. */
export type ElementsRule = z.infer<typeof ElementsRuleSchema>;

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const mark = (i: number): string => CIRCLED.charAt(i) || `(${i + 1})`;

/** The `elements` rule kind. */
export const elementsRule: RuleKind<ElementsRule> = {
  kind: 'elements',
  schema: ElementsRuleSchema,
  answer: {
    /** Element id → met (true) or not (false). */
    elements: z.optional(z.record(z.string(), z.boolean())),
    /** Whether the gate (precondition) is met. */
    gate: z.optional(z.boolean()),
  },
  prepare(params, ctx) {
    const weight = ctx.weight;
    const items: { id: string; label: LocalText; points: Dec; text: string; mark: string }[] = [];
    const seen = new Set<string>();
    let sum = ZERO;
    let ok = true as boolean;
    params.items.forEach((it, i) => {
      if (seen.has(it.id)) {
        ctx.incoherent(
          [...ctx.at, 'items', i, 'id'],
          `要素编号 "${it.id}" 重复`,
          `element id "${it.id}" appears twice`,
        );
        ok = false;
      }
      seen.add(it.id);
      const points = dec(it.points);
      sum = sum.plus(points);
      items.push({
        id: it.id,
        label: localText(it.label),
        points,
        text: points.toString(),
        mark: mark(i),
      });
    });
    if (!sum.eq(weight)) {
      ctx.incoherent(
        [...ctx.at, 'items'],
        `各要素分值之和 ${plain(sum)} 不等于指标分值 ${plain(weight)}`,
        `element points add up to ${plain(sum)}, not the weight ${plain(weight)}`,
      );
      ok = false;
    }
    if (!ok) return null;
    const gate = params.gate ? localText(params.gate.label) : null;
    const id = ctx.id;
    const name = ctx.name;

    return ({ answer }) => {
      // A Map, not the answer object: an element id such as "toString" must not find a prototype's.
      const given = new Map(Object.entries((answer?.elements ?? {}) as Record<string, boolean>));
      for (const key of given.keys()) {
        if (!seen.has(key)) throw new RuleFault('unknown_key', { key }, ['elements', key]);
      }
      const unanswered = items.filter((it) => !given.has(it.id));
      const gateMet = answer?.gate as boolean | undefined;
      if (gate && gateMet === undefined) {
        throw new RuleFault('missing_input', { id, what: `gate（${gate.zh}）` });
      }
      if (gate && gateMet === false) {
        return {
          rate: ZERO,
          points: ZERO,
          trace: [{ key: 'gate', value: 'false' }],
          explain: (lost) => ({
            zh: `${name.zh}：未满足前提条件「${gate.zh}」，该项不得分，扣 ${lost} 分`,
            en: `${name.en}: the precondition "${gate.en}" is not met, so the indicator scores nothing: ${lost} points lost`,
          }),
        };
      }
      if (unanswered.length > 0) {
        const list = unanswered.map((it) => `${it.id}（${it.label.zh}）`).join('、');
        throw new RuleFault('missing_input', { id, what: `elements（要素）: ${list}` });
      }
      let points = ZERO;
      const missed: typeof items = [];
      for (const it of items) {
        if (given.get(it.id) === true) points = points.plus(it.points);
        else missed.push(it);
      }
      const trace = items.map((it) => ({
        key: `element.${it.id}`,
        value: given.get(it.id) === true ? it.text : '0',
      }));
      if (missed.length === 0) return { rate: ONE, points, trace };
      return {
        rate: points.div(weight),
        points,
        trace,
        explain: (lost) => ({
          zh: `${name.zh}：未满足 ${missed.map((it) => `${it.mark}${it.label.zh}（${plain(it.points)} 分）`).join('；')}，扣 ${lost} 分`,
          en: `${name.en}: not met ${missed.map((it) => `${it.mark} ${it.label.en} (${plain(it.points)})`).join('; ')}: ${lost} points lost`,
        }),
      };
    };
  },
};
