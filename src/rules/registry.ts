/**
 * The rule registry: kind → rule. A new kind is one new file plus one line here.
 */
import * as z from 'zod/mini';
import { BandsRuleSchema, bandsRule } from './bands.js';
import { ElementsRuleSchema, elementsRule } from './elements.js';
import { GateRuleSchema, gateRule } from './gate.js';
import { LevelsRuleSchema, levelsRule } from './levels.js';
import { ManualRuleSchema, manualRule } from './manual.js';
import { RatioRuleSchema, ratioRule } from './ratio.js';
import { StepDeductionRuleSchema, stepDeductionRule } from './stepDeduction.js';
import { SurveyRuleSchema, surveyRule } from './survey.js';
import { TargetRuleSchema, targetRule } from './target.js';
import type { RuleKind } from './types.js';

/**
 * Schema of any rule object: a union discriminated by `kind`.
 *
 * @example
 * ```ts
 * RuleSchema.safeParse({ kind: 'ratio', metric: 'executed / adjusted * 100' }).success; // true
 * ```
 * @category Framework
 */
export const RuleSchema = z.discriminatedUnion('kind', [
  RatioRuleSchema,
  StepDeductionRuleSchema,
  BandsRuleSchema,
  ElementsRuleSchema,
  GateRuleSchema,
  LevelsRuleSchema,
  ManualRuleSchema,
  SurveyRuleSchema,
  TargetRuleSchema,
]);

/**
 * Any rule as written in a framework (after validation).
 *
 * @category Framework
 */
export type Rule = z.infer<typeof RuleSchema>;

/**
 * Any rule as a caller writes it: a union discriminated by `kind`, so that a misspelt kind or a field
 * another kind has fails `tsc`.
 *
 * @example
 * ```ts
 * const rule: RuleInput = { kind: 'ratio', metric: 'executed / adjusted * 100', fullAt: 100 };
 * ```
 * @category Framework
 */
export type RuleInput = z.input<typeof RuleSchema>;

/**
 * Every rule kind's name.
 *
 * @category Framework
 */
export type RuleKindName = Rule['kind'];

/**
 * The registry's shape: each kind name mapped to its rule.
 *
 * @category Framework
 */
export type Registry = { [K in RuleKindName]: RuleKind<Extract<Rule, { kind: K }>> };

/**
 * Rule kinds by name.
 *
 * @example
 * ```ts
 * Object.keys(RULE_KINDS); // ["ratio", "stepDeduction", "bands", "elements", "gate", "levels", "manual", "survey", "target"]
 * ```
 * @category Framework
 */
export const RULE_KINDS: Registry = {
  ratio: ratioRule,
  stepDeduction: stepDeductionRule,
  bands: bandsRule,
  elements: elementsRule,
  gate: gateRule,
  levels: levelsRule,
  manual: manualRule,
  survey: surveyRule,
  target: targetRule,
};
