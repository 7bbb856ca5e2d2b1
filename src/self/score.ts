/**
 * `scoreSelfEvaluation`: a 项目支出绩效自评表 as people write it, scored by the official rules on the
 * engine, with every lost point explained and every row that needs a 偏差原因 flagged.
 */
import { JixiaoError, throwIfAny } from '../errors/JixiaoError.js';
import type { Issue } from '../errors/issue.js';
import type { Evaluation, ScoreSummary } from '../engine/types.js';
import type { Flag } from '../rules/types.js';
import { parseWith } from '../schema/parse.js';
import type { ParsedActual, ParsedTarget } from '../target/parse.js';
import { scoreTable } from './core.js';
import { withEmptyRows } from './empty.js';
import {
  SelfEvaluationOptionsSchema,
  SelfEvaluationTableSchema,
  type SelfEvaluationOptions,
  type SelfEvaluationRow,
  type SelfEvaluationOptionsInput,
  type SelfEvaluationTable,
  type SelfEvaluationTableInput,
  withBudgetRequired,
} from './schema.js';

/**
 * A scored row: the input, what was read from it, and its score.
 *
 * @category Self-evaluation
 */
export interface ScoredRow extends SelfEvaluationRow {
  /** What was read from 指标值 and 实际完成值; `null` for a row the evaluator scores (评分表). */
  readonly parsed: { readonly target: ParsedTarget; readonly actual: ParsedActual } | null;
  /** Share of the weight earned (4 places). */
  readonly rate: string;
  readonly points: string;
  readonly lost: string;
  readonly flags: readonly Flag[];
}

/**
 * The result of {@link scoreSelfEvaluation}: plain JSON, decimal strings.
 *
 * @category Self-evaluation
 */
export interface SelfEvaluationResult extends ScoreSummary {
  /** `project` or `department`. */
  readonly kind: 'project' | 'department';
  readonly unit: string | null;
  readonly project: string | null;
  readonly year: number | null;
  readonly budget: {
    readonly initial: string | null;
    /** The unit of the amounts ("万元" unless the table says otherwise). */
    readonly unit: string;
    readonly adjusted: string;
    readonly executed: string;
    readonly weight: string;
    /** 执行率 as a share (4 places), e.g. `"0.9997"`. */
    readonly rate: string;
    /** 执行率 as printed, e.g. `"99.97%"`. */
    readonly ratePercent: string;
    readonly points: string;
    readonly flags: readonly Flag[];
  } | null;
  readonly rows: readonly ScoredRow[];
  /** The full engine evaluation (tree, traces, policies), for renderers. */
  readonly evaluation: Evaluation;
}

/**
 * Scores a self-evaluation table (项目支出绩效自评表). The budget block scores min(执行率, 100%) ×
 * its weight; each row scores by its 指标值 and 实际完成值 as 财预〔2020〕10号 and production systems
 * do; rows are rounded to 2 places half-up and summed; the grade follows 财预〔2020〕10号. The table
 * is checked: weights must add up to the scale's maximum (100), and a split other than the 10号
 * default (10 / 50 / 30 / 10) is a warning.
 *
 * @param table - the table as plain JSON (numbers may be numbers or decimal strings)
 * @param options - over-completion threshold and policy, 执行率 threshold, layout, rounding, scale
 * @returns budget, rows, total, grade, findings, warnings and the engine evaluation
 * @throws {@link JixiaoError} listing every problem with its table path
 * @example
 * ```ts
 * const r = scoreSelfEvaluation({
 *   budget: { adjusted: 100, executed: 95 },
 *   rows: [{ l1: '产出指标', l2: '数量指标', l3: '培训人次', target: '≥500人次', actual: '450人次', weight: 90 }],
 * });
 * r.total; // "90.50" (9.50 + 81.00)
 * ```
 * @category Self-evaluation
 */
export function scoreSelfEvaluation(
  table: SelfEvaluationTableInput,
  options?: SelfEvaluationOptionsInput,
): SelfEvaluationResult {
  const issues: Issue[] = [];
  const t = parseWith(SelfEvaluationTableSchema, table, []);
  const o =
    options === undefined
      ? { ok: true as const, value: {} }
      : parseWith(SelfEvaluationOptionsSchema, options, ['options']);
  issues.push(...withBudgetRequired(table, t.ok ? [] : withEmptyRows(table, t.issues)));
  if (!o.ok) issues.push(...o.issues);
  throwIfAny(issues);
  const doc = (t as { value: SelfEvaluationTable }).value;
  const opts = (o as { value: SelfEvaluationOptions }).value;

  return scoreTable(doc, opts, true);
}

/**
 * Like {@link scoreSelfEvaluation}, but returns problems instead of throwing.
 *
 * @param table - the table
 * @param options - options
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const r = safeScoreSelfEvaluation({ budget: { adjusted: 0, executed: 0 }, rows: [] });
 * if (!r.success) console.log(r.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Self-evaluation
 */
export function safeScoreSelfEvaluation(
  table: unknown,
  options?: unknown,
): { success: true; data: SelfEvaluationResult } | { success: false; error: JixiaoError } {
  try {
    return {
      success: true,
      data: scoreSelfEvaluation(
        table as SelfEvaluationTableInput,
        options as SelfEvaluationOptionsInput,
      ),
    };
  } catch (e) {
    if (e instanceof JixiaoError) return { success: false, error: e };
    throw e;
  }
}
