/**
 * `renderMarkdown`: the 评分表 as a Markdown document — heading, unit, the table (一级 / 二级 / 三级 /
 * 分值 / 得分 / 扣分原因), total and grade, findings and notes. Every value, even a number, goes
 * through `markdownText`: names come from users, and one `|` or `<script>` would break the table
 * or the page it is shown in.
 */
import type { Evaluation } from '../engine/types.js';
import { renderInput, renderLocale } from './check.js';
import { auditDocument } from './audit.js';
import type { AuditResult } from '../audit/audit.js';
import type { SelfEvaluationResult } from '../self/score.js';
import { markdownText as md } from './escape.js';
import { WORDS, gradeName, pathNames, scoreGroups } from './model.js';
import type { RenderOptions } from './table.js';

/**
 * Renders an evaluation as Markdown (CommonMark with a GFM table).
 *
 * @param input - the result of `evaluate`, of `scoreSelfEvaluation` (its evaluation, with its warnings), or of
 *   `auditSelfEvaluation` (the review as a whole document)
 * @param options - locale
 * @returns a Markdown document in which no value can start a link, HTML, a new row or a new cell
 * @throws JixiaoError when `evaluation` or `options` is not what it should be
 * @example
 * ```ts
 * writeFileSync('score.md', renderMarkdown(result));
 * ```
 * @category Report
 */
export function renderMarkdown(
  input: Evaluation | SelfEvaluationResult | AuditResult,
  options?: RenderOptions,
): string {
  const given = renderInput(input, 'evaluation');
  const locale = renderLocale(options);
  if (given.kind === 'audit') return auditDocument(given.result, 'markdown', locale);
  const evaluation = given.evaluation;
  const w = WORDS[locale];
  const out: string[] = [`# ${md(evaluation.framework.name[locale])} ${w.scoreTable}`, ''];
  if (evaluation.unit) {
    const year =
      evaluation.unit.year === undefined ? '' : `（${w.year} ${md(String(evaluation.unit.year))}）`;
    out.push(`${w.unit}：${md(evaluation.unit.name)}${year}`, '');
  }
  out.push(`| ${w.head.join(' | ')} |`, '|---|---|---|---:|---:|---|');
  for (const group of scoreGroups(evaluation, locale)) {
    group.rows.forEach((r, i) => {
      const prev = group.rows[i - 1];
      const points = r.status === 'notApplicable' ? '—' : r.points;
      out.push(
        `| ${md(i === 0 ? r.l1 : '')} | ${md(prev?.l2 === r.l2 ? '' : r.l2)} | ${md(r.l3)} | ${md(r.weight)} | ${md(points)} | ${md(r.reason)} |`,
      );
    });
    out.push(
      `|  |  | *${md(group.name)} ${w.subtotal}* | *${md(group.node.weight)}* | *${md(group.node.points)}* |  |`,
    );
  }
  out.push(
    `| **${w.total}** |  |  | **${md(evaluation.max)}** | **${md(evaluation.total)}** |  |`,
    '',
  );
  const result = w.result(
    md(evaluation.total),
    md(evaluation.max),
    md(gradeName(evaluation, locale)),
  );
  out.push(`**${result}**`, '');
  out.push(`## ${w.findings}`, '');
  if (evaluation.findings.length === 0) out.push(w.none);
  const paths = pathNames(evaluation, locale);
  evaluation.findings.forEach((f, i) => {
    const where = (paths.get(f.indicatorId) ?? f.path).map(md).join(' › ');
    out.push(`${i + 1}. **${where}**（−${md(f.lost)}）：${md(f.message[locale])}`);
  });
  if (evaluation.warnings.length > 0) {
    out.push('', `## ${w.warnings}`, '');
    for (const x of evaluation.warnings) out.push(`- ${md(x.message[locale])}`);
  }
  return `${out.join('\n')}\n`;
}
