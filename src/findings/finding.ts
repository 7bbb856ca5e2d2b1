/**
 * Findings (扣分原因): one per indicator that lost points, saying where, how much and why, in
 * Chinese and English. Warnings say what the engine did that a reader should know about.
 */
import type { LocalMessage } from '../errors/messages.js';

/**
 * Why points were lost.
 *
 * @category Evaluate
 */
export type FindingCode =
  /** The rule scored less than the weight. */
  | 'points_lost'
  /** Not applicable, and the not-applicable policy is `zero`. */
  | 'not_applicable'
  /** Input missing, and the missing-input policy is `zero`. */
  | 'missing_input'
  /** Zeroed by a failed gate elsewhere (一票否决). */
  | 'vetoed';

/**
 * How much a finding weighs: `high` when the whole weight is lost, `medium` when half or more,
 * `low` otherwise.
 * @category Evaluate
 */
export type Severity = 'high' | 'medium' | 'low';

/**
 * A point lost: where, how much, why.
 *
 * @category Evaluate
 */
export interface Finding {
  /** The leaf indicator. */
  readonly indicatorId: string;
  /** Names from the top-level indicator down (Chinese), e.g. `["投入", "预算配置", "在职人员控制率"]`. */
  readonly path: readonly string[];
  readonly code: FindingCode;
  /** The indicator's (effective) weight. */
  readonly weight: string;
  /** Points earned, as displayed. */
  readonly points: string;
  /** Points lost, as displayed (weight − points). */
  readonly lost: string;
  readonly severity: Severity;
  /** The reason, with the numbers. */
  readonly message: LocalMessage;
}

/**
 * What the engine did that changes how a result reads.
 *
 * @category Evaluate
 */
export type WarningCode =
  /** A not-applicable indicator's weight went to other indicators. */
  | 'weight_redistributed'
  /** An answer under a not-applicable indicator was not used. */
  | 'answer_ignored'
  /** Under total-stage rounding a displayed part differs from its own rounding. */
  | 'rounding_allocated'
  /** A self-evaluation row or budget needs a 偏差原因 and has none. */
  | 'explanation_required'
  /** A self-evaluation table's weights differ from the expected layout (10 / 50 / 30 / 10). */
  | 'split_differs'
  /** A 得分 the table gives for a quantitative row differs from the rule's points. */
  | 'points_differ'
  /** A row scored by the evaluator loses points without a 扣分原因. */
  | 'deduction_unexplained'
  /** A group label's points ("产出指标(50分)") differ from the sum of its rows' 分值. */
  | 'group_points_differ'
  /** Rows without a printed 分值 were given equal shares of their label's points. */
  | 'weights_shared';

/**
 * A warning.
 *
 * @category Evaluate
 */
export interface Warning {
  readonly code: WarningCode;
  /** The indicator concerned, if any. */
  readonly indicatorId: string | null;
  readonly message: LocalMessage;
}
