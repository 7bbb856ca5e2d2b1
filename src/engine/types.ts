/**
 * The result of an evaluation (评价结果): plain JSON, every score a decimal string.
 */
import type { Finding, Warning } from '../findings/finding.js';
import type { GradeScaleInfo } from '../framework/types.js';
import type { RuleKindName } from '../rules/registry.js';
import type { Flag, TraceEntry } from '../rules/types.js';
import type { LocalText } from '../schema/common.js';
import type { Policies } from '../schema/options.js';
import type { UnitInfo } from '../schema/unitData.js';

/**
 * How a node was scored: by its rule (`scored`), not applicable (`notApplicable`), missing input
 * scored 0 by policy (`missing`), or zeroed by a failed gate elsewhere (`vetoed`).
 * @category Evaluate
 */
export type NodeStatus = 'scored' | 'notApplicable' | 'missing' | 'vetoed';

/**
 * One indicator of the scored tree.
 *
 * @category Evaluate
 */
export interface ScoredNode {
  readonly id: string;
  readonly name: LocalText;
  /** 1 for 一级, 2 for 二级 … */
  readonly level: number;
  /** The weight this evaluation used (after not-applicable redistribution). */
  readonly weight: string;
  /** The weight the framework gives. */
  readonly baseWeight: string;
  /** Points, as displayed; an inner node's points are the sum of its children's. */
  readonly points: string;
  /** weight − points. */
  readonly lost: string;
  /** points ÷ weight (4 places), or `null` when the weight is 0. */
  readonly rate: string | null;
  /** An inner node is `scored` unless all of it is not applicable. */
  readonly status: NodeStatus;
  /** The rule kind of a leaf; `null` for inner nodes. */
  readonly rule: RuleKindName | null;
  /** The rule's reasoning for a leaf; empty for inner nodes. */
  readonly trace: readonly TraceEntry[];
  /** What a reader must attend to (偏差原因 required, over-completion …); empty when nothing. */
  readonly flags: readonly Flag[];
  /** Child indicators (empty for a leaf). */
  readonly children: readonly ScoredNode[];
}

/**
 * What every scoring result says, in the same fields: the result of {@link evaluate} and that of
 * `scoreSelfEvaluation` both have them, so code that shows a score takes either.
 *
 * @example
 * ```ts
 * const line = (r: ScoreSummary) => `${r.total} / ${r.max} ${r.gradeLabel.zh}, ${r.findings.length} 处扣分`;
 * ```
 * @category Evaluate
 */
export interface ScoreSummary {
  /** The total, as displayed; equal to the sum of the displayed parts. */
  readonly total: string;
  /** The maximum total. */
  readonly max: string;
  /** The grade of the displayed total, e.g. `"优"`. */
  readonly grade: string;
  /** The grade's name in both languages. */
  readonly gradeLabel: LocalText;
  /** Every point lost, in order. */
  readonly findings: readonly Finding[];
  /** What a reader should attend to besides lost points. */
  readonly warnings: readonly Warning[];
}

/**
 * The result of {@link evaluate}.
 *
 * @category Evaluate
 */
export interface Evaluation extends ScoreSummary {
  readonly framework: { readonly id: string; readonly version: string; readonly name: LocalText };
  readonly library: { readonly name: 'jixiao'; readonly version: string };
  /** The evaluated unit, as given. */
  readonly unit: UnitInfo | null;
  /** The scored tree, top-level indicators first. */
  readonly tree: readonly ScoredNode[];
  /** The policies and the grade scale this evaluation used. */
  readonly policies: Policies & { readonly scale: GradeScaleInfo };
}
