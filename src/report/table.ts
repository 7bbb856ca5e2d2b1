/**
 * `renderTable`: the score table (评分表) as aligned plain text for a terminal: one row per leaf
 * with its 一级 / 二级 / 三级 names, weight, points and the reason points were lost, a subtotal per
 * top-level indicator, the total and grade, then findings and warnings.
 */
import type { Evaluation } from '../engine/types.js';
import { renderInput, renderLocale } from './check.js';
import { auditDocument } from './audit.js';
import type { AuditResult } from '../audit/audit.js';
import type { SelfEvaluationResult } from '../self/score.js';
import { terminalLine } from './escape.js';
import { WORDS, gradeName, pathNames, scoreGroups, type Locale } from './model.js';
import { displayWidth, pad } from './width.js';

/**
 * Options of the renderers.
 *
 * @category Report
 */
export interface RenderOptions {
  /** Language of headings and messages (default `zh`). */
  readonly locale?: Locale;
}

/**
 * Options of {@link renderTable}.
 *
 * @category Report
 */
export type RenderTableOptions = RenderOptions;

/**
 * Renders an evaluation as a plain-text score table for a terminal. Escape sequences, control
 * characters and bidirectional overrides in names and reasons are removed and line breaks become
 * spaces, so a value can neither drive the terminal nor leave its cell; columns are measured on
 * that cleaned text.
 *
 * @param input - the result of `evaluate`, of `scoreSelfEvaluation` (its evaluation, with its warnings), or of
 *   `auditSelfEvaluation` (the review as a whole document)
 * @param options - locale
 * @returns the table, total, grade, findings and warnings as text
 * @throws JixiaoError when `evaluation` or `options` is not what it should be
 * @example
 * ```ts
 * console.log(renderTable(evaluate(builtinFramework('department2013'), data)));
 * ```
 * @category Report
 */
export function renderTable(
  input: Evaluation | SelfEvaluationResult | AuditResult,
  options?: RenderTableOptions,
): string {
  const given = renderInput(input, 'evaluation');
  const locale = renderLocale(options);
  if (given.kind === 'audit') return auditDocument(given.result, 'table', locale);
  const evaluation = given.evaluation;
  const w = WORDS[locale];
  const rows: string[][] = [];
  for (const group of scoreGroups(evaluation, locale)) {
    group.rows.forEach((r, i) => {
      const prev = group.rows[i - 1];
      rows.push([
        i === 0 ? r.l1 : '',
        prev?.l2 === r.l2 ? '' : r.l2,
        r.l3,
        r.weight,
        r.status === 'notApplicable' ? '—' : r.points,
        r.reason,
      ]);
    });
    rows.push(['', '', `${group.name} ${w.subtotal}`, group.node.weight, group.node.points, '']);
  }
  rows.push([w.total, '', '', evaluation.max, evaluation.total, '']);
  const cells = rows.map((r) => r.map(terminalLine));
  const head = w.head;
  const widths = head.map((h, c) =>
    Math.max(...[h, ...cells.map((r) => r[c] ?? '')].map((s) => displayWidth(s))),
  );
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) =>
        c === 5 ? cell : pad(cell, widths[c] ?? 0, c === 3 || c === 4 ? 'right' : 'left'),
      )
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(widths.slice(0, 5).reduce((a, b) => a + b + 2, 0) + 8);
  const out = [line(head), rule, ...cells.slice(0, -1).map(line), rule, line(cells.at(-1) ?? [])];
  // Below the table each entry of `out` is one line, cleaned as a whole when joined.
  out.push('', w.result(evaluation.total, evaluation.max, gradeName(evaluation, locale)), '');
  out.push(`${w.findings}:`);
  if (evaluation.findings.length === 0) out.push(`  ${w.none}`);
  const paths = pathNames(evaluation, locale);
  evaluation.findings.forEach((f, i) => {
    const where = (paths.get(f.indicatorId) ?? f.path).join(' › ');
    out.push(`  ${i + 1}. [-${f.lost}] ${where}: ${f.message[locale]}`);
  });
  if (evaluation.warnings.length > 0) {
    out.push('', `${w.warnings}:`);
    for (const x of evaluation.warnings) out.push(`  - ${x.message[locale]}`);
  }
  return out.map(terminalLine).join('\n');
}
