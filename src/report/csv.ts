/**
 * `renderCsv`: one row per indicator (inner and leaf) for spreadsheets. UTF-8 with a byte-order
 * mark and CRLF line ends, so Excel opens Chinese text correctly.
 */
import type { Evaluation, ScoredNode } from '../engine/types.js';
import { stringArgument } from '../errors/arguments.js';
import { renderInput, renderLocale } from './check.js';
import { auditDocument } from './audit.js';
import type { AuditResult } from '../audit/audit.js';
import type { SelfEvaluationResult } from '../self/score.js';
import { csvCell } from './escape.js';
import { WORDS } from './model.js';
import type { RenderOptions } from './table.js';

const HEAD = {
  zh: [
    '层级',
    '编号',
    '一级指标',
    '二级指标',
    '三级指标',
    '分值',
    '得分',
    '扣分',
    '得分率',
    '状态',
    '扣分原因',
  ],
  en: [
    'Level',
    'Id',
    'Level 1',
    'Level 2',
    'Level 3',
    'Weight',
    'Points',
    'Lost',
    'Rate',
    'Status',
    'Why points were lost',
  ],
};

/**
 * A CSV field as jixiao writes it: a text that a spreadsheet would run as a formula (first visible
 * character `=`, `+`, `-`, `@` or their full-width forms, or a leading tab or carriage return) gets
 * a leading `'`, a plain number such as `-1.50` stays a number, and the field is quoted when it
 * holds a comma, quote or line break (RFC 4180).
 *
 * @param value - the field
 * @returns the field, neutralised and quoted as needed
 * @throws JixiaoError when `value` is not a string
 * @example
 * ```ts
 * csvField('a,b'); // "\"a,b\""
 * csvField('=1+1'); // "'=1+1"
 * ```
 */
export function csvField(value: string): string {
  return csvCell(stringArgument(value, 'value'));
}

/**
 * Renders an evaluation as CSV.
 *
 * @param input - the result of `evaluate`, of `scoreSelfEvaluation` (its evaluation, with its warnings), or of
 *   `auditSelfEvaluation` (the review as a whole document)
 * @param options - locale
 * @returns CSV text starting with a BOM; every text cell neutralised against formulas (a leading `'` before `=`, `+`, `-`, `@`)
 * @throws JixiaoError when `evaluation` or `options` is not what it should be
 * @example
 * ```ts
 * writeFileSync('score.csv', renderCsv(result)); // opens in Excel with Chinese intact
 * ```
 * @category Report
 */
export function renderCsv(
  input: Evaluation | SelfEvaluationResult | AuditResult,
  options?: RenderOptions,
): string {
  const given = renderInput(input, 'evaluation');
  const locale = renderLocale(options);
  if (given.kind === 'audit') return auditDocument(given.result, 'csv', locale);
  const evaluation = given.evaluation;
  const reasons = new Map(evaluation.findings.map((f) => [f.indicatorId, f.message[locale]]));
  const lines: string[][] = [HEAD[locale]];
  const walk = (n: ScoredNode, names: string[]): void => {
    const here = [...names, n.name[locale]];
    lines.push([
      String(n.level),
      n.id,
      here[0] ?? '',
      here[1] ?? '',
      here.slice(2).join(' / '),
      n.weight,
      n.points,
      n.lost,
      n.rate ?? '',
      n.status,
      reasons.get(n.id) ?? '',
    ]);
    n.children.forEach((c) => {
      walk(c, here);
    });
  };
  evaluation.tree.forEach((n) => {
    walk(n, []);
  });
  const w = WORDS[locale];
  lines.push([
    '',
    '',
    w.total,
    '',
    '',
    evaluation.max,
    evaluation.total,
    '',
    '',
    evaluation.gradeLabel[locale],
    '',
  ]);
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
