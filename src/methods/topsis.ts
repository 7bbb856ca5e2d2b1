/**
 * TOPSIS (逼近理想解排序法; Hwang & Yoon 1981): units ranked by their relative closeness to the ideal
 * solution. Each column is normalised by its Euclidean norm (rᵢⱼ = xᵢⱼ / √Σᵢxᵢⱼ²), weighted
 * (vᵢⱼ = wⱼ·rᵢⱼ); the ideal A⁺ takes each column's best value (largest for a positive indicator,
 * smallest for a negative one), the anti-ideal A⁻ the worst; D⁺ᵢ and D⁻ᵢ are the Euclidean distances
 * to them and Cᵢ = D⁻ᵢ / (D⁺ᵢ + D⁻ᵢ). `best` and `between` indicators are first made positive by
 * their formulas (see {@link Direction}).
 */
import * as z from 'zod/mini';
import { HUNDRED, ONE, ZERO, dec, fmt, type Dec } from '../decimal.js';
import { sqrt } from '../decimal/real.js';
import { throwIfAny } from '../errors/JixiaoError.js';
import { objectArgument } from '../errors/arguments.js';
import { safely, type SafeResult } from '../errors/safe.js';
import { NonNegNumSchema } from '../schema/common.js';
import { rankEntries, type TiePolicy } from './rank.js';
import {
  DataMatrixSchema,
  DirectionSchema,
  MAX_SIDE,
  PlacesSchema,
  WORK_PLACES,
  directionIssues,
  inputArgument,
  invalid,
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

/** Places at which closeness values are compared (see `topsis`). */
const RANK_PLACES = 30;

/**
 * Options of {@link topsis}.
 *
 * @category Methods
 */
export interface TopsisOptions {
  /** One weight per indicator, ≥ 0, not all 0 (they need not add up to 1). Default: equal. */
  readonly weights?: readonly (number | string)[] | undefined;
  /** One per indicator (see {@link Direction}); default `positive`. */
  readonly directions?: readonly Direction[] | undefined;
  /** How tied closeness values rank: `competition` (1224, default), `dense` (1223), `ordinal` (1234). */
  readonly ties?: TiePolicy | undefined;
  /** Places of displayed values (default 6). */
  readonly places?: number | undefined;
}

/**
 * The zod schema of {@link topsis}'s options.
 *
 * @example
 * ```ts
 * TopsisOptionsSchema.safeParse({ weights: [0.6, 0.4], directions: ['positive', 'negative'] }).success; // true
 * ```
 * @category Methods
 */
export const TopsisOptionsSchema = z.strictObject({
  weights: z.optional(z.array(NonNegNumSchema).check(z.maxLength(MAX_SIDE))),
  directions: z.optional(z.array(DirectionSchema).check(z.maxLength(MAX_SIDE))),
  ties: z.optional(z.enum(['competition', 'dense', 'ordinal'])),
  places: z.optional(PlacesSchema),
});

/**
 * One unit in a TOPSIS ranking.
 *
 * @category Methods
 */
export interface TopsisUnit {
  readonly unit: string;
  /** Its row in the input (from 0). */
  readonly index: number;
  readonly dPlus: string;
  readonly dMinus: string;
  /** Relative closeness Cᵢ ∈ [0, 1]. */
  readonly closeness: string;
  /** Cᵢ × 100, as a score out of 100. */
  readonly score: string;
  readonly rank: number;
}

/**
 * The result of {@link topsis}: every step, as decimal strings rounded half-up to `places`.
 *
 * @category Methods
 */
export interface TopsisResult {
  readonly units: readonly string[];
  readonly indicators: readonly string[];
  readonly directions: readonly Direction[];
  /** The weights used, divided by their sum. */
  readonly weights: readonly string[];
  /** The matrix after `best`/`between` columns were made positive (else the input). */
  readonly positive: readonly (readonly string[])[];
  /** rᵢⱼ = xᵢⱼ / √Σᵢxᵢⱼ². */
  readonly normalised: readonly (readonly string[])[];
  /** vᵢⱼ = wⱼ·rᵢⱼ. */
  readonly weighted: readonly (readonly string[])[];
  /** A⁺ and A⁻, per indicator. */
  readonly ideal: readonly string[];
  readonly antiIdeal: readonly string[];
  /** One entry per unit, in the input's order. */
  readonly results: readonly TopsisUnit[];
  /** Row indexes from first to last place. */
  readonly order: readonly number[];
  readonly ties: TiePolicy;
  readonly findings: readonly MethodFinding[];
}

/**
 * Ranks units by TOPSIS: relative closeness to the ideal solution, with every step explained.
 *
 * @param matrix - rows of values, one row per unit and one column per indicator; or
 *   `{ units, indicators, values }` with names
 * @param options - weights, directions, ties, places
 * @returns closeness, distances, ranks and every intermediate matrix
 * @throws {@link JixiaoError} listing every problem: rows of unequal length, fewer than 2 units,
 *   weights or directions that do not match the columns, every weight 0, all units identical
 * @example
 * ```ts
 * const r = topsis([[250, 16], [200, 16], [300, 32]], { weights: [1, 1], directions: ['negative', 'positive'] });
 * r.results.map((u) => u.rank); // [3, 2, 1]
 * ```
 * @category Methods
 */
export function topsis(matrix: DataMatrixInput, options: TopsisOptions = {}): TopsisResult {
  inputArgument(matrix, 'matrix', { zh: '数值矩阵', en: 'a matrix of numbers' });
  objectArgument(options, 'options');
  const data = readDataMatrix(parseOrThrow(DataMatrixSchema, matrix, ['matrix']), 'matrix', 2);
  const o = parseOrThrow(TopsisOptionsSchema, options, ['options']);
  const k = data.indicators.length;
  const places = o.places ?? 6;
  const ties = o.ties ?? 'competition';
  const directions = perIndicator(o.directions, k, ['options', 'directions'], 'positive');
  const given = perIndicator(o.weights, k, ['options', 'weights'], 1).map((w) => dec(w));
  throwIfAny(directions.flatMap((d, j) => directionIssues(d, ['options', 'directions', j])));
  const weightSum = sum(given);
  if (weightSum.isZero())
    throwIfAny([invalid(['options', 'weights'], '权重不能全为 0', 'the weights cannot all be 0')]);
  const weights = given.map((w) => w.div(weightSum));

  // Columns made positive where the direction has a formula; positive/negative kept as they are.
  const columns = data.indicators.map((_, j) => data.values.map((row) => row[j] ?? ZERO));
  const positive = columns.map((col, j) => {
    const d = directions[j] ?? 'positive';
    if (d === 'positive' || d === 'negative') return col;
    return normaliseColumn(col, d) ?? col.map(() => ONE);
  });
  const better = directions.map((d) => (d === 'negative' ? 'min' : 'max'));
  const findings: MethodFinding[] = [];
  const normalised = positive.map((col, j) => {
    const norm = sqrt(sum(col.map((v) => v.times(v))), WORK_PLACES);
    if (norm.isZero()) {
      findings.push({
        code: 'constant_indicator',
        path: columnPath(data, j),
        message: {
          zh: `指标 "${data.indicators[j] ?? j}" 的值全为 0，不参与排序`,
          en: `indicator "${data.indicators[j] ?? j}" is 0 for every unit and takes no part in the ranking`,
        },
      });
      return col.map(() => ZERO);
    }
    return col.map((v) => v.div(norm).round(WORK_PLACES, 'halfEven'));
  });
  const weighted = normalised.map((col, j) => col.map((r) => r.times(weights[j] ?? ZERO)));
  const pick = (col: readonly Dec[], max: boolean): Dec =>
    col.reduce((b, v) => (max ? (v.gt(b) ? v : b) : v.lt(b) ? v : b), col[0] ?? ZERO);
  const ideal = weighted.map((col, j) => pick(col, better[j] === 'max'));
  const anti = weighted.map((col, j) => pick(col, better[j] !== 'max'));
  const distance = (i: number, to: readonly Dec[]): Dec =>
    sqrt(
      sum(weighted.map((col, j) => (col[i] ?? ZERO).minus(to[j] ?? ZERO)).map((d) => d.times(d))),
      WORK_PLACES,
    );
  const dPlus = data.units.map((_, i) => distance(i, ideal));
  const dMinus = data.units.map((_, i) => distance(i, anti));
  if (dPlus.every((d, i) => d.plus(dMinus[i] ?? ZERO).isZero()))
    throwIfAny([
      invalid(
        ['matrix'],
        '所有评价对象在每个加权指标上都相同：TOPSIS 无法排序',
        'every unit is the same on every weighted indicator: TOPSIS cannot rank them',
      ),
    ]);
  // Closeness is ranked and shown at 30 places, well above the 10^-38 or so that the roots may be
  // off: units whose true closeness is the same tie, whatever the last digits of their roots.
  const closeness = dPlus.map((dp, i) => {
    const dm = dMinus[i] ?? ZERO;
    return dm.div(dp.plus(dm)).round(RANK_PLACES, 'halfEven');
  });
  const ranked = rankEntries(
    closeness.map((value, index) => ({ index, value, text: '' })),
    ties,
    'desc',
  );
  const ranks: number[] = [];
  for (const r of ranked) ranks[r.index] = r.rank;
  const order = ranked.map((r) => r.index);
  const grid = (cols: readonly (readonly Dec[])[]): string[][] =>
    data.units.map((_, i) => cols.map((col) => fmt(col[i] ?? ZERO, places)));
  return {
    units: data.units,
    indicators: data.indicators,
    directions,
    weights: weights.map((w) => fmt(w, places)),
    positive: grid(positive),
    normalised: grid(normalised),
    weighted: grid(weighted),
    ideal: ideal.map((v) => fmt(v, places)),
    antiIdeal: anti.map((v) => fmt(v, places)),
    results: data.units.map((unit, i) => ({
      unit,
      index: i,
      dPlus: fmt(dPlus[i] ?? ZERO, places),
      dMinus: fmt(dMinus[i] ?? ZERO, places),
      closeness: fmt(closeness[i] ?? ZERO, places),
      score: fmt((closeness[i] ?? ZERO).times(HUNDRED), Math.max(places - 2, 0)),
      rank: ranks[i] ?? 0,
    })),
    order,
    ties,
    findings,
  };
}

/**
 * {@link topsis} without throwing: `{ success, data | error }`.
 *
 * @param matrix - as for {@link topsis}
 * @param options - as for {@link topsis}
 * @returns the result, or the error listing every problem
 * @example
 * ```ts
 * safeTopsis([[1, 1], [1, 1]]).success; // false: every unit is the same
 * ```
 * @category Methods
 */
export function safeTopsis(
  matrix: DataMatrixInput,
  options?: TopsisOptions,
): SafeResult<TopsisResult> {
  return safely(() => topsis(matrix, options));
}
