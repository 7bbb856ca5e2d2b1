/**
 * 层次分析法 (AHP, the analytic hierarchy process): weights from pairwise judgement matrices on
 * Saaty's 1–9 scale, with the consistency check (λmax, CI, CR), hierarchies composed to leaf weights,
 * group judgements combined by geometric mean, and leaf weights turned into a framework's points.
 *
 * Method (Saaty 1980; the formulas as in docs/methods.md):
 * - weights: the principal eigenvector by power iteration (default), the geometric mean of each row
 *   (方根法), or the mean of the column-normalised matrix (和积法);
 * - λmax: Σ(Aw)ᵢ for the eigenvector; (1/n)·Σ(Aw)ᵢ/wᵢ for the two approximations;
 * - CI = (λmax − n)/(n − 1), CR = CI/RI(n), and CR = 0 when n ≤ 2.
 */
import * as z from 'zod/mini';
import { ONE, ZERO, dec, fmt, ulp, type Dec } from '../decimal.js';
import { nthRoot } from '../decimal/real.js';
import { allocate } from '../engine/allocate.js';
import { throwIfAny } from '../errors/JixiaoError.js';
import { objectArgument } from '../errors/arguments.js';
import type { Issue, Path } from '../errors/issue.js';
import { safely, type SafeResult } from '../errors/safe.js';
import { compiledOf } from '../framework/defineFramework.js';
import type { Framework } from '../framework/types.js';
import { LocalTextSchema, NumSchema, PositiveNumSchema } from '../schema/common.js';
import {
  MAX_SIDE,
  PlacesSchema,
  SourceSchema,
  WORK_PLACES,
  inputArgument,
  invalid,
  parseOrThrow,
  sum,
  type MethodFinding,
} from './shared.js';

/**
 * Published random index tables RI(n), n = 1, 2, 3, …, selectable by name.
 *
 * - `saaty`: Saaty, *The Analytic Hierarchy Process*, McGraw-Hill, 1980 (n = 1–15), the table most
 *   used internationally.
 * - `chinese`: the table most Chinese textbooks and most Chinese code use (n = 1–15; 0.52 for n = 3,
 *   0.89 for n = 4, …), as found in public Python, Java and C++ code; its primary source (a
 *   simulation of random matrices in a Chinese paper) was not verified for jixiao.
 *
 * Any other table can be given as an array of numbers (index 0 is n = 1).
 *
 * @example
 * ```ts
 * RANDOM_INDEX.saaty[2]; // "0.58", RI for n = 3
 * ```
 * @category Methods
 */
export const RANDOM_INDEX = Object.freeze({
  saaty: Object.freeze([
    '0',
    '0',
    '0.58',
    '0.90',
    '1.12',
    '1.24',
    '1.32',
    '1.41',
    '1.45',
    '1.49',
    '1.51',
    '1.48',
    '1.56',
    '1.57',
    '1.59',
  ]),
  chinese: Object.freeze([
    '0',
    '0',
    '0.52',
    '0.89',
    '1.12',
    '1.26',
    '1.36',
    '1.41',
    '1.46',
    '1.49',
    '1.52',
    '1.54',
    '1.56',
    '1.58',
    '1.59',
  ]),
} as const);

/** The smallest power-iteration tolerance: the iterates are kept to 40 places. */
const MIN_TOLERANCE = '0.00000000000000000000000000000000001';

/** A judgement: a number, a decimal string or a fraction such as `"1/3"`; `null` for "the reciprocal". */
const JudgementSchema = z.union([
  z.number(),
  z.string().check(z.regex(/^\s*\d{1,6}(?:\.\d{1,10})?(?:\s*\/\s*\d{1,6}(?:\.\d{1,10})?)?\s*$/)),
  z.null(),
]);

/** A judgement matrix: n rows of n judgements. */
const JudgementMatrixSchema = z
  .array(z.array(JudgementSchema).check(z.minLength(1)).check(z.maxLength(100)))
  .check(z.minLength(1))
  .check(z.maxLength(100));

/**
 * A judgement matrix as written: rows of judgements, each a number, a decimal string or a fraction
 * such as `"1/3"`; `null` in one of a pair stands for the reciprocal of the other.
 *
 * @category Methods
 */
export type JudgementMatrix = readonly (readonly (number | string | null)[])[];

/**
 * A node of an AHP hierarchy: a criterion with the judgement matrix of its children (or several
 * experts' matrices in `judges`), or a leaf (no children).
 *
 * @category Methods
 */
export interface AhpNode {
  /** The id (a framework's indicator id, for leaves that become points). */
  readonly id: string;
  /** A display name. */
  readonly name?: string | { readonly zh: string; readonly en?: string | undefined } | undefined;
  /** The children's pairwise judgements, in the children's order. */
  readonly matrix?: JudgementMatrix | undefined;
  /** Several experts' matrices, combined entry by entry by their geometric mean. */
  readonly judges?: readonly JudgementMatrix[] | undefined;
  /** The sub-criteria (for a leaf: none). */
  readonly children?: readonly AhpNode[] | undefined;
}

/**
 * What {@link ahp} takes: a bare judgement matrix (its items are named `1`, `2`, …), or a hierarchy
 * whose root has `children` (or `items`, leaf ids for a one-level hierarchy).
 *
 * @category Methods
 */
export type AhpInput =
  | JudgementMatrix
  | {
      readonly id?: string | undefined;
      readonly name?: AhpNode['name'];
      readonly matrix?: JudgementMatrix | undefined;
      readonly judges?: readonly JudgementMatrix[] | undefined;
      readonly items?: readonly string[] | undefined;
      readonly children?: readonly AhpNode[] | undefined;
      /** Where the judgements come from (kept for the record, not used). */
      readonly source?: string | undefined;
    };

const IdText = z.string().check(z.minLength(1)).check(z.maxLength(200));

const NodeSchema: z.ZodMiniType<AhpNode> = z.strictObject({
  id: IdText,
  name: z.optional(LocalTextSchema),
  matrix: z.optional(JudgementMatrixSchema),
  judges: z.optional(z.array(JudgementMatrixSchema).check(z.minLength(1)).check(z.maxLength(100))),
  get children() {
    return z.optional(z.array(NodeSchema).check(z.minLength(1)).check(z.maxLength(100)));
  },
});

/**
 * The zod schema of what {@link ahp} takes: a bare matrix or a hierarchy.
 *
 * @example
 * ```ts
 * AhpInputSchema.safeParse([[1, '1/3'], [3, 1]]).success; // true
 * ```
 * @category Methods
 */
export const AhpInputSchema = z.union([
  JudgementMatrixSchema,
  z.strictObject({
    id: z.optional(IdText),
    name: z.optional(LocalTextSchema),
    matrix: z.optional(JudgementMatrixSchema),
    judges: z.optional(
      z.array(JudgementMatrixSchema).check(z.minLength(1)).check(z.maxLength(100)),
    ),
    items: z.optional(z.array(IdText).check(z.minLength(1)).check(z.maxLength(100))),
    children: z.optional(z.array(NodeSchema).check(z.minLength(1)).check(z.maxLength(100))),
    source: z.optional(SourceSchema),
  }),
]);

/**
 * Options of {@link ahp}.
 *
 * @category Methods
 */
export interface AhpOptions {
  /** `eigenvector` (default, power iteration), `geometric` (方根法) or `arithmetic` (和积法). */
  readonly method?: 'eigenvector' | 'geometric' | 'arithmetic' | undefined;
  /** The random index table: `saaty` (default), `chinese`, or RI(1), RI(2), … as numbers. */
  readonly ri?: 'saaty' | 'chinese' | readonly (number | string)[] | undefined;
  /** CR at or above this is a finding (default 0.1). */
  readonly threshold?: number | string | undefined;
  /**
   * Power iteration stops when no weight moves by more than this: from 1e-35 to 0.001, as a number,
   * a decimal string or `"1e-20"`; by default 10^-(places + 6).
   */
  readonly tolerance?: number | string | undefined;
  /** Power iteration gives up after this many steps (default 10,000). */
  readonly maxIterations?: number | undefined;
  /** The largest judgement allowed, and its reciprocal the smallest (default 9, Saaty's scale). */
  readonly maxJudgement?: number | undefined;
  /** Places of displayed weights, λmax, CI and CR (default 6). */
  readonly places?: number | undefined;
  /**
   * Turn leaf weights into points: a framework (its maximum and rounding places; every leaf of the
   * framework must be a leaf of the hierarchy and the reverse), or a total and places.
   */
  readonly points?:
    | Framework
    | { readonly total: number | string; readonly places?: number | undefined }
    | undefined;
}

/**
 * The zod schema of {@link ahp}'s options.
 *
 * @example
 * ```ts
 * AhpOptionsSchema.safeParse({ method: 'geometric', ri: 'chinese' }).success; // true
 * ```
 * @category Methods
 */
export const AhpOptionsSchema = z.strictObject({
  method: z.optional(z.enum(['eigenvector', 'geometric', 'arithmetic'])),
  ri: z.optional(
    z.union([
      z.enum(['saaty', 'chinese']),
      z.array(NumSchema).check(z.minLength(1)).check(z.maxLength(MAX_SIDE)),
    ]),
  ),
  threshold: z.optional(PositiveNumSchema),
  tolerance: z.optional(
    z.union([
      PositiveNumSchema.check(
        z.refine((v) => dec(v).gte(MIN_TOLERANCE) && dec(v).lte('0.001'), {
          error: () => '$jixiao:tolerance',
        }),
      ),
      z.string().check(z.regex(/^1e-(?:[3-9]|[12]\d|3[0-5])$/)),
    ]),
  ),
  maxIterations: z.optional(z.number().check(z.int()).check(z.gte(1)).check(z.lte(1_000_000))),
  maxJudgement: z.optional(z.number().check(z.gte(1)).check(z.lte(1000))),
  places: z.optional(PlacesSchema),
  points: z.optional(
    z.union([
      z.strictObject({
        total: PositiveNumSchema,
        places: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(10))),
      }),
      // A framework made by defineFramework or builtinFramework (a look-alike object is not one).
      z.custom<Framework>((v: unknown) => compiledOf(v) !== undefined, {
        error: () => '$jixiao:framework',
      }),
    ]),
  ),
});

/**
 * One judgement matrix's result: the matrix as read, the local weights and the consistency check.
 *
 * @category Methods
 */
export interface AhpMatrixResult {
  /** The node's id (the root's is `""` unless given). */
  readonly id: string;
  /** Ids from the root down to this node. */
  readonly path: readonly string[];
  /** The children's ids, in the matrix's order. */
  readonly items: readonly string[];
  /** The matrix used (after filling reciprocals and combining judges), as decimal strings. */
  readonly matrix: readonly (readonly string[])[];
  /** How many experts' matrices were combined (1 for a single matrix). */
  readonly judges: number;
  /** The local weights, in the items' order. */
  readonly weights: readonly string[];
  /** A·w. */
  readonly product: readonly string[];
  readonly lambdaMax: string;
  readonly ci: string;
  readonly ri: string;
  readonly cr: string;
  /** CR below the threshold. */
  readonly consistent: boolean;
  /** Power iterations used (eigenvector method), else 0. */
  readonly iterations: number;
  /** This node's weight in the whole hierarchy (1 for the root). */
  readonly globalWeight: string;
}

/**
 * The result of {@link ahp}. Every number is a decimal string rounded half-up to `places`.
 *
 * @category Methods
 */
export interface AhpResult {
  readonly method: 'eigenvector' | 'geometric' | 'arithmetic';
  /** The random index table used (`saaty`, `chinese` or `custom`). */
  readonly riTable: string;
  readonly threshold: string;
  readonly places: number;
  /** One entry per judgement matrix, root first (depth-first). */
  readonly matrices: readonly AhpMatrixResult[];
  /** Leaf weights in the whole hierarchy (products along each path), by leaf id. */
  readonly weights: Readonly<Record<string, string>>;
  /**
   * The hierarchy's consistency (层次总排序): CR = Σ gⱼ·CIⱼ / Σ gⱼ·RIⱼ over the matrices below the
   * root, gⱼ their global weights; `null` for a single matrix.
   */
  readonly hierarchy: { readonly ci: string; readonly ri: string; readonly cr: string } | null;
  /** Every matrix and the hierarchy below the threshold. */
  readonly consistent: boolean;
  /**
   * Leaf points summing exactly to the total (largest remainder on the places' grid), by leaf id:
   * pass to `withWeights`. Only when `points` was given.
   */
  readonly points: Readonly<Record<string, string>> | null;
  readonly findings: readonly MethodFinding[];
}

interface Node {
  id: string;
  path: Path;
  ids: string[];
  matrix?: JudgementMatrix | undefined;
  judges?: readonly JudgementMatrix[] | undefined;
  children: Node[];
}

/** A judgement's exact value, or null for "reciprocal of its mirror". */
function judgement(v: number | string | null): Dec | null | 'zero' {
  if (v === null) return null;
  if (typeof v === 'number') return dec(v);
  const [a, b] = v.split('/').map((s) => s.trim());
  if (a === undefined) return null;
  if (b === undefined) return dec(a);
  const d = dec(b);
  return d.isZero() ? 'zero' : dec(a).div(d);
}

const text = (d: Dec): string => {
  const places = d.decimalPlaces();
  if (places <= 10) return d.toString();
  // A reciprocal such as 1/3: its fraction, as it was written.
  return d.d <= BigInt(1_000_000) ? `${d.n}/${d.d}` : d.toFixed(10, 'halfUp');
};

/** Reads one matrix: square, diagonal 1, reciprocal pairs, judgements within the scale. */
function readMatrix(m: JudgementMatrix, n: number, at: Path, max: Dec, issues: Issue[]): Dec[][] {
  const before = issues.length;
  if (m.length !== n)
    issues.push(
      invalid(
        at,
        `判断矩阵应为 ${n} 行（${n} 个下级指标），实际 ${m.length} 行`,
        `the judgement matrix needs ${n} rows (one per child), got ${m.length}`,
      ),
    );
  m.forEach((row, i) => {
    if (row.length !== n)
      issues.push(
        invalid(
          [...at, i],
          `第 ${i + 1} 行应有 ${n} 个判断，实际 ${row.length} 个`,
          `row ${i + 1} needs ${n} judgements, got ${row.length}`,
        ),
      );
  });
  if (issues.length > before) return [];
  const min = ONE.div(max);
  const read = m.map((row) => row.map(judgement));
  const bad = new Set<string>();
  const a: (Dec | null)[][] = read.map((row, i) =>
    row.map((v, j) => {
      if (v !== 'zero') return v;
      issues.push(
        invalid(
          [...at, i, j],
          '判断的分母不能为 0',
          'a judgement cannot have 0 as its denominator',
        ),
      );
      bad.add(`${i},${j}`);
      return null;
    }),
  );
  // A judgement that is 0 or beyond the scale is reported at its own place, and no reciprocal is
  // taken from it.
  const usable = (v: Dec | null): v is Dec => v !== null && !v.lt(min) && !v.gt(max);
  const out: Dec[][] = a.map((row) => row.map(() => ONE));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = a[i]?.[j] ?? null;
      const mirror = a[j]?.[i] ?? null;
      const path = [...at, i, j];
      if (bad.has(`${i},${j}`)) continue;
      if (i === j) {
        if (v !== null && !v.eq(ONE))
          issues.push(
            invalid(
              path,
              `对角线上的判断应为 1，实际为 ${text(v)}`,
              `a diagonal judgement must be 1, got ${text(v)}`,
            ),
          );
        continue;
      }
      if (v === null && mirror === null) {
        if (i < j && !bad.has(`${j},${i}`))
          issues.push(
            invalid(
              path,
              `第 ${i + 1} 行第 ${j + 1} 列与其对称位置都为空：至少给出其一`,
              `row ${i + 1}, column ${j + 1} and its mirror are both empty: give one of them`,
            ),
          );
        continue;
      }
      const value = v ?? (usable(mirror) ? ONE.div(mirror) : ONE);
      if (v !== null && (v.lt(min) || v.gt(max) || v.isZero())) {
        issues.push(
          invalid(
            path,
            `判断 ${text(v)} 不在 1/${max.toString()} 到 ${max.toString()} 之间`,
            `the judgement ${text(v)} is not between 1/${max.toString()} and ${max.toString()}`,
          ),
        );
        continue;
      }
      if (v !== null && mirror !== null && i < j && !v.times(mirror).eq(ONE))
        issues.push(
          invalid(
            path,
            `判断矩阵不互反：a[${i + 1}][${j + 1}] = ${text(v)}，a[${j + 1}][${i + 1}] = ${text(mirror)}，两者之积应为 1（倒数请写成分数，如 "1/3"）`,
            `the matrix is not reciprocal: a[${i + 1}][${j + 1}] = ${text(v)} and a[${j + 1}][${i + 1}] = ${text(mirror)} must multiply to 1 (write reciprocals as fractions, e.g. "1/3")`,
          ),
        );
      const row = out[i];
      if (row) row[j] = value;
    }
  }
  return out;
}

/** Several experts' matrices combined entry by entry by their geometric mean (AIJ). */
function combine(matrices: Dec[][][], n: number): Dec[][] {
  const k = matrices.length;
  if (k === 1 && matrices[0]) return matrices[0];
  const out: Dec[][] = Array.from({ length: n }, () => Array.from({ length: n }, () => ONE));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const product = matrices.reduce((p, m) => p.times(m[i]?.[j] ?? ONE), ONE);
      const g = nthRoot(product, k, WORK_PLACES);
      const upper = out[i];
      const lower = out[j];
      if (upper) upper[j] = g;
      if (lower) lower[i] = ONE.div(g).round(WORK_PLACES, 'halfEven');
    }
  }
  return out;
}

const times = (a: readonly Dec[][], w: readonly Dec[]): Dec[] =>
  a.map((row) => row.reduce((s, v, j) => s.plus(v.times(w[j] ?? ZERO)), ZERO));

interface Local {
  weights: Dec[];
  product: Dec[];
  lambda: Dec;
  iterations: number;
}

function eigen(a: Dec[][], tolerance: Dec, maxIterations: number, at: Path): Local {
  const n = a.length;
  let w: Dec[] = Array.from({ length: n }, () => ONE.div(n));
  for (let t = 1; t <= maxIterations; t++) {
    const aw = times(a, w);
    const total = sum(aw);
    const next = aw.map((v) => v.div(total).round(WORK_PLACES, 'halfEven'));
    const moved = next.reduce((m, v, i) => {
      const d = v.minus(w[i] ?? ZERO).abs();
      return d.gt(m) ? d : m;
    }, ZERO);
    w = next;
    if (moved.lte(tolerance)) {
      const product = times(a, w);
      return { weights: w, product, lambda: sum(product), iterations: t };
    }
  }
  throwIfAny([
    invalid(
      at,
      `幂法迭代 ${maxIterations} 次仍未收敛到 ${tolerance.toString()}：请增大 maxIterations 或 tolerance`,
      `power iteration did not converge to ${tolerance.toString()} in ${maxIterations} steps: raise maxIterations, or tolerance`,
    ),
  ]);
  throw new Error('unreachable');
}

function approximate(a: Dec[][], method: 'geometric' | 'arithmetic'): Local {
  const n = a.length;
  let raw: Dec[];
  if (method === 'geometric') {
    raw = a.map((row) =>
      nthRoot(
        row.reduce((p, v) => p.times(v), ONE),
        n,
        WORK_PLACES,
      ),
    );
  } else {
    const colSums = Array.from({ length: n }, (_, j) => sum(a.map((row) => row[j] ?? ZERO)));
    // Each share kept to 40 places: exact shares of 40-place judgements (group judgements) would
    // have denominators that multiply up with every column.
    raw = a.map((row) =>
      sum(row.map((v, j) => v.div(colSums[j] ?? ONE).round(WORK_PLACES, 'halfEven'))).div(n),
    );
  }
  const total = sum(raw);
  const weights = raw.map((v) => v.div(total).round(WORK_PLACES, 'halfEven'));
  const product = times(a, weights);
  const lambda = sum(product.map((v, i) => v.div(weights[i] ?? ONE))).div(n);
  return { weights, product, lambda: lambda.round(WORK_PLACES, 'halfEven'), iterations: 0 };
}

/** The judgement (i, j) farthest from what the weights imply, wᵢ/wⱼ (by the larger of ε and 1/ε). */
function worstJudgement(a: Dec[][], w: readonly Dec[]): { i: number; j: number; implied: Dec } {
  let best = { i: 0, j: 1, implied: ONE, dev: ZERO };
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      const implied = (w[i] ?? ONE).div(w[j] ?? ONE);
      const eps = (a[i]?.[j] ?? ONE).div(implied);
      const dev = eps.gte(ONE) ? eps : ONE.div(eps);
      if (dev.gt(best.dev)) best = { i, j, implied, dev };
    }
  }
  return best;
}

/**
 * Weights from pairwise judgement matrices (层次分析法), with the consistency check of each matrix
 * and of the hierarchy, and, on request, a framework's leaf points that add up exactly.
 *
 * @param input - a judgement matrix (`[[1, 3], ["1/3", 1]]`), or a hierarchy `{ matrix, children }`
 *   whose nodes are `{ id, matrix?, judges?, children? }`
 * @param options - method, random index table, threshold, tolerance, places, points
 * @returns local and global weights, λmax, CI, RI, CR for every matrix, findings and points
 * @throws {@link JixiaoError} listing every problem of the input (not square, not reciprocal, out of
 *   scale, a matrix missing or of the wrong size, duplicate ids, leaves that do not match the framework)
 * @example
 * ```ts
 * const r = ahp([[1, 3, 5], ['1/3', 1, 3], ['1/5', '1/3', 1]], { places: 4 });
 * r.matrices[0].weights; // ["0.6370", "0.2583", "0.1047"]
 * r.matrices[0].cr; // "0.0332"
 * ```
 * @category Methods
 */
export function ahp(input: AhpInput, options: AhpOptions = {}): AhpResult {
  inputArgument(input, 'input', {
    zh: '判断矩阵或层次结构',
    en: 'a judgement matrix or a hierarchy',
  });
  objectArgument(options, 'options');
  const given = parseOrThrow(AhpInputSchema, input, ['input']);
  const o = parseOrThrow(AhpOptionsSchema, options, ['options']);
  const method = o.method ?? 'eigenvector';
  const places = o.places ?? 6;
  const threshold = dec(o.threshold ?? '0.1');
  // By default the iteration goes 6 places beyond those shown (and no further than 35).
  const tolerance =
    o.tolerance === undefined
      ? ulp(Math.min(places + 6, 35))
      : typeof o.tolerance === 'string' && o.tolerance.startsWith('1e-')
        ? ulp(Number(o.tolerance.slice(3)))
        : dec(o.tolerance);
  const maxIterations = o.maxIterations ?? 10_000;
  const maxJudgement = dec(o.maxJudgement ?? 9);
  const riTable = Array.isArray(o.ri) ? 'custom' : (o.ri ?? 'saaty');
  const riValues = (Array.isArray(o.ri) ? o.ri : RANDOM_INDEX[o.ri ?? 'saaty']).map((v) => dec(v));

  // The hierarchy, with each node's path in the input.
  const issues: Issue[] = [];
  const root: Node = Array.isArray(given)
    ? { id: '', path: ['input'], ids: [], matrix: given, children: [] }
    : {
        id: given.id ?? '',
        path: ['input'],
        ids: [],
        matrix: given.matrix,
        judges: given.judges,
        children: [],
      };
  if (Array.isArray(given)) {
    root.children = given.map((_, i) => ({ id: String(i + 1), path: [], ids: [], children: [] }));
  } else {
    if (given.items !== undefined && given.children !== undefined)
      issues.push(
        invalid(
          ['input', 'items'],
          '只能给出 items 或 children 之一',
          'give items or children, not both',
        ),
      );
    const build = (node: AhpNode, path: Path): Node => ({
      id: node.id,
      path,
      ids: [],
      matrix: node.matrix,
      judges: node.judges,
      children: (node.children ?? []).map((c, i) => build(c, [...path, 'children', i])),
    });
    root.children =
      given.children?.map((c, i) => build(c, ['input', 'children', i])) ??
      given.items?.map((id, i) => ({ id, path: ['input', 'items', i], ids: [], children: [] })) ??
      [];
    if (root.children.length === 0)
      issues.push(
        invalid(
          ['input'],
          '层次结构应有 children（或 items）',
          'a hierarchy needs children (or items)',
        ),
      );
  }
  const seen = new Map<string, Path>();
  const leaves: Node[] = [];
  const inner: Node[] = [];
  const walk = (node: Node, ids: string[]): void => {
    node.ids = ids;
    if (node !== root) {
      if (seen.has(node.id))
        issues.push(
          invalid(
            [...node.path, 'id'],
            `编号 "${node.id}" 重复`,
            `the id "${node.id}" appears twice`,
          ),
        );
      seen.set(node.id, node.path);
    }
    if (node.children.length === 0) {
      if (node.matrix !== undefined || node.judges !== undefined)
        issues.push(
          invalid(
            node.path,
            `"${node.id}" 没有下级指标，不应有判断矩阵`,
            `"${node.id}" has no children and so no judgement matrix`,
          ),
        );
      leaves.push(node);
      return;
    }
    inner.push(node);
    for (const c of node.children) walk(c, [...ids, c.id]);
  };
  walk(root, []);

  // Every matrix read (all problems at once), then weights.
  const matrices = new Map<Node, { a: Dec[][]; judges: number }>();
  for (const node of inner) {
    const n = node.children.length;
    const at = node.path;
    if (node.matrix !== undefined && node.judges !== undefined) {
      issues.push(invalid(at, '只能给出 matrix 或 judges 之一', 'give matrix or judges, not both'));
      continue;
    }
    const list = node.judges ?? (node.matrix === undefined ? undefined : [node.matrix]);
    if (list === undefined) {
      if (n === 1) {
        matrices.set(node, { a: [[ONE]], judges: 1 });
        continue;
      }
      issues.push(
        invalid(
          at,
          `"${node.id || '(根)'}" 有 ${n} 个下级指标，需要判断矩阵 matrix（或 judges）`,
          `"${node.id || '(root)'}" has ${n} children and needs a judgement matrix (matrix or judges)`,
        ),
      );
      continue;
    }
    const before = issues.length;
    const read = list.map((m, k) =>
      readMatrix(
        m,
        n,
        node.judges
          ? [...at, 'judges', k]
          : Array.isArray(given) && node === root
            ? at
            : [...at, 'matrix'],
        maxJudgement,
        issues,
      ),
    );
    if (issues.length === before) matrices.set(node, { a: combine(read, n), judges: list.length });
  }
  let totalPoints: Dec | null = null;
  let pointPlaces = 0;
  if (o.points !== undefined) {
    if ('definition' in o.points) {
      const fw = o.points;
      totalPoints = dec(fw.max);
      pointPlaces = fw.policies.rounding.places;
      const fwLeaves = new Set(
        fw.indicators.filter((ind) => ind.rule !== null).map((ind) => ind.id),
      );
      for (const leaf of leaves)
        if (!fwLeaves.has(leaf.id))
          issues.push(
            invalid(
              leaf.path,
              `"${leaf.id}" 不是指标体系的末级指标`,
              `"${leaf.id}" is not a leaf indicator of the framework`,
            ),
          );
      for (const id of fwLeaves)
        if (!leaves.some((l) => l.id === id))
          issues.push(
            invalid(
              ['input'],
              `指标体系的末级指标 "${id}" 不在层次结构中`,
              `the framework's leaf indicator "${id}" is not in the hierarchy`,
            ),
          );
    } else {
      totalPoints = dec(o.points.total);
      pointPlaces = o.points.places ?? 2;
    }
  }
  for (const node of inner) {
    const n = node.children.length;
    const ri = riValues[n - 1];
    if (n >= 3 && ri !== undefined && !ri.gt(0))
      issues.push(
        invalid(
          ['options', 'ri', n - 1],
          `随机一致性指标 RI(${n}) 应大于 0，实际为 ${ri.toString()}`,
          `the random index RI(${n}) must be above 0, got ${ri.toString()}`,
        ),
      );
    if (n > riValues.length)
      issues.push(
        invalid(
          node.path,
          `随机一致性指标表 ${riTable} 只到 n = ${riValues.length}，此矩阵 n = ${n}：请用 ri 给出更长的表`,
          `the random index table ${riTable} stops at n = ${riValues.length} and this matrix has n = ${n}: give a longer table in ri`,
        ),
      );
  }
  throwIfAny(issues);

  const findings: MethodFinding[] = [];
  const global = new Map<Node, Dec>([[root, ONE]]);
  const results: AhpMatrixResult[] = [];
  const cis = new Map<Node, { ci: Dec; ri: Dec }>();
  for (const node of inner) {
    const { a, judges } = matrices.get(node) as { a: Dec[][]; judges: number };
    const n = a.length;
    const local =
      method === 'eigenvector'
        ? eigen(a, tolerance, maxIterations, node.path)
        : approximate(a, method);
    const g = global.get(node) ?? ONE;
    node.children.forEach((c, i) => global.set(c, g.times(local.weights[i] ?? ZERO)));
    const ri = riValues[n - 1] ?? ZERO;
    const ci = n <= 2 ? ZERO : local.lambda.minus(n).div(n - 1);
    const cr = n <= 2 || ri.isZero() ? ZERO : ci.div(ri);
    cis.set(node, { ci, ri });
    const consistent = cr.lt(threshold);
    if (!consistent) {
      const worst = worstJudgement(a, local.weights);
      const ii = node.children[worst.i]?.id ?? '';
      const jj = node.children[worst.j]?.id ?? '';
      const given = text(a[worst.i]?.[worst.j] ?? ONE);
      const implied = fmt(worst.implied, 2);
      findings.push({
        code: 'inconsistent',
        path: node.path,
        message: {
          zh: `"${node.id || '(根)'}" 的判断矩阵一致性比率 CR = ${fmt(cr, 4)}，不小于 ${threshold.toString()}，未通过一致性检验。最不一致的判断是 "${ii}" 相对 "${jj}"（第 ${worst.i + 1} 行第 ${worst.j + 1} 列）给出 ${given}，按权重推算约为 ${implied}：请复核`,
          en: `the judgement matrix of "${node.id || '(root)'}" has CR = ${fmt(cr, 4)}, not below ${threshold.toString()}: it fails the consistency check. The most inconsistent judgement is "${ii}" against "${jj}" (row ${worst.i + 1}, column ${worst.j + 1}), given as ${given} where the weights imply about ${implied}: review it`,
        },
      });
    }
    results.push({
      id: node.id,
      path: node.ids,
      items: node.children.map((c) => c.id),
      matrix: a.map((row) => row.map(text)),
      judges,
      weights: local.weights.map((w) => fmt(w, places)),
      product: local.product.map((v) => fmt(v, places)),
      lambdaMax: fmt(local.lambda, places),
      ci: fmt(ci, places),
      ri: fmt(ri, places),
      cr: fmt(cr, places),
      consistent,
      iterations: local.iterations,
      globalWeight: fmt(g, places),
    });
  }

  // The hierarchy's consistency, over the matrices below the root.
  let hierarchy: AhpResult['hierarchy'] = null;
  let hierarchyConsistent = true;
  const below = inner.filter((n) => n !== root);
  if (below.length > 0) {
    let ciSum = ZERO;
    let riSum = ZERO;
    for (const node of below) {
      const g = global.get(node) ?? ZERO;
      const c = cis.get(node) ?? { ci: ZERO, ri: ZERO };
      ciSum = ciSum.plus(g.times(c.ci));
      riSum = riSum.plus(g.times(c.ri));
    }
    const cr = riSum.isZero() ? ZERO : ciSum.div(riSum);
    hierarchy = { ci: fmt(ciSum, places), ri: fmt(riSum, places), cr: fmt(cr, places) };
    hierarchyConsistent = cr.lt(threshold);
    if (!hierarchyConsistent)
      findings.push({
        code: 'inconsistent_hierarchy',
        path: ['input'],
        message: {
          zh: `层次总排序一致性比率 CR = ${fmt(cr, 4)}，不小于 ${threshold.toString()}，未通过一致性检验`,
          en: `the hierarchy's consistency ratio CR = ${fmt(cr, 4)} is not below ${threshold.toString()}: it fails the consistency check`,
        },
      });
  }

  // Object.fromEntries defines own properties: an id such as "__proto__" stays a plain key.
  const weights = Object.fromEntries(
    leaves.map((leaf) => [leaf.id, fmt(global.get(leaf) ?? ZERO, places)]),
  );
  let points: Record<string, string> | null = null;
  if (totalPoints !== null) {
    const total = totalPoints;
    const exact = leaves.map((l) => (global.get(l) ?? ZERO).times(total));
    const parts = allocate(total, exact, pointPlaces);
    points = Object.fromEntries(
      leaves.map((leaf, i) => [leaf.id, (parts[i] ?? ZERO).toFixed(pointPlaces, 'halfUp')]),
    );
    leaves.forEach((leaf, i) => {
      if ((parts[i] ?? ZERO).isZero())
        findings.push({
          code: 'zero_points',
          path: leaf.path,
          message: {
            zh: `"${leaf.id}" 的权重 ${fmt(global.get(leaf) ?? ZERO, places)} 按 ${pointPlaces} 位小数分配后为 0 分`,
            en: `"${leaf.id}" has weight ${fmt(global.get(leaf) ?? ZERO, places)}, which is 0 points at ${pointPlaces} places`,
          },
        });
    });
  }
  return {
    method,
    riTable,
    threshold: threshold.toString(),
    places,
    matrices: results,
    weights,
    hierarchy,
    consistent: results.every((r) => r.consistent) && hierarchyConsistent,
    points,
    findings,
  };
}

/**
 * {@link ahp} without throwing: `{ success, data | error }`.
 *
 * @param input - a judgement matrix or a hierarchy
 * @param options - as for {@link ahp}
 * @returns the result, or the error listing every problem
 * @example
 * ```ts
 * const r = safeAhp([[1, 2], [1, 1]]);
 * r.success; // false: a[1][2] = 2 and a[2][1] = 1 are not reciprocal
 * ```
 * @category Methods
 */
export function safeAhp(input: AhpInput, options?: AhpOptions): SafeResult<AhpResult> {
  return safely(() => ahp(input, options));
}
