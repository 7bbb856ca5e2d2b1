/**
 * Policies (评分政策) and evaluation options. Every policy has a default, and the result of an
 * evaluation states the policies it used.
 */
import * as z from 'zod/mini';
import { ROUNDING_MODES, type RoundingMode } from '../decimal.js';
import { ScaleChoiceSchema } from '../grade/scale.js';
import type { DeepReadonly } from './common.js';

/** How scores are rounded: decimal places, named mode, and at which stage. */
export const RoundingSchema = z.strictObject({
  /** Decimal places of displayed scores (default 2). */
  places: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(10))),
  /** Rounding mode (default `halfUp`, 四舍五入). */
  mode: z.optional(z.enum(ROUNDING_MODES)),
  /**
   * `leaf` (default): each leaf is rounded, parents and the total are exact sums of the rounded
   * leaves (as 自评 systems do). `total`: leaves stay exact, the total is rounded once, and the
   * displayed parts are allocated (largest remainder) so they still add up to it.
   */
  stage: z.optional(z.enum(['leaf', 'total'])),
});

/** Policies a framework may set as defaults and an evaluation may override. */
export const PoliciesSchema = z.strictObject({
  /**
   * Not applicable (不适用) indicators: `redistribute` (default) shares their weight among the
   * applicable siblings in proportion to their weights; `rescale` shares it among all applicable
   * leaves (total = earned / applicable × maximum); `zero` scores them 0.
   */
  notApplicable: z.optional(z.enum(['redistribute', 'rescale', 'zero'])),
  /** Missing input: `error` (default) lists every gap; `zero` scores 0 with a finding. */
  missing: z.optional(z.enum(['error', 'zero'])),
  rounding: z.optional(RoundingSchema),
});

/**
 * Options of `evaluate`: policies plus an optional grade scale override.
 *
 * @example
 * ```ts
 * EvaluateOptionsSchema.safeParse({ notApplicable: 'rescale' }).success; // true
 * ```
 * @category Evaluate
 */
export const EvaluateOptionsSchema = z.extend(PoliciesSchema, {
  /** A grade scale: a built-in id (`"mof2020"`) or a custom scale. */
  scale: z.optional(ScaleChoiceSchema),
});

/** Input form of the policies. */
export type PoliciesInput = z.infer<typeof PoliciesSchema>;

/**
 * Input form of the evaluate options.
 *
 * @category Evaluate
 */
export type EvaluateOptions = z.infer<typeof EvaluateOptionsSchema>;

/**
 * The options of `evaluate` as a caller writes them (its parameter type).
 *
 * @example
 * ```ts
 * const options: EvaluateOptionsInput = { notApplicable: 'redistribute', scale: 'mof2020' };
 * ```
 * @category Evaluate
 */
export type EvaluateOptionsInput = DeepReadonly<z.input<typeof EvaluateOptionsSchema>>;

/**
 * Policies after defaults are applied.
 *
 * @category Evaluate
 */
export interface Policies {
  /** Not-applicable policy. */
  readonly notApplicable: 'redistribute' | 'rescale' | 'zero';
  /** Missing-input policy. */
  readonly missing: 'error' | 'zero';
  /** Rounding policy. */
  readonly rounding: {
    readonly places: number;
    readonly mode: RoundingMode;
    readonly stage: 'leaf' | 'total';
  };
}

/**
 * The defaults: redistribute, error, 2 places half-up at the leaves.
 *
 * @example
 * ```ts
 * DEFAULT_POLICIES.rounding; // { places: 2, mode: "halfUp", stage: "leaf" }
 * ```
 * @category Evaluate
 */
export const DEFAULT_POLICIES: Policies = Object.freeze({
  notApplicable: 'redistribute',
  missing: 'error',
  rounding: Object.freeze({ places: 2, mode: 'halfUp', stage: 'leaf' }),
});

/**
 * Applies `override` on top of `base`, field by field.
 *
 * @param base - complete policies
 * @param override - partial policies (parsed)
 * @returns complete policies
 * @example
 * ```ts
 * resolvePolicies(DEFAULT_POLICIES, { rounding: { stage: 'total' } }).rounding.places; // 2
 * ```
 */
export function resolvePolicies(base: Policies, override: PoliciesInput | undefined): Policies {
  if (!override) return base;
  return {
    notApplicable: override.notApplicable ?? base.notApplicable,
    missing: override.missing ?? base.missing,
    rounding: {
      places: override.rounding?.places ?? base.rounding.places,
      mode: override.rounding?.mode ?? base.rounding.mode,
      stage: override.rounding?.stage ?? base.rounding.stage,
    },
  };
}
