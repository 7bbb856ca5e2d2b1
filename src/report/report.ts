/**
 * `renderReport`: a draft of the self-evaluation report (绩效自评报告) in the shape such reports take:
 * 一、基本情况; 二、评价工作开展情况; 三、绩效分析 by 一级指标 with points and rates; 四、存在的问题
 * from the findings; 五、下一步工作建议 as marked placeholders — with the sentence "最终评分结果为 X 分，
 * 评价等级为“Y”". Everything the data cannot say is a 【待补充】 placeholder for the unit to write.
 * The draft is built as a model (`report-model.ts`) that the `.docx` writer shares.
 */
import type { Evaluation } from '../engine/types.js';
import type { SelfEvaluationResult } from '../self/score.js';
import { renderLocale, reportArgument } from './check.js';
import { terminalLine } from './escape.js';
import { reportLines, reportModel } from './report-model.js';
import type { RenderOptions } from './table.js';

/**
 * Renders a report draft from an evaluation or a self-evaluation result.
 *
 * @param input - the result of `evaluate`, or of `scoreSelfEvaluation` (adds the budget block)
 * @param options - locale
 * @returns the report as plain text, ready to paste into a document and edit; each value is kept
 * to its line, without escape sequences, control characters or bidirectional overrides
 * @throws JixiaoError when `input` or `options` is not what it should be
 * @example
 * ```ts
 * console.log(renderReport(scoreSelfEvaluation(table)));
 * // … 最终评分结果为 97.24 分，评价等级为“优”。…
 * ```
 * @category Report
 */
export function renderReport(
  input: Evaluation | SelfEvaluationResult,
  options?: RenderOptions,
): string {
  reportArgument(input, 'input');
  const locale = renderLocale(options);
  // Each entry is one line: cleaning it whole keeps every value to its line.
  return `${reportLines(reportModel(input, locale)).map(terminalLine).join('\n')}\n`;
}
