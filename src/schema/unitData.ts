/**
 * Unit data (评价数据): who is evaluated, the raw facts, and per-indicator answers. Answers are
 * checked against the fields the indicator's rule reads when the framework is known.
 */
import * as z from 'zod/mini';
import { NumSchema, type DeepReadonly } from './common.js';

/**
 * The evaluated unit.
 *
 * @example
 * ```ts
 * UnitInfoSchema.safeParse({ name: '临泽县科学技术协会', year: 2023 }).success; // true
 * ```
 * @category Evaluate
 */
export const UnitInfoSchema = z.strictObject({
  /** Name (单位名称), e.g. `"临泽县科学技术协会"`. */
  name: z.string().check(z.minLength(1)).check(z.maxLength(200)),
  /** Code (单位编码). */
  code: z.optional(z.string().check(z.maxLength(100))),
  /** Year evaluated (评价年度). */
  year: z.optional(z.number().check(z.int()).check(z.gte(1900)).check(z.lte(2200))),
  /** Free note (e.g. where the data come from). */
  note: z.optional(z.string().check(z.maxLength(4000))),
});

/**
 * The evaluated unit.
 *
 * @category Evaluate
 */
export type UnitInfo = z.infer<typeof UnitInfoSchema>;

/** Answer fields every indicator accepts, inner or leaf. */
export const commonAnswer = {
  /** The indicator does not apply to this unit (不适用). */
  notApplicable: z.optional(z.boolean()),
  /** Why it does not apply (required with `notApplicable`). */
  reason: z.optional(z.string().check(z.maxLength(2000))),
  /** Free remark, e.g. a 偏差原因. */
  note: z.optional(z.string().check(z.maxLength(4000))),
  /** References to evidence (文件, 凭证). */
  evidence: z.optional(
    z.union(
      [
        z.string().check(z.maxLength(2000)),
        z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(100)),
      ],
      {
        error: () => '$jixiao:evidence',
      },
    ),
  ),
};

/**
 * Schema of a unit data document (answers are checked per rule later).
 *
 * @example
 * ```ts
 * UnitDataSchema.safeParse({ facts: { 'staff.actual': 8 } }).success; // true
 * ```
 * @category Evaluate
 */
export const UnitDataSchema = z.strictObject({
  $schema: z.optional(z.string()),
  unit: z.optional(UnitInfoSchema),
  /** Facts by declared name, flat: `{ "staff.actual": 8 }` (names are checked against the framework). */
  facts: z.optional(z.record(z.string().check(z.maxLength(100)), NumSchema)),
  /** Where each fact comes from (a document, a page, "示意" for illustrative values), by fact name. */
  sources: z.optional(
    z.record(z.string().check(z.maxLength(100)), z.string().check(z.maxLength(2000))),
  ),
  /** Answers by indicator id (each checked against the fields its rule reads). */
  answers: z.optional(z.record(z.string().check(z.maxLength(100)), z.unknown())),
});

/**
 * A unit data document as a caller writes it (the parameter type of `evaluate`): answers are typed, so
 * a misspelt answer field of a literal fails `tsc`; which fields an indicator accepts depends on its
 * rule and is checked at run time.
 *
 * @example
 * ```ts
 * const data: UnitDataInput = {
 *   facts: { 'staff.actual': 8, 'staff.quota': 8 },
 *   answers: { rest: { points: '94.5', justification: '材料齐全' } },
 * };
 * ```
 * @category Evaluate
 */
export type UnitDataInput = DeepReadonly<
  Omit<z.input<typeof UnitDataSchema>, 'answers'> & {
    answers?: Readonly<Record<string, AnswerInput>> | undefined;
  }
>;

/**
 * An answer for one indicator: the fields every indicator accepts and those each rule kind reads
 * (`ANSWER_FIELDS` lists them; a test keeps the two in step with the rules' schemas).
 *
 * @example
 * ```ts
 * const a: AnswerInput = { level: 'achieved', points: '5.5', justification: '按期完成' };
 * ```
 * @category Evaluate
 */
export interface AnswerInput {
  /** The indicator does not apply to this unit (不适用). */
  readonly notApplicable?: boolean | undefined;
  /** Why it does not apply (required with `notApplicable`). */
  readonly reason?: string | undefined;
  /** Free remark, e.g. a 偏差原因. */
  readonly note?: string | undefined;
  /** References to evidence (文件, 凭证). */
  readonly evidence?: string | readonly string[] | undefined;
  /** `ratio`, `bands`, `stepDeduction`: the value scored when the rule names no metric. */
  readonly value?: number | string | undefined;
  /** `manual`, `levels`, `target`: the evaluator's points. */
  readonly points?: number | string | undefined;
  /** `manual`, `levels`: why these points. */
  readonly justification?: string | undefined;
  /** `levels`: the chosen level (its id or Chinese label). */
  readonly level?: string | undefined;
  /** `elements`: element id → met. */
  readonly elements?: Readonly<Record<string, boolean>> | undefined;
  /** `elements`: whether the gate (precondition) is met. */
  readonly gate?: boolean | undefined;
  /** `gate`: whether the condition holds. */
  readonly passed?: boolean | undefined;
  /** `survey`: the satisfaction rate in percent. */
  readonly rate?: number | string | undefined;
  /** `survey`: votes per option id. */
  readonly votes?: Readonly<Record<string, number>> | undefined;
  /**
   * `survey`: a fuzzy comprehensive evaluation (模糊综合评价): factor weights and, per factor, the
   * counts (or memberships) of the rule's options in their order.
   */
  readonly fuzzy?:
    | {
        readonly weights: readonly (number | string)[];
        readonly counts?: readonly (readonly number[])[] | undefined;
        readonly membership?: readonly (readonly (number | string)[])[] | undefined;
        readonly operator?: 'productSum' | 'minMax' | 'productMax' | 'minSum' | undefined;
      }
    | undefined;
  /** `target`: 实际完成值 as written. */
  readonly actual?: string | number | undefined;
}

/**
 * The fields of {@link AnswerInput}, for checks at run time.
 *
 * @example
 * ```ts
 * ANSWER_FIELDS.includes('points'); // true
 * ```
 * @category Evaluate
 */
export const ANSWER_FIELDS: readonly (keyof AnswerInput)[] = Object.freeze([
  'notApplicable',
  'reason',
  'note',
  'evidence',
  'value',
  'points',
  'justification',
  'level',
  'elements',
  'gate',
  'passed',
  'rate',
  'votes',
  'fuzzy',
  'actual',
] satisfies (keyof AnswerInput)[]);
