/**
 * The contract every rule kind fulfils. A rule kind is one file: its parameter schema, the answer
 * fields it reads, and `prepare`, which checks the parameters against the indicator's weight and
 * returns a scorer closed over exact decimals (compiled once, called on the hot path).
 */
import type * as z from 'zod/mini';
import type { Dec } from '../decimal.js';
import {
  MESSAGES,
  type IssueCode,
  type IssueParams,
  type LocalMessage,
} from '../errors/messages.js';
import { argumentError } from '../errors/arguments.js';
import type { Path } from '../errors/issue.js';
import type { ExprEnv } from '../expression/compile.js';
import type { LocalText } from '../schema/common.js';

/**
 * One step of a rule's reasoning, for the trace: a stable key and its value as text.
 *
 * @category Framework
 */
export interface TraceEntry {
  /** What the value is (`"value"`, `"threshold"`, `"steps"`, `"rate"` …). */
  readonly key: string;
  /** The value, exact, as a string. */
  readonly value: string;
}

/**
 * Something about a scored indicator that a reader must attend to without changing its points:
 * a 偏差原因 to write, an over-completion, an assumed comparator, a converted unit.
 * @category Framework
 */
export interface Flag {
  /** Stable code, e.g. `"explanationRequired"`. */
  readonly code: string;
  /** What it means here, with the numbers. */
  readonly message: LocalMessage;
}

/**
 * A compiled metric expression with its source text and unit.
 *
 * @category Framework
 */
export interface CompiledMetric<F> {
  /** The expression as written. */
  readonly src: string;
  /** Its closure. */
  readonly fn: F;
  /** The unit of its value (`"%"`, `"人"` …), or `""`. */
  readonly unit: string;
}

/**
 * What a rule kind gets while being prepared (once per indicator, at framework compile time).
 *
 * @category Framework
 */
export interface PrepareContext {
  /** The indicator's id. */
  readonly id: string;
  /** The indicator's name. */
  readonly name: LocalText;
  /** The indicator's weight (分值). */
  readonly weight: Dec;
  /** Path of the rule object in the framework document. */
  readonly at: Path;
  /** Reports any other problem with the rule's parameters (e.g. `target_unparseable`). */
  problem<K extends IssueCode>(code: K, at: Path, params: IssueParams[K]): void;
  /** Reports a rule parameter that contradicts another or the weight (`rule_incoherent`). */
  incoherent(at: Path, zh: string, en: string): void;
  /** Compiles a numeric expression; `null` (with issues reported) when it is invalid. */
  numberExpr(src: string, at: Path, unit?: string): CompiledMetric<(env: ExprEnv) => Dec> | null;
  /** Compiles a condition; `null` (with issues reported) when it is invalid. */
  conditionExpr(src: string, at: Path): CompiledMetric<(env: ExprEnv) => boolean> | null;
}

/**
 * What a scorer gets for one evaluation.
 *
 * @category Framework
 */
export interface ScoreInput {
  /** The indicator's validated answer (rule fields only), or `undefined` when none was given. */
  readonly answer: Readonly<Record<string, unknown>> | undefined;
  /** Fact and metric values of this evaluation. */
  readonly env: ExprEnv;
}

/**
 * The result of scoring one leaf at its own (base) weight.
 *
 * @category Framework
 */
export interface RuleOutcome {
  /** Share of the weight earned, in [0, 1]. */
  readonly rate: Dec;
  /** Points earned at the base weight (= rate × weight), exact. */
  readonly points: Dec;
  /** The reasoning, step by step. */
  readonly trace: readonly TraceEntry[];
  /**
   * Why points were lost, given the points lost as displayed (`"1.00"`); present when
   * `points < weight`.
   */
  readonly explain?: (lost: string) => LocalMessage;
  /** Set by a failed `gate` with a veto: zero the parent indicator or the whole evaluation. */
  readonly veto?: 'parent' | 'all';
  /** What a reader must attend to (no effect on points). */
  readonly flags?: readonly Flag[];
}

/**
 * A scorer prepared for one indicator.
 *
 * @category Framework
 */
export type Scorer = (input: ScoreInput) => RuleOutcome;

/**
 * A scoring problem a rule cannot resolve itself (missing input, a level that does not exist …).
 * The engine adds the indicator path and applies its policies.
 */
export class RuleFault<K extends IssueCode = IssueCode> extends Error {
  /**
   * @param code - the issue code
   * @param params - its message's values
   * @param at - where under the indicator's answer
   * @param also - further problems of the same answer, reported with this one
   */
  constructor(
    readonly code: K,
    readonly params: IssueParams[K],
    readonly at: Path = [],
    readonly also: readonly RuleFault[] = [],
  ) {
    if (typeof code !== 'string' || !Object.hasOwn(MESSAGES, code))
      throw argumentError(
        'code',
        { zh: '问题代码（ISSUE_CODES 之一）', en: 'an issue code (one of ISSUE_CODES)' },
        code,
      );
    if (!Array.isArray(at)) throw argumentError('at', { zh: '路径数组', en: 'a path array' }, at);
    if (!Array.isArray(also) || !also.every((f) => f instanceof RuleFault))
      throw argumentError('also', { zh: 'RuleFault 数组', en: 'an array of RuleFault' }, also);
    super(code);
  }
}

/**
 * A rule kind: schema, answer fields and preparation.
 *
 * @category Framework
 */
export interface RuleKind<P extends { kind: string }> {
  /** The discriminator value. */
  readonly kind: P['kind'];
  /** Schema of the rule object in a framework. */
  readonly schema: z.ZodMiniType<P>;
  /** The answer fields this kind reads (merged with the common ones). */
  readonly answer: z.core.$ZodShape;
  /** Checks parameters and builds the scorer; `null` when issues were reported. */
  prepare(params: P, ctx: PrepareContext): Scorer | null;
}
