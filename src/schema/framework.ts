/**
 * The framework document (指标体系) as plain JSON: indicators with weights and rules, declared
 * facts, named metrics, a grade scale and default policies. Objects are strict: an unknown key is
 * reported, never dropped.
 */
import * as z from 'zod/mini';
import { ScaleChoiceSchema } from '../grade/scale.js';
import { RuleSchema, type RuleInput } from '../rules/registry.js';
import {
  IdSchema,
  LocalTextSchema,
  PositiveNumSchema,
  type DeepReadonly,
  type LocalTextInput,
} from './common.js';
import { PoliciesSchema } from './options.js';

/** A fact or metric name: dotted ASCII words, e.g. `budget.executed`. */
export const NameSchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/, {
      error: () => '$jixiao:name',
    }),
  )
  .check(z.maxLength(100));

/**
 * An indicator as written in a framework.
 *
 * @category Framework
 */
export interface IndicatorInput {
  /** Unique id within the framework. */
  readonly id: string;
  /** Name (指标名称). */
  readonly name: DeepReadonly<LocalTextInput>;
  /** Points (分值); an inner indicator's weight equals the sum of its children's. */
  readonly weight: number | string;
  /** Explanation (指标解释). */
  readonly description?: DeepReadonly<LocalTextInput> | undefined;
  /** Formula or scoring standard in words (指标说明 / 评分标准). */
  readonly formula?: DeepReadonly<LocalTextInput> | undefined;
  /** Where the indicator and its rule come from. */
  readonly source?: string | undefined;
  /** The scoring rule; leaves only (a union discriminated by `kind`, so a misspelt kind fails `tsc`). */
  readonly rule?: DeepReadonly<RuleInput> | undefined;
  /** Child indicators; inner nodes only. */
  readonly children?: readonly IndicatorInput[] | undefined;
}

/**
 * Schema of one indicator (recursive through `children`).
 *
 * @example
 * ```ts
 * IndicatorSchema.safeParse({ id: 'a', name: 'A', weight: 10, rule: { kind: 'manual' } }).success; // true
 * ```
 * @category Framework
 */
export const IndicatorSchema: z.ZodMiniType<IndicatorInput, IndicatorInput> = z.strictObject({
  id: IdSchema,
  name: LocalTextSchema,
  weight: PositiveNumSchema,
  description: z.optional(LocalTextSchema),
  formula: z.optional(LocalTextSchema),
  source: z.optional(z.string().check(z.maxLength(1000))),
  rule: z.optional(RuleSchema),
  get children() {
    return z.optional(z.array(IndicatorSchema).check(z.minLength(1)).check(z.maxLength(200)));
  },
});

/** A declared fact (数据项): a raw number the unit data supplies. */
export const FactSchema = z.strictObject({
  name: LocalTextSchema,
  /** Unit (`"人"`, `"万元"`, `"%"`). */
  unit: z.optional(z.string().check(z.maxLength(20))),
  description: z.optional(LocalTextSchema),
});

/** A named metric (计算指标): an expression over facts and other metrics. */
export const MetricSchema = z.strictObject({
  name: LocalTextSchema,
  /** The expression, e.g. `"staff.actual / staff.quota * 100"`. */
  expr: z.string().check(z.minLength(1)).check(z.maxLength(1000)),
  unit: z.optional(z.string().check(z.maxLength(20))),
  description: z.optional(LocalTextSchema),
});

/**
 * Schema of a whole framework document.
 *
 * @example
 * ```ts
 * FrameworkSchema.safeParse(JSON.parse(readFileSync('framework.json', 'utf8'))).success; // the schema alone (defineFramework also checks meaning)
 * ```
 * @category Framework
 */
export const FrameworkSchema = z.strictObject({
  /** Allowed so editors can point at the JSON Schema. */
  $schema: z.optional(z.string()),
  id: IdSchema,
  version: z.string().check(z.minLength(1)).check(z.maxLength(50)),
  name: LocalTextSchema,
  description: z.optional(LocalTextSchema),
  /** Citations of the documents the framework follows. */
  sources: z.optional(z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(50))),
  /** The grade scale: `"mof2020"` (default) or a custom scale. */
  scale: z.optional(ScaleChoiceSchema),
  /** Default policies for evaluations of this framework. */
  policies: z.optional(PoliciesSchema),
  facts: z.optional(z.record(NameSchema, FactSchema)),
  metrics: z.optional(z.record(NameSchema, MetricSchema)),
  indicators: z.array(IndicatorSchema).check(z.minLength(1)).check(z.maxLength(200)),
});

/**
 * A framework document as written in JSON.
 *
 * @category Framework
 */
export type FrameworkInput = DeepReadonly<z.input<typeof FrameworkSchema>>;

/** A framework document after validation (what the compiler reads; internal). */
export type FrameworkDocument = z.infer<typeof FrameworkSchema>;
