/**
 * What the evaluator's methods (AHP, entropy and CRITIC weights, fuzzy evaluation, TOPSIS) share:
 * matrices as JSON, directions, the working precision, findings and how results are written.
 */
import * as z from 'zod/mini';
import { ONE, ZERO, dec, type Dec } from '../decimal.js';
import { throwIfAny } from '../errors/JixiaoError.js';
import type { Issue, Path } from '../errors/issue.js';
import { NumSchema } from '../schema/common.js';
import { MAX_SIDE, SourceSchema, invalid } from './base.js';

export {
  MAX_SIDE,
  PlacesSchema,
  SourceSchema,
  WORK_PLACES,
  inputArgument,
  invalid,
  parseOrThrow,
  sum,
  type MethodFinding,
  type MethodFindingCode,
} from './base.js';

/**
 * How an indicator's values become "larger is better" (正向化):
 * - `positive` (正向): larger is better; `negative` (负向): smaller is better;
 * - `{ best: v }` (中间型): closest to v is best, x' = 1 − |x − v| / max|x − v|;
 * - `{ between: [a, b] }` (区间型): anything in [a, b] is best (x' = 1), and outside
 *   x' = 1 − (a − x)/M below or 1 − (x − b)/M above, M = max(a − min x, max x − b).
 *
 * The last two give values in [0, 1] directly, used as they are (no further min–max).
 *
 * @category Methods
 */
export type Direction =
  | 'positive'
  | 'negative'
  | { readonly best: number | string }
  | { readonly between: readonly [number | string, number | string] };

/**
 * The zod schema of a {@link Direction}.
 *
 * @example
 * ```ts
 * DirectionSchema.safeParse({ between: [10, 20] }).success; // true
 * ```
 * @category Methods
 */
export const DirectionSchema = z.union([
  z.enum(['positive', 'negative']),
  z.strictObject({ best: NumSchema }),
  z.strictObject({ between: z.tuple([NumSchema, NumSchema]) }),
]);

/** A matrix of numbers: rows of numbers or decimal strings. */
export const NumMatrixSchema = z
  .array(z.array(NumSchema).check(z.minLength(1)).check(z.maxLength(MAX_SIDE)))
  .check(z.minLength(1))
  .check(z.maxLength(MAX_SIDE));

/**
 * A units × indicators table: a bare matrix (rows are units), or the matrix with its labels.
 *
 * @category Methods
 */
export type DataMatrixInput =
  | readonly (readonly (number | string)[])[]
  | {
      readonly units?: readonly string[] | undefined;
      readonly indicators?: readonly string[] | undefined;
      readonly values: readonly (readonly (number | string)[])[];
      /** Where the numbers come from (kept for the record, not used). */
      readonly source?: string | undefined;
    };

const LabelsSchema = z
  .array(z.string().check(z.minLength(1)).check(z.maxLength(200)))
  .check(z.maxLength(MAX_SIDE));

/**
 * The zod schema of a units × indicators table, bare or labelled ({@link DataMatrixInput}).
 *
 * @example
 * ```ts
 * DataMatrixSchema.safeParse({ units: ['甲', '乙'], values: [[1, 2], [3, 4]] }).success; // true
 * ```
 * @category Methods
 */
export const DataMatrixSchema = z.union([
  NumMatrixSchema,
  z.strictObject({
    units: z.optional(LabelsSchema),
    indicators: z.optional(LabelsSchema),
    values: NumMatrixSchema,
    source: z.optional(SourceSchema),
  }),
]);

/** A labelled matrix read into exact values. */
export interface DataMatrix {
  readonly units: readonly string[];
  readonly indicators: readonly string[];
  readonly values: readonly (readonly Dec[])[];
  /** Path of the values inside the input (`[]` for a bare matrix, `["values"]` otherwise). */
  readonly at: Path;
}

/**
 * Reads a units × indicators table: checks that every row has as many values as the first, that the
 * labels match the matrix and are unique, and that there are at least `minUnits` units.
 *
 * @param input - the validated input
 * @param arg - the argument's name (the root of every path)
 * @param minUnits - the fewest units the method needs
 * @returns the matrix
 * @example
 * ```ts
 * readDataMatrix([[1, 2], [3, 4]], 'matrix', 2).indicators; // ["X1", "X2"]
 * ```
 */
export function readDataMatrix(
  input: z.infer<typeof DataMatrixSchema>,
  arg: string,
  minUnits: number,
): DataMatrix {
  const bare = Array.isArray(input);
  const rows = bare ? input : input.values;
  const at: Path = bare ? [arg] : [arg, 'values'];
  const issues: Issue[] = [];
  const width = rows[0]?.length ?? 0;
  rows.forEach((row, i) => {
    if (row.length !== width)
      issues.push(
        invalid(
          [...at, i],
          `第 ${i + 1} 行有 ${row.length} 个值，第 1 行有 ${width} 个：每行的指标数应相同`,
          `row ${i + 1} has ${row.length} values and row 1 has ${width}: every row needs the same indicators`,
        ),
      );
  });
  if (rows.length < minUnits)
    issues.push(
      invalid(
        at,
        `至少需要 ${minUnits} 个评价对象（行），实际 ${rows.length} 个`,
        `at least ${minUnits} units (rows) are needed, got ${rows.length}`,
      ),
    );
  const labels = (
    given: readonly string[] | undefined,
    count: number,
    key: string,
    prefix: string,
  ) => {
    if (given === undefined) return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
    if (given.length !== count)
      issues.push(
        invalid(
          [arg, key],
          `${key} 有 ${given.length} 个名称，矩阵有 ${count} 个`,
          `${key} has ${given.length} names and the matrix ${count}`,
        ),
      );
    const seen = new Set<string>();
    given.forEach((g, i) => {
      if (seen.has(g))
        issues.push(invalid([arg, key, i], `名称 "${g}" 重复`, `the name "${g}" appears twice`));
      seen.add(g);
    });
    return given;
  };
  const units = labels(bare ? undefined : input.units, rows.length, 'units', 'U');
  const indicators = labels(bare ? undefined : input.indicators, width, 'indicators', 'X');
  throwIfAny(issues);
  return { units, indicators, values: rows.map((row) => row.map((v) => dec(v))), at };
}

/**
 * Where a whole column is in the input: `["matrix", "*", j]`, or under `values`.
 *
 * @param data - the matrix as read
 * @param j - the column
 * @returns the path, `*` standing for every row
 * @example
 * ```ts
 * columnPath(readDataMatrix([[1, 2], [3, 4]], 'matrix', 2), 1); // ["matrix", "*", 1]
 * ```
 */
export const columnPath = (data: DataMatrix, j: number): Path => [...data.at, '*', j];

/**
 * Reads per-indicator options (directions, weights): absent means the default for every indicator;
 * given, it must have one entry per indicator.
 *
 * @param given - the option's array, or undefined
 * @param count - the number of indicators
 * @param path - the option's path
 * @param fallback - the default of each entry
 * @returns one entry per indicator
 * @example
 * ```ts
 * perIndicator(undefined, 2, ['options', 'directions'], 'positive'); // ["positive", "positive"]
 * ```
 */
export function perIndicator<T>(
  given: readonly T[] | undefined,
  count: number,
  path: Path,
  fallback: T,
): T[] {
  if (given === undefined) return Array.from({ length: count }, () => fallback);
  if (given.length !== count)
    throwIfAny([
      invalid(
        path,
        `应有 ${count} 项（每个指标一项），实际 ${given.length} 项`,
        `expected ${count} entries (one per indicator), got ${given.length}`,
      ),
    ]);
  return [...given];
}

/**
 * One column made "larger is better" and scaled to [0, 1] by its {@link Direction}: min–max for a
 * positive indicator, (max − x)/(max − min) for a negative one, the 中间型 and 区间型 formulas for
 * `best` and `between`. `null` when the column cannot tell units apart (all its values equal).
 *
 * @param column - the column's values
 * @param direction - the indicator's direction
 * @returns the normalised values in [0, 1], or null for a constant column
 * @example
 * ```ts
 * normaliseColumn([dec(1), dec(3)], 'negative')?.map(String); // ["1", "0"]
 * ```
 */
export function normaliseColumn(column: readonly Dec[], direction: Direction): Dec[] | null {
  let lo = column[0] ?? ZERO;
  let hi = lo;
  for (const v of column) {
    if (v.lt(lo)) lo = v;
    if (v.gt(hi)) hi = v;
  }
  if (hi.eq(lo)) return null;
  if (direction === 'positive' || direction === 'negative') {
    const range = hi.minus(lo);
    return column.map((v) => (direction === 'positive' ? v.minus(lo) : hi.minus(v)).div(range));
  }
  let out: Dec[];
  if ('best' in direction) {
    const best = dec(direction.best);
    const far = column.reduce(
      (m, v) => (v.minus(best).abs().gt(m) ? v.minus(best).abs() : m),
      ZERO,
    );
    out = column.map((v) => ONE.minus(v.minus(best).abs().div(far)));
  } else {
    const a = dec(direction.between[0]);
    const b = dec(direction.between[1]);
    const below = a.minus(lo);
    const above = hi.minus(b);
    const far = below.gt(above) ? below : above;
    if (!far.gt(0)) return null; // every value inside the best interval
    out = column.map((v) =>
      v.lt(a) ? ONE.minus(a.minus(v).div(far)) : v.gt(b) ? ONE.minus(v.minus(b).div(far)) : ONE,
    );
  }
  const first = out[0] ?? ZERO;
  return out.every((v) => v.eq(first)) ? null : out;
}

/**
 * Checks a direction's own parameters: `between` needs a ≤ b.
 *
 * @param direction - the direction
 * @param path - its path
 * @returns the issues (none when valid)
 * @example
 * ```ts
 * directionIssues({ between: [20, 10] }, ['options', 'directions', 0]).length; // 1
 * ```
 */
export function directionIssues(direction: Direction, path: Path): Issue[] {
  if (typeof direction === 'object' && 'between' in direction) {
    const [a, b] = direction.between;
    if (dec(a).gt(dec(b)))
      return [
        invalid(
          path,
          `区间 [${a}, ${b}] 的下限大于上限`,
          `the interval [${a}, ${b}] has its lower bound above its upper bound`,
        ),
      ];
  }
  return [];
}
