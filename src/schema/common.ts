/**
 * Building blocks shared by every input schema: numbers, texts and ids as they appear in JSON.
 */
import * as z from 'zod/mini';
import { dec, type Dec } from '../decimal.js';

/**
 * A value as callers may write it: every array and object may be `readonly` (an `as const` literal, a
 * frozen document). Input types are deep-readonly so that both mutable and readonly values fit.
 *
 * @example
 * ```ts
 * const rows: DeepReadonly<{ l3: string }[]> = [{ l3: '培训人次' }] as const;
 * ```
 * @category Framework
 */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

const DECIMAL_STRING = /^-?\d{1,30}(?:\.\d{1,20})?$/;

/**
 * A number in JSON input: a finite number, or a plain decimal string such as `"97.94"`
 * (no exponent, no thousands separators). Strings keep exact values that floats cannot.
 */
export const NumSchema = z.union(
  [z.number(), z.string().check(z.regex(DECIMAL_STRING, { error: () => '$jixiao:num' }))],
  { error: () => '$jixiao:num' },
);

/** Run a refinement only on a value the number schema accepted (one message per problem). */
const whenValid = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};

/**
 * The value of a JSON number as {@link NumSchema} accepts it (a finite number, or a plain decimal
 * string), or `null` when it is not one. zod runs refinements even on values the union rejected,
 * so a refinement must never assume its input is valid; readers of many values use it to check each
 * value without a parse.
 *
 * @param v - anything
 * @returns the exact value, or `null`
 * @example
 * ```ts
 * numValue('97.94')?.toString(); // "97.94"
 * numValue('1e3'); // null
 * ```
 */
export const numValue = (v: unknown): Dec | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? dec(v) : null;
  return typeof v === 'string' && DECIMAL_STRING.test(v) ? dec(v) : null;
};
const valueOf = numValue;
const inRange = (lo: number, hi: number | null) => (v: unknown) => {
  const d = valueOf(v);
  return d !== null && d.gte(lo) && (hi === null || d.lte(hi));
};

/** A number greater than zero. */
export const PositiveNumSchema = NumSchema.check(
  z.refine((v) => valueOf(v)?.gt(0) === true, {
    error: () => '$jixiao:positive',
    ...whenValid,
  }),
);

/**
 * A ratio above one and at most ten (an over-completion threshold: 1.3 means 130% of the target;
 * 130 is a percentage written by mistake).
 */
export const AboveOneSchema = NumSchema.check(
  z.refine((v) => valueOf(v)?.gt(1) === true && valueOf(v)?.lte(10) === true, {
    error: () => '$jixiao:aboveOne',
    ...whenValid,
  }),
);

/** A number of zero or more. */
export const NonNegNumSchema = NumSchema.check(
  z.refine(inRange(0, null), {
    error: () => '$jixiao:nonneg',
    ...whenValid,
  }),
);

/** A share of a whole: a number from 0 to 1. */
export const ShareSchema = NumSchema.check(
  z.refine(inRange(0, 1), {
    error: () => '$jixiao:share',
    ...whenValid,
  }),
);

/** A percentage: a number from 0 to 100. */
export const PercentSchema = NumSchema.check(
  z.refine(inRange(0, 100), {
    error: () => '$jixiao:percent',
    ...whenValid,
  }),
);

/**
 * Text in Chinese, optionally with English: `"在职人员控制率"` or
 * `{ "zh": "在职人员控制率", "en": "Staff control rate" }`.
 *
 * @example
 * ```ts
 * LocalTextSchema.safeParse({ zh: '预算执行率', en: 'Budget execution rate' }).success; // true
 * ```
 * @category Framework
 */
export const LocalTextSchema = z.union(
  [
    z.string().check(z.minLength(1)),
    z.strictObject({
      zh: z.string().check(z.minLength(1)),
      en: z.optional(z.string().check(z.minLength(1))),
    }),
  ],
  { error: () => '$jixiao:text' },
);

/**
 * Input form of {@link LocalTextSchema}.
 *
 * @category Framework
 */
export type LocalTextInput = z.infer<typeof LocalTextSchema>;

/**
 * Text in both languages, after normalisation (English falls back to Chinese).
 *
 * @category Framework
 */
export interface LocalText {
  /** Chinese. */
  readonly zh: string;
  /** English (the Chinese text when none was given). */
  readonly en: string;
}

/**
 * Normalises {@link LocalTextInput} to `{ zh, en }`.
 *
 * @param text - a string or `{ zh, en? }`
 * @returns both languages
 * @example
 * ```ts
 * localText('预算执行率'); // { zh: '预算执行率', en: '预算执行率' }
 * ```
 */
export function localText(text: LocalTextInput): LocalText {
  if (typeof text === 'string') return { zh: text, en: text };
  return { zh: text.zh, en: text.en ?? text.zh };
}

/** An identifier: letters, digits, `_`, `-` and `.`, starting with a letter or digit. */
export const IdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, { error: () => '$jixiao:id' }));
