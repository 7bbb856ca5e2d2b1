/**
 * Many units at once (排名、等级分布、分位数): the ranking of a year's results, how many units got each
 * grade, and the spread of their totals. Every comparison and statistic is exact (src/decimal.ts):
 * totals that are equal rank alike whatever their spelling ("90", "90.00", 90), and "0.1" + "0.2" is
 * 0.3. Items are read by a key path, so the results of `evaluate`, `scoreSelfEvaluation` and the
 * lines of `jixiao score --batch` are read as they are; a value that is missing or not a number is
 * an error naming every such item, never a unit quietly left out.
 */
import * as z from 'zod/mini';
import { dec, type Dec } from '../decimal.js';
import { argumentError, describeValue, isRecord } from '../errors/arguments.js';
import { throwIfAny } from '../errors/JixiaoError.js';
import { makeIssue, type Issue, type Path } from '../errors/issue.js';
import { orThrow, safely, type SafeResult } from '../errors/safe.js';
import { PercentSchema, numValue } from '../schema/common.js';
import { parseWith } from '../schema/parse.js';

/** Field names joined by dots, none empty ("total", "unit.name", "rows.0.points"). */
const KeyPathSchema = z
  .string()
  .check(z.maxLength(500), z.regex(/^[^.]+(?:\.[^.]+)*$/, { error: () => '$jixiao:keyPath' }));

/**
 * Tie policies of {@link rankUnits}: `competition` (1224, 并列占位), `dense` (1223, 并列不占位),
 * `ordinal` (1234, the earlier item first).
 *
 * @example
 * ```ts
 * TIE_POLICIES.includes('dense'); // true
 * ```
 * @category Methods
 */
export const TIE_POLICIES = ['competition', 'dense', 'ordinal'] as const;

/**
 * A tie policy: `competition`, `dense` or `ordinal` (see {@link TIE_POLICIES}).
 *
 * @category Methods
 */
export type TiePolicy = (typeof TIE_POLICIES)[number];

/**
 * Which end ranks first: `desc` (the highest value is 1st, the default) or `asc`.
 *
 * @category Methods
 */
export type RankOrder = 'desc' | 'asc';

/**
 * The options of {@link rankUnits}: `by` (key path of the value, default `"total"`), `ties`
 * (default `"competition"`), `order` (default `"desc"`) and `id` (key path of a label, optional).
 *
 * @example
 * ```ts
 * RankOptionsSchema.safeParse({ by: 'total', ties: 'dense', id: 'unit.name' }).success; // true
 * ```
 * @category Methods
 */
export const RankOptionsSchema = z.strictObject({
  by: z.optional(KeyPathSchema),
  ties: z.optional(z.enum(TIE_POLICIES)),
  order: z.optional(z.enum(['desc', 'asc'])),
  id: z.optional(KeyPathSchema),
});

/**
 * Input form of {@link RankOptionsSchema}.
 *
 * @category Methods
 */
export type RankOptions = z.infer<typeof RankOptionsSchema>;

/**
 * One unit's place in a {@link Ranking}.
 *
 * @category Methods
 */
export interface RankedUnit {
  /** Its rank, from 1, as the tie policy gives it. */
  readonly rank: number;
  /** Its index in the items given. */
  readonly index: number;
  /** Its label, when `id` was given (a number label as text). */
  readonly id?: string;
  /** The value ranked: a decimal string as given, a number as its exact decimal (never `1e+21`). */
  readonly value: string;
}

/**
 * The result of {@link rankUnits}: plain JSON.
 *
 * @category Methods
 */
export interface Ranking {
  /** Every unit, by rank (and by input order within a rank). */
  readonly ranks: readonly RankedUnit[];
  /** The number of units. */
  readonly count: number;
  readonly ties: TiePolicy;
  readonly order: RankOrder;
  /** The key path of the values. */
  readonly by: string;
}

/** A value read for ranking: exact, and as it is shown. */
export interface RankEntry {
  readonly index: number;
  readonly value: Dec;
  readonly text: string;
  readonly id?: string;
}

/** What a key path reaches in an item. */
type Reached =
  { readonly kind: 'value'; readonly value: unknown } | { readonly kind: 'missing' | 'unreadable' };

/**
 * Follows a key path into an item: object keys, and digits as indexes into arrays.
 *
 * @param item - anything
 * @param keys - the path's field names
 * @returns what is there, and the path in issue form (indexes as numbers)
 * @example
 * ```ts
 * reach({ unit: { name: 'a' } }, ['unit', 'name']).reached; // { kind: 'value', value: 'a' }
 * ```
 */
export function reach(item: unknown, keys: readonly string[]): { reached: Reached; path: Path } {
  const path: (string | number)[] = [];
  let here = item;
  let reached: Reached | null = null;
  for (const key of keys) {
    const index = Array.isArray(here) && /^\d{1,9}$/.test(key) ? Number(key) : null;
    path.push(index ?? key);
    if (reached) continue;
    try {
      if (index !== null && index < (here as unknown[]).length) here = (here as unknown[])[index];
      else if (index === null && isRecord(here) && Object.hasOwn(here, key)) here = here[key];
      else reached = { kind: 'missing' };
    } catch {
      // A JavaScript caller's getter that throws: the value cannot be read, which is not a bug of ours.
      reached = { kind: 'unreadable' };
    }
  }
  return { reached: reached ?? { kind: 'value', value: here }, path };
}

const issue = (path: Path, zh: string, en: string): Issue =>
  makeIssue('invalid_input', path, { zh, en });

/** The problem with an item that is not an object. */
function notObject(at: Path, item: unknown): Issue {
  const got = describeValue(item);
  return issue(
    at,
    `应为对象（如一份评分结果），实际为 ${got}`,
    `expected an object (a result, for instance), got ${got}`,
  );
}

/** A missing or unreadable field, or `null` when it holds a value. */
function absent(
  reached: Reached,
  path: Path,
  key: string,
  what: { zh: string; en: string },
): Issue | null {
  if (reached.kind === 'missing')
    return issue(
      path,
      `缺少 "${key}"（应为${what.zh}）`,
      `"${key}" is missing (expected ${what.en})`,
    );
  if (reached.kind === 'unreadable')
    return issue(path, `"${key}" 无法读取`, `"${key}" could not be read`);
  return null;
}

const NUMBER = { zh: '数值', en: 'a number' };

/**
 * Reads the number an item holds at a key path (or the item itself, when `bare` and it is a number
 * or a string).
 *
 * @param item - one item
 * @param keys - the path's field names
 * @param by - the path as written, for messages
 * @param at - the item's own path (e.g. `["items", 3]`)
 * @param bare - whether a bare number or string is the value itself
 * @returns the exact value and its text, or the issue
 * @example
 * ```ts
 * readNumber({ total: '97.94' }, ['total'], 'total', ['items', 0]); // { value, text: '97.94' }
 * ```
 */
export function readNumber(
  item: unknown,
  keys: readonly string[],
  by: string,
  at: Path,
  bare = false,
): { value: Dec; text: string } | Issue {
  let value: unknown = item;
  let path = at;
  if (!(bare && (typeof item === 'number' || typeof item === 'string'))) {
    if (!isRecord(item) && !Array.isArray(item)) return notObject(at, item);
    const r = reach(item, keys);
    path = [...at, ...r.path];
    const missing = absent(r.reached, path, by, NUMBER);
    if (missing || r.reached.kind !== 'value') return missing ?? notObject(at, item);
    value = r.reached.value;
  }
  const exact = numValue(value);
  if (exact === null) {
    const got = describeValue(value);
    return issue(
      path,
      `"${by}" 应为数值：有限数字或十进制数字符串（如 "97.94"），实际为 ${got}`,
      `"${by}" must be a number: a finite number or a decimal string such as "97.94", got ${got}`,
    );
  }
  return { value: exact, text: typeof value === 'string' ? value : exact.toString() };
}

/**
 * Reads a text (a grade, a label) an item holds at a key path; a label may be a number.
 *
 * @param item - one item
 * @param keys - the path's field names
 * @param by - the path as written, for messages
 * @param at - the item's own path
 * @param label - whether a finite number is accepted (as its text)
 * @returns the text, or the issue
 * @example
 * ```ts
 * readText({ grade: '优' }, ['grade'], 'grade', ['items', 0], false); // "优"
 * ```
 */
export function readText(
  item: unknown,
  keys: readonly string[],
  by: string,
  at: Path,
  label: boolean,
): string | Issue {
  const what = label
    ? { zh: '文本或数字', en: 'text or a number' }
    : { zh: '非空文本', en: 'non-empty text' };
  let value: unknown = item;
  let path = at;
  if (!(!label && typeof item === 'string')) {
    if (!isRecord(item) && !Array.isArray(item)) return notObject(at, item);
    const r = reach(item, keys);
    path = [...at, ...r.path];
    const missing = absent(r.reached, path, by, what);
    if (missing || r.reached.kind !== 'value') return missing ?? notObject(at, item);
    value = r.reached.value;
  }
  if (typeof value === 'string' && value !== '') return value;
  if (label && typeof value === 'number' && Number.isFinite(value)) return dec(value).toString();
  const got = describeValue(value);
  return issue(
    path,
    `"${by}" 应为${what.zh}，实际为 ${got}`,
    `"${by}" must be ${what.en}, got ${got}`,
  );
}

const isIssue = (r: unknown): r is Issue => typeof r === 'object' && r !== null && 'code' in r;

/** The items argument: an array (holes read as `undefined`, and reported as such). */
function itemsArgument(items: unknown): readonly unknown[] {
  if (!Array.isArray(items))
    throw argumentError(
      'items',
      { zh: '数组（如评分结果的数组）', en: 'an array (of results, for instance)' },
      items,
    );
  return Array.from(items as unknown[]);
}

/**
 * Ranks entries already read (shared with `jixiao rank`, which reads them as they stream in).
 *
 * @param entries - the values, with their indexes and labels
 * @param ties - the tie policy
 * @param order - `desc` or `asc`
 * @returns the ranks, by rank and then index
 * @example
 * ```ts
 * rankEntries([{ index: 0, value: dec(90), text: '90' }], 'competition', 'desc')[0]?.rank; // 1
 * ```
 */
export function rankEntries(
  entries: readonly RankEntry[],
  ties: TiePolicy,
  order: RankOrder,
): RankedUnit[] {
  const sign = order === 'desc' ? -1 : 1;
  const sorted = [...entries].sort((a, b) => sign * a.value.cmp(b.value) || a.index - b.index);
  const out: RankedUnit[] = [];
  let rank = 0;
  let prev: Dec | null = null;
  sorted.forEach((e, k) => {
    // Sorted, so an equal value can only be the one just before.
    const tied = prev?.eq(e.value) === true;
    if (ties === 'ordinal') rank = k + 1;
    else if (!tied) rank = ties === 'dense' ? rank + 1 : k + 1;
    prev = e.value;
    out.push(
      e.id === undefined
        ? { rank, index: e.index, value: e.text }
        : { rank, index: e.index, id: e.id, value: e.text },
    );
  });
  return out;
}

/**
 * Ranks units by a value, compared exactly. `competition` gives a unit 1 + the number of units
 * strictly better (1224, the usual 并列 of a published ranking); `dense` 1 + the number of distinct
 * better values (1223); `ordinal` ranks 1 to n, ties broken by input order (1234).
 *
 * @param items - objects such as the results of `evaluate` or `scoreSelfEvaluation`, or batch lines
 * @param options - `by` (key path of the value, default `"total"`), `ties`, `order`, `id` (label path)
 * @returns `{ ranks: [{ rank, index, id?, value }], count, ties, order, by }`
 * @throws {@link JixiaoError} listing every item whose value (or label) is missing or not a number,
 *   with its path such as `["items", 3, "total"]`
 * @example
 * ```ts
 * rankUnits([{ total: '88.5' }, { total: '97.94' }, { total: 88.5 }]).ranks.map((r) => r.rank);
 * // [1, 2, 2]
 * ```
 * @category Methods
 */
export function rankUnits(items: readonly unknown[], options?: RankOptions): Ranking {
  const list = itemsArgument(items);
  const o = orThrow(parseWith(RankOptionsSchema, options ?? {}, ['options']));
  const by = o.by ?? 'total';
  const keys = by.split('.');
  const idKeys = o.id?.split('.');
  const entries: RankEntry[] = [];
  const issues: Issue[] = [];
  list.forEach((item, index) => {
    const r = readNumber(item, keys, by, ['items', index]);
    // An item that is no object is one problem, not one for its value and one for its label.
    const id =
      !isRecord(item) && !Array.isArray(item)
        ? undefined
        : o.id && idKeys
          ? readText(item, idKeys, o.id, ['items', index], true)
          : undefined;
    if (isIssue(r)) issues.push(r);
    if (isIssue(id)) issues.push(id);
    if (isIssue(r) || isIssue(id)) return;
    entries.push(id === undefined ? { index, ...r } : { index, ...r, id });
  });
  throwIfAny(issues);
  const ties = o.ties ?? 'competition';
  const order = o.order ?? 'desc';
  return { ranks: rankEntries(entries, ties, order), count: entries.length, ties, order, by };
}

/**
 * {@link rankUnits} without throwing.
 *
 * @param items - the items
 * @param options - as for rankUnits
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const r = safeRankUnits([{ total: 'n/a' }]);
 * if (!r.success) r.error.issues[0]?.path; // ["items", 0, "total"]
 * ```
 * @category Methods
 */
export function safeRankUnits(
  items: readonly unknown[],
  options?: RankOptions,
): SafeResult<Ranking> {
  return safely(() => rankUnits(items, options));
}

/**
 * The options of {@link gradeDistribution}: `by` (key path of the grade, default `"grade"`),
 * `labels` (the grades in the order to report them, each reported even when no unit has it) and
 * `places` (decimal places of each percentage, default 2; shares have two more).
 *
 * @example
 * ```ts
 * GradeDistributionOptionsSchema.safeParse({ labels: ['优', '良', '中', '差'] }).success; // true
 * ```
 * @category Methods
 */
export const GradeDistributionOptionsSchema = z.strictObject({
  by: z.optional(KeyPathSchema),
  labels: z.optional(z.array(z.string().check(z.minLength(1))).check(z.maxLength(1000))),
  places: z.optional(z.number().check(z.int(), z.gte(0), z.lte(20))),
});

/**
 * Input form of {@link GradeDistributionOptionsSchema}.
 *
 * @category Methods
 */
export type GradeDistributionOptions = z.infer<typeof GradeDistributionOptionsSchema>;

/**
 * How many units got one grade.
 *
 * @category Methods
 */
export interface GradeCount {
  /** The grade, e.g. `"优"`. */
  readonly label: string;
  readonly count: number;
  /** count ÷ all, rounded half-up to `places + 2` decimals (`"0.2500"`); `null` when there are no units. */
  readonly share: string | null;
  /** The same as a percentage with `places` decimals (`"25.00"`); `null` when there are no units. */
  readonly percent: string | null;
  /** The exact share as `count/all`, not reduced (`"3/12"`); `null` when there are no units. */
  readonly fraction: string | null;
}

/**
 * The result of {@link gradeDistribution}.
 *
 * @category Methods
 */
export interface GradeDistribution {
  /** Each grade: those of `labels` first, in their order, then any other in order of appearance. */
  readonly grades: readonly GradeCount[];
  /** The number of units. */
  readonly count: number;
  /** Decimal places of `percent` (`share` has two more). */
  readonly places: number;
  /** The key path of the grades. */
  readonly by: string;
}

/**
 * Counts and shares of grades already counted (shared with `jixiao rank`).
 *
 * @param counts - units per grade, in order of first appearance
 * @param labels - the grades to report first, in order (with zero counts)
 * @param places - decimal places of the percentages
 * @param by - the key path, for the result
 * @returns the distribution
 * @example
 * ```ts
 * distribution(new Map([['优', 3]]), ['优', '良'], 2, 'grade').grades[1]; // { label: '良', count: 0, … }
 * ```
 */
export function distribution(
  counts: ReadonlyMap<string, number>,
  labels: readonly string[],
  places: number,
  by: string,
): GradeDistribution {
  const all = [...counts.values()].reduce((a, b) => a + b, 0);
  const order = [...labels, ...[...counts.keys()].filter((g) => !labels.includes(g))];
  const grades = order.map((label): GradeCount => {
    const count = counts.get(label) ?? 0;
    if (all === 0) return { label, count, share: null, percent: null, fraction: null };
    const share = dec(count).div(all);
    return {
      label,
      count,
      share: share.toFixed(places + 2, 'halfUp'),
      percent: share.times(100).toFixed(places, 'halfUp'),
      fraction: `${count}/${all}`,
    };
  });
  return { grades, count: all, places, by };
}

/**
 * Counts the units of each grade (等级分布), with exact shares. Shares are rounded half-up one by
 * one, so shown shares may not add up to exactly 100%; the fractions always do.
 *
 * @param items - results (objects with a grade), or the grades themselves as strings
 * @param options - `by` (default `"grade"`), `labels` (e.g. `["优", "良", "中", "差"]`), `places` (default 2)
 * @returns `{ grades: [{ label, count, share, percent, fraction }], count, places, by }`
 * @throws {@link JixiaoError} listing every item without a grade, and every label given twice
 * @example
 * ```ts
 * gradeDistribution(['优', '良', '优'], { labels: ['优', '良', '中', '差'] }).grades[0];
 * // { label: '优', count: 2, share: '0.6667', percent: '66.67', fraction: '2/3' }
 * ```
 * @category Methods
 */
export function gradeDistribution(
  items: readonly unknown[],
  options?: GradeDistributionOptions,
): GradeDistribution {
  const list = itemsArgument(items);
  const o = orThrow(parseWith(GradeDistributionOptionsSchema, options ?? {}, ['options']));
  const by = o.by ?? 'grade';
  const keys = by.split('.');
  const labels = o.labels ?? [];
  const issues: Issue[] = [];
  labels.forEach((label, i) => {
    if (labels.indexOf(label) !== i)
      issues.push(
        issue(['options', 'labels', i], `等级 "${label}" 重复`, `grade "${label}" is listed twice`),
      );
  });
  const counts = new Map<string, number>();
  list.forEach((item, index) => {
    const grade = readText(item, keys, by, ['items', index], false);
    if (isIssue(grade)) issues.push(grade);
    else counts.set(grade, (counts.get(grade) ?? 0) + 1);
  });
  throwIfAny(issues);
  return distribution(counts, labels, o.places ?? 2, by);
}

/**
 * {@link gradeDistribution} without throwing.
 *
 * @param items - the items
 * @param options - as for gradeDistribution
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeGradeDistribution([{ total: '90' }]).success; // false: no grade
 * ```
 * @category Methods
 */
export function safeGradeDistribution(
  items: readonly unknown[],
  options?: GradeDistributionOptions,
): SafeResult<GradeDistribution> {
  return safely(() => gradeDistribution(items, options));
}

/**
 * Percentile methods of {@link percentiles}: `linear` (Hyndman & Fan type 7) or `nearestRank`.
 *
 * @example
 * ```ts
 * PERCENTILE_METHODS[0]; // "linear"
 * ```
 * @category Methods
 */
export const PERCENTILE_METHODS = ['linear', 'nearestRank'] as const;

/**
 * A percentile method: `linear` or `nearestRank` (see {@link percentiles}).
 *
 * @category Methods
 */
export type PercentileMethod = (typeof PERCENTILE_METHODS)[number];

/**
 * The options of {@link percentiles}: `by` (key path of the value, default `"total"`), `at` (the
 * percentiles, numbers from 0 to 100, default 10, 25, 50, 75, 90), `method` (default `"linear"`)
 * and `places` (decimal places of the mean, default 2, half-up).
 *
 * @example
 * ```ts
 * PercentilesOptionsSchema.safeParse({ at: [5, 95], method: 'nearestRank' }).success; // true
 * ```
 * @category Methods
 */
export const PercentilesOptionsSchema = z.strictObject({
  by: z.optional(KeyPathSchema),
  at: z.optional(z.array(PercentSchema).check(z.maxLength(1000))),
  method: z.optional(z.enum(PERCENTILE_METHODS)),
  places: z.optional(z.number().check(z.int(), z.gte(0), z.lte(20))),
});

/**
 * Input form of {@link PercentilesOptionsSchema}.
 *
 * @category Methods
 */
export type PercentilesOptions = z.infer<typeof PercentilesOptionsSchema>;

/**
 * The result of {@link percentiles}. Values are exact decimal strings (a percentile of decimals is
 * a decimal); only the mean is rounded, and `meanExact` keeps its exact value.
 *
 * @category Methods
 */
export interface PercentileSummary {
  readonly count: number;
  readonly min: string;
  readonly max: string;
  /** The mean rounded half-up to `places` decimals. */
  readonly mean: string;
  /** The exact mean: a decimal, or a fraction such as `"265/3"` when its expansion does not end. */
  readonly meanExact: string;
  /** The middle value, or the mean of the two middle values. */
  readonly median: string;
  /** Each percentile asked for, in the order asked: `p` as a decimal string, and its value. */
  readonly percentiles: readonly { readonly p: string; readonly value: string }[];
  readonly method: PercentileMethod;
  /** Decimal places of `mean`. */
  readonly places: number;
  /** The key path of the values. */
  readonly by: string;
}

/**
 * Summarises exact values (shared with `jixiao rank`).
 *
 * @param values - the values, at least one (sorted here, in place)
 * @param at - the percentiles, from 0 to 100
 * @param method - `linear` or `nearestRank`
 * @param places - decimal places of the mean
 * @param by - the key path, for the result
 * @returns the summary
 * @example
 * ```ts
 * summarise([dec(1), dec(2)], [dec(50)], 'linear', 2, 'total').median; // "1.5"
 * ```
 */
export function summarise(
  values: Dec[],
  at: readonly Dec[],
  method: PercentileMethod,
  places: number,
  by: string,
): PercentileSummary {
  const x = values.sort((a, b) => a.cmp(b));
  const n = x.length;
  const get = (k: number): Dec => {
    const v = x[Math.min(Math.max(k, 0), n - 1)];
    if (v === undefined) throw new Error('jixiao: a summary of no values');
    return v;
  };
  const sum = x.reduce((s, v) => s.plus(v), dec(0));
  const mean = sum.div(n);
  const median =
    n % 2 === 1
      ? get((n - 1) / 2)
      : get(n / 2 - 1)
          .plus(get(n / 2))
          .div(2);
  const value = (p: Dec): Dec => {
    if (method === 'nearestRank') {
      // The smallest value with at least p% of the values at or below it; p = 0 is the minimum.
      return get(Number(p.times(n).div(100).ceil().toString()) - 1);
    }
    // Hyndman & Fan type 7: h = (n − 1)·p/100, between the values at ⌊h⌋ and ⌊h⌋ + 1.
    const h = p.times(n - 1).div(100);
    const lo = h.floor();
    const k = Number(lo.toString());
    const frac = h.minus(lo);
    return frac.isZero() ? get(k) : get(k).plus(frac.times(get(k + 1).minus(get(k))));
  };
  return {
    count: n,
    min: get(0).toString(),
    max: get(n - 1).toString(),
    mean: mean.toFixed(places, 'halfUp'),
    meanExact: mean.toString(),
    median: median.toString(),
    percentiles: at.map((p) => ({ p: p.toString(), value: value(p).toString() })),
    method,
    places,
    by,
  };
}

/**
 * Percentiles of values, with count, min, max, mean and median, all exact. `linear` is Hyndman &
 * Fan (1996) type 7, the default of numpy and R and Excel's PERCENTILE.INC: with the n values
 * sorted, h = (n − 1)·p/100 and the value at h is interpolated between those at ⌊h⌋ and ⌊h⌋ + 1
 * (0-based). `nearestRank` is the nearest-rank method: the value at rank ⌈p/100 · n⌉ (1-based; the
 * minimum for p = 0), always one of the values. The linear 50th percentile is the median.
 *
 * @param items - results (objects read at `by`), or the values themselves (numbers, decimal strings)
 * @param options - `by` (default `"total"`), `at` (default `[10, 25, 50, 75, 90]`), `method`, `places`
 * @returns `{ count, min, max, mean, meanExact, median, percentiles: [{ p, value }], method, places, by }`
 * @throws {@link JixiaoError} when there is no value, listing every item whose value is missing or
 *   not a number
 * @example
 * ```ts
 * percentiles(['0.1', '0.2', '0.3', '0.4'], { at: [50, 90] }).percentiles;
 * // [{ p: '50', value: '0.25' }, { p: '90', value: '0.37' }]
 * ```
 * @category Methods
 */
export function percentiles(
  items: readonly unknown[],
  options?: PercentilesOptions,
): PercentileSummary {
  const list = itemsArgument(items);
  const o = orThrow(parseWith(PercentilesOptionsSchema, options ?? {}, ['options']));
  const by = o.by ?? 'total';
  const keys = by.split('.');
  const issues: Issue[] = [];
  const values: Dec[] = [];
  list.forEach((item, index) => {
    const r = readNumber(item, keys, by, ['items', index], true);
    if (isIssue(r)) issues.push(r);
    else values.push(r.value);
  });
  if (list.length === 0)
    issues.push(issue(['items'], '没有可统计的数值', 'there are no values to summarise'));
  throwIfAny(issues);
  const at = (o.at ?? [10, 25, 50, 75, 90]).map((p) => dec(p));
  return summarise(values, at, o.method ?? 'linear', o.places ?? 2, by);
}

/**
 * {@link percentiles} without throwing.
 *
 * @param items - the items or values
 * @param options - as for percentiles
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * safePercentiles([]).success; // false: no values
 * ```
 * @category Methods
 */
export function safePercentiles(
  items: readonly unknown[],
  options?: PercentilesOptions,
): SafeResult<PercentileSummary> {
  return safely(() => percentiles(items, options));
}
