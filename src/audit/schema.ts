/**
 * The table an auditor reviews (复核): a self-evaluation table plus what the unit published — each
 * row's 得分, the budget block's 得分 and printed 执行率, the 总分 and the 评价等级.
 */
import * as z from 'zod/mini';
import { NumSchema, type DeepReadonly } from '../schema/common.js';
import {
  BudgetBlockSchema,
  SelfEvaluationRowSchema,
  SelfEvaluationTableSchema,
} from '../self/schema.js';

/** A figure as printed: a number, or text such as "9", "86.19%", "9.90分" (blank means not printed). */
export const PrintedSchema = z.union([NumSchema, z.string().check(z.maxLength(50))]);

/** A row with its published 得分. */
export const AuditRowSchema = z.extend(SelfEvaluationRowSchema, {
  /** 得分 as published. */
  publishedPoints: z.optional(PrintedSchema),
});

/** The budget block with its published 得分 and 执行率. */
export const AuditBudgetSchema = z.extend(BudgetBlockSchema, {
  /** 得分 as published. */
  publishedPoints: z.optional(PrintedSchema),
  /** 执行率 as printed, e.g. "86.19%". */
  publishedRate: z.optional(PrintedSchema),
});

/**
 * A table under review.
 *
 * @example
 * ```ts
 * AuditTableSchema.safeParse({ ...table, publishedTotal: '98.50', publishedGrade: '优' }).success;
 * ```
 * @category Audit
 */
export const AuditTableSchema = z.extend(SelfEvaluationTableSchema, {
  /** A label for reports (file name, 项目名称 …). */
  id: z.optional(z.string().check(z.maxLength(500))),
  budget: z.optional(AuditBudgetSchema),
  rows: z.array(AuditRowSchema).check(z.minLength(1)).check(z.maxLength(500)),
  /** 总分 as published. */
  publishedTotal: z.optional(PrintedSchema),
  /** 评价等级 as published, e.g. "优". */
  publishedGrade: z.optional(z.string().check(z.maxLength(20))),
});

/**
 * A table under review, as written.
 *
 * @category Audit
 */
export type AuditTable = z.infer<typeof AuditTableSchema>;

/**
 * A table to review as a caller writes it (the parameter type of `auditSelfEvaluation`).
 *
 * @example
 * ```ts
 * const t: AuditTableInput = {
 *   id: '表1',
 *   publishedTotal: '98.5',
 *   rows: [{ l1: '产出指标', l3: '培训人次', target: '≥500人次', actual: '526人次', weight: 90, points: 90 }],
 * };
 * ```
 * @category Audit
 */
export type AuditTableInput = DeepReadonly<z.input<typeof AuditTableSchema>>;
