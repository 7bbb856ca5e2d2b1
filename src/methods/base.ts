/**
 * The smallest pieces the evaluator's methods share: the working precision, findings, parsing and
 * how values are written. Kept apart from ./shared.ts (matrices, directions) so that the `survey`
 * rule, which uses the fuzzy evaluation, brings no more than this into a bundle.
 */
import * as z from 'zod/mini';
import { ZERO, type Dec } from '../decimal.js';
import { throwIfAny } from '../errors/JixiaoError.js';
import { argumentError } from '../errors/arguments.js';
import { makeIssue, type Issue, type Path } from '../errors/issue.js';
import type { LocalMessage } from '../errors/messages.js';
import { parseWith } from '../schema/parse.js';

/**
 * Decimal places kept where a method's value is irrational: a root or a logarithm is within 10^-40 of
 * the true one; an eigenvector's iterates are kept to these places too (its own accuracy is the
 * iteration's tolerance).
 */
export const WORK_PLACES = 40;

/** The largest matrix side the methods take (units, indicators or judgements). */
export const MAX_SIDE = 10_000;

/** Places of displayed values: 0 to 20. */
export const PlacesSchema = z.number().check(z.int()).check(z.gte(0)).check(z.lte(20));

/** Where an input's numbers come from (a citation), kept with the data and not used. */
export const SourceSchema = z.string().check(z.maxLength(4000));

/**
 * Something a method noticed that changes how its result reads (a judgement matrix that is not
 * consistent enough, an indicator that carries no information, weights that were rescaled).
 *
 * @category Methods
 */
export interface MethodFinding {
  /** What kind of finding (stable, for programs). */
  readonly code: MethodFindingCode;
  /** Where in the input. */
  readonly path: Path;
  /** What it means, with the numbers, in Chinese and English. */
  readonly message: LocalMessage;
}

/**
 * The kinds of {@link MethodFinding}.
 *
 * @category Methods
 */
export type MethodFindingCode =
  /** A judgement matrix's consistency ratio is at or above the threshold (CR ≥ 0.1). */
  | 'inconsistent'
  /** The whole hierarchy's consistency ratio (层次总排序) is at or above the threshold. */
  | 'inconsistent_hierarchy'
  /** An indicator has the same value for every unit: it cannot tell units apart (weight 0). */
  | 'constant_indicator'
  /** Weights did not add up to 1 and were divided by their sum. */
  | 'weights_normalised'
  /** Two or more grades share the largest membership: the maximum-membership grade is not unique. */
  | 'ambiguous_grade'
  /** A leaf's points round to 0 at the framework's places. */
  | 'zero_points';

/**
 * Parses with a schema or throws every issue, each path under `at`.
 *
 * @param schema - the zod schema
 * @param input - untrusted input
 * @param at - the path of the input (the argument's name)
 * @returns the parsed value
 * @example
 * ```ts
 * const o = parseOrThrow(TopsisOptionsSchema, options, ['options']);
 * ```
 */
export function parseOrThrow<T>(schema: z.ZodMiniType<T>, input: unknown, at: Path): T {
  const r = parseWith(schema, input, at);
  if (!r.ok) throwIfAny(r.issues);
  return (r as { ok: true; value: T }).value;
}

/**
 * Checks that an argument is an object, or (when `arrays`) an array: what a JavaScript caller passes
 * is not checked by tsc.
 *
 * @param value - the argument
 * @param name - its name
 * @param expected - what it should be, in both languages
 * @example
 * ```ts
 * inputArgument(matrix, 'matrix', { zh: '数值矩阵', en: 'a matrix of numbers' });
 * ```
 */
export function inputArgument(value: unknown, name: string, expected: LocalMessage): void {
  if (value === null || typeof value !== 'object') throw argumentError(name, expected, value);
}

/** The issue of a method's input, in both languages. */
export const invalid = (path: Path, zh: string, en: string): Issue =>
  makeIssue('invalid_input', path, { zh, en });

/**
 * The sum of exact values.
 *
 * @param values - the values
 * @returns their exact sum
 */
export const sum = (values: readonly Dec[]): Dec => values.reduce((s, v) => s.plus(v), ZERO);
