/**
 * `renderTable`: the score table (评分表) as aligned plain text for a terminal: one row per leaf
 * with its 一级 / 二级 / 三级 names, weight, points and the reason points were lost, a subtotal per
 * top-level indicator, the total and grade, then findings and warnings.
 */
import type { Evaluation, ScoredNode } from '../engine/types.js';
import { displayWidth, pad } from './width.js';

/** Options of {@link renderTable}. */
export interface RenderTableOptions {
  /** Language of headings and messages (default `zh`). */
  readonly locale?: 'zh' | 'en';
}

const HEAD = {
  zh: ['一级指标', '二级指标', '三级指标', '分值', '得分', '扣分原因'],
  en: ['Level 1', 'Level 2', 'Level 3', 'Weight', 'Points', 'Why points were lost'],
};

const WORDS = {
  zh: {
    subtotal: '小计',
    total: '合计',
    grade: '评价等级',
    result: (t: string, m: string, g: string) => `总分 ${t} / ${m}，评价等级：${g}`,
    findings: '扣分明细',
    warnings: '提示',
    na: '不适用',
    none: '（无扣分）',
  },
  en: {
    subtotal: 'subtotal',
    total: 'Total',
    grade: 'Grade',
    result: (t: string, m: string, g: string) => `Total ${t} / ${m}, grade: ${g}`,
    findings: 'Points lost',
    warnings: 'Notes',
    na: 'not applicable',
    none: '(no points lost)',
  },
};

/**
 * Renders an evaluation as a plain-text score table.
 *
 * @param evaluation - the result of `evaluate`
 * @param options - locale
 * @returns the table, total, grade, findings and warnings as text
 * @example
 * ```ts
 * console.log(renderTable(evaluate(builtinFramework('department2013'), data)));
 * ```
 */
export function renderTable(evaluation: Evaluation, options: RenderTableOptions = {}): string {
  const locale = options.locale ?? 'zh';
  const w = WORDS[locale];
  const reasons = new Map(evaluation.findings.map((f) => [f.indicatorId, f.message[locale]]));
  const rows: string[][] = [];
  const walk = (node: ScoredNode, names: string[]): void => {
    const here = [...names, node.name[locale]];
    if (node.children.length === 0) {
      const cells = [here[0] ?? '', here[1] ?? '', here.slice(2).join(' / ')];
      const reason = node.status === 'notApplicable' ? w.na : (reasons.get(node.id) ?? '');
      rows.push([
        ...cells,
        node.weight,
        node.status === 'notApplicable' ? '—' : node.points,
        reason,
      ]);
      return;
    }
    node.children.forEach((c) => {
      walk(c, here);
    });
  };
  for (const top of evaluation.tree) {
    const start = rows.length;
    if (top.children.length === 0) walk(top, []);
    else
      top.children.forEach((c) => {
        walk(c, [top.name[locale]]);
      });
    // Show each 一级 / 二级 name once per group.
    for (let i = rows.length - 1; i > start; i--) {
      const row = rows[i];
      const prev = rows[i - 1];
      if (!row || !prev) continue;
      if (row[1] === prev[1] && row[0] === prev[0]) row[1] = '';
      if (row[0] === prev[0]) row[0] = '';
    }
    rows.push(['', '', `${top.name[locale]} ${w.subtotal}`, top.weight, top.points, '']);
  }
  rows.push([w.total, '', '', evaluation.max, evaluation.total, '']);
  const head = HEAD[locale];
  const widths = head.map((h, c) =>
    Math.max(...[h, ...rows.map((r) => r[c] ?? '')].map((s) => displayWidth(s))),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) =>
        c === 5 ? cell : pad(cell, widths[c] ?? 0, c === 3 || c === 4 ? 'right' : 'left'),
      )
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(widths.slice(0, 5).reduce((a, b) => a + b + 2, 0) + 8);
  const out = [
    line(head),
    rule,
    ...rows.map((r, i) => (i === rows.length - 1 ? `${rule}\n${line(r)}` : line(r))),
  ];
  const grade = locale === 'zh' ? evaluation.gradeLabel.zh : evaluation.gradeLabel.en;
  out.push('', w.result(evaluation.total, evaluation.max, grade), '', `${w.findings}:`);
  if (evaluation.findings.length === 0) out.push(`  ${w.none}`);
  evaluation.findings.forEach((f, i) => {
    out.push(`  ${i + 1}. [-${f.lost}] ${f.path.join(' › ')}: ${f.message[locale]}`);
  });
  if (evaluation.warnings.length > 0) {
    out.push('', `${w.warnings}:`);
    for (const x of evaluation.warnings) out.push(`  - ${x.message[locale]}`);
  }
  return out.join('\n');
}
