/**
 * Argument checks of the renderers. A caller from plain JavaScript may hand a renderer anything;
 * a cheap look at the shape of what the renderer reads turns a wrong object into a
 * JixiaoError naming the argument and the field, never a TypeError from inside a template.
 */
import type { AuditResult } from '../audit/audit.js';
import type { AuditSummary } from '../audit/summary.js';
import type { Evaluation } from '../engine/types.js';
import { throwIfAny } from '../errors/JixiaoError.js';
import { argumentError, isRecord } from '../errors/arguments.js';
import type { Path } from '../errors/issue.js';
import { MAX_INPUT_DEPTH } from '../schema/depth.js';
import type { SelfEvaluationResult } from '../self/score.js';
import type { Locale } from './model.js';
import {
  Shape,
  T,
  isDecimal,
  isNumber,
  isString,
  isStringOrNull,
  isText,
  type Check,
  type Expected,
} from './shape.js';

const LOCALES: readonly unknown[] = ['zh', 'en'];

/**
 * Checks a locale argument.
 *
 * @param value - the argument
 * @param path - its path, e.g. `["locale"]` or `["options", "locale"]`
 * @returns the locale
 * @throws JixiaoError unless it is `'zh'` or `'en'`
 * @example
 * ```ts
 * localeArgument('en', ['locale']); // "en"
 * ```
 */
export function localeArgument(value: unknown, path: Path): Locale {
  const s = new Shape(path);
  s.want(LOCALES.includes(value), [], T.locale, value);
  throwIfAny(s.issues);
  return value as Locale;
}

/**
 * Checks the `options` of a renderer and reads its locale.
 *
 * @param options - `undefined`, or an object whose `locale` is absent, `'zh'` or `'en'`
 * @returns the locale (`'zh'` by default)
 * @throws JixiaoError at `options` or `options.locale`
 * @example
 * ```ts
 * renderLocale({ locale: 'en' }); // "en"
 * ```
 */
export function renderLocale(options: unknown): Locale {
  if (options === undefined) return 'zh';
  if (!isRecord(options)) throw argumentError('options', T.object, options);
  return options.locale === undefined
    ? 'zh'
    : localeArgument(options.locale, ['options', 'locale']);
}

function evaluationShape(s: Shape, value: unknown, path: Path): void {
  const ok = s.fields(value, path, {
    total: [isDecimal, T.decimal],
    max: [isDecimal, T.decimal],
    grade: [isString, T.string],
    gradeLabel: [isText, T.text],
  });
  if (!ok) return;
  const e = value as Record<string, unknown>;
  s.fields(e.framework, [...path, 'framework'], { name: [isText, T.text] });
  s.fields(e.library, [...path, 'library'], { version: [isString, T.string] });
  if (e.unit !== null && e.unit !== undefined)
    s.fields(e.unit, [...path, 'unit'], {
      name: [isString, T.string],
      year: [(v) => v === undefined || isNumber(v), T.number],
    });
  // A queue, not recursion, and a depth limit: the renderers recurse, so a tree deeper than any
  // input jixiao accepts must stop here. A node met twice is a cycle or a shared subtree, which
  // could make rendering loop or grow without bound.
  const seen = new Set<unknown>();
  const queue: [unknown, Path, number][] = [];
  s.each(e.tree, [...path, 'tree'], (n, p) => queue.push([n, p, 1]));
  for (const [node, p, depth] of queue) {
    if ((isRecord(node) && seen.has(node)) || depth > MAX_INPUT_DEPTH) {
      s.want(false, p, T.tree, node);
      continue;
    }
    seen.add(node);
    const fine = s.fields(node, p, {
      id: [isString, T.string],
      name: [isText, T.text],
      level: [isNumber, T.number],
      weight: [isDecimal, T.decimal],
      points: [isDecimal, T.decimal],
      lost: [isDecimal, T.decimal],
      rate: [(v) => v === null || isDecimal(v), T.decimalOrNull],
      status: [isString, T.string],
    });
    if (fine)
      s.each((node as Record<string, unknown>).children, [...p, 'children'], (c, q) =>
        queue.push([c, q, depth + 1]),
      );
  }
  s.each(e.findings, [...path, 'findings'], (f, p) => {
    if (
      s.fields(f, p, {
        indicatorId: [isString, T.string],
        lost: [isDecimal, T.decimal],
        message: [isText, T.text],
      })
    )
      s.each((f as Record<string, unknown>).path, [...p, 'path'], (x, q) => {
        s.want(isString(x), q, T.string, x);
      });
  });
  warningsShape(s, e.warnings, [...path, 'warnings']);
  const policies = e.policies;
  if (!s.fields(policies, [...path, 'policies'], {})) return;
  const scale = (policies as Record<string, unknown>).scale;
  const at = [...path, 'policies', 'scale'];
  if (!s.fields(scale, at, { max: [isDecimal, T.decimal] })) return;
  s.each((scale as Record<string, unknown>).bands, [...at, 'bands'], (b, p) =>
    s.fields(b, p, {
      label: [isText, T.text],
      min: [isDecimal, T.decimal],
      minInclusive: [(v) => typeof v === 'boolean', T.boolean],
    }),
  );
}

function warningsShape(s: Shape, value: unknown, path: Path): void {
  s.each(value, path, (w, p) =>
    s.fields(w, p, { code: [isString, T.string], message: [isText, T.text] }),
  );
}

/**
 * Checks that an argument has the shape of an evaluation (what the renderers read of it).
 *
 * @param value - the argument
 * @param name - its name
 * @returns the evaluation
 * @throws JixiaoError listing every field that is missing or of the wrong type
 * @example
 * ```ts
 * const e = evaluationArgument(input, 'evaluation');
 * ```
 */
export function evaluationArgument(value: unknown, name: string): Evaluation {
  if (!isRecord(value)) throw argumentError(name, T.object, value);
  const s = new Shape([name]);
  evaluationShape(s, value, []);
  throwIfAny(s.issues);
  return value as unknown as Evaluation;
}

/**
 * Checks the argument of `renderReport`: an evaluation, or a self-evaluation result (an object
 * with an `evaluation` field, plus its unit, project, year, budget and warnings).
 *
 * @param value - the argument
 * @param name - its name
 * @returns the evaluation or self-evaluation result
 * @throws JixiaoError listing every field that is missing or of the wrong type
 * @example
 * ```ts
 * const input = reportArgument(value, 'input');
 * ```
 */
export function reportArgument(value: unknown, name: string): Evaluation | SelfEvaluationResult {
  if (!isRecord(value)) throw argumentError(name, T.object, value);
  if (!('evaluation' in value)) return evaluationArgument(value, name);
  const s = new Shape([name]);
  s.fields(value, [], {
    unit: [isStringOrNull, T.stringOrNull],
    project: [isStringOrNull, T.stringOrNull],
    year: [(v) => v === null || isNumber(v), T.numberOrNull],
  });
  // A department table has no budget block (null).
  if (value.budget !== null)
    s.fields(value.budget, ['budget'], {
      unit: [isString, T.string],
      adjusted: [isString, T.string],
      executed: [isString, T.string],
      ratePercent: [isString, T.string],
      points: [isDecimal, T.decimal],
      weight: [isDecimal, T.decimal],
    });
  warningsShape(s, value.warnings, ['warnings']);
  evaluationShape(s, value.evaluation, ['evaluation']);
  throwIfAny(s.issues);
  return value as unknown as SelfEvaluationResult;
}

/**
 * Checks that an argument has the shape of a review (`auditSelfEvaluation`'s result).
 *
 * @param value - the argument
 * @param name - its name
 * @returns the review
 * @throws JixiaoError listing every field that is missing or of the wrong type
 * @example
 * ```ts
 * const r = auditResultArgument(value, 'result');
 * ```
 */
export function auditResultArgument(value: unknown, name: string): AuditResult {
  if (!isRecord(value)) throw argumentError(name, T.object, value);
  const s = new Shape([name]);
  const maybe: [Check, Expected] = [isStringOrNull, T.stringOrNull];
  s.fields(value, [], { id: maybe });
  s.fields(value.expected, ['expected'], { total: maybe, grade: maybe });
  s.fields(value.published, ['published'], { total: maybe, grade: maybe, sumOfParts: maybe });
  s.each(value.discrepancies, ['discrepancies'], (d, p) => {
    if (
      s.fields(d, p, {
        code: [isString, T.string],
        expected: maybe,
        published: maybe,
        difference: maybe,
        severity: [isString, T.string],
        message: [isText, T.text],
      })
    )
      s.each((d as Record<string, unknown>).path, [...p, 'path'], (x, q) => {
        s.want(isString(x) || isNumber(x), q, T.string, x);
      });
  });
  throwIfAny(s.issues);
  return value as unknown as AuditResult;
}

/**
 * Checks that an argument has the shape of a review summary (`AuditTally.summary()`).
 *
 * @param value - the argument
 * @param name - its name
 * @returns the summary
 * @throws JixiaoError listing every field that is missing or of the wrong type
 * @example
 * ```ts
 * const s = auditSummaryArgument(value, 'summary');
 * ```
 */
export function auditSummaryArgument(value: unknown, name: string): AuditSummary {
  if (!isRecord(value)) throw argumentError(name, T.object, value);
  const s = new Shape([name]);
  const n: [Check, Expected] = [isNumber, T.number];
  s.fields(value, [], {
    tables: n,
    unreadable: n,
    withDiscrepancies: n,
    withErrors: n,
    gradeChanges: n,
  });
  s.each(value.gradeChanged, ['gradeChanged'], (x, p) => {
    s.want(isString(x), p, T.string, x);
  });
  if (s.fields(value.byCode, ['byCode'], {}))
    for (const [code, count] of Object.entries(value.byCode as Record<string, unknown>))
      s.want(isNumber(count), ['byCode', code], T.number, count);
  throwIfAny(s.issues);
  return value as unknown as AuditSummary;
}

/**
 * What a renderer was given: an evaluation, a self-evaluation result (rendered as its evaluation,
 * with its warnings), or a review; anything else is a JixiaoError naming the argument.
 *
 * @param value - the argument
 * @param name - its name
 * @returns the evaluation to render, or the review
 * @throws JixiaoError listing every field that is missing or of the wrong type
 * @example
 * ```ts
 * const input = renderInput(value, 'evaluation');
 * ```
 */
export function renderInput(
  value: unknown,
  name: string,
): { kind: 'evaluation'; evaluation: Evaluation } | { kind: 'audit'; result: AuditResult } {
  if (isRecord(value) && 'discrepancies' in value)
    return { kind: 'audit', result: auditResultArgument(value, name) };
  const r = reportArgument(value, name);
  return {
    kind: 'evaluation',
    evaluation: 'evaluation' in r ? { ...r.evaluation, warnings: r.warnings } : r,
  };
}
