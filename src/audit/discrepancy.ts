/**
 * Discrepancies (复核发现): what a reviewer finds when a published table disagrees with its own
 * arithmetic or with the rules — each with the expected and the published figure, the difference,
 * a severity and a message in Chinese and English.
 */
import type { LocalMessage } from '../errors/messages.js';
import type { Path } from '../errors/issue.js';

/**
 * What kind of discrepancy.
 *
 * @category Audit
 */
export type DiscrepancyCode =
  /** The published total is not the sum of the published parts. */
  | 'total_not_sum'
  /** The published total is not the rule-based total. */
  | 'total_differs'
  /** The published grade is not the grade of the published total. */
  | 'grade_not_total'
  /** The published grade is not the rule-based grade. */
  | 'grade_differs'
  /** A row's published points are not what the rule gives. */
  | 'row_points_differ'
  /** A row's published points exceed its weight. */
  | 'points_above_weight'
  /** A row's published points are negative. */
  | 'negative_points'
  /** The budget block's points are not what the rule gives (e.g. stepped instead of proportional). */
  | 'budget_points_differ'
  /** The printed 执行率 is not 全年执行数 ÷ 全年预算数. */
  | 'rate_misprinted'
  /** Execution above 100% scored above the budget block's weight. */
  | 'budget_over_weight'
  /** Points lost on a met target, with no 偏差原因. */
  | 'loss_unexplained'
  /** A 偏差原因 is required (unmet, over-completed, 执行率 < 90%) and missing. */
  | 'explanation_missing'
  /** The weights do not add up to 100. */
  | 'weights_not_100'
  /** The weights differ from the 10号 default split (information). */
  | 'split_differs'
  /** A group label's points ("产出指标(50分)") differ from its rows' weights. */
  | 'group_points_differ'
  /** Rows without a printed 分值 were given equal shares of a label's points (information). */
  | 'weights_shared'
  /** A row cannot be read (its 指标值 or 实际完成值), so its points cannot be checked. */
  | 'row_unreadable'
  /** The budget block cannot be scored (e.g. 全年预算数 0). */
  | 'budget_unreadable'
  /** A published figure is not a number. */
  | 'published_unreadable'
  /** The table cannot be read at all. */
  | 'unreadable';

/**
 * What a discrepancy changes: the grade, only points, or nothing (information for the reviewer).
 * @category Audit
 */
export type DiscrepancySeverity = 'grade' | 'points' | 'info';

/**
 * One discrepancy.
 *
 * @category Audit
 */
export interface Discrepancy {
  readonly code: DiscrepancyCode;
  /** Where in the table (e.g. `["rows", 3, "publishedPoints"]`). */
  readonly path: Path;
  /** What the rules or the arithmetic give, or `null`. */
  readonly expected: string | null;
  /** What the table prints, or `null`. */
  readonly published: string | null;
  /** published − expected, or `null`. */
  readonly difference: string | null;
  readonly severity: DiscrepancySeverity;
  readonly message: LocalMessage;
}

/**
 * Every discrepancy code, for summaries and docs.
 *
 * @example
 * ```ts
 * DISCREPANCY_CODES.includes('total_not_sum'); // true
 * ```
 * @category Audit
 */
export const DISCREPANCY_CODES: readonly DiscrepancyCode[] = [
  'total_not_sum',
  'total_differs',
  'grade_not_total',
  'grade_differs',
  'row_points_differ',
  'points_above_weight',
  'negative_points',
  'budget_points_differ',
  'rate_misprinted',
  'budget_over_weight',
  'loss_unexplained',
  'explanation_missing',
  'weights_not_100',
  'split_differs',
  'group_points_differ',
  'weights_shared',
  'row_unreadable',
  'budget_unreadable',
  'published_unreadable',
  'unreadable',
];
