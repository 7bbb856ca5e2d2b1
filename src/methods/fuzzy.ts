/**
 * 模糊综合评价 (fuzzy comprehensive evaluation): factor weights A composed with a membership matrix R
 * (factors × grades) into B = A ∘ R, by one of the four operators:
 *
 * | id | operator | bⱼ |
 * |---|---|---|
 * | `minMax` | M(∧,∨) | maxᵢ min(aᵢ, rᵢⱼ) |
 * | `productMax` | M(·,∨) | maxᵢ aᵢ·rᵢⱼ |
 * | `minSum` | M(∧,⊕) | min(1, Σᵢ min(aᵢ, rᵢⱼ)) |
 * | `productSum` | M(·,⊕), the weighted average | min(1, Σᵢ aᵢ·rᵢⱼ) |
 *
 * Membership comes from the matrix itself or from survey counts (rᵢⱼ = votes for grade j on factor i
 * / votes on factor i). B is normalised (B / ΣB) when it does not add up to 1; the grade is the one of
 * largest membership, and with grade values the score is Σⱼ b'ⱼ·cⱼ. Every step is rational, so
 * every value here is exact.
 */
import * as z from 'zod/mini';
import { ONE, ZERO, dec, fmt, type Dec } from '../decimal.js';
import { throwIfAny } from '../errors/JixiaoError.js';
import { objectArgument } from '../errors/arguments.js';
import type { Issue } from '../errors/issue.js';
import { safely, type SafeResult } from '../errors/safe.js';
import { LocalTextSchema, NonNegNumSchema, localText } from '../schema/common.js';
import {
  MAX_SIDE,
  PlacesSchema,
  SourceSchema,
  invalid,
  parseOrThrow,
  sum,
  type MethodFinding,
} from './base.js';

/**
 * The composition operators of {@link fuzzyEvaluate}.
 *
 * @example
 * ```ts
 * FUZZY_OPERATORS.includes('productSum'); // true: M(·,⊕), the default
 * ```
 * @category Methods
 */
export const FUZZY_OPERATORS = ['productSum', 'minMax', 'productMax', 'minSum'] as const;

/**
 * A composition operator: `productSum` M(·,⊕), `minMax` M(∧,∨), `productMax` M(·,∨), `minSum` M(∧,⊕).
 *
 * @category Methods
 */
export type FuzzyOperator = (typeof FUZZY_OPERATORS)[number];

const Count = z.number().check(z.int()).check(z.gte(0)).check(z.lte(1e12));
const Row = <T extends z.ZodMiniType>(cell: T) =>
  z.array(cell).check(z.minLength(1)).check(z.maxLength(100));

/**
 * The zod schema of what {@link fuzzyEvaluate} takes.
 *
 * @example
 * ```ts
 * FuzzyInputSchema.safeParse({ weights: [1], counts: [[3, 1]], grades: [{ label: '好' }, { label: '差' }] }).success; // true
 * ```
 * @category Methods
 */
export const FuzzyInputSchema = z.strictObject({
  /** Factor weights A, one per factor (≥ 0, not all 0). */
  weights: z.array(NonNegNumSchema).check(z.minLength(1)).check(z.maxLength(MAX_SIDE)),
  /** Membership matrix R: one row per factor, one value in [0, 1] per grade. */
  membership: z.optional(
    z.array(Row(NonNegNumSchema)).check(z.minLength(1)).check(z.maxLength(MAX_SIDE)),
  ),
  /** Survey counts: one row per factor, the number of answers per grade. */
  counts: z.optional(z.array(Row(Count)).check(z.minLength(1)).check(z.maxLength(MAX_SIDE))),
  /** The grades (评语集), best first, each with its value for the score. */
  grades: z
    .array(z.strictObject({ label: LocalTextSchema, value: z.optional(NonNegNumSchema) }))
    .check(z.minLength(2))
    .check(z.maxLength(100)),
  /** Factor names, one per weight. */
  factors: z.optional(z.array(LocalTextSchema).check(z.maxLength(MAX_SIDE))),
  /** The operator (default `productSum`). */
  operator: z.optional(z.enum(FUZZY_OPERATORS)),
  /** Where the counts come from (kept for the record, not used). */
  source: z.optional(SourceSchema),
  /** Places of displayed vectors (default 4); the score has `scorePlaces` (default 2). */
  places: z.optional(PlacesSchema),
  scorePlaces: z.optional(PlacesSchema),
});

/**
 * What {@link fuzzyEvaluate} takes: weights, membership or counts, grades, and the operator.
 *
 * @category Methods
 */
export type FuzzyInput = z.input<typeof FuzzyInputSchema>;

/**
 * The result of {@link fuzzyEvaluate}; vectors as decimal strings rounded half-up to `places`.
 *
 * @category Methods
 */
export interface FuzzyResult {
  readonly operator: FuzzyOperator;
  /** The factors' names (Chinese), or 1, 2, … when none were given. */
  readonly factors: readonly string[];
  /** The grades' labels (Chinese), in the input's order. */
  readonly grades: readonly string[];
  /** The weights used (divided by their sum when it was not 1). */
  readonly weights: readonly string[];
  /** R, factors × grades. */
  readonly membership: readonly (readonly string[])[];
  /** B = A ∘ R. */
  readonly vector: readonly string[];
  /** B / ΣB (equal to B when it adds up to 1). */
  readonly normalised: readonly string[];
  /** The grade of largest membership (the first of them when several tie; see `findings`). */
  readonly grade: string;
  /** Every grade sharing the largest membership. */
  readonly gradesAtMax: readonly string[];
  /** Σⱼ b'ⱼ·cⱼ with the grades' values, rounded to `scorePlaces`; null without values. */
  readonly score: string | null;
  /** The score exactly: a decimal string, or a fraction `n/d` when its decimals do not end. */
  readonly scoreExact: string | null;
  readonly findings: readonly MethodFinding[];
}

/** The exact steps, for callers inside jixiao (the survey rule). */
export interface FuzzyExact {
  readonly weights: Dec[];
  readonly membership: Dec[][];
  readonly vector: Dec[];
  readonly normalised: Dec[];
  readonly best: number[];
  readonly score: Dec | null;
  readonly findings: MethodFinding[];
}

/**
 * The exact computation behind {@link fuzzyEvaluate}, on validated input.
 *
 * @param input - the parsed input
 * @returns every step, exact
 * @throws {@link JixiaoError} for shapes that do not fit together
 * @example
 * ```ts
 * fuzzyExact(parseOrThrow(FuzzyInputSchema, input, ['input'])).score?.toString();
 * ```
 */
export function fuzzyExact(input: z.output<typeof FuzzyInputSchema>): FuzzyExact {
  const issues: Issue[] = [];
  const n = input.weights.length;
  const m = input.grades.length;
  const operator = input.operator ?? 'productSum';
  if ((input.membership === undefined) === (input.counts === undefined))
    issues.push(
      invalid(
        ['input'],
        '应给出 membership 或 counts 之一',
        'give membership or counts, exactly one',
      ),
    );
  const rows = input.membership ?? input.counts ?? [];
  const key = input.membership ? 'membership' : 'counts';
  if (rows.length !== n)
    issues.push(
      invalid(
        ['input', key],
        `${key} 应有 ${n} 行（每个因素一行），实际 ${rows.length} 行`,
        `${key} needs ${n} rows (one per factor), got ${rows.length}`,
      ),
    );
  if (input.factors && input.factors.length !== n)
    issues.push(
      invalid(['input', 'factors'], `factors 应有 ${n} 项`, `factors needs ${n} entries`),
    );
  rows.forEach((row, i) => {
    if (row.length !== m)
      issues.push(
        invalid(
          ['input', key, i],
          `第 ${i + 1} 行应有 ${m} 个值（每个等级一个），实际 ${row.length} 个`,
          `row ${i + 1} needs ${m} values (one per grade), got ${row.length}`,
        ),
      );
  });
  const membership: Dec[][] = rows.map((row, i) => {
    const values = row.map((v) => dec(v));
    if (key === 'counts') {
      const total = sum(values);
      if (total.isZero()) {
        issues.push(
          invalid(
            ['input', 'counts', i],
            `第 ${i + 1} 个因素没有任何答卷`,
            `factor ${i + 1} has no answers`,
          ),
        );
        return values;
      }
      return values.map((v) => v.div(total));
    }
    values.forEach((v, j) => {
      if (v.gt(ONE))
        issues.push(
          invalid(
            ['input', 'membership', i, j],
            '隶属度应在 0 到 1 之间',
            'a membership must be between 0 and 1',
          ),
        );
    });
    return values;
  });
  const given = input.weights.map((w) => dec(w));
  const weightSum = sum(given);
  if (weightSum.isZero())
    issues.push(invalid(['input', 'weights'], '权重不能全为 0', 'the weights cannot all be 0'));
  throwIfAny(issues);

  const findings: MethodFinding[] = [];
  const weights = weightSum.eq(ONE) ? given : given.map((w) => w.div(weightSum));
  if (!weightSum.eq(ONE))
    findings.push({
      code: 'weights_normalised',
      path: ['input', 'weights'],
      message: {
        zh: `因素权重之和为 ${weightSum.toString()}，不等于 1，已按其和归一化`,
        en: `the factor weights add up to ${weightSum.toString()}, not 1: they were divided by their sum`,
      },
    });
  const min = (a: Dec, b: Dec): Dec => (a.lt(b) ? a : b);
  const max = (a: Dec, b: Dec): Dec => (a.gt(b) ? a : b);
  const vector = Array.from({ length: m }, (_, j) => {
    const terms = weights.map((a, i) => {
      const r = membership[i]?.[j] ?? ZERO;
      return operator === 'minMax' || operator === 'minSum' ? min(a, r) : a.times(r);
    });
    if (operator === 'minMax' || operator === 'productMax') return terms.reduce(max, ZERO);
    return min(ONE, sum(terms));
  });
  const total = sum(vector);
  if (total.isZero())
    throwIfAny([
      invalid(
        ['input'],
        '综合隶属度 B 全为 0（权重与隶属度没有重叠）：无法确定等级',
        'the membership vector B is all 0 (no weight meets a membership): no grade can be given',
      ),
    ]);
  const normalised = total.eq(ONE) ? vector : vector.map((b) => b.div(total));
  const top = vector.reduce(max, ZERO);
  const best = vector.flatMap((b, j) => (b.eq(top) ? [j] : []));
  const labels = input.grades.map((g) => localText(g.label));
  if (best.length > 1)
    findings.push({
      code: 'ambiguous_grade',
      path: ['input', 'grades'],
      message: {
        zh: `等级 ${best.map((j) => `"${labels[j]?.zh ?? ''}"`).join('、')} 的隶属度同为最大（${top.toString()}）：按最大隶属度原则无法确定唯一等级`,
        en: `grades ${best.map((j) => `"${labels[j]?.en ?? ''}"`).join(', ')} share the largest membership (${top.toString()}): the maximum-membership grade is not unique`,
      },
    });
  const values = input.grades.map((g) => (g.value === undefined ? null : dec(g.value)));
  const score = values.every((v) => v !== null)
    ? sum(normalised.map((b, j) => b.times(values[j] ?? ZERO)))
    : null;
  return { weights, membership, vector, normalised, best, score, findings };
}

/**
 * Fuzzy comprehensive evaluation (模糊综合评价): from factor weights and survey counts (or a
 * membership matrix) to the membership vector, the grade by maximum membership and a score by the
 * grades' values. Exact: every step is rational.
 *
 * @param input - `{ weights, counts | membership, grades: [{ label, value? }], operator?, factors? }`
 * @returns the membership matrix, B, B normalised, the grade, the score and findings
 * @throws {@link JixiaoError} listing every problem: rows that do not match the weights or grades,
 *   memberships above 1, a factor without answers, weights all 0, both or neither of counts and
 *   membership
 * @example
 * ```ts
 * const r = fuzzyEvaluate({
 *   weights: ['0.6', '0.4'],
 *   counts: [[30, 15, 5], [20, 20, 10]],
 *   grades: [{ label: '满意', value: 100 }, { label: '基本满意', value: 80 }, { label: '不满意', value: 0 }],
 * });
 * r.vector; // ["0.5200", "0.3400", "0.1400"]
 * r.grade; // "满意"
 * r.score; // "79.20"
 * ```
 * @category Methods
 */
export function fuzzyEvaluate(input: FuzzyInput): FuzzyResult {
  objectArgument(input, 'input');
  const parsed = parseOrThrow(FuzzyInputSchema, input, ['input']);
  const r = fuzzyExact(parsed);
  const places = parsed.places ?? 4;
  const scorePlaces = parsed.scorePlaces ?? 2;
  const label = (j: number): string => localText(parsed.grades[j]?.label ?? '').zh;
  return {
    operator: parsed.operator ?? 'productSum',
    factors: parsed.weights.map((_, i) => {
      const f = parsed.factors?.[i];
      return f === undefined ? String(i + 1) : localText(f).zh;
    }),
    grades: parsed.grades.map((g) => localText(g.label).zh),
    weights: r.weights.map((w) => fmt(w, places)),
    membership: r.membership.map((row) => row.map((v) => fmt(v, places))),
    vector: r.vector.map((v) => fmt(v, places)),
    normalised: r.normalised.map((v) => fmt(v, places)),
    grade: label(r.best[0] ?? 0),
    gradesAtMax: r.best.map(label),
    score: r.score === null ? null : fmt(r.score, scorePlaces),
    scoreExact: r.score === null ? null : r.score.toString(),
    findings: r.findings,
  };
}

/**
 * {@link fuzzyEvaluate} without throwing: `{ success, data | error }`.
 *
 * @param input - as for {@link fuzzyEvaluate}
 * @returns the result, or the error listing every problem
 * @example
 * ```ts
 * safeFuzzyEvaluate({ weights: [1], counts: [[0, 0]], grades: [{ label: '好' }, { label: '差' }] }).success;
 * // false: factor 1 has no answers
 * ```
 * @category Methods
 */
export function safeFuzzyEvaluate(input: FuzzyInput): SafeResult<FuzzyResult> {
  return safely(() => fuzzyEvaluate(input));
}
