/**
 * `renderMarkdown`: the 评分表 as a Markdown document — heading, unit, the table (一级 / 二级 / 三级 /
 * 分值 / 得分 / 扣分原因), total and grade, findings and notes.
 */
import type { Evaluation } from '../engine/types.js';
import { WORDS, gradeName, pathNames, scoreGroups } from './model.js';
import type { RenderOptions } from './table.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * Renders an evaluation as Markdown.
 *
 * @param evaluation - the result of `evaluate`
 * @param options - locale
 * @returns a Markdown document
 * @example
 * ```ts
 * writeFileSync('score.md', renderMarkdown(result));
 * ```
 */
export function renderMarkdown(evaluation: Evaluation, options: RenderOptions = {}): string {
  const locale = options.locale ?? 'zh';
  const w = WORDS[locale];
  const out: string[] = [`# ${cell(evaluation.framework.name[locale])} ${w.scoreTable}`, ''];
  if (evaluation.unit) {
    const year = evaluation.unit.year === undefined ? '' : `（${w.year} ${evaluation.unit.year}）`;
    out.push(`${w.unit}：${cell(evaluation.unit.name)}${year}`, '');
  }
  out.push(`| ${w.head.join(' | ')} |`, '|---|---|---|---:|---:|---|');
  for (const group of scoreGroups(evaluation, locale)) {
    group.rows.forEach((r, i) => {
      const prev = group.rows[i - 1];
      const points = r.status === 'notApplicable' ? '—' : r.points;
      out.push(
        `| ${cell(i === 0 ? r.l1 : '')} | ${cell(prev?.l2 === r.l2 ? '' : r.l2)} | ${cell(r.l3)} | ${r.weight} | ${points} | ${cell(r.reason)} |`,
      );
    });
    out.push(
      `|  |  | *${cell(group.name)} ${w.subtotal}* | *${group.node.weight}* | *${group.node.points}* |  |`,
    );
  }
  out.push(`| **${w.total}** |  |  | **${evaluation.max}** | **${evaluation.total}** |  |`, '');
  out.push(`**${w.result(evaluation.total, evaluation.max, gradeName(evaluation, locale))}**`, '');
  out.push(`## ${w.findings}`, '');
  if (evaluation.findings.length === 0) out.push(w.none);
  const paths = pathNames(evaluation, locale);
  evaluation.findings.forEach((f, i) => {
    const where = (paths.get(f.indicatorId) ?? f.path).join(' › ');
    out.push(`${i + 1}. **${cell(where)}**（−${f.lost}）：${cell(f.message[locale])}`);
  });
  if (evaluation.warnings.length > 0) {
    out.push('', `## ${w.warnings}`, '');
    for (const x of evaluation.warnings) out.push(`- ${cell(x.message[locale])}`);
  }
  return `${out.join('\n')}\n`;
}
