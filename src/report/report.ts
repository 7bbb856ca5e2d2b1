/** The budget's units in English. */
const UNIT_EN: Readonly<Record<string, string>> = {
  元: 'yuan',
  千元: 'thousand yuan',
  万元: '10k yuan',
  亿元: '100m yuan',
};

/**
 * `renderReport`: a draft of the self-evaluation report (绩效自评报告) in the shape such reports take:
 * 一、基本情况; 二、评价工作开展情况; 三、绩效分析 by 一级指标 with points and rates; 四、存在的问题
 * from the findings; 五、下一步工作建议 as marked placeholders — with the sentence "最终评分结果为 X 分，
 * 评价等级为“Y”". Everything the data cannot say is a 【待补充】 placeholder for the unit to write.
 */
import { dec, plain } from '../decimal.js';
import type { Evaluation } from '../engine/types.js';
import type { SelfEvaluationResult } from '../self/score.js';
import { renderLocale, reportArgument } from './check.js';
import { terminalLine } from './escape.js';
import { gradeName, scoreGroups, type Locale } from './model.js';
import type { RenderOptions } from './table.js';

const isSelf = (x: Evaluation | SelfEvaluationResult): x is SelfEvaluationResult =>
  'evaluation' in x;

const pct = (points: string, weight: string): string =>
  dec(weight).isZero() ? '—' : `${dec(points).div(weight).times(100).toFixed(2)}%`;

function bands(e: Evaluation, locale: Locale): string {
  const max = e.policies.scale.max;
  let upper = max;
  return e.policies.scale.bands
    .map((b, i) => {
      const top = i === 0 ? ']' : ')';
      const text = `${b.label[locale]} ${b.minInclusive ? '[' : '('}${b.min}, ${upper}${top}`;
      upper = b.min;
      return text;
    })
    .join(locale === 'zh' ? '、' : ', ');
}

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
 */
export function renderReport(
  input: Evaluation | SelfEvaluationResult,
  options?: RenderOptions,
): string {
  reportArgument(input, 'input');
  const locale = renderLocale(options);
  const e = isSelf(input) ? input.evaluation : input;
  const self = isSelf(input) ? input : null;
  const zh = locale === 'zh';
  const todo = (text: string): string =>
    zh ? `【待补充：${text}】` : `[To be completed: ${text}]`;
  const unit = self?.unit ?? e.unit?.name ?? null;
  const year = self?.year ?? e.unit?.year ?? null;
  const subject = self?.project ?? e.framework.name[locale];
  const grade = gradeName(e, locale);
  const out: string[] = [];

  out.push(
    zh
      ? `${unit ?? ''}${year === null ? '' : `${year}年度`}${subject}绩效自评报告（草稿）`
      : `Performance self-evaluation report${unit ? `: ${unit}` : ''}${year === null ? '' : `, ${year}`} — ${subject} (draft)`,
    zh
      ? `（本稿由 jixiao ${e.library.version} 依据评分结果生成，标【待补充】处须由单位填写。）`
      : `(Drafted by jixiao ${e.library.version} from the scores; complete every [To be completed] item.)`,
    '',
    zh ? '一、基本情况' : '1. Background',
    zh
      ? `（一）评价对象：${unit ?? todo('单位名称')}${year === null ? '' : `，${year}年度`}，${subject}。`
      : `(1) Subject: ${unit ?? todo('unit name')}${year === null ? '' : `, ${year}`}, ${subject}.`,
    zh
      ? `（二）评价依据：${self ? '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）单位自评规则' : e.framework.name.zh}；等级标准：${bands(e, locale)}。`
      : `(2) Basis: ${self ? 'the self-evaluation rules of MOF 2020 No. 10' : e.framework.name.en}; grades: ${bands(e, locale)}.`,
  );
  const b = self?.budget;
  if (b) {
    out.push(
      zh
        ? `（三）预算执行情况：全年预算数 ${b.adjusted} ${b.unit}，全年执行数 ${b.executed} ${b.unit}，预算执行率 ${b.ratePercent}，得分 ${b.points} 分（分值 ${b.weight} 分）。`
        : `(3) Budget execution: ${b.executed} of ${b.adjusted} (${UNIT_EN[b.unit] ?? 'yuan'}), ${b.ratePercent}, ${b.points} of ${b.weight} points.`,
    );
  }
  out.push(
    todo(zh ? '单位职能、项目概况、资金来源与使用' : 'mandate, project overview, funding'),
    '',
  );

  out.push(
    zh ? '二、评价工作开展情况' : '2. How the evaluation was done',
    zh ? '（一）评价方式：单位自评。' : '(1) Mode: self-evaluation by the unit.',
    zh
      ? '（二）评价方法：按指标体系逐项对照评分；定量指标完成的得满分，未完成的按完成值与指标值的比例计分（反向指标按偏离程度计分）；定性指标按达成、部分达成、未达成三档在相应分值区间内评分；各项得分保留两位小数后汇总。'
      : '(2) Method: each indicator scored against its target; met quantitative targets earn full points, unmet ones in proportion (reverse targets by deviation); qualitative ones within the three tiers; points rounded to 2 places, then added up.',
    todo(
      zh
        ? '评价工作过程（核实数据、查阅资料、实地查看、问卷调查等）'
        : 'the process (data checks, documents, site visits, surveys)',
    ),
    '',
    zh ? '三、绩效分析' : '3. Analysis',
  );
  const ordinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  scoreGroups(e, locale).forEach((g, i) => {
    const head = zh ? `（${ordinals[i] ?? String(i + 1)}）` : `(${i + 1}) `;
    const lost = g.rows.filter((r) => dec(r.lost).gt(0));
    const line = zh
      ? `${head}${g.name}（分值 ${g.node.weight} 分）：得分 ${g.node.points} 分，得分率 ${pct(g.node.points, g.node.weight)}。`
      : `${head}${g.name} (${g.node.weight} points): ${g.node.points} points, ${pct(g.node.points, g.node.weight)}.`;
    const detail =
      lost.length === 0
        ? zh
          ? '各项指标均得满分。'
          : 'Every indicator earned full points.'
        : zh
          ? `扣分 ${plain(dec(g.node.lost))} 分：${lost.map((r) => `${r.l3 || r.l2 || r.l1}扣 ${r.lost} 分`).join('；')}。`
          : `${plain(dec(g.node.lost))} points lost: ${lost.map((r) => `${r.l3 || r.l2 || r.l1} −${r.lost}`).join('; ')}.`;
    out.push(zh ? line + detail : `${line} ${detail}`);
  });
  out.push(
    zh
      ? `综上，最终评分结果为 ${e.total} 分，评价等级为“${grade}”。`
      : `In sum, the final score is ${e.total} points, grade "${grade}".`,
    '',
    zh ? '四、存在的问题' : '4. Problems found',
  );
  const problems = [
    ...e.findings.map((f) => f.message[locale]),
    ...(self?.warnings ?? e.warnings)
      .filter((w) => w.code === 'explanation_required')
      .map((w) => w.message[locale]),
  ];
  if (problems.length === 0)
    out.push(zh ? '评分未发现扣分项。' : 'The scoring found no lost points.');
  problems.forEach((p, i) => out.push(`${i + 1}. ${p}`));
  out.push(
    todo(zh ? '评分之外的问题（管理、机制、人员等）' : 'other problems (management, staffing …)'),
    '',
  );

  out.push(zh ? '五、下一步工作建议' : '5. Next steps');
  e.findings.forEach((f, i) => {
    const name = f.path[f.path.length - 1] ?? f.indicatorId;
    out.push(`${i + 1}. ${todo(zh ? `针对“${name}”扣分的改进措施` : `measures for "${name}"`)}`);
  });
  out.push(`${e.findings.length + 1}. ${todo(zh ? '其他工作打算' : 'other plans')}`);
  // Each entry of `out` is one line: cleaning it whole keeps every value to its line.
  return `${out.map(terminalLine).join('\n')}\n`;
}
