/**
 * The argument of `writeReportDocx`: an evaluation, a self-evaluation result, or a filled table. The
 * report's checks (`reportArgument`) cover what the text report reads; the document also lays out the
 * filled form, so what the form reads of a result — its rows, findings and budget — is checked here.
 */
import type { Evaluation } from '../engine/types.js';
import { throwIfAny } from '../errors/JixiaoError.js';
import { argumentError, isRecord } from '../errors/arguments.js';
import { reportArgument } from '../report/check.js';
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
} from '../report/shape.js';
import type { FilledTable } from '../self/filled.js';
import type { SelfEvaluationResult } from '../self/score.js';
import { GridSchema } from './grid.js';

/** What `writeReportDocx` was given. */
export type DocxInput =
  | { readonly kind: 'evaluation'; readonly evaluation: Evaluation }
  | { readonly kind: 'self'; readonly result: SelfEvaluationResult }
  | { readonly kind: 'filled'; readonly filled: FilledTable };

const maybe =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const isTarget: Check = (v) => v === undefined || isString(v) || isRecord(v);
const isActual: Check = (v) => v === undefined || isString(v) || isNumber(v);
const OPTIONAL_STRING: Expected = { zh: '字符串或不填', en: 'a string or absent' };
const TARGET: Expected = { zh: '指标值（字符串或对象）', en: 'a target (a string or an object)' };
const ACTUAL: Expected = { zh: '实际完成值（字符串或数）', en: 'an actual (a string or a number)' };
const WEIGHT: Expected = { zh: '数或十进制数字符串', en: 'a number or a decimal string' };

/** What the filled form reads of a self-evaluation result, beyond what the report reads. */
function selfFormShape(s: Shape, value: Record<string, unknown>): void {
  s.fields(value, [], { kind: [isString, T.string], total: [isDecimal, T.decimal] });
  if (value.budget !== null && isRecord(value.budget)) {
    s.fields(value.budget, ['budget'], { initial: [isStringOrNull, T.stringOrNull] });
    s.each(value.budget.flags, ['budget', 'flags'], (f, p) =>
      s.fields(f, p, { code: [isString, T.string] }),
    );
  }
  s.each(value.findings, ['findings'], (f, p) =>
    s.fields(f, p, { indicatorId: [isString, T.string], message: [isText, T.text] }),
  );
  s.each(value.rows, ['rows'], (row, p) => {
    const fine = s.fields(row, p, {
      l1: [isString, T.string],
      l2: [maybe(isString), OPTIONAL_STRING],
      l3: [isString, T.string],
      core: [maybe(isBoolean), T.boolean],
      target: [isTarget, TARGET],
      actual: [isActual, ACTUAL],
      weight: [(v) => isNumber(v) || isDecimal(v), WEIGHT],
      points: [isDecimal, T.decimal],
      lost: [isDecimal, T.decimal],
      note: [maybe(isString), OPTIONAL_STRING],
    });
    if (!fine) return;
    const r = row as Record<string, unknown>;
    s.each(r.flags, [...p, 'flags'], (f, q) => s.fields(f, q, { code: [isString, T.string] }));
    if (r.parts !== undefined)
      s.each(r.parts, [...p, 'parts'], (part, q) =>
        s.fields(part, q, {
          l3: [isString, T.string],
          target: [maybe(isString), OPTIONAL_STRING],
          actual: [maybe(isString), OPTIONAL_STRING],
          note: [maybe(isString), OPTIONAL_STRING],
        }),
      );
  });
}

/**
 * Checks the argument of `writeReportDocx` and tells what it is.
 *
 * @param value - the argument
 * @param name - its name
 * @returns an evaluation, a self-evaluation result or a filled table
 * @throws JixiaoError listing every field that is missing or of the wrong type
 * @example
 * ```ts
 * docxInput(fillSelfEvaluation(table), 'input').kind; // "filled"
 * ```
 */
export function docxInput(value: unknown, name: string): DocxInput {
  if (isRecord(value) && 'grid' in value && !('evaluation' in value)) {
    if (!GridSchema.safeParse(value.grid).success)
      throw argumentError(
        `${name}.grid`,
        { zh: '表格 { name, cells, merges? }', en: 'a grid { name, cells, merges? }' },
        value.grid,
      );
    const marks = value.needsExplanation;
    if (!Array.isArray(marks) || !marks.every(isString))
      throw argumentError(
        `${name}.needsExplanation`,
        { zh: '单元格名称（如 "H12"）的数组', en: 'an array of cell names such as "H12"' },
        marks,
      );
    const result = reportArgument(value.result, `${name}.result`);
    if (!('evaluation' in result))
      throw argumentError(
        `${name}.result`,
        { zh: 'scoreSelfEvaluation 的结果', en: 'a result of scoreSelfEvaluation' },
        value.result,
      );
    return { kind: 'filled', filled: value as unknown as FilledTable };
  }
  const input = reportArgument(value, name);
  if (!('evaluation' in input)) return { kind: 'evaluation', evaluation: input };
  const s = new Shape([name]);
  selfFormShape(s, value as Record<string, unknown>);
  throwIfAny(s.issues);
  return { kind: 'self', result: input };
}
