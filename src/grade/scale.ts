/**
 * Grade scales (等级标准): ordered bands, each with an inclusive or exclusive lower bound. A total
 * exactly on a bound is decided by the scale's declared inclusivity, on exact decimals.
 */
import * as z from 'zod/mini';
import { Exact, dec, plain, type Dec } from '../decimal.js';
import { argumentError, isRecord } from '../errors/arguments.js';
import { isArrayOf } from '../errors/arrays.js';
import { deepFreeze } from '../framework/json.js';
import { parseWith } from '../schema/parse.js';
import { throwIfAny } from '../errors/JixiaoError.js';
import { makeIssue, type Issue, type Path } from '../errors/issue.js';
import { safely, type SafeResult } from '../errors/safe.js';
import {
  IdSchema,
  LocalTextSchema,
  NonNegNumSchema,
  PositiveNumSchema,
  localText,
  type LocalText,
} from '../schema/common.js';

/** One band as written in JSON, listed from the highest band down. */
export const GradeBandSchema = z.strictObject({
  /** The grade's name, e.g. `"优"` or `{ "zh": "优", "en": "Excellent" }`. */
  label: LocalTextSchema,
  /** The band's lower bound. */
  min: NonNegNumSchema,
  /** Whether a total equal to `min` is in this band (default true: "90（含）"). */
  minInclusive: z.optional(z.boolean()),
});

/**
 * A grade scale as written in JSON. Bands are listed from the highest down; each band runs from
 * its `min` up to the next higher band's `min` (the top band up to `max`), so bands are contiguous
 * by construction. The lowest band must start at 0 inclusive, so the scale covers `[0, max]`.
 *
 * @example
 * ```ts
 * GradeScaleSchema.safeParse({ max: 100, bands: [{ label: '合格', min: 60 }, { label: '不合格', min: 0 }] }).success; // true
 * ```
 * @category Framework
 */
export const GradeScaleSchema = z.strictObject({
  id: z.optional(IdSchema),
  name: z.optional(LocalTextSchema),
  /** The maximum total (满分), 100 by default. */
  max: z.optional(PositiveNumSchema),
  bands: z.array(GradeBandSchema).check(z.minLength(1)).check(z.maxLength(50)),
});

/** A grade scale where one is chosen: `"mof2020"` (the built-in four grades) or a custom scale. */
export const ScaleChoiceSchema = z.union([z.literal('mof2020'), GradeScaleSchema], {
  error: () => '$jixiao:scale',
});

/**
 * Input form of a grade scale.
 *
 * @category Framework
 */
export type GradeScaleInput = z.infer<typeof GradeScaleSchema>;

/**
 * A validated grade band.
 *
 * @category Framework
 */
export interface GradeBand {
  /** The grade's name in both languages. */
  readonly label: LocalText;
  /** The lower bound. */
  readonly min: Dec;
  /** Whether a total equal to `min` belongs to this band. */
  readonly minInclusive: boolean;
}

/**
 * A validated grade scale.
 *
 * @category Framework
 */
export interface GradeScale {
  /** Identifier (`"custom"` when none was given). */
  readonly id: string;
  /** The maximum total. */
  readonly max: Dec;
  /** Bands from the highest down. */
  readonly bands: readonly GradeBand[];
}

/**
 * The built-in scale of 财预〔2020〕10号 (and the 财政部预算司 bands for central departments):
 * 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60).
 *
 * @example
 * ```ts
 * gradeOf(compileScale(MOF2020_SCALE), '89.99').label.zh; // "良"
 * ```
 * @category Framework
 */
export const MOF2020_SCALE: GradeScaleInput = deepFreeze({
  id: 'mof2020',
  name: { zh: '财预〔2020〕10号 四档等级', en: 'MOF 2020 No. 10 four grades' },
  max: 100,
  bands: [
    { label: { zh: '优', en: 'Excellent' }, min: 90, minInclusive: true },
    { label: { zh: '良', en: 'Good' }, min: 80, minInclusive: true },
    { label: { zh: '中', en: 'Fair' }, min: 60, minInclusive: true },
    { label: { zh: '差', en: 'Poor' }, min: 0, minInclusive: true },
  ],
});

/** Built-in scales by id. */
export const BUILTIN_SCALES: Readonly<Record<string, GradeScaleInput>> = Object.freeze({
  mof2020: MOF2020_SCALE,
});

const bad = (at: Path, zh: string, en: string): Issue => makeIssue('scale_invalid', at, { zh, en });

/**
 * Checks a parsed scale (ordered, contiguous, covering `[0, max]`, unique labels) and compiles it
 * (internal: the compiler collects its issues with those of the document).
 *
 * @param input - a scale already parsed by {@link GradeScaleSchema}
 * @param at - its path in the document
 * @returns the scale, or the issues
 * @example
 * ```ts
 * checkScale(MOF2020_SCALE, []).ok; // true
 * ```
 */
export function checkScale(
  input: GradeScaleInput,
  at: Path = [],
): { ok: true; scale: GradeScale } | { ok: false; issues: Issue[] } {
  // Callers inside jixiao pass parsed scales; a JavaScript caller may pass anything.
  const given: unknown = at;
  const where: Path = isArrayOf(
    given,
    (p): p is string | number => typeof p === 'string' || typeof p === 'number',
  )
    ? given
    : [];
  // The built-in scales (frozen, jixiao's own) are compiled once: every framework and table uses one.
  // A JavaScript caller may pass anything.
  const any: unknown = input;
  const known = typeof any === 'object' && any !== null ? builtin.get(any) : undefined;
  if (known) return known;
  const parsed = parseWith(GradeScaleSchema, input, where);
  if (!parsed.ok) return parsed;
  const compiled = compileParsed(parsed.value, where);
  if (compiled.ok && isBuiltin(input)) builtin.set(input, compiled);
  return compiled;
}

/** Compiled built-in scales, by the (frozen) scale object. */
const builtin = new WeakMap<object, { ok: true; scale: GradeScale }>();
const isBuiltin = (input: unknown): input is object =>
  typeof input === 'object' &&
  input !== null &&
  Object.isFrozen(input) &&
  Object.values(BUILTIN_SCALES).includes(input as never);

function compileParsed(
  input: GradeScaleInput,
  at: Path,
): { ok: true; scale: GradeScale } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const max = dec(input.max ?? 100);
  const bands = input.bands.map((b) => ({
    label: localText(b.label),
    min: dec(b.min),
    minInclusive: b.minInclusive ?? true,
  }));
  const seen = new Set<string>();
  bands.forEach((b, i) => {
    if (seen.has(b.label.zh)) {
      issues.push(
        bad(
          [...at, 'bands', i, 'label'],
          `等级 "${b.label.zh}" 重复`,
          `grade "${b.label.zh}" appears twice`,
        ),
      );
    }
    seen.add(b.label.zh);
    if (b.min.gt(max)) {
      issues.push(
        bad(
          [...at, 'bands', i, 'min'],
          `下限 ${plain(b.min)} 高于满分 ${plain(max)}`,
          `lower bound ${plain(b.min)} is above the maximum ${plain(max)}`,
        ),
      );
    }
    const prev = bands[i - 1];
    if (prev && !b.min.lt(prev.min)) {
      issues.push(
        bad(
          [...at, 'bands', i, 'min'],
          `等级须按下限从高到低排列：${plain(b.min)} 不低于上一档的 ${plain(prev.min)}`,
          `bands must be listed from the highest down: ${plain(b.min)} is not below ${plain(prev.min)}`,
        ),
      );
    }
  });
  const last = bands[bands.length - 1];
  if (last && !(last.min.isZero() && last.minInclusive)) {
    issues.push(
      bad(
        [...at, 'bands', bands.length - 1, 'min'],
        '最低一档须从 0（含）开始，等级须覆盖全部分数',
        'the lowest band must start at 0 inclusive so that every total has a grade',
      ),
    );
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    scale: Object.freeze({ id: input.id ?? 'custom', max, bands: Object.freeze(bands) }),
  };
}

/**
 * Validates and compiles a grade scale: bands ordered, contiguous, covering `[0, max]`, with unique
 * labels (`MOF2020_SCALE` is 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below).
 *
 * @param input - the scale as JSON
 * @returns the compiled scale, for {@link gradeOf}
 * @throws {@link JixiaoError} `scale_invalid` (or `invalid_input`) listing every problem with its path
 * @example
 * ```ts
 * const local = compileScale({ max: 100, bands: [{ label: '优', min: 90 }, { label: '良', min: 75 }, { label: '差', min: 0 }] });
 * gradeOf(local, '89.99').label.zh; // "良"
 * ```
 * @category Framework
 */
export function compileScale(input: GradeScaleInput): GradeScale {
  const parsed = parseWith(GradeScaleSchema, input, []);
  if (!parsed.ok) throwIfAny(parsed.issues);
  const r = checkScale((parsed as { ok: true; value: GradeScaleInput }).value, []);
  if (!r.ok) throwIfAny(r.issues);
  return (r as { ok: true; scale: GradeScale }).scale;
}

/**
 * Validates and compiles a grade scale without throwing.
 *
 * @param input - the scale as JSON
 * @returns `{ success: true, data }` (the scale) or `{ success: false, error }`
 * @example
 * ```ts
 * safeCompileScale({ max: 100, bands: [{ label: '优', min: 90 }] }).success; // false: nothing below 90
 * ```
 * @category Framework
 */
export function safeCompileScale(input: GradeScaleInput): SafeResult<GradeScale> {
  return safely(() => compileScale(input));
}

const EXACT = {
  zh: '总分（数字、十进制数字符串或精确数值）',
  en: 'a total (a number, a decimal string or an exact value)',
};
const SCALE = { zh: '由 compileScale 得到的等级标准', en: 'a scale made by compileScale' };

/**
 * The band a total falls in. Totals are compared exactly: 89.99 is 良, 90.00 is 优 on `mof2020`.
 *
 * @param scale - a compiled scale
 * @param total - the total to grade (already rounded as displayed): a number, a decimal string such as
 *   `"89.99"`, or an exact value. A total outside `[0, max]` is graded too (below 0 in the lowest band,
 *   above the maximum in the top one), as a review grades a misprinted total such as 101
 * @returns the band
 * @example
 * ```ts
 * gradeOf(compileScale(MOF2020_SCALE), '90.00').label.zh; // "优"
 * ```
 * @category Framework
 */
export function gradeOf(scale: GradeScale, total: Dec | number | string): GradeBand {
  const value = totalOf(total);
  if (value === null) throw argumentError('total', EXACT, total);
  total = value;
  const given: unknown = scale;
  if (
    !isRecord(given) ||
    !isArrayOf(given.bands, (b) => isRecord(b) && b.min instanceof Exact) ||
    given.bands.length === 0
  )
    throw argumentError('scale', SCALE, scale);
  for (const band of scale.bands) {
    const c = total.comparedTo(band.min);
    if (c > 0 || (c === 0 && band.minInclusive)) return band;
  }
  // Unreachable for a compiled scale (the lowest band starts at 0 inclusive) and totals ≥ 0.
  const lowest = scale.bands[scale.bands.length - 1];
  if (!lowest) throw new RangeError('empty grade scale');
  return lowest;
}

/** A total as an exact value, or `null` when it is no number. */
function totalOf(total: unknown): Dec | null {
  if (total instanceof Exact) return total;
  if (typeof total === 'number') return Number.isFinite(total) ? dec(total) : null;
  if (typeof total === 'string' && /^-?\d{1,30}(?:\.\d{1,20})?$/.test(total)) return dec(total);
  return null;
}
