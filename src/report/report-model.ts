/**
 * The self-evaluation report (绩效自评报告) as a structured model: a title, a note, and the five
 * sections 一、基本情况 … 五、下一步工作建议, each a heading and its paragraphs and numbered lists.
 * `renderReport` writes it as plain text; the `.docx` writer (`jixiao/docx`) as Word headings,
 * paragraphs and lists. The texts are as the data gives them: each writer makes them safe for
 * where they land.
 */
import { dec, plain } from '../decimal.js';
import type { Evaluation } from '../engine/types.js';
import type { SelfEvaluationResult } from '../self/score.js';
import { gradeName, scoreGroups, type Locale } from './model.js';

/** A block of a section: a paragraph, or a numbered list (its items without their numbers). */
export type ReportBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] };

/** One section: its heading ("一、基本情况") and blocks. */
export interface ReportSection {
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
}

/** The report draft, before it is written as text or as a document. */
export interface ReportModel {
  readonly locale: Locale;
  readonly title: string;
  /** The line under the title: who drafted it, and that the placeholders are to be completed. */
  readonly note: string;
  readonly sections: readonly ReportSection[];
  /** The total and the grade's name, as the closing sentence of 三、绩效分析 gives them. */
  readonly total: string;
  readonly grade: string;
}

/** The budget's units in English. */
const UNIT_EN: Readonly<Record<string, string>> = {
  元: 'yuan',
  千元: 'thousand yuan',
  万元: '10k yuan',
  亿元: '100m yuan',
};

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * Whether a report input is a self-evaluation result (it carries its evaluation).
 *
 * @param x - an evaluation or a self-evaluation result
 * @returns true for a self-evaluation result
 * @example
 * ```ts
 * isSelfResult(scoreSelfEvaluation(table)); // true
 * ```
 */
export const isSelfResult = (x: Evaluation | SelfEvaluationResult): x is SelfEvaluationResult =>
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
 * The placeholder for what the data cannot say: `【待补充：…】` (or `[To be completed: …]`).
 *
 * @param text - what is to be written
 * @param locale - the language
 * @returns the placeholder
 * @example
 * ```ts
 * todo('单位名称', 'zh'); // "【待补充：单位名称】"
 * ```
 */
export function todo(text: string, locale: Locale): string {
  return locale === 'zh' ? `【待补充：${text}】` : `[To be completed: ${text}]`;
}

/**
 * Builds the report draft of a checked input (see `reportArgument`).
 *
 * @param input - the result of `evaluate`, or of `scoreSelfEvaluation` (adds the budget block)
 * @param locale - the language
 * @returns title, note and the five sections
 * @example
 * ```ts
 * reportModel(scoreSelfEvaluation(table), 'zh').sections[0]?.heading; // "一、基本情况"
 * ```
 */
export function reportModel(input: Evaluation | SelfEvaluationResult, locale: Locale): ReportModel {
  const e = isSelfResult(input) ? input.evaluation : input;
  const self = isSelfResult(input) ? input : null;
  const zh = locale === 'zh';
  const unit = self?.unit ?? e.unit?.name ?? null;
  const year = self?.year ?? e.unit?.year ?? null;
  const subject = self?.project ?? e.framework.name[locale];
  const grade = gradeName(e, locale);
  const p = (text: string): ReportBlock => ({ kind: 'paragraph', text });

  const background: ReportBlock[] = [
    p(
      zh
        ? `（一）评价对象：${unit ?? todo('单位名称', locale)}${year === null ? '' : `，${year}年度`}，${subject}。`
        : `(1) Subject: ${unit ?? todo('unit name', locale)}${year === null ? '' : `, ${year}`}, ${subject}.`,
    ),
    p(
      zh
        ? `（二）评价依据：${self ? '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）单位自评规则' : e.framework.name.zh}；等级标准：${bands(e, locale)}。`
        : `(2) Basis: ${self ? 'the self-evaluation rules of MOF 2020 No. 10' : e.framework.name.en}; grades: ${bands(e, locale)}.`,
    ),
  ];
  const b = self?.budget;
  if (b)
    background.push(
      p(
        zh
          ? `（三）预算执行情况：全年预算数 ${b.adjusted} ${b.unit}，全年执行数 ${b.executed} ${b.unit}，预算执行率 ${b.ratePercent}，得分 ${b.points} 分（分值 ${b.weight} 分）。`
          : `(3) Budget execution: ${b.executed} of ${b.adjusted} (${UNIT_EN[b.unit] ?? 'yuan'}), ${b.ratePercent}, ${b.points} of ${b.weight} points.`,
      ),
    );
  background.push(
    p(
      todo(
        zh ? '单位职能、项目概况、资金来源与使用' : 'mandate, project overview, funding',
        locale,
      ),
    ),
  );

  const method: ReportBlock[] = [
    p(zh ? '（一）评价方式：单位自评。' : '(1) Mode: self-evaluation by the unit.'),
    p(
      zh
        ? '（二）评价方法：按指标体系逐项对照评分；定量指标完成的得满分，未完成的按完成值与指标值的比例计分（反向指标按偏离程度计分）；定性指标按达成、部分达成、未达成三档在相应分值区间内评分；各项得分保留两位小数后汇总。'
        : '(2) Method: each indicator scored against its target; met quantitative targets earn full points, unmet ones in proportion (reverse targets by deviation); qualitative ones within the three tiers; points rounded to 2 places, then added up.',
    ),
    p(
      todo(
        zh
          ? '评价工作过程（核实数据、查阅资料、实地查看、问卷调查等）'
          : 'the process (data checks, documents, site visits, surveys)',
        locale,
      ),
    ),
  ];

  const analysis: ReportBlock[] = scoreGroups(e, locale).map((g, i) => {
    const head = zh ? `（${ORDINALS[i] ?? String(i + 1)}）` : `(${i + 1}) `;
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
    return p(zh ? line + detail : `${line} ${detail}`);
  });
  analysis.push(
    p(
      zh
        ? `综上，最终评分结果为 ${e.total} 分，评价等级为“${grade}”。`
        : `In sum, the final score is ${e.total} points, grade "${grade}".`,
    ),
  );

  const found = [
    ...e.findings.map((f) => f.message[locale]),
    ...(self?.warnings ?? e.warnings)
      .filter((w) => w.code === 'explanation_required')
      .map((w) => w.message[locale]),
  ];
  const problems: ReportBlock[] = [];
  if (found.length === 0)
    problems.push(p(zh ? '评分未发现扣分项。' : 'The scoring found no lost points.'));
  if (found.length > 0) problems.push({ kind: 'list', items: found });
  problems.push(
    p(
      todo(
        zh ? '评分之外的问题（管理、机制、人员等）' : 'other problems (management, staffing …)',
        locale,
      ),
    ),
  );

  const steps: ReportBlock[] = [
    {
      kind: 'list',
      items: [
        ...e.findings.map((f) => {
          const name = f.path[f.path.length - 1] ?? f.indicatorId;
          return todo(zh ? `针对“${name}”扣分的改进措施` : `measures for "${name}"`, locale);
        }),
        todo(zh ? '其他工作打算' : 'other plans', locale),
      ],
    },
  ];

  return {
    locale,
    title: zh
      ? `${unit ?? ''}${year === null ? '' : `${year}年度`}${subject}绩效自评报告（草稿）`
      : `Performance self-evaluation report${unit ? `: ${unit}` : ''}${year === null ? '' : `, ${year}`} — ${subject} (draft)`,
    note: zh
      ? `（本稿由 jixiao ${e.library.version} 依据评分结果生成，标【待补充】处须由单位填写。）`
      : `(Drafted by jixiao ${e.library.version} from the scores; complete every [To be completed] item.)`,
    sections: [
      { heading: zh ? '一、基本情况' : '1. Background', blocks: background },
      { heading: zh ? '二、评价工作开展情况' : '2. How the evaluation was done', blocks: method },
      { heading: zh ? '三、绩效分析' : '3. Analysis', blocks: analysis },
      { heading: zh ? '四、存在的问题' : '4. Problems found', blocks: problems },
      { heading: zh ? '五、下一步工作建议' : '5. Next steps', blocks: steps },
    ],
    total: e.total,
    grade,
  };
}

/**
 * The model as lines of plain text: the title and note, then each section after a blank line, a
 * list's items numbered "1. ", "2. " ….
 *
 * @param model - from {@link reportModel}
 * @returns the lines, not yet cleaned for a terminal
 * @example
 * ```ts
 * reportLines(reportModel(result, 'zh'))[3]; // "一、基本情况"
 * ```
 */
export function reportLines(model: ReportModel): string[] {
  const out = [model.title, model.note];
  for (const s of model.sections) {
    out.push('', s.heading);
    for (const block of s.blocks) {
      if (block.kind === 'paragraph') out.push(block.text);
      else block.items.forEach((item, i) => out.push(`${i + 1}. ${item}`));
    }
  }
  return out;
}
