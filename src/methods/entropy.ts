/**
 * Objective weights from data: 熵权法 (the entropy weight method) and CRITIC, over a units ×
 * indicators table.
 *
 * Entropy (the formulas of docs/methods.md): each column is normalised in its direction (min–max by
 * default), pᵢⱼ = x'ᵢⱼ / Σᵢ x'ᵢⱼ, eⱼ = −(1/ln m)·Σᵢ pᵢⱼ·ln pᵢⱼ with 0·ln 0 = 0, dⱼ = 1 − eⱼ,
 * wⱼ = dⱼ / Σ dⱼ. CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995): on the same normalised columns,
 * Cⱼ = σⱼ·Σₖ(1 − rⱼₖ) and wⱼ = Cⱼ / Σ Cⱼ, with σ the sample standard deviation and r Pearson's
 * correlation. A column with the same value for every unit tells units nothing: its weight is 0,
 * it takes no part in the other columns' correlations, and a finding says so.
 */
import * as z from 'zod/mini';
import { Exact, ONE, ZERO, dec, fmt, type Dec } from '../decimal.js';
import { B0, B1, pow10 } from '../decimal/integers.js';
import { ln, sqrt } from '../decimal/real.js';
import { throwIfAny } from '../errors/JixiaoError.js';
import { objectArgument } from '../errors/arguments.js';
import { safely, type SafeResult } from '../errors/safe.js';
import { NonNegNumSchema } from '../schema/common.js';
import {
  DataMatrixSchema,
  DirectionSchema,
  MAX_SIDE,
  PlacesSchema,
  WORK_PLACES,
  inputArgument,
  invalid,
  directionIssues,
  normaliseColumn,
  parseOrThrow,
  perIndicator,
  columnPath,
  readDataMatrix,
  sum,
  type DataMatrixInput,
  type Direction,
  type MethodFinding,
} from './shared.js';

/** The most indicators CRITIC takes: its correlations are k² roots and divisions. */
const MAX_CRITIC = 200;

/**
 * Options of {@link entropyWeights}.
 *
 * @category Methods
 */
export interface EntropyOptions {
  /** `entropy` (熵权法, default) or `critic`. */
  readonly method?: 'entropy' | 'critic' | undefined;
  /** One per indicator: `positive` (正向, default), `negative` (负向), `{ best }` or `{ between }`. */
  readonly directions?: readonly Direction[] | undefined;
  /**
   * How columns become comparable: `minmax` (default, in each indicator's direction) or `share`
   * (entropy only: pᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ on the raw values, which must be ≥ 0 and positive indicators).
   */
  readonly normalisation?: 'minmax' | 'share' | undefined;
  /**
   * Entropy only: the interval the normalised values are mapped to (default [0, 1]); the R package
   * mathmodels and some papers use [0.002, 0.998] so that no pᵢⱼ is 0.
   */
  readonly range?: readonly [number | string, number | string] | undefined;
  /**
   * Added to every normalised value before the proportions (entropy only; some papers add 0.0001 or
   * 0.01 so that no pᵢⱼ is 0). Default 0.
   */
  readonly shift?: number | string | undefined;
  /** Places of displayed values (default 6). */
  readonly places?: number | undefined;
}

/**
 * The zod schema of {@link entropyWeights}'s options.
 *
 * @example
 * ```ts
 * EntropyOptionsSchema.safeParse({ method: 'critic', directions: ['positive', 'negative'] }).success; // true
 * ```
 * @category Methods
 */
export const EntropyOptionsSchema = z.strictObject({
  method: z.optional(z.enum(['entropy', 'critic'])),
  directions: z.optional(z.array(DirectionSchema).check(z.maxLength(MAX_SIDE))),
  normalisation: z.optional(z.enum(['minmax', 'share'])),
  range: z.optional(z.tuple([NonNegNumSchema, NonNegNumSchema])),
  shift: z.optional(NonNegNumSchema),
  places: z.optional(PlacesSchema),
});

/**
 * The result of {@link entropyWeights}: every step, as decimal strings rounded half-up to `places`.
 *
 * @category Methods
 */
export interface EntropyResult {
  readonly method: 'entropy' | 'critic';
  readonly normalisation: 'minmax' | 'share';
  readonly units: readonly string[];
  readonly indicators: readonly string[];
  readonly directions: readonly Direction[];
  /** The normalised matrix x' (units × indicators); a constant column is all `null`. */
  readonly normalised: readonly (readonly (string | null)[])[];
  /** Entropy: the proportions pᵢⱼ (units × indicators). */
  readonly proportions?: readonly (readonly (string | null)[])[];
  /** Entropy: eⱼ per indicator (`null` for a constant column). */
  readonly entropy?: readonly (string | null)[];
  /** Entropy: dⱼ = 1 − eⱼ (差异系数). */
  readonly divergence?: readonly (string | null)[];
  /** CRITIC: σⱼ, the sample standard deviation of each normalised column. */
  readonly deviation?: readonly (string | null)[];
  /** CRITIC: Pearson correlations between the informative columns (`null` beside a constant one). */
  readonly correlation?: readonly (readonly (string | null)[])[];
  /** CRITIC: Σₖ(1 − rⱼₖ) (冲突性). */
  readonly conflict?: readonly (string | null)[];
  /** CRITIC: Cⱼ = σⱼ·Σₖ(1 − rⱼₖ) (信息量). */
  readonly information?: readonly (string | null)[];
  /** The weights, one per indicator, summing to 1 before rounding. */
  readonly weights: readonly string[];
  /** The weights by indicator name. */
  readonly byIndicator: Readonly<Record<string, string>>;
  readonly findings: readonly MethodFinding[];
}

const showOrNull = (v: Dec | null, places: number): string | null =>
  v === null ? null : fmt(v, places);

/**
 * Objective weights from a units × indicators table: 熵权法 (entropy, default) or CRITIC.
 *
 * @param matrix - rows of values, one row per unit (评价对象) and one column per indicator; or
 *   `{ units, indicators, values }` with names
 * @param options - method, directions, normalisation, shift, places
 * @returns the weights with every intermediate step and findings
 * @throws {@link JixiaoError} listing every problem: rows of unequal length, fewer than 2 units,
 *   directions or names that do not match the columns, negative values under `share`, every column
 *   constant
 * @example
 * ```ts
 * const r = entropyWeights([[1, 10], [2, 30], [3, 20]], { directions: ['positive', 'negative'] });
 * r.weights; // ["0.500000", "0.500000"]
 * ```
 * @category Methods
 */
export function entropyWeights(
  matrix: DataMatrixInput,
  options: EntropyOptions = {},
): EntropyResult {
  inputArgument(matrix, 'matrix', { zh: '数值矩阵', en: 'a matrix of numbers' });
  objectArgument(options, 'options');
  const data = readDataMatrix(parseOrThrow(DataMatrixSchema, matrix, ['matrix']), 'matrix', 2);
  const o = parseOrThrow(EntropyOptionsSchema, options, ['options']);
  const method = o.method ?? 'entropy';
  const normalisation = o.normalisation ?? 'minmax';
  const places = o.places ?? 6;
  const shift = dec(o.shift ?? 0);
  const k = data.indicators.length;
  const m = data.units.length;
  const directions = perIndicator(o.directions, k, ['options', 'directions'], 'positive');
  const columns = data.indicators.map((_, j) => data.values.map((row) => row[j] ?? ZERO));

  const issues = directions.flatMap((d, j) => directionIssues(d, ['options', 'directions', j]));
  if (normalisation === 'share') {
    if (method === 'critic')
      issues.push(
        invalid(
          ['options', 'normalisation'],
          'CRITIC 只用 minmax 标准化',
          'CRITIC normalises by minmax only',
        ),
      );
    directions.forEach((d, j) => {
      if (d !== 'positive')
        issues.push(
          invalid(
            ['options', 'directions', j],
            'share 标准化只适用于正向指标：其他方向请用 minmax',
            'share normalisation takes positive indicators only: use minmax for the other directions',
          ),
        );
    });
    data.values.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v.isNeg())
          issues.push(
            invalid(
              [...data.at, i, j],
              'share 标准化要求数值不小于 0',
              'share normalisation needs values of 0 or more',
            ),
          );
      });
    });
  }
  if (method === 'critic' && k > MAX_CRITIC)
    issues.push(
      invalid(
        ['matrix'],
        `CRITIC 最多处理 ${MAX_CRITIC} 个指标（其相关系数矩阵随指标数的平方增长），实际 ${k} 个`,
        `CRITIC takes at most ${MAX_CRITIC} indicators (its correlation matrix grows with their square), got ${k}`,
      ),
    );
  for (const key of ['shift', 'range'] as const)
    if (method === 'critic' && o[key] !== undefined)
      issues.push(
        invalid(
          ['options', key],
          `${key} 只用于熵权法`,
          `${key} applies to the entropy method only`,
        ),
      );
  const [lo, hi] = (o.range ?? [0, 1]).map((v) => dec(v)) as [Dec, Dec];
  if (!lo.lt(hi) || hi.gt(1))
    issues.push(
      invalid(
        ['options', 'range'],
        'range 应为 [下限, 上限]，0 ≤ 下限 < 上限 ≤ 1',
        'range must be [low, high] with 0 ≤ low < high ≤ 1',
      ),
    );
  throwIfAny(issues);

  // Normalised columns; null for a column that cannot tell units apart.
  const normalised: (Dec[] | null)[] = columns.map((col, j) => {
    if (normalisation === 'share')
      return sum(col).isZero() || col.every((v) => v.eq(col[0] ?? ZERO)) ? null : col;
    const n = normaliseColumn(col, directions[j] ?? 'positive');
    return n === null || (lo.isZero() && hi.eq(ONE))
      ? n
      : n.map((v) => lo.plus(hi.minus(lo).times(v)));
  });
  const findings: MethodFinding[] = [];
  normalised.forEach((col, j) => {
    if (col === null)
      findings.push({
        code: 'constant_indicator',
        path: columnPath(data, j),
        message: {
          zh: `指标 "${data.indicators[j] ?? j}" 对所有评价对象取值相同，不能区分评价对象，权重为 0`,
          en: `indicator "${data.indicators[j] ?? j}" has the same value for every unit: it cannot tell units apart, so its weight is 0`,
        },
      });
  });
  if (normalised.every((c) => c === null))
    throwIfAny([
      invalid(
        ['matrix'],
        '每个指标对所有评价对象取值都相同：无法由数据确定权重',
        'every indicator has the same value for every unit: the data cannot give weights',
      ),
    ]);

  const common = {
    method,
    normalisation,
    units: data.units,
    indicators: data.indicators,
    directions,
    normalised: data.units.map((_, i) =>
      normalised.map((col) => (col === null ? null : fmt(col[i] ?? ZERO, places))),
    ),
  };
  let raw: (Dec | null)[];
  let extra: Partial<EntropyResult>;
  if (method === 'entropy') {
    const lnM = ln(m, WORK_PLACES);
    const proportions = normalised.map((col) => {
      if (col === null) return null;
      const shifted = col.map((v) => v.plus(shift));
      const total = sum(shifted);
      return shifted.map((v) => v.div(total));
    });
    const entropy = proportions.map((p) =>
      p === null
        ? null
        : sum(p.map((v) => (v.isZero() ? ZERO : v.times(ln(v, WORK_PLACES)))))
            .neg()
            .div(lnM)
            .round(WORK_PLACES, 'halfEven'),
    );
    raw = entropy.map((e) => (e === null ? null : ONE.minus(e)));
    extra = {
      proportions: data.units.map((_, i) =>
        proportions.map((p) => (p === null ? null : fmt(p[i] ?? ZERO, places))),
      ),
      entropy: entropy.map((e) => showOrNull(e, places)),
      divergence: raw.map((d) => showOrNull(d, places)),
    };
  } else {
    const informative = normalised.flatMap((c, j) => (c === null ? [] : [j]));
    const means = normalised.map((c) => (c === null ? null : sum(c).div(m)));
    // Centred values as integers scaled by 10^40 (rounded half-even): the k² sums of products are
    // then BigInt multiplications without fractions to reduce. σ and r are roots anyway.
    const SCALE = pow10(WORK_PLACES);
    const scaled = (v: Dec): bigint => v.times(dec(SCALE)).round(0, 'halfEven').n;
    const centred = normalised.map((c, j) =>
      c === null ? null : c.map((v) => scaled(v.minus(means[j] ?? ZERO))),
    );
    const dot = (a: readonly bigint[], b: readonly bigint[]): bigint =>
      a.reduce((acc, v, i) => acc + v * (b[i] ?? B0), B0);
    const ss = centred.map((c) => (c === null ? null : new Exact(dot(c, c), SCALE * SCALE)));
    const deviation = ss.map((s) => (s === null ? null : sqrt(s.div(m - 1), WORK_PLACES)));
    const roots = ss.map((s) => (s === null ? null : scaled(sqrt(s, WORK_PLACES))));
    // Symmetric: each pair once. r = cov / (√ssⱼ·√ssₗ), all at scale 10^40.
    const correlation: (Dec | null)[][] = normalised.map((_, j) =>
      normalised.map((__, l) => (j === l && centred[j] ? ONE : null)),
    );
    for (const j of informative) {
      for (const l of informative) {
        if (l <= j) continue;
        const cov = dot(centred[j] ?? [], centred[l] ?? []);
        const denominator = (roots[j] ?? B1) * (roots[l] ?? B1);
        const r = new Exact((cov * SCALE) / denominator, SCALE);
        (correlation[j] ?? [])[l] = r;
        (correlation[l] ?? [])[j] = r;
      }
    }
    const conflict = normalised.map((c, j) =>
      c === null ? null : sum(informative.map((l) => ONE.minus(correlation[j]?.[l] ?? ONE))),
    );
    raw = conflict.map((c, j) => (c === null ? null : c.times(deviation[j] ?? ZERO)));
    extra = {
      deviation: deviation.map((d) => showOrNull(d, places)),
      correlation: correlation.map((row) => row.map((r) => showOrNull(r, places))),
      conflict: conflict.map((c) => showOrNull(c, places)),
      information: raw.map((c) => showOrNull(c, places)),
    };
  }
  const total = sum(raw.map((d) => d ?? ZERO));
  if (!total.gt(0))
    throwIfAny([
      method === 'critic'
        ? invalid(
            ['matrix'],
            'CRITIC 的信息量全为 0：需要至少两个能区分评价对象、且不完全相关的指标',
            'CRITIC finds no information: it needs at least two indicators that tell units apart and are not perfectly correlated',
          )
        : invalid(
            ['matrix'],
            '各指标的信息量之和为 0，无法确定权重',
            'the indicators carry no information in total: the data cannot give weights',
          ),
    ]);
  const weights = raw.map((d) => fmt((d ?? ZERO).div(total), places));
  const byIndicator = Object.fromEntries(
    data.indicators.map((name, j) => [name, weights[j] ?? '']),
  );
  return { ...common, ...extra, weights, byIndicator, findings };
}

/**
 * {@link entropyWeights} without throwing: `{ success, data | error }`.
 *
 * @param matrix - as for {@link entropyWeights}
 * @param options - as for {@link entropyWeights}
 * @returns the result, or the error listing every problem
 * @example
 * ```ts
 * safeEntropyWeights([[1, 2]]).success; // false: at least 2 units are needed
 * ```
 * @category Methods
 */
export function safeEntropyWeights(
  matrix: DataMatrixInput,
  options?: EntropyOptions,
): SafeResult<EntropyResult> {
  return safely(() => entropyWeights(matrix, options));
}
