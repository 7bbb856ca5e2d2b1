/**
 * The 项目支出绩效自评表 as plain JSON: a budget block (年初预算数, 全年预算数, 全年执行数, 分值) and rows of
 * 一级 / 二级 / 三级指标 with 年度指标值, 实际完成值, 分值, the evaluator's 得分 where needed, and
 * 偏差原因分析.
 */
import * as z from 'zod';
import { ScaleChoiceSchema } from '../grade/scale.js';
import { ActualInputSchema, OverCompletionSchema, TargetInputSchema } from '../rules/target.js';
import { NonNegNumSchema, NumSchema, PositiveNumSchema, ShareSchema } from '../schema/common.js';
import { RoundingSchema } from '../schema/options.js';

/** The budget block (项目资金). */
export const BudgetBlockSchema = z.strictObject({
  /** 年初预算数. */
  initial: NonNegNumSchema.optional(),
  /** 全年预算数 (调整后预算数). */
  adjusted: NonNegNumSchema,
  /** 全年执行数. */
  executed: NonNegNumSchema,
  /** 分值 of 预算执行率 (default 10). */
  weight: PositiveNumSchema.optional(),
  /** 原因: why execution fell short, or why the budget was adjusted. */
  note: z.string().max(4000).optional(),
});

/** One row of 绩效指标. */
export const SelfEvaluationRowSchema = z.strictObject({
  /** 一级指标, e.g. "产出指标". */
  l1: z.string().min(1).max(200),
  /** 二级指标, e.g. "数量指标". */
  l2: z.string().min(1).max(200).optional(),
  /** 三级指标. */
  l3: z.string().min(1).max(500),
  /** 年度指标值 as written ("≥95%"), or the 101号 columns `{ op, value, unit }`. */
  target: TargetInputSchema,
  /** 实际完成值 as written. */
  actual: ActualInputSchema,
  /** 分值. */
  weight: PositiveNumSchema,
  /** 得分 given by the evaluator (needed for qualitative rows). */
  points: NumSchema.optional(),
  /** 偏差原因分析及改进措施. */
  note: z.string().max(4000).optional(),
});

/** A whole self-evaluation table. */
export const SelfEvaluationTableSchema = z.strictObject({
  $schema: z.string().optional(),
  /** 单位 (实施单位). */
  unit: z.string().min(1).max(200).optional(),
  /** 项目名称. */
  project: z.string().min(1).max(500).optional(),
  /** 评价年度. */
  year: z.number().int().min(1900).max(2200).optional(),
  /** Where the table was published (for reviewers). */
  source: z.string().max(2000).optional(),
  budget: BudgetBlockSchema,
  rows: z.array(SelfEvaluationRowSchema).min(1).max(500),
  scale: ScaleChoiceSchema.optional(),
});

/** A self-evaluation table as written in JSON. */
export type SelfEvaluationTable = z.infer<typeof SelfEvaluationTableSchema>;

/** A row as written in JSON. */
export type SelfEvaluationRow = z.infer<typeof SelfEvaluationRowSchema>;

/** Options of `scoreSelfEvaluation`. */
export const SelfEvaluationOptionsSchema = z.strictObject({
  /** Over-completion threshold (default 1.3) and policy (`flag` or `proportional`). */
  overCompletion: OverCompletionSchema.optional(),
  /** The 执行率 below which a reason is required, as a share (default 0.9, i.e. 90%). */
  explainBelow: ShareSchema.optional(),
  /** The weight layout to compare against: `projectSelf2020` (default) or `none`. */
  layout: z.enum(['projectSelf2020', 'none']).optional(),
  /** Rounding (default: rows to 2 places half-up, then summed). */
  rounding: RoundingSchema.optional(),
  /** A grade scale overriding the table's. */
  scale: ScaleChoiceSchema.optional(),
});

/** Options of `scoreSelfEvaluation` as written. */
export type SelfEvaluationOptions = z.infer<typeof SelfEvaluationOptionsSchema>;
