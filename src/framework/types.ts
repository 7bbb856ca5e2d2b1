/**
 * What `defineFramework` produces: a frozen, plain description for callers (`Framework`) and the
 * compiled internals the engine runs on, kept out of sight in a WeakMap keyed by the framework.
 */
import type * as z from 'zod/mini';
import type { Dec } from '../decimal.js';
import type { Path } from '../errors/issue.js';
import type { GradeScale } from '../grade/scale.js';
import type { RuleKindName } from '../rules/registry.js';
import type { Scorer } from '../rules/types.js';
import type { LocalText } from '../schema/common.js';
import type { FrameworkDocument } from '../schema/framework.js';
import type { Policies } from '../schema/options.js';
import type { SymbolTable } from './symbols.js';

/**
 * One indicator of a framework, flattened (tree order).
 *
 * @category Framework
 */
export interface IndicatorInfo {
  /** Unique id. */
  readonly id: string;
  /** Name in both languages. */
  readonly name: LocalText;
  /** Depth: 1 for 一级, 2 for 二级, 3 for 三级 … */
  readonly level: number;
  /** Weight (分值) as a decimal string. */
  readonly weight: string;
  /** The parent's id, or `null` for a top-level indicator. */
  readonly parentId: string | null;
  /** Names from the top-level indicator down to this one (Chinese). */
  readonly path: readonly string[];
  /** The rule kind of a leaf, or `null` for an inner indicator. */
  readonly rule: RuleKindName | null;
  /** 指标解释, when the framework gives one. */
  readonly description: LocalText | null;
  /** 指标说明 / 评分标准 in words, when the framework gives one. */
  readonly formula: LocalText | null;
}

/**
 * A grade band in plain form.
 *
 * @category Framework
 */
export interface GradeBandInfo {
  readonly label: LocalText;
  /** Lower bound as a decimal string. */
  readonly min: string;
  readonly minInclusive: boolean;
}

/**
 * A grade scale in plain form.
 *
 * @category Framework
 */
export interface GradeScaleInfo {
  readonly id: string;
  /** Maximum total as a decimal string. */
  readonly max: string;
  /** Bands from the highest down. */
  readonly bands: readonly GradeBandInfo[];
}

/**
 * A validated, compiled framework (指标体系). Create it once with `defineFramework` and reuse it
 * for every evaluation. It is frozen; its `definition` is the validated JSON it was made from.
 * @category Framework
 */
export interface Framework {
  readonly id: string;
  readonly version: string;
  readonly name: LocalText;
  readonly description: LocalText | null;
  /** The maximum total (满分) as a decimal string. */
  readonly max: string;
  /** The grade scale. */
  readonly scale: GradeScaleInfo;
  /** Default policies of evaluations of this framework. */
  readonly policies: Policies;
  /** Declared facts by name. */
  readonly facts: Readonly<Record<string, { readonly name: LocalText; readonly unit: string }>>;
  /** Every indicator, in tree order. */
  readonly indicators: readonly IndicatorInfo[];
  /** The validated framework document (deep-frozen JSON). */
  readonly definition: FrameworkDocument;
}

/** A compiled indicator (internal). */
export interface CNode {
  readonly idx: number;
  readonly id: string;
  readonly name: LocalText;
  /** Names from the top-level indicator down (Chinese). */
  readonly names: readonly string[];
  readonly level: number;
  readonly parent: number;
  readonly children: readonly number[];
  readonly base: Dec;
  readonly baseText: string;
  /** Path of the indicator object in the framework document. */
  readonly at: Path;
  readonly kind: RuleKindName | null;
  readonly scorer: Scorer | null;
  /** The rule's expression (metric or condition) as written, for messages. */
  readonly expr: string;
  /** Facts the leaf's rule needs. */
  readonly facts: readonly string[];
  /** Schema of this indicator's answer. */
  readonly answer: z.ZodMiniType<Record<string, unknown>>;
}

/** The engine's view of a framework (internal). */
export interface Compiled {
  readonly nodes: readonly CNode[];
  readonly roots: readonly number[];
  readonly byId: ReadonlyMap<string, number>;
  readonly symbols: SymbolTable;
  readonly scale: GradeScale;
  readonly policies: Policies;
  /** Most decimal places any weight has. */
  readonly weightPlaces: number;
  /** Weights formatted with a number of places, by node index (filled on first use). */
  readonly weightText: Map<number, readonly string[]>;
  /**
   * Effective weights already computed, by policy, places and not-applicable pattern (a unit's
   * 不适用 marks rarely change between evaluations). Bounded: a full map starts afresh.
   */
  readonly weights: Map<string, readonly Dec[]>;
}
