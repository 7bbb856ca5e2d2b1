/**
 * The 项目支出绩效自评表 as plain JSON: a budget block (年初预算数, 全年预算数, 全年执行数, 分值) and rows of
 * 一级 / 二级 / 三级指标 with 年度指标值, 实际完成值, 分值, the evaluator's 得分 where needed, and
 * 偏差原因分析.
 */
import * as z from 'zod/mini';
import { ScaleChoiceSchema } from '../grade/scale.js';
import { ActualInputSchema, OverCompletionSchema, TargetInputSchema } from '../rules/target.js';
import {
  NonNegNumSchema,
  NumSchema,
  PositiveNumSchema,
  ShareSchema,
  type DeepReadonly,
} from '../schema/common.js';
import { RoundingSchema } from '../schema/options.js';
import { makeIssue, type Issue } from '../errors/issue.js';

/** Where a row was read from: the sheet, the row as numbered on screen, and each field's cell. */
export const CellOriginSchema = z.strictObject({
  sheet: z.optional(z.string().check(z.maxLength(200))),
  /** The row number users see (from 1). */
  row: z.number().check(z.int()).check(z.gte(1)).check(z.lte(10_000_000)),
  /** Field → cell name ("E12"). */
  cells: z.optional(
    z.record(z.string().check(z.maxLength(40)), z.string().check(z.regex(/^[A-Z]{1,3}\d{1,7}$/))),
  ),
});

/**
 * The budget block (项目资金).
 *
 * @example
 * ```ts
 * BudgetBlockSchema.safeParse({ adjusted: '89.974', executed: '89.974' }).success; // true
 * ```
 * @category Self-evaluation
 */
export const BudgetBlockSchema = z.strictObject({
  /** 年初预算数. */
  initial: z.optional(NonNegNumSchema),
  /** 全年预算数 (调整后预算数). */
  adjusted: NonNegNumSchema,
  /** 全年执行数. */
  executed: NonNegNumSchema,
  /** 分值 of 预算执行率 (default 10). */
  weight: z.optional(PositiveNumSchema),
  /** 原因: why execution fell short, or why the budget was adjusted. */
  note: z.optional(z.string().check(z.maxLength(4000))),
  /** The unit of the amounts as printed ("万元", the default, or "元"). */
  unit: z.optional(z.enum(['元', '千元', '万元', '亿元'])),
  /** The 其中 lines (当年财政拨款, 上年结转资金, 其他资金), kept as printed. */
  parts: z.optional(
    z
      .array(
        z.strictObject({
          name: z.string().check(z.minLength(1)).check(z.maxLength(200)),
          initial: z.optional(NonNegNumSchema),
          adjusted: z.optional(NonNegNumSchema),
          executed: z.optional(NonNegNumSchema),
        }),
      )
      .check(z.maxLength(20)),
  ),
  /** Where the block was read from (set by the file readers). */
  at: z.optional(CellOriginSchema),
});

/** A "其中…" line under a row: printed without 分值, kept as an unscored part. */
export const SubRowSchema = z.strictObject({
  l3: z.string().check(z.minLength(1)).check(z.maxLength(500)),
  target: z.optional(z.string().check(z.maxLength(500))),
  actual: z.optional(z.string().check(z.maxLength(500))),
  note: z.optional(z.string().check(z.maxLength(4000))),
});

/**
 * One row of 绩效指标.
 *
 * @example
 * ```ts
 * SelfEvaluationRowSchema.safeParse({ l1: '产出指标', l3: '培训人次', target: '≥500人次', actual: '526人次', weight: 15 }).success; // true
 * ```
 * @category Self-evaluation
 */
export const SelfEvaluationRowSchema = z.strictObject({
  /** 一级指标, e.g. "产出指标". */
  l1: z.string().check(z.minLength(1)).check(z.maxLength(200)),
  /** 二级指标, e.g. "数量指标". */
  l2: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(200))),
  /** 三级指标. */
  l3: z.string().check(z.minLength(1)).check(z.maxLength(500)),
  /**
   * 年度指标值 as written ("≥95%"), or the 101号 columns `{ op, value, unit }`. A row with neither
   * target nor actual is scored by the evaluator (a 评分表 row): its `points` are required.
   */
  target: z.optional(TargetInputSchema),
  /** 实际完成值 as written. */
  actual: z.optional(ActualInputSchema),
  /** 分值. */
  weight: PositiveNumSchema,
  /**
   * The label whose points were shared equally to give this row its 分值, when the table prints
   * none ("年度绩效目标1(40分)"; set by the file readers under `unprintedWeights: "equal"`).
   * Scoring flags such a row (`weightShared`) and the review reports the label once.
   */
  weightFrom: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(500))),
  /**
   * 得分 given by the evaluator: needed for qualitative and 评分表 rows; on a quantitative row it is
   * compared with the rule's points (a difference is a warning).
   */
  points: z.optional(NumSchema),
  /** 偏差原因分析及改进措施 (or 扣分原因). */
  note: z.optional(z.string().check(z.maxLength(4000))),
  /** 评分标准, for rows scored by the evaluator. */
  standard: z.optional(z.string().check(z.maxLength(4000))),
  /** A 核心指标 (★). */
  core: z.optional(z.boolean()),
  /** "其中…" lines printed under the row without 分值. */
  parts: z.optional(z.array(SubRowSchema).check(z.maxLength(50))),
  /** Where the row was read from (set by the file readers). */
  at: z.optional(CellOriginSchema),
});

/**
 * A whole self-evaluation table.
 *
 * @example
 * ```ts
 * SelfEvaluationTableSchema.safeParse(JSON.parse(readFileSync('table.json', 'utf8'))).success;
 * ```
 * @category Self-evaluation
 */
export const SelfEvaluationTableSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** 单位 (实施单位). */
  unit: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(200))),
  /** 项目名称. */
  project: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(500))),
  /** 评价年度. */
  year: z.optional(z.number().check(z.int()).check(z.gte(1900)).check(z.lte(2200))),
  /** Where the table was published (for reviewers). */
  source: z.optional(z.string().check(z.maxLength(2000))),
  /**
   * `project` (项目支出绩效自评表, the default: a budget block and the 10 / 50 / 30 / 10 split are
   * expected) or `department` (部门整体支出: no budget block required, no split compared).
   */
  kind: z.optional(z.enum(['project', 'department'])),
  /** The title as printed. */
  title: z.optional(z.string().check(z.maxLength(500))),
  /** The column layout the table was read in (set by the file readers). */
  layout: z.optional(z.string().check(z.maxLength(64))),
  /** 年度总体目标: 预期目标 and 实际完成情况, as printed. */
  goal: z.optional(
    z.strictObject({
      expected: z.optional(z.string().check(z.maxLength(8000))),
      achieved: z.optional(z.string().check(z.maxLength(8000))),
    }),
  ),
  /** Points printed in group labels ("产出指标(50分)"), checked against the rows' 分值. */
  groups: z.optional(
    z
      .array(
        z.strictObject({
          l1: z.string().check(z.minLength(1)).check(z.maxLength(200)),
          l2: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(200))),
          weight: PositiveNumSchema,
        }),
      )
      .check(z.maxLength(200)),
  ),
  /** 偏差原因分析及改进措施 for the whole table. */
  note: z.optional(z.string().check(z.maxLength(8000))),
  /** The budget block; required for a project table. */
  budget: z.optional(BudgetBlockSchema),
  rows: z.array(SelfEvaluationRowSchema).check(z.minLength(1)).check(z.maxLength(500)),
  scale: z.optional(ScaleChoiceSchema),
});

/**
 * A self-evaluation table as written in JSON (after validation).
 *
 * @category Self-evaluation
 */
export type SelfEvaluationTable = z.infer<typeof SelfEvaluationTableSchema>;

/**
 * A self-evaluation table as a caller writes it: the parameter type of `scoreSelfEvaluation`, so that
 * a misspelt field of a literal fails `tsc` (readonly arrays and `as const` literals fit).
 *
 * @example
 * ```ts
 * const table: SelfEvaluationTableInput = {
 *   budget: { initial: 90, adjusted: 90, executed: 90 },
 *   rows: [{ l1: '产出指标', l3: '培训人次', target: '≥500人次', actual: '526人次', weight: 90 }],
 * };
 * ```
 * @category Self-evaluation
 */
export type SelfEvaluationTableInput = DeepReadonly<z.input<typeof SelfEvaluationTableSchema>>;

/**
 * A row as written in JSON.
 *
 * @category Self-evaluation
 */
export type SelfEvaluationRow = z.infer<typeof SelfEvaluationRowSchema>;

/**
 * Options of `scoreSelfEvaluation`.
 *
 * @example
 * ```ts
 * SelfEvaluationOptionsSchema.safeParse({ explainBelow: 0.9 }).success; // true
 * ```
 * @category Self-evaluation
 */
export const SelfEvaluationOptionsSchema = z.strictObject({
  /** Over-completion threshold (default 1.3) and policy (`flag` or `proportional`). */
  overCompletion: z.optional(OverCompletionSchema),
  /** The 执行率 below which a reason is required, as a share (default 0.9, i.e. 90%). */
  explainBelow: z.optional(ShareSchema),
  /** The weight layout to compare against: `projectSelf2020` (default) or `none`. */
  layout: z.optional(z.enum(['projectSelf2020', 'none'])),
  /** Rounding (default: rows to 2 places half-up, then summed). */
  rounding: z.optional(RoundingSchema),
  /** A grade scale overriding the table's. */
  scale: z.optional(ScaleChoiceSchema),
  /**
   * A qualitative row without 得分: `require` (default) is an error naming the allowed points;
   * `tierTop` gives the top of the tier its 实际完成值 states, `tierMid` its middle (2 places), each
   * with a `qualitativeDefaulted` flag on the row, so that a draft can proceed.
   */
  qualitative: z.optional(z.enum(['require', 'tierTop', 'tierMid'])),
});

/**
 * Options of `scoreSelfEvaluation` as written.
 *
 * @category Self-evaluation
 */
export type SelfEvaluationOptions = z.infer<typeof SelfEvaluationOptionsSchema>;

/**
 * Options of `scoreSelfEvaluation` as a caller writes them (its parameter type).
 *
 * @example
 * ```ts
 * const options: SelfEvaluationOptionsInput = { qualitative: 'tierTop' };
 * ```
 * @category Self-evaluation
 */
export type SelfEvaluationOptionsInput = DeepReadonly<z.input<typeof SelfEvaluationOptionsSchema>>;

/**
 * The check the schema cannot state: a project table (the default kind) has a budget block.
 *
 * @param table - the table as given
 * @param issues - the schema's issues
 * @returns the issues, with one at `["budget"]` when a project table has none (in document order)
 * @example
 * ```ts
 * withBudgetRequired({ rows: [] }, [])[0]?.path; // ["budget"]
 * ```
 */
export function withBudgetRequired(table: unknown, issues: readonly Issue[]): Issue[] {
  if (typeof table !== 'object' || table === null || Array.isArray(table)) return [...issues];
  const t = table as { kind?: unknown; budget?: unknown };
  if (!Object.hasOwn(t, 'kind') || t.kind !== 'department') {
    if (Object.hasOwn(t, 'budget') && t.budget !== undefined) return [...issues];
    if (issues.some((i) => i.path[0] === 'budget')) return [...issues];
    const issue = makeIssue('invalid_input', ['budget'], {
      zh: '项目支出绩效自评表须有预算执行情况 budget（全年预算数 adjusted、全年执行数 executed）；部门整体支出表请写 kind: "department"',
      en: 'a project self-evaluation table needs its budget block (adjusted and executed); for a department table write kind: "department"',
    });
    const at = issues.findIndex((i) =>
      ['rows', 'scale', 'publishedTotal', 'publishedGrade'].includes(String(i.path[0])),
    );
    return at < 0 ? [...issues, issue] : [...issues.slice(0, at), issue, ...issues.slice(at)];
  }
  return [...issues];
}
