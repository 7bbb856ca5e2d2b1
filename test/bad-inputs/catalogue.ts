/**
 * The catalogue of bad inputs (issue 8): what people really send — text in number cells, weights
 * written "20%", totals that do not add up, empty rows, merged-cell gaps, duplicate ids, cyclic
 * metrics, a different unit in 指标值 and 实际完成值 … — each with the exact issues (code and path,
 * in order) jixiao answers it with. catalogue.test.ts runs every entry; docs/bad-inputs.md lists
 * them (rendered from this file by the same test).
 */
import {
  auditSelfEvaluation,
  builtinFramework,
  defineFramework,
  evaluate,
  parseActual,
  parseTarget,
  project2020,
  safeReadSelfEvaluationCsv,
  scoreSelfEvaluation,
  withWeights,
  type DiscrepancyCode,
  type IssueCode,
  type LocalMessage,
} from '../../src/index.js';
import {
  CSV_BUDGET,
  CSV_HEADER,
  CSV_OK,
  CSV_ROWS,
  FRAMEWORK,
  PROJECT_WEIGHTS,
  PUBLISHED,
  TABLE,
  UNIT_DATA,
  at,
  csv,
  edit,
  type Json,
} from './fixtures.js';

/** What an entry feeds, and so which page section it is listed under. */
export type Kind =
  | 'selfEvaluation'
  | 'selfEvaluationOptions'
  | 'target'
  | 'actual'
  | 'csv'
  | 'audit'
  | 'framework'
  | 'weights'
  | 'unitData'
  | 'evaluateOptions';

/** Section titles of the docs page, in page order. */
export const KINDS: readonly { kind: Kind; zh: string; en: string }[] = [
  { kind: 'selfEvaluation', zh: '项目支出绩效自评表', en: 'Self-evaluation tables' },
  {
    kind: 'selfEvaluationOptions',
    zh: '自评表计分选项',
    en: 'Options of scoreSelfEvaluation',
  },
  { kind: 'target', zh: '年度指标值（parseTarget）', en: 'Targets (parseTarget)' },
  { kind: 'actual', zh: '实际完成值（parseActual）', en: 'Actual values (parseActual)' },
  { kind: 'csv', zh: '从 Excel 另存的 CSV', en: 'CSV saved from Excel' },
  { kind: 'framework', zh: '指标体系', en: 'Frameworks' },
  { kind: 'weights', zh: '分值表（withWeights、project2020）', en: 'Weight tables' },
  { kind: 'unitData', zh: '单位评价数据', en: 'Unit data' },
  { kind: 'evaluateOptions', zh: '评分政策选项', en: 'Options of evaluate' },
  { kind: 'audit', zh: '复核已印发的自评表', en: 'Auditing published tables' },
];

/** One expected issue (or, for an audit, discrepancy): its code and its path as `formatPath` shows it. */
export interface Expected {
  readonly code: IssueCode | DiscrepancyCode;
  readonly path: string;
}

/** One bad input. */
export interface BadInput {
  /** A short kebab-case id, unique in the catalogue. */
  readonly name: string;
  /** What the person did wrong. */
  readonly title: LocalMessage;
  readonly kind: Kind;
  /** The input as the person sent it. */
  readonly input: unknown;
  /**
   * Feeds the input to jixiao: throws a JixiaoError, or returns `{ success: false, error }` (the
   * CSV reader's safe twin) or an audit result (whose discrepancies are what it found).
   */
  readonly call: (input: unknown) => unknown;
  /** The exact issues (or discrepancies), in order. */
  readonly expect: readonly Expected[];
  /** Words no message of this entry may contain (what a misleading message says today). */
  readonly avoid?: readonly string[];
  /**
   * Where jixiao answers this input wrongly today, the {@link KNOWN_PROBLEMS} id: in its `issues`
   * (code or path) or in its `messages`. The entry asserts the right answer and its test is
   * marked as failing until the problem is fixed.
   */
  readonly known?: { readonly issues?: KnownProblemId; readonly messages?: KnownProblemId };
}

/**
 * What jixiao answers wrongly today (reported with issue 8). Each is asserted, the right way, by the
 * entries that name it in `known`, whose tests are marked as failing until it is fixed.
 */
export const KNOWN_PROBLEMS: Readonly<Record<string, { happens: string; should: string }>> = {};

/** A known problem's id. */
export type KnownProblemId = string;

const x = (code: Expected['code'], path: string): Expected => ({ code, path });
const t = (zh: string, en: string): LocalMessage => ({ zh, en });

/** Deep copy of the self-evaluation table with `change` applied. */
const table = (change: (doc: Json) => void): Json => edit(TABLE, change);
/** Row `k` of a copied table. */
const row = (doc: Json, k: number): Json => at(doc, `rows.${k}`);
/** A table whose row `k` has `over` merged in. */
const withRow = (k: number, over: Json): Json => table((doc) => Object.assign(row(doc, k), over));
/** A table whose row `k` lacks `key`. */
const withoutKey = (k: number, key: string): Json =>
  table((doc) => {
    Reflect.deleteProperty(row(doc, k), key);
  });

const score = (input: unknown): unknown => scoreSelfEvaluation(input as never);
const scoreWith =
  (options: unknown) =>
  (input: unknown): unknown =>
    scoreSelfEvaluation(input as never, options as never);
const define = (input: unknown): unknown => defineFramework(input as never);
const fw = (change: (doc: Json) => void): Json => edit(FRAMEWORK, change);
/** The indicator at a path of indexes in the framework, e.g. `[1, 0]` for output.trainees. */
const ind = (doc: Json, ...idx: number[]): Json =>
  at(doc, idx.map((i, n) => (n === 0 ? `indicators.${i}` : `children.${i}`)).join('.'));

const FRAMEWORK_DEFINED = defineFramework(FRAMEWORK);
const evaluateData = (input: unknown): unknown => evaluate(FRAMEWORK_DEFINED, input as never);
const data = (change: (doc: Json) => void): Json => edit(UNIT_DATA, change);
const answers = (doc: Json): Json => at(doc, 'answers');
const facts = (doc: Json): Json => at(doc, 'facts');
/** The answer for indicator `id` (ids contain dots, so not through `at`). */
const answer = (doc: Json, id: string): Json => answers(doc)[id] as Json;

const csvThenScore = (input: unknown): unknown => {
  const read = safeReadSelfEvaluationCsv(input as string);
  return read.success ? scoreSelfEvaluation(read.data.table) : read;
};
const audit = (input: unknown): unknown => auditSelfEvaluation(input as never);
const published = (change: (doc: Json) => void): Json => edit(PUBLISHED, change);

/** JSON text of the table with `"__proto__": …` written into the object at `where`. */
const protoJson = (doc: object, where: string, value: string): Json => {
  const text = JSON.stringify(doc);
  const i = text.indexOf(where);
  if (i < 0) throw new Error(`no ${where}`);
  const cut = i + where.length;
  return JSON.parse(`${text.slice(0, cut)}"__proto__":${value},${text.slice(cut)}`) as Json;
};

/** Nested arrays `depth` levels deep, as a hostile or broken generator sends. */
const nested = (depth: number): unknown => {
  let v: unknown = '偏差原因';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

/** Every bad input. */
export const CATALOGUE: readonly BadInput[] = [
  // ——— Self-evaluation tables: number cells ———
  {
    name: 'weight-chinese-numeral',
    title: t('分值写成中文数字“十五”', 'weight written in Chinese numerals ("十五")'),
    kind: 'selfEvaluation',
    input: withRow(0, { weight: '十五' }),
    call: score,
    expect: [x('invalid_input', 'rows[0].weight')],
  },
  {
    name: 'weight-with-fen',
    title: t('分值带“分”字：“15分”', 'weight with the word for points: "15分"'),
    kind: 'selfEvaluation',
    input: withRow(0, { weight: '15分' }),
    call: score,
    expect: [x('invalid_input', 'rows[0].weight')],
  },
  {
    name: 'weight-percent',
    title: t('分值写成百分比“15%”', 'weight written as a percentage: "15%"'),
    kind: 'selfEvaluation',
    input: withRow(0, { weight: '15%' }),
    call: score,
    expect: [x('invalid_input', 'rows[0].weight')],
  },
  {
    name: 'weight-empty-cell',
    title: t('分值单元格为空（""）', 'weight cell left empty ("")'),
    kind: 'selfEvaluation',
    input: withRow(1, { weight: '' }),
    call: score,
    expect: [x('invalid_input', 'rows[1].weight')],
  },
  {
    name: 'weight-space-only',
    title: t('分值单元格只有一个空格', 'weight cell holding a single space'),
    kind: 'selfEvaluation',
    input: withRow(1, { weight: ' ' }),
    call: score,
    expect: [x('invalid_input', 'rows[1].weight')],
  },
  {
    name: 'weight-missing',
    title: t('某行漏填分值', 'a row without a weight'),
    kind: 'selfEvaluation',
    input: withoutKey(2, 'weight'),
    call: score,
    expect: [x('invalid_input', 'rows[2].weight')],
  },
  {
    name: 'weight-zero',
    title: t('分值填 0', 'weight 0'),
    kind: 'selfEvaluation',
    input: withRow(3, { weight: 0 }),
    call: score,
    expect: [x('invalid_input', 'rows[3].weight')],
  },
  {
    name: 'weight-negative',
    title: t('分值为负数', 'negative weight'),
    kind: 'selfEvaluation',
    input: withRow(3, { weight: -10 }),
    call: score,
    expect: [x('invalid_input', 'rows[3].weight')],
  },
  {
    name: 'weight-decimal-comma',
    title: t('分值用逗号作小数点：“7,5”', 'weight with a decimal comma: "7,5"'),
    kind: 'selfEvaluation',
    input: withRow(3, { weight: '7,5' }),
    call: score,
    expect: [x('invalid_input', 'rows[3].weight')],
  },
  {
    name: 'weight-full-width-digits',
    title: t('分值用全角数字“１５”', 'weight in full-width digits: "１５"'),
    kind: 'selfEvaluation',
    input: withRow(0, { weight: '１５' }),
    call: score,
    expect: [x('invalid_input', 'rows[0].weight')],
  },
  {
    name: 'weight-boolean',
    title: t('分值为 Excel 的 TRUE（布尔值）', 'weight is an Excel TRUE (a boolean)'),
    kind: 'selfEvaluation',
    input: withRow(0, { weight: true }),
    call: score,
    expect: [x('invalid_input', 'rows[0].weight')],
  },
  {
    name: 'weight-three-decimals',
    title: t(
      '10 分平均分给三项，写成 3.333 / 3.333 / 3.334',
      '10 points split three ways as 3.333 / 3.333 / 3.334',
    ),
    kind: 'selfEvaluation',
    input: table((doc) => {
      const rows = doc.rows as Json[];
      const last = rows[5] ?? {};
      rows.splice(
        5,
        1,
        { ...last, weight: '3.333' },
        { ...last, l3: '参训农民对授课教师满意度', weight: '3.333' },
        { ...last, l3: '参训农民对培训组织满意度', weight: '3.334' },
      );
    }),
    call: score,
    expect: [
      x('weight_precision', 'rows[5].weight'),
      x('weight_precision', 'rows[6].weight'),
      x('weight_precision', 'rows[7].weight'),
    ],
    avoid: ['"row-5"'],
  },
  {
    name: 'points-with-fen',
    title: t('定性指标得分写成“27分”', 'qualitative points written "27分"'),
    kind: 'selfEvaluation',
    input: withRow(4, { points: '27分' }),
    call: score,
    expect: [x('invalid_input', 'rows[4].points')],
  },
  {
    name: 'points-chinese-numeral',
    title: t('得分写成“二十七”', 'points written in Chinese numerals'),
    kind: 'selfEvaluation',
    input: withRow(4, { points: '二十七' }),
    call: score,
    expect: [x('invalid_input', 'rows[4].points')],
  },
  // ——— Self-evaluation tables: the budget block ———
  {
    name: 'budget-adjusted-zero',
    title: t('全年预算数为 0', 'adjusted budget 0'),
    kind: 'selfEvaluation',
    input: table((doc) => Object.assign(at(doc, 'budget'), { adjusted: 0, executed: 0 })),
    call: score,
    expect: [x('division_by_zero', 'budget.adjusted')],
    avoid: ['budget.executed / budget.adjusted'],
  },
  {
    name: 'budget-executed-negative',
    title: t('全年执行数为负数（红字冲销）', 'negative amount executed (a reversal)'),
    kind: 'selfEvaluation',
    input: table((doc) => Object.assign(at(doc, 'budget'), { executed: -3.2 })),
    call: score,
    expect: [x('invalid_input', 'budget.executed')],
  },
  {
    name: 'budget-thousands-separator',
    title: t('全年预算数带千分位：“1,200.50”', 'budget with thousands separators: "1,200.50"'),
    kind: 'selfEvaluation',
    input: table((doc) => Object.assign(at(doc, 'budget'), { adjusted: '1,200.50' })),
    call: score,
    expect: [x('invalid_input', 'budget.adjusted')],
  },
  {
    name: 'budget-with-wanyuan',
    title: t('金额带单位：“120万元”', 'amount with its unit: "120万元"'),
    kind: 'selfEvaluation',
    input: table((doc) => Object.assign(at(doc, 'budget'), { adjusted: '120万元' })),
    call: score,
    expect: [x('invalid_input', 'budget.adjusted')],
  },
  {
    name: 'budget-executed-words',
    title: t('全年执行数写成“已全部执行”', 'amount executed written as words'),
    kind: 'selfEvaluation',
    input: table((doc) => Object.assign(at(doc, 'budget'), { executed: '已全部执行' })),
    call: score,
    expect: [x('invalid_input', 'budget.executed')],
  },
  {
    name: 'budget-initial-dash',
    title: t('年初预算数填“—”', 'initial budget filled with a dash "—"'),
    kind: 'selfEvaluation',
    input: table((doc) => Object.assign(at(doc, 'budget'), { initial: '—' })),
    call: score,
    expect: [x('invalid_input', 'budget.initial')],
  },
  {
    name: 'budget-weight-with-fen',
    title: t('预算执行率分值写成“10分”', 'budget weight written "10分"'),
    kind: 'selfEvaluation',
    input: table((doc) => Object.assign(at(doc, 'budget'), { weight: '10分' })),
    call: score,
    expect: [x('invalid_input', 'budget.weight')],
  },
  {
    name: 'budget-missing',
    title: t('没有填预算执行情况', 'no budget block'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      Reflect.deleteProperty(doc, 'budget');
    }),
    call: score,
    expect: [x('invalid_input', 'budget')],
  },
  {
    name: 'budget-as-row',
    title: t(
      '把预算执行率当作一行指标填写，未填预算块',
      'the budget execution rate typed as a row, no budget block',
    ),
    kind: 'selfEvaluation',
    input: table((doc) => {
      Reflect.deleteProperty(doc, 'budget');
      (doc.rows as Json[]).unshift({
        l1: '预算执行率',
        l3: '预算执行率',
        target: '120',
        actual: '116.8',
        weight: 10,
      });
    }),
    call: score,
    expect: [x('invalid_input', 'budget')],
  },
  // ——— Self-evaluation tables: weights and rows ———
  {
    name: 'weights-not-100',
    title: t('各项分值合计 105，不是 100', 'weights add up to 105, not 100'),
    kind: 'selfEvaluation',
    input: withRow(0, { weight: 20 }),
    call: score,
    expect: [x('total_mismatch', 'rows')],
  },
  {
    name: 'weights-100-without-budget',
    title: t(
      '各行分值已合计 100，又另有预算执行率 10 分',
      'rows already add up to 100, plus 10 for the budget',
    ),
    kind: 'selfEvaluation',
    input: withRow(4, { weight: 40, points: 36 }),
    call: score,
    expect: [x('total_mismatch', 'rows')],
  },
  {
    name: 'rows-empty',
    title: t('绩效指标一行也没有', 'no indicator rows at all'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      doc.rows = [];
    }),
    call: score,
    expect: [x('invalid_input', 'rows')],
  },
  {
    name: 'rows-missing',
    title: t('没有 rows 字段', 'no rows key'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      Reflect.deleteProperty(doc, 'rows');
    }),
    call: score,
    expect: [x('invalid_input', 'rows')],
  },
  {
    name: 'rows-as-object',
    title: t('rows 写成以行号为键的对象', 'rows as an object keyed by row number'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      doc.rows = Object.fromEntries((doc.rows as Json[]).map((r, k) => [String(k + 1), r]));
    }),
    call: score,
    expect: [x('invalid_input', 'rows')],
  },
  {
    name: 'rows-too-many',
    title: t('导出程序出错，生成 501 行指标', 'an export bug writes 501 rows'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      const first = (doc.rows as Json[])[0] ?? {};
      doc.rows = Array.from({ length: 501 }, (_, k) => ({ ...first, l3: `培训人次${k + 1}` }));
    }),
    call: score,
    expect: [x('invalid_input', 'rows')],
  },
  {
    name: 'row-empty-object',
    title: t('表末多出一个空行 {}', 'an empty row {} at the end'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      (doc.rows as Json[]).push({});
    }),
    call: score,
    expect: [x('invalid_input', 'rows[6]')],
  },
  {
    name: 'row-blank-cells',
    title: t(
      '模板中未删除的空白行（各单元格为空字符串）',
      'a blank template row (every cell an empty string)',
    ),
    kind: 'selfEvaluation',
    input: table((doc) => {
      (doc.rows as Json[]).push({ l1: '', l2: '', l3: '', target: '', actual: '', weight: '' });
    }),
    call: score,
    expect: [x('invalid_input', 'rows[6]')],
  },
  {
    name: 'row-null',
    title: t('rows 中有 null（删除行后留下的空位）', 'a null left in rows where a row was deleted'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      (doc.rows as unknown[]).splice(2, 0, null);
    }),
    call: score,
    expect: [x('invalid_input', 'rows[2]')],
  },
  {
    name: 'row-as-array',
    title: t('某行写成单元格数组而不是对象', 'a row given as an array of cells'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      (doc.rows as unknown[])[5] = [
        '满意度指标',
        '服务对象满意度指标',
        '参训农民满意度',
        '≥90%',
        '96%',
        10,
      ];
    }),
    call: score,
    expect: [x('invalid_input', 'rows[5]')],
  },
  {
    name: 'l3-missing',
    title: t('漏填三级指标名称', 'a row without its 三级指标 (name)'),
    kind: 'selfEvaluation',
    input: withoutKey(2, 'l3'),
    call: score,
    expect: [x('invalid_input', 'rows[2].l3')],
  },
  {
    name: 'l1-missing',
    title: t('漏填一级指标', 'a row without its 一级指标'),
    kind: 'selfEvaluation',
    input: withoutKey(5, 'l1'),
    call: score,
    expect: [x('invalid_input', 'rows[5].l1')],
  },
  {
    name: 'l1-merged-cell-gap',
    title: t(
      '合并单元格导出后，下面各行的一级指标为空',
      'a merged 一级指标 cell exported empty on the rows below it',
    ),
    kind: 'selfEvaluation',
    input: table((doc) => {
      for (const k of [1, 2, 3]) row(doc, k).l1 = '';
    }),
    call: score,
    expect: [
      x('invalid_input', 'rows[1].l1'),
      x('invalid_input', 'rows[2].l1'),
      x('invalid_input', 'rows[3].l1'),
    ],
  },
  {
    name: 'l2-merged-cell-gap',
    title: t('合并的二级指标导出为空字符串', 'a merged 二级指标 cell exported as ""'),
    kind: 'selfEvaluation',
    input: withRow(1, { l2: '' }),
    call: score,
    expect: [x('invalid_input', 'rows[1].l2')],
  },
  {
    name: 'l2-sequence-number',
    title: t('二级指标列填了序号 2', 'the 二级指标 column holds a sequence number'),
    kind: 'selfEvaluation',
    input: withRow(0, { l2: 2 }),
    call: score,
    expect: [x('invalid_input', 'rows[0].l2')],
  },
  {
    name: 'l3-too-long',
    title: t(
      '把指标解释粘贴进三级指标名称（超过 500 字）',
      'an explanation pasted into the 三级指标 name (over 500 characters)',
    ),
    kind: 'selfEvaluation',
    input: withRow(0, { l3: '培训人次'.repeat(130) }),
    call: score,
    expect: [x('invalid_input', 'rows[0].l3')],
  },
  {
    name: 'note-too-long',
    title: t('偏差原因超过 4000 字', 'a 偏差原因 of over 4000 characters'),
    kind: 'selfEvaluation',
    input: withRow(0, { note: '因疫情影响部分培训延期举办。'.repeat(300) }),
    call: score,
    expect: [x('invalid_input', 'rows[0].note')],
  },
  // ——— Self-evaluation tables: 年度指标值 ———
  {
    name: 'target-comparator-only',
    title: t('年度指标值只有“≥”，漏了数字', 'a target of only "≥"'),
    kind: 'selfEvaluation',
    input: withRow(2, { target: '≥' }),
    call: score,
    expect: [x('target_unparseable', 'rows[2].target')],
  },
  {
    name: 'target-about-only',
    title: t('年度指标值只写了“约”', 'a target of only "约" (about)'),
    kind: 'selfEvaluation',
    input: withRow(0, { target: '约' }),
    call: score,
    expect: [x('target_unparseable', 'rows[0].target')],
  },
  {
    name: 'target-double-percent',
    title: t('年度指标值“95%%”（多打一个百分号）', 'a target "95%%" (a percent sign typed twice)'),
    kind: 'selfEvaluation',
    input: withRow(2, { target: '≥95%%' }),
    call: score,
    expect: [x('target_unparseable', 'rows[2].target')],
  },
  {
    name: 'target-comparator-words',
    title: t('“≥abc”：比较符号后不是数字', '"≥abc": no number after the comparator'),
    kind: 'selfEvaluation',
    input: withRow(2, { target: '≥abc' }),
    call: score,
    expect: [x('target_unparseable', 'rows[2].target')],
  },
  {
    name: 'target-contradicting-comparators',
    title: t('“≥95%以下”：比较方向自相矛盾', '"≥95%以下": comparators that contradict each other'),
    kind: 'selfEvaluation',
    input: withRow(2, { target: '≥95%以下' }),
    call: score,
    expect: [x('target_unparseable', 'rows[2].target')],
  },
  {
    name: 'target-empty',
    title: t('年度指标值为空', 'an empty target'),
    kind: 'selfEvaluation',
    input: withRow(0, { target: '' }),
    call: score,
    expect: [x('invalid_input', 'rows[0].target')],
  },
  {
    name: 'target-reversed-range',
    title: t('区间写反：“100%-90%”', 'a range written backwards: "100%-90%"'),
    kind: 'selfEvaluation',
    input: withRow(2, { target: '100%-90%' }),
    call: score,
    expect: [x('target_unparseable', 'rows[2].target')],
  },
  {
    name: 'target-columns-unknown-op',
    title: t(
      '101号表格式的“指标性质”填了“正向”而不是比较符号',
      'the 101号 指标性质 column holds "正向" instead of a comparator',
    ),
    kind: 'selfEvaluation',
    input: withRow(2, { target: { op: '正向', value: 95, unit: '%' } }),
    call: score,
    expect: [x('target_unparseable', 'rows[2].target')],
  },
  {
    name: 'target-columns-words-value',
    title: t(
      '101号表格式的指标值列填了“较高”',
      'the 101号 value column holds the word "较高" (high)',
    ),
    kind: 'selfEvaluation',
    input: withRow(2, { target: { op: '≥', value: '较高', unit: '%' } }),
    call: score,
    expect: [x('target_unparseable', 'rows[2].target')],
  },
  {
    name: 'target-columns-unit-tostring',
    title: t(
      '度量单位列误填“toString”（程序导出的字段名）',
      'the unit column holds "toString" (a field name from an export)',
    ),
    kind: 'selfEvaluation',
    input: withRow(0, { target: { op: '≥', value: 500, unit: 'toString' } }),
    call: score,
    expect: [x('target_unparseable', 'rows[0].target')],
  },
  {
    name: 'target-number-type',
    title: t('年度指标值为 JSON 数字 95', 'a target given as the JSON number 95'),
    kind: 'selfEvaluation',
    input: withRow(2, { target: 95 }),
    call: score,
    expect: [x('invalid_input', 'rows[2].target')],
  },
  // ——— Self-evaluation tables: 实际完成值 ———
  {
    name: 'actual-trailing-letter',
    title: t('实际完成值“12x”（多打了字母）', 'an actual "12x" (a stray letter)'),
    kind: 'selfEvaluation',
    input: withRow(1, { actual: '12x' }),
    call: score,
    expect: [x('actual_unparseable', 'rows[1].actual')],
  },
  {
    name: 'actual-dash',
    title: t('实际完成值填“—”（表示无）', 'an actual of "—" (meaning none)'),
    kind: 'selfEvaluation',
    input: withRow(1, { actual: '—' }),
    call: score,
    expect: [x('actual_unparseable', 'rows[1].actual')],
  },
  {
    name: 'actual-word-for-number',
    title: t(
      '定量指标“≥95%”的实际完成值写“完成”',
      'the actual "完成" (done) against the quantitative target "≥95%"',
    ),
    kind: 'selfEvaluation',
    input: withRow(2, { actual: '完成' }),
    call: score,
    expect: [x('actual_unparseable', 'rows[2].actual')],
  },
  {
    name: 'actual-empty',
    title: t('实际完成值为空', 'an empty actual'),
    kind: 'selfEvaluation',
    input: withRow(2, { actual: '' }),
    call: score,
    expect: [x('actual_unparseable', 'rows[2].actual')],
  },
  {
    name: 'actual-null',
    title: t('实际完成值为 null', 'an actual of null'),
    kind: 'selfEvaluation',
    input: withRow(2, { actual: null }),
    call: score,
    expect: [x('invalid_input', 'rows[2].actual')],
  },
  {
    name: 'unit-renci-vs-wanyuan',
    title: t(
      '指标值按人次，实际完成值写成万元',
      'target in 人次 (person-times), actual in 万元 (yuan)',
    ),
    kind: 'selfEvaluation',
    input: withRow(0, { actual: '526万元' }),
    call: score,
    expect: [x('unit_mismatch', 'rows[0].actual')],
  },
  {
    name: 'unit-qi-vs-changci',
    title: t(
      '指标值按“期”，实际完成值按“场次”',
      'target in 期 (sessions), actual in 场次 (events)',
    ),
    kind: 'selfEvaluation',
    input: withRow(1, { actual: '12场次' }),
    call: score,
    expect: [x('unit_mismatch', 'rows[1].actual')],
  },
  {
    name: 'unit-percent-vs-ren',
    title: t('合格率指标值为百分比，实际完成值填了人数', 'a rate target, the actual a head count'),
    kind: 'selfEvaluation',
    input: withRow(2, { actual: '488人' }),
    call: score,
    expect: [x('unit_mismatch', 'rows[2].actual')],
  },
  // ——— Self-evaluation tables: qualitative rows ———
  {
    name: 'qualitative-without-points',
    title: t('定性指标未填得分', 'a qualitative row without points'),
    kind: 'selfEvaluation',
    input: withoutKey(4, 'points'),
    call: score,
    expect: [x('missing_input', 'rows[4].points')],
  },
  {
    name: 'qualitative-partial-full-points',
    title: t(
      '实际完成值为“部分达成”却给满分',
      'full points for an actual that says "部分达成" (partly achieved)',
    ),
    kind: 'selfEvaluation',
    input: withRow(4, { actual: '部分达成年度指标并具有一定效果', points: 30 }),
    call: score,
    expect: [x('points_out_of_range', 'rows[4].points')],
    avoid: ['"row-4"'],
  },
  {
    name: 'qualitative-points-above-weight',
    title: t('定性指标得分高于分值', 'qualitative points above the weight'),
    kind: 'selfEvaluation',
    input: withRow(4, { points: 32 }),
    call: score,
    expect: [x('points_out_of_range', 'rows[4].points')],
    avoid: ['"row-4"'],
  },
  {
    name: 'qualitative-points-negative',
    title: t('定性指标得分为负数', 'negative qualitative points'),
    kind: 'selfEvaluation',
    input: withRow(4, { actual: '未达成年度指标且效果较差', points: -5 }),
    call: score,
    expect: [x('points_out_of_range', 'rows[4].points')],
    avoid: ['"row-4"'],
  },
  {
    name: 'qualitative-achieved-low-points',
    title: t(
      '“达成年度指标”却只给 20 分（低于 80%）',
      '"达成年度指标" scored 20 of 30 (below 80%)',
    ),
    kind: 'selfEvaluation',
    input: withRow(4, { points: 20 }),
    call: score,
    expect: [x('points_out_of_range', 'rows[4].points')],
    avoid: ['"row-4"'],
  },
  // ——— Self-evaluation tables: keys and structure ———
  {
    name: 'key-typo-weigth',
    title: t('字段名拼错：weigth', 'a misspelt key: weigth'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      const r = row(doc, 0);
      r.weigth = r.weight;
      Reflect.deleteProperty(r, 'weight');
    }),
    call: score,
    expect: [x('invalid_input', 'rows[0].weight'), x('unknown_key', 'rows[0].weigth')],
  },
  {
    name: 'key-typo-targt',
    title: t('字段名拼错：targt', 'a misspelt key: targt'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      const r = row(doc, 2);
      r.targt = r.target;
      Reflect.deleteProperty(r, 'target');
    }),
    call: score,
    // 指标值 may be absent (a row the evaluator scores), so the misspelt key is the one problem.
    expect: [x('unknown_key', 'rows[2].targt')],
  },
  {
    name: 'key-row-singular',
    title: t('表的字段写成 row 而不是 rows', 'the table key written row instead of rows'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      doc.row = doc.rows;
      Reflect.deleteProperty(doc, 'rows');
    }),
    call: score,
    expect: [x('invalid_input', 'rows'), x('unknown_key', 'row')],
  },
  {
    name: 'key-chinese-column-names',
    title: t(
      '字段名直接用了表头中文（一级指标、分值…）',
      'keys named after the Chinese column headers (一级指标, 分值 …)',
    ),
    kind: 'selfEvaluation',
    input: table((doc) => {
      (doc.rows as unknown[])[5] = {
        一级指标: '满意度指标',
        二级指标: '服务对象满意度指标',
        三级指标: '参训农民满意度',
        年度指标值: '≥90%',
        实际完成值: '96%',
        分值: 10,
      };
    }),
    call: score,
    expect: [
      x('invalid_input', 'rows[5].l1'),
      x('invalid_input', 'rows[5].l3'),
      x('invalid_input', 'rows[5].weight'),
      x('unknown_key', 'rows[5].一级指标'),
      x('unknown_key', 'rows[5].二级指标'),
      x('unknown_key', 'rows[5].三级指标'),
      x('unknown_key', 'rows[5].年度指标值'),
      x('unknown_key', 'rows[5].实际完成值'),
      x('unknown_key', 'rows[5].分值'),
    ],
  },
  {
    name: 'key-published-points-in-score',
    title: t(
      '把复核用的 publishedPoints 交给 scoreSelfEvaluation',
      'a published 得分 (publishedPoints) given to scoreSelfEvaluation',
    ),
    kind: 'selfEvaluation',
    input: withRow(0, { publishedPoints: '15' }),
    call: score,
    expect: [x('unknown_key', 'rows[0].publishedPoints')],
  },
  {
    name: 'proto-key-in-row',
    title: t('某行含 "__proto__" 键', 'a row with a "__proto__" key'),
    kind: 'selfEvaluation',
    input: protoJson(TABLE, '"rows":[{', '{"weight":100}'),
    call: score,
    expect: [x('unknown_key', 'rows[0].__proto__')],
  },
  {
    name: 'proto-key-at-top',
    title: t('表顶层含 "__proto__" 键', 'a "__proto__" key at the top of the table'),
    kind: 'selfEvaluation',
    input: protoJson(TABLE, '{', '{"rows":[]}'),
    call: score,
    expect: [x('unknown_key', '__proto__')],
  },
  {
    name: 'nesting-too-deep',
    title: t('偏差原因嵌套 100 层数组（生成程序出错）', 'a 偏差原因 nested 100 arrays deep'),
    kind: 'selfEvaluation',
    input: withRow(0, { note: nested(100) }),
    call: score,
    expect: [x('invalid_input', '(root)')],
  },
  {
    name: 'table-as-array',
    title: t(
      '把一批表（数组）交给 scoreSelfEvaluation',
      'an array of tables given to scoreSelfEvaluation',
    ),
    kind: 'selfEvaluation',
    input: [TABLE],
    call: score,
    expect: [x('invalid_input', '(root)')],
  },
  {
    name: 'table-as-csv-text',
    title: t('把 CSV 文本直接交给 scoreSelfEvaluation', 'CSV text given to scoreSelfEvaluation'),
    kind: 'selfEvaluation',
    input: CSV_OK,
    call: score,
    expect: [x('invalid_input', '(root)')],
  },
  {
    name: 'year-with-nian',
    title: t('评价年度写成“2023年”', 'the year written "2023年"'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      doc.year = '2023年';
    }),
    call: score,
    expect: [x('invalid_input', 'year')],
  },
  {
    name: 'year-two-digits',
    title: t('评价年度只写两位：23', 'a two-digit year: 23'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      doc.year = 23;
    }),
    call: score,
    expect: [x('invalid_input', 'year')],
  },
  {
    name: 'unit-empty',
    title: t('单位名称为空字符串', 'an empty unit name'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      doc.unit = '';
    }),
    call: score,
    expect: [x('invalid_input', 'unit')],
  },
  {
    name: 'scale-bands-out-of-order',
    title: t('等级标准按从低到高排列', 'grade bands listed from the lowest up'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      doc.scale = {
        bands: [
          { label: '差', min: 0 },
          { label: '中', min: 60 },
          { label: '良', min: 80 },
          { label: '优', min: 90 },
        ],
      };
    }),
    call: score,
    expect: [
      x('scale_invalid', 'scale.bands[1].min'),
      x('scale_invalid', 'scale.bands[2].min'),
      x('scale_invalid', 'scale.bands[3].min'),
      x('scale_invalid', 'scale.bands[3].min'),
    ],
  },
  {
    name: 'scale-without-zero-band',
    title: t('等级标准没有从 0 分开始的一档', 'a grade scale with no band starting at 0'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      doc.scale = {
        bands: [
          { label: '优', min: 90 },
          { label: '良', min: 80 },
          { label: '中', min: 60 },
        ],
      };
    }),
    call: score,
    expect: [x('scale_invalid', 'scale.bands[2].min')],
  },
  {
    name: 'scale-max-120',
    title: t('等级标准满分 120，表中分值合计 100', 'a grade scale out of 120 on a table of 100'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      doc.scale = {
        max: 120,
        bands: [
          { label: '优', min: 108 },
          { label: '差', min: 0 },
        ],
      };
    }),
    call: score,
    expect: [x('total_mismatch', 'rows')],
  },
  {
    name: 'scale-grade-as-string',
    title: t('等级标准写成“优良中差”', 'the grade scale written as "优良中差"'),
    kind: 'selfEvaluation',
    input: table((doc) => {
      doc.scale = '优良中差';
    }),
    call: score,
    expect: [x('invalid_input', 'scale')],
  },
  // ——— Options of scoreSelfEvaluation ———
  {
    name: 'over-completion-threshold-one',
    title: t('超额完成阈值设为 1（应大于 1）', 'over-completion threshold 1 (must be above 1)'),
    kind: 'selfEvaluationOptions',
    input: TABLE,
    call: scoreWith({ overCompletion: { threshold: 1, policy: 'proportional' } }),
    expect: [x('invalid_input', 'options.overCompletion.threshold')],
  },
  {
    name: 'over-completion-threshold-percent',
    title: t('超额完成阈值写成“130%”', 'over-completion threshold written "130%"'),
    kind: 'selfEvaluationOptions',
    input: TABLE,
    call: scoreWith({ overCompletion: { threshold: '130%' } }),
    expect: [x('invalid_input', 'options.overCompletion.threshold')],
  },
  {
    name: 'over-completion-threshold-130',
    title: t('超额完成阈值写成 130（应为 1.3）', 'over-completion threshold 130 (meaning 1.3)'),
    kind: 'selfEvaluationOptions',
    input: TABLE,
    call: scoreWith({ overCompletion: { threshold: 130 } }),
    expect: [x('invalid_input', 'options.overCompletion.threshold')],
  },
  {
    name: 'options-unknown-key',
    title: t('选项名大小写写错：overcompletion', 'an option with the wrong case: overcompletion'),
    kind: 'selfEvaluationOptions',
    input: TABLE,
    call: scoreWith({ overcompletion: { threshold: 1.5 } }),
    expect: [x('unknown_key', 'options.overcompletion')],
  },
  {
    name: 'options-layout-misspelled',
    title: t('layout 写成 "project2020"', 'layout written "project2020"'),
    kind: 'selfEvaluationOptions',
    input: TABLE,
    call: scoreWith({ layout: 'project2020' }),
    expect: [x('invalid_input', 'options.layout')],
  },
  {
    name: 'options-explain-below-percent',
    title: t(
      '执行率说明阈值写成 90（应为 0.9）',
      'the explain-below threshold written 90 (meaning 0.9)',
    ),
    kind: 'selfEvaluationOptions',
    input: TABLE,
    call: scoreWith({ explainBelow: 90 }),
    expect: [x('invalid_input', 'options.explainBelow')],
  },
  {
    name: 'options-rounding-places-text',
    title: t('舍入位数写成“两位”', 'rounding places written "两位"'),
    kind: 'selfEvaluationOptions',
    input: TABLE,
    call: scoreWith({ rounding: { places: '两位' } }),
    expect: [x('invalid_input', 'options.rounding.places')],
  },
  {
    name: 'options-rounding-mode-chinese',
    title: t('舍入方式写成“四舍五入”', 'rounding mode written "四舍五入"'),
    kind: 'selfEvaluationOptions',
    input: TABLE,
    call: scoreWith({ rounding: { mode: '四舍五入' } }),
    expect: [x('invalid_input', 'options.rounding.mode')],
  },
  {
    name: 'options-not-object',
    title: t('选项传了字符串 "proportional"', 'options given as the string "proportional"'),
    kind: 'selfEvaluationOptions',
    input: TABLE,
    call: scoreWith('proportional'),
    expect: [x('invalid_input', 'options')],
  },
  // ——— parseTarget / parseActual ———
  {
    name: 'parse-target-approx-words',
    title: t('指标值“≥约九成”', 'the target "≥约九成"'),
    kind: 'target',
    input: '≥约九成',
    call: (input) => parseTarget(input as string),
    expect: [x('target_unparseable', '(root)')],
  },
  {
    name: 'parse-target-two-numbers',
    title: t('指标值“≥95%，≥500人次”（一格写两个指标）', 'two targets in one cell'),
    kind: 'target',
    input: '≥95%，≥500人次',
    call: (input) => parseTarget(input as string),
    expect: [x('target_unparseable', '(root)')],
  },
  {
    name: 'parse-target-number',
    title: t('parseTarget 传入数字', 'parseTarget given a number'),
    kind: 'target',
    input: 95,
    call: (input) => parseTarget(input as string),
    expect: [x('invalid_input', 'text')],
  },
  {
    name: 'parse-target-empty',
    title: t('指标值为空字符串', 'an empty target'),
    kind: 'target',
    input: '',
    call: (input) => parseTarget(input as string),
    expect: [x('target_unparseable', '(root)')],
  },
  {
    name: 'parse-target-columns-no-value',
    title: t('101号表格式只填了指标性质和单位，漏了指标值', 'the 101号 columns with no value'),
    kind: 'target',
    input: { op: '≥', unit: '%' },
    call: (input) => parseTarget(input as { op: string }),
    expect: [x('target_unparseable', '(root)')],
  },
  {
    name: 'parse-target-at-path',
    title: t(
      '“≥95%以下”，由调用方给出它在表中的位置',
      '"≥95%以下", with its place in the table given by the caller',
    ),
    kind: 'target',
    input: '≥95%以下',
    call: (input) => parseTarget(input as string, ['rows', 3, 'target']),
    expect: [x('target_unparseable', 'rows[3].target')],
  },
  {
    name: 'parse-actual-two-numbers',
    title: t('实际完成值“526人次/12期”', 'the actual "526人次/12期"'),
    kind: 'actual',
    input: '526人次/12期',
    call: (input) => parseActual(input as string),
    expect: [x('actual_unparseable', '(root)')],
  },
  {
    name: 'parse-actual-double-percent',
    title: t(
      '实际完成值“96%%”（多打一个百分号）',
      'the actual "96%%" (a percent sign typed twice)',
    ),
    kind: 'actual',
    input: '96%%',
    call: (input) => parseActual(input as string),
    expect: [x('actual_unparseable', '(root)')],
  },
  {
    name: 'parse-actual-range',
    title: t('实际完成值写成区间“90%-100%”', 'the actual written as a range "90%-100%"'),
    kind: 'actual',
    input: '90%-100%',
    call: (input) => parseActual(input as string),
    expect: [x('actual_unparseable', '(root)')],
  },
  {
    name: 'parse-actual-two-points',
    title: t('实际完成值“12.5.3”（日期或版本号）', 'the actual "12.5.3" (a date or a version)'),
    kind: 'actual',
    input: '12.5.3',
    call: (input) => parseActual(input as string),
    expect: [x('actual_unparseable', '(root)')],
  },
  {
    name: 'parse-actual-exponent',
    title: t('实际完成值“1e3”（Excel 科学计数法）', 'the actual "1e3" (Excel scientific notation)'),
    kind: 'actual',
    input: '1e3',
    call: (input) => parseActual(input as string),
    expect: [x('actual_unparseable', '(root)')],
  },
  {
    name: 'parse-actual-infinity',
    title: t(
      'JavaScript 调用方传入 Infinity（除以 0 的结果）',
      'Infinity from a JavaScript caller (a division by 0)',
    ),
    kind: 'actual',
    input: Number.POSITIVE_INFINITY,
    call: (input) => parseActual(input as number),
    expect: [x('invalid_input', 'text')],
  },
  {
    name: 'parse-actual-null',
    title: t('parseActual 传入 null', 'parseActual given null'),
    kind: 'actual',
    input: null,
    call: (input) => parseActual(input as string),
    expect: [x('invalid_input', 'text')],
  },
  // ——— CSV ———
  {
    name: 'csv-no-header',
    title: t('CSV 没有含“三级指标”的表头行', 'a CSV without a header row holding 三级指标'),
    kind: 'csv',
    input: csv(CSV_BUDGET, ...CSV_ROWS),
    call: csvThenScore,
    expect: [x('invalid_input', 'csv')],
  },
  {
    name: 'csv-semicolons',
    title: t('CSV 用分号分隔（区域设置导致）', 'a CSV separated by semicolons (a locale setting)'),
    kind: 'csv',
    input: csv(CSV_HEADER, CSV_BUDGET, ...CSV_ROWS).replaceAll(',', ';'),
    call: csvThenScore,
    expect: [x('invalid_input', 'csv')],
  },
  {
    name: 'csv-header-missing-weight',
    title: t('表头缺少“分值”列', 'the header lacks a 分值 column'),
    kind: 'csv',
    input: csv(
      '一级指标,二级指标,三级指标,年度指标值,实际完成值,得分',
      '产出指标,数量指标,培训人次,≥500人次,526人次,15',
    ),
    call: csvThenScore,
    expect: [x('invalid_input', 'csv')],
  },
  {
    name: 'csv-header-only',
    title: t('只有表头，没有数据行', 'a header and no rows'),
    kind: 'csv',
    input: csv(CSV_HEADER),
    call: csvThenScore,
    expect: [x('invalid_input', 'budget'), x('invalid_input', 'rows')],
  },
  {
    name: 'csv-short-row',
    title: t('某行少了几个单元格（分值列缺失）', 'a row with fewer cells (no weight cell)'),
    kind: 'csv',
    input: csv(
      CSV_HEADER,
      CSV_BUDGET,
      ...CSV_ROWS.slice(0, 5),
      '满意度指标,服务对象满意度指标,参训农民满意度,≥90%,96%',
    ),
    call: csvThenScore,
    expect: [x('invalid_input', 'csv.F8')],
  },
  {
    name: 'csv-weight-in-words',
    title: t('CSV 分值列写汉字“十五”', 'a weight written in words, 十五, in the CSV'),
    kind: 'csv',
    input: csv(CSV_HEADER, CSV_BUDGET, ...CSV_ROWS).replace(',526人次,15,', ',526人次,十五,'),
    call: csvThenScore,
    expect: [x('invalid_input', 'csv.F3')],
  },
  {
    name: 'csv-no-budget-row',
    title: t('CSV 没有预算执行率行', 'a CSV without the budget row'),
    kind: 'csv',
    input: csv(CSV_HEADER, ...CSV_ROWS),
    call: csvThenScore,
    expect: [x('invalid_input', 'budget')],
  },
  {
    name: 'csv-budget-thousands',
    title: t(
      '预算行金额带千分位“1,200”未加引号',
      'an unquoted budget "1,200" splits into two cells',
    ),
    kind: 'csv',
    input: csv(CSV_HEADER, '预算执行率,,,1,200,1,168,10,9.73,', ...CSV_ROWS),
    call: csvThenScore,
    expect: [x('invalid_input', 'csv[2]')],
  },
  {
    name: 'csv-budget-dash',
    title: t('预算行的预算数、执行数填“—”', 'the budget row filled with dashes'),
    kind: 'csv',
    input: csv(CSV_HEADER, '预算执行率,,,—,—,10,,', ...CSV_ROWS),
    call: csvThenScore,
    expect: [x('invalid_input', 'budget.adjusted'), x('invalid_input', 'budget.executed')],
  },
  {
    name: 'csv-mojibake',
    title: t('GBK 编码的 CSV 按 UTF-8 读入（乱码）', 'a GBK CSV read as UTF-8 (mojibake)'),
    kind: 'csv',
    input: csv('һ��ָ��,����ָ��,����ָ��,���ָ��ֵ,ʵ�����ֵ,��ֵ', '��������,,,120,116.8,10'),
    call: csvThenScore,
    expect: [x('invalid_input', 'csv')],
  },
  {
    name: 'csv-buffer',
    title: t(
      '把文件的 Buffer（未解码）交给 CSV 读取',
      'a file Buffer (not decoded) given to the CSV reader',
    ),
    kind: 'csv',
    input: Buffer.from(CSV_OK),
    call: csvThenScore,
    expect: [x('invalid_input', 'text')],
  },
  // ——— Frameworks ———
  {
    name: 'framework-duplicate-id',
    title: t('两个指标编号相同', 'two indicators with the same id'),
    kind: 'framework',
    input: fw((doc) => {
      ind(doc, 1, 1).id = 'output.trainees';
    }),
    call: define,
    expect: [x('duplicate_id', 'indicators[1].children[1].id')],
  },
  {
    name: 'framework-inner-weight-not-sum',
    title: t(
      '上级指标分值不等于下级之和',
      "an inner indicator's weight is not the sum of its children",
    ),
    kind: 'framework',
    input: fw((doc) => {
      ind(doc, 0, 0).weight = 12;
      ind(doc, 0, 1).weight = 8;
      ind(doc, 0).weight = 25;
    }),
    call: define,
    expect: [x('weight_mismatch', 'indicators[0].weight'), x('total_mismatch', 'indicators')],
  },
  {
    name: 'framework-total-not-100',
    title: t('一级指标合计 95', 'top-level weights add up to 95'),
    kind: 'framework',
    input: fw((doc) => {
      ind(doc, 2, 2).weight = 5;
      ind(doc, 2).weight = 30;
    }),
    call: define,
    expect: [x('total_mismatch', 'indicators')],
  },
  {
    name: 'framework-weight-percent',
    title: t('分值写成“20%”', 'a weight written "20%"'),
    kind: 'framework',
    input: fw((doc) => {
      ind(doc, 0).weight = '20%';
    }),
    call: define,
    expect: [x('invalid_input', 'indicators[0].weight')],
  },
  {
    name: 'framework-leaf-without-rule',
    title: t('末级指标没有评分规则', 'a leaf without a rule'),
    kind: 'framework',
    input: fw((doc) => {
      Reflect.deleteProperty(ind(doc, 2, 2), 'rule');
    }),
    call: define,
    expect: [x('leaf_without_rule', 'indicators[2].children[2]')],
  },
  {
    name: 'framework-inner-with-rule',
    title: t('有下级的指标又写了评分规则', 'an inner indicator with a rule'),
    kind: 'framework',
    input: fw((doc) => {
      ind(doc, 0).rule = { kind: 'manual' };
    }),
    call: define,
    expect: [x('inner_with_rule', 'indicators[0].rule')],
  },
  {
    name: 'framework-rule-kind-typo',
    title: t('规则类型拼错：manul', 'a misspelt rule kind: manul'),
    kind: 'framework',
    input: fw((doc) => {
      ind(doc, 2, 2).rule = { kind: 'manul' };
    }),
    call: define,
    expect: [x('invalid_input', 'indicators[2].children[2].rule.kind')],
  },
  {
    name: 'framework-rule-param-typo-required',
    title: t('扣分规则参数拼错：threshhold', 'a misspelt required rule parameter: threshhold'),
    kind: 'framework',
    input: fw((doc) => {
      const rule = at(ind(doc, 0, 1), 'rule');
      rule.threshhold = rule.threshold;
      Reflect.deleteProperty(rule, 'threshold');
    }),
    call: define,
    expect: [
      x('invalid_input', 'indicators[0].children[1].rule.threshold'),
      x('unknown_key', 'indicators[0].children[1].rule.threshhold'),
    ],
  },
  {
    name: 'framework-rule-param-typo-optional',
    title: t(
      '比例规则参数大小写写错：fullat',
      'an optional rule parameter in the wrong case: fullat',
    ),
    kind: 'framework',
    input: fw((doc) => {
      const rule = at(ind(doc, 0, 0), 'rule');
      rule.fullat = 100;
      Reflect.deleteProperty(rule, 'fullAt');
    }),
    call: define,
    expect: [x('unknown_key', 'indicators[0].children[0].rule.fullat')],
  },
  {
    name: 'framework-bands-gap',
    title: t('区间计分的区间之间有空档（80–85 未覆盖）', 'scoring bands with a gap'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 1, 1), 'rule.bands.1').min = 85;
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[1].children[1].rule.bands[1].min')],
  },
  {
    name: 'framework-bands-overlap',
    title: t('区间计分的区间重叠', 'overlapping scoring bands'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 1, 1), 'rule.bands.2').min = 88;
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[1].children[1].rule.bands[2].min')],
  },
  {
    name: 'framework-bands-bound-twice',
    title: t('分界点 90 同时属于两个区间', 'the bound 90 belongs to two bands'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 1, 1), 'rule.bands.1').maxInclusive = true;
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[1].children[1].rule.bands[2].minInclusive')],
  },
  {
    name: 'framework-band-points-above-weight',
    title: t('区间得分 20 高于指标分值 15', 'band points 20 above the weight 15'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 1, 1), 'rule.bands.3').points = 20;
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[1].children[1].rule.bands[3].points')],
  },
  {
    name: 'framework-band-points-and-share',
    title: t('一个区间同时给了 points 和 share', 'a band with both points and share'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 1, 1), 'rule.bands.1').points = 9;
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[1].children[1].rule.bands[1].points')],
  },
  {
    name: 'framework-elements-not-weight',
    title: t('各要素分值之和不等于指标分值', 'element points do not add up to the weight'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 1, 2), 'rule.items.0').points = 5;
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[1].children[2].rule.items')],
  },
  {
    name: 'framework-elements-duplicate-id',
    title: t('两个要素编号相同', 'two elements with the same id'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 1, 2), 'rule.items.2').id = 'records';
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[1].children[2].rule.items[2].id')],
  },
  {
    name: 'framework-deduct-above-weight',
    title: t('每步扣分 12 大于指标分值 10', 'a deduction per step (12) above the weight (10)'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 0, 1), 'rule').deduct = 12;
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[0].children[1].rule.deduct')],
  },
  {
    name: 'framework-floor-at-weight',
    title: t(
      '保底分等于指标分值，规则永不扣分',
      'a floor equal to the weight: nothing is ever deducted',
    ),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 0, 1), 'rule').floor = 10;
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[0].children[1].rule.floor')],
  },
  {
    name: 'framework-lower-method-on-higher',
    title: t('正向指标写了反向计分方法 lowerMethod', 'lowerMethod on a higher-is-better ratio'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 0, 0), 'rule').lowerMethod = 'linear';
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[0].children[0].rule.lowerMethod')],
  },
  {
    name: 'framework-levels-empty-range',
    title: t('定性档次的下限高于上限', 'a level whose lower bound is above its upper bound'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 2, 0), 'rule').levels = [
        { id: 'good', label: '好', min: 0.8, max: 1 },
        { id: 'fair', label: '一般', min: 0.8, max: 0.6 },
      ];
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[2].children[0].rule.levels[1].max')],
  },
  {
    name: 'framework-levels-duplicate',
    title: t('定性档次重复', 'a level listed twice'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 2, 0), 'rule').levels = [
        { id: 'good', label: '好', min: 0.8, max: 1 },
        { id: 'good', label: '较好', min: 0.6, max: 0.8, maxInclusive: false },
      ];
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[2].children[0].rule.levels[1].id')],
  },
  {
    name: 'framework-levels-share-as-percent',
    title: t('定性档次下限写成 80（应为 0.8）', 'a level bound written 80 (meaning 0.8)'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 2, 0), 'rule').levels = [
        { id: 'good', label: '好', min: 80, max: 100 },
        { id: 'poor', label: '差', min: 0, max: 80, maxInclusive: false },
      ];
    }),
    call: define,
    expect: [
      x('invalid_input', 'indicators[2].children[0].rule.levels[0].min'),
      x('invalid_input', 'indicators[2].children[0].rule.levels[0].max'),
      x('invalid_input', 'indicators[2].children[0].rule.levels[1].max'),
    ],
  },
  {
    name: 'framework-survey-full-at-zero',
    title: t('满意度满分标准为 0', 'a satisfaction full-marks standard of 0'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 2, 1), 'rule').fullAt = 0;
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[2].children[1].rule.fullAt')],
  },
  {
    name: 'framework-survey-duplicate-option',
    title: t('满意度选项编号重复', 'a satisfaction option listed twice'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 2, 1), 'rule.options.1').id = 'very';
    }),
    call: define,
    expect: [x('rule_incoherent', 'indicators[2].children[1].rule.options[1].id')],
  },
  {
    name: 'framework-target-unreadable',
    title: t('target 规则的指标值无法读取', 'a target rule whose 指标值 cannot be read'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 1, 0), 'rule').target = '≥若干人次';
    }),
    call: define,
    expect: [x('target_unparseable', 'indicators[1].children[0].rule.target')],
  },
  {
    name: 'framework-metric-syntax',
    title: t('计算公式多了一个除号', 'a metric expression with a doubled operator'),
    kind: 'framework',
    input: fw((doc) => {
      at(doc, 'metrics.fundRate').expr = 'funds.arrived / / funds.planned * 100';
    }),
    call: define,
    expect: [x('expression_syntax', 'metrics.fundRate.expr')],
  },
  {
    name: 'framework-metric-percent-sign',
    title: t('计算公式末尾写了“%”', 'a metric expression ending in "%"'),
    kind: 'framework',
    input: fw((doc) => {
      at(doc, 'metrics.fundRate').expr = 'funds.arrived / funds.planned * 100%';
    }),
    call: define,
    expect: [x('expression_syntax', 'metrics.fundRate.expr')],
  },
  {
    name: 'framework-metric-unknown-fact',
    title: t('计算公式引用了拼错的数据项', 'a metric referring to a misspelt fact'),
    kind: 'framework',
    input: fw((doc) => {
      at(doc, 'metrics.execRate').expr = 'budget.exectued / budget.adjusted * 100';
    }),
    call: define,
    expect: [x('unknown_reference', 'metrics.execRate.expr')],
  },
  {
    name: 'framework-rule-unknown-metric',
    title: t('评分规则引用了未定义的计算指标', 'a rule referring to an undefined metric'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 0, 0), 'rule').metric = 'fundsRate';
    }),
    call: define,
    expect: [x('unknown_reference', 'indicators[0].children[0].rule.metric')],
  },
  {
    name: 'framework-metric-cycle',
    title: t('两个计算指标互相引用（a→b→a）', 'two metrics referring to each other (a→b→a)'),
    kind: 'framework',
    input: fw((doc) => {
      at(doc, 'metrics.fundRate').expr = 'execRate';
      at(doc, 'metrics.execRate').expr = 'fundRate';
    }),
    call: define,
    expect: [x('metric_cycle', 'metrics.fundRate.expr')],
  },
  {
    name: 'framework-metric-self-cycle',
    title: t('计算指标引用自身（a→a）', 'a metric referring to itself (a→a)'),
    kind: 'framework',
    input: fw((doc) => {
      at(doc, 'metrics.passRate').expr = 'passRate * 100';
    }),
    call: define,
    expect: [x('metric_cycle', 'metrics.passRate.expr')],
  },
  {
    name: 'framework-expression-over-1000-chars',
    title: t(
      '计算公式超过 1000 字符（逐项相加 300 项）',
      'an expression over 1000 characters (300 terms)',
    ),
    kind: 'framework',
    input: fw((doc) => {
      at(doc, 'metrics.fundRate').expr = Array.from({ length: 300 }, () => 'funds.arrived').join(
        '+',
      );
    }),
    call: define,
    expect: [x('invalid_input', 'metrics.fundRate.expr')],
  },
  {
    name: 'framework-expression-too-many-terms',
    title: t(
      '计算公式逐月列出 250 个数相加（超过 400 个记号）',
      'a metric adding up 250 monthly figures (over 400 tokens)',
    ),
    kind: 'framework',
    input: fw((doc) => {
      at(doc, 'metrics.fundRate').expr = Array.from({ length: 250 }, (_, i) => String(i % 12)).join(
        '+',
      );
    }),
    call: define,
    expect: [x('expression_limit', 'metrics.fundRate.expr')],
  },
  {
    name: 'framework-expression-too-deep',
    title: t('计算公式嵌套 40 层括号', 'an expression nested 40 parentheses deep'),
    kind: 'framework',
    input: fw((doc) => {
      at(doc, 'metrics.fundRate').expr =
        `${'('.repeat(40)}funds.arrived${')'.repeat(40)} / funds.planned`;
    }),
    call: define,
    expect: [x('expression_limit', 'metrics.fundRate.expr')],
  },
  {
    name: 'framework-condition-as-number',
    title: t('需要数值处写了条件（fundRate >= 100）', 'a condition where a number is needed'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 0, 0), 'rule').metric = 'fundRate >= 100';
    }),
    call: define,
    expect: [x('expression_type', 'indicators[0].children[0].rule.metric')],
  },
  {
    name: 'framework-number-as-condition',
    title: t('一票否决条件写成数值（violations）', 'a number where a condition is needed'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 1, 3), 'rule').condition = 'violations';
    }),
    call: define,
    expect: [x('expression_type', 'indicators[1].children[3].rule.condition')],
  },
  {
    name: 'framework-single-equals',
    title: t('条件写成“violations = 0”（单等号）', 'a condition written with a single "="'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 1, 3), 'rule').condition = 'violations = 0';
    }),
    call: define,
    expect: [x('expression_syntax', 'indicators[1].children[3].rule.condition')],
  },
  {
    name: 'framework-scale-without-zero',
    title: t('等级标准缺少从 0 开始的“差”档', 'a grade scale without the 差 band from 0'),
    kind: 'framework',
    input: fw((doc) => {
      doc.scale = {
        bands: [
          { label: '优', min: 90 },
          { label: '良', min: 80 },
          { label: '中', min: 60 },
        ],
      };
    }),
    call: define,
    expect: [x('scale_invalid', 'scale.bands[2].min')],
  },
  {
    name: 'framework-scale-duplicate-label',
    title: t('等级名称重复', 'a grade label used twice'),
    kind: 'framework',
    input: fw((doc) => {
      doc.scale = {
        bands: [
          { label: '优', min: 90 },
          { label: '良', min: 80 },
          { label: '良', min: 60 },
          { label: '差', min: 0 },
        ],
      };
    }),
    call: define,
    expect: [x('scale_invalid', 'scale.bands[2].label')],
  },
  {
    name: 'framework-scale-max-mismatch',
    title: t('等级标准满分 120，指标合计 100', 'a scale out of 120 over weights adding up to 100'),
    kind: 'framework',
    input: fw((doc) => {
      doc.scale = {
        max: 120,
        bands: [
          { label: '合格', min: 72 },
          { label: '不合格', min: 0 },
        ],
      };
    }),
    call: define,
    expect: [x('total_mismatch', 'indicators')],
  },
  {
    name: 'framework-id-with-space',
    title: t('指标编号含空格', 'an indicator id with a space'),
    kind: 'framework',
    input: fw((doc) => {
      ind(doc, 0, 0).id = 'input funds';
    }),
    call: define,
    expect: [x('invalid_input', 'indicators[0].children[0].id')],
  },
  {
    name: 'framework-id-chinese',
    title: t('指标编号用中文“资金到位率”', 'an indicator id in Chinese'),
    kind: 'framework',
    input: fw((doc) => {
      ind(doc, 0, 0).id = '资金到位率';
    }),
    call: define,
    expect: [x('invalid_input', 'indicators[0].children[0].id')],
  },
  {
    name: 'framework-fact-name-chinese',
    title: t('数据项名称用中文', 'a fact named in Chinese'),
    kind: 'framework',
    input: fw((doc) => {
      at(doc, 'facts').违规问题数 = { name: '违规问题数' };
    }),
    call: define,
    expect: [x('invalid_input', 'facts.违规问题数')],
    avoid: ['Invalid key in record'],
  },
  {
    name: 'framework-metric-named-like-fact',
    title: t('计算指标与数据项同名', 'a metric with the name of a fact'),
    kind: 'framework',
    input: fw((doc) => {
      at(doc, 'metrics').violations = { name: '违规数', expr: 'violations * 1' };
    }),
    call: define,
    expect: [x('duplicate_id', 'metrics.violations')],
    avoid: ['Indicator id', '指标编号'],
  },
  {
    name: 'framework-proto-in-facts',
    title: t('数据项中有 "__proto__"', 'a "__proto__" key among the facts'),
    kind: 'framework',
    input: protoJson(FRAMEWORK, '"facts":{', '{"name":"x"}'),
    call: define,
    expect: [x('unknown_key', 'facts.__proto__')],
  },
  {
    name: 'framework-proto-in-metrics',
    title: t('计算指标中有 "__proto__"', 'a "__proto__" key among the metrics'),
    kind: 'framework',
    input: protoJson(FRAMEWORK, '"metrics":{', '{"name":"x","expr":"1"}'),
    call: define,
    expect: [x('unknown_key', 'metrics.__proto__')],
  },
  {
    name: 'framework-children-empty',
    title: t('children 为空数组', 'an empty children array'),
    kind: 'framework',
    input: fw((doc) => {
      ind(doc, 2, 2).children = [];
    }),
    call: define,
    expect: [x('invalid_input', 'indicators[2].children[2].children')],
  },
  {
    name: 'framework-name-empty',
    title: t('指标名称为空', 'an indicator with an empty name'),
    kind: 'framework',
    input: fw((doc) => {
      ind(doc, 0, 0).name = '';
    }),
    call: define,
    expect: [x('invalid_input', 'indicators[0].children[0].name')],
  },
  {
    name: 'framework-indicators-as-object',
    title: t('indicators 写成以编号为键的对象', 'indicators as an object keyed by id'),
    kind: 'framework',
    input: fw((doc) => {
      doc.indicators = Object.fromEntries((doc.indicators as Json[]).map((i) => [String(i.id), i]));
    }),
    call: define,
    expect: [x('invalid_input', 'indicators')],
  },
  {
    name: 'framework-rule-as-string',
    title: t('评分规则只写了 "manual"', 'a rule written as the string "manual"'),
    kind: 'framework',
    input: fw((doc) => {
      ind(doc, 2, 2).rule = 'manual';
    }),
    call: define,
    expect: [x('invalid_input', 'indicators[2].children[2].rule')],
  },
  {
    name: 'framework-veto-typo',
    title: t('一票否决范围写成 "total"', 'a veto scope written "total"'),
    kind: 'framework',
    input: fw((doc) => {
      at(ind(doc, 1, 3), 'rule').veto = 'total';
    }),
    call: define,
    expect: [x('invalid_input', 'indicators[1].children[3].rule.veto')],
  },
  {
    name: 'framework-bands-high-to-low',
    title: t('区间按从高到低排列', 'scoring bands listed from high to low'),
    kind: 'framework',
    input: fw((doc) => {
      (at(ind(doc, 1, 1), 'rule').bands as Json[]).reverse();
    }),
    call: define,
    expect: [
      x('rule_incoherent', 'indicators[1].children[1].rule.bands[1].min'),
      x('rule_incoherent', 'indicators[1].children[1].rule.bands[2].min'),
      x('rule_incoherent', 'indicators[1].children[1].rule.bands[3].min'),
    ],
  },
  {
    name: 'framework-step-partial-missing',
    title: t('扣分规则漏写不足一步如何计（partial）', 'a deduction rule without partial'),
    kind: 'framework',
    input: fw((doc) => {
      Reflect.deleteProperty(at(ind(doc, 0, 1), 'rule'), 'partial');
    }),
    call: define,
    expect: [x('invalid_input', 'indicators[0].children[1].rule.partial')],
  },
  {
    name: 'framework-version-missing',
    title: t('指标体系缺少版本号', 'a framework without a version'),
    kind: 'framework',
    input: fw((doc) => {
      Reflect.deleteProperty(doc, 'version');
    }),
    call: define,
    expect: [x('invalid_input', 'version')],
  },
  {
    name: 'framework-weight-typo',
    title: t('指标字段拼错：wieght（分值因此缺失）', 'a misspelt key wieght (so no weight)'),
    kind: 'framework',
    input: fw((doc) => {
      const leaf = ind(doc, 2, 2);
      leaf.wieght = leaf.weight;
      Reflect.deleteProperty(leaf, 'weight');
    }),
    call: define,
    expect: [
      x('invalid_input', 'indicators[2].children[2].weight'),
      x('unknown_key', 'indicators[2].children[2].wieght'),
    ],
  },
  {
    name: 'framework-policy-typo',
    title: t('政策字段大小写写错：notapplicable', 'a policy key in the wrong case: notapplicable'),
    kind: 'framework',
    input: fw((doc) => {
      doc.policies = { notapplicable: 'zero' };
    }),
    call: define,
    expect: [x('unknown_key', 'policies.notapplicable')],
  },
  // ——— Weight tables ———
  {
    name: 'with-weights-unknown-id',
    title: t('分值表中的指标编号不存在', 'a weight for an id the framework does not have'),
    kind: 'weights',
    input: { 'input.allocation.staf': 5 },
    call: (input) => withWeights(builtinFramework('department2013'), input as never),
    expect: [x('unknown_indicator', 'weights.input.allocation.staf')],
    avoid: ['Unit data', '评价数据'],
  },
  {
    name: 'with-weights-inner-id',
    title: t('给上级指标设分值', 'a weight for an inner indicator'),
    kind: 'weights',
    input: { 'input.allocation': 10 },
    call: (input) => withWeights(builtinFramework('department2013'), input as never),
    expect: [x('invalid_input', 'weights.input.allocation')],
  },
  {
    name: 'with-weights-percent',
    title: t('分值表写成“5%”', 'a weight table entry written "5%"'),
    kind: 'weights',
    input: { 'input.allocation.staff': '5%' },
    call: (input) => withWeights(builtinFramework('department2013'), input as never),
    expect: [x('invalid_input', 'weights.input.allocation.staff')],
  },
  {
    name: 'with-weights-total-off',
    title: t(
      '按本地通知改了一项分值，合计不再是 100',
      'one local weight changed, the total no longer 100',
    ),
    kind: 'weights',
    input: { 'input.allocation.staff': 5 },
    call: (input) =>
      defineFramework(withWeights(builtinFramework('department2013'), input as never)),
    expect: [x('total_mismatch', 'indicators')],
  },
  {
    name: 'with-weights-zero',
    title: t(
      '把不考核的指标分值设为 0（应标为不适用）',
      'a weight of 0 to drop an indicator (mark it not applicable instead)',
    ),
    kind: 'weights',
    input: { 'input.allocation.staff': 0 },
    call: (input) => withWeights(builtinFramework('department2013'), input as never),
    expect: [x('invalid_input', 'weights.input.allocation.staff')],
  },
  {
    name: 'project2020-missing-leaf',
    title: t('10号 指标体系漏设一项分值', 'a 10号 leaf without a weight'),
    kind: 'weights',
    input: edit(PROJECT_WEIGHTS, (w) => {
      Reflect.deleteProperty(w, 'output.cost.saving');
    }),
    call: (input) => project2020(input as Json),
    expect: [x('missing_input', 'weights.output.cost.saving')],
  },
  {
    name: 'project2020-output-benefit-below-60',
    title: t('产出、效益分值合计低于 60%', 'output and benefit below 60% of the weights'),
    kind: 'weights',
    input: {
      ...PROJECT_WEIGHTS,
      'benefit.effect.impact': 5,
      'process.implementation.enforcement': 23,
    },
    call: (input) => project2020(input as Json),
    expect: [x('weight_rule', 'weights')],
  },
  {
    name: 'project2020-weight-words',
    title: t('分值写成“十”', 'a weight written "十"'),
    kind: 'weights',
    input: { ...PROJECT_WEIGHTS, 'output.quality.rate': '十' },
    call: (input) => project2020(input as Json),
    expect: [x('invalid_input', 'weights.output.quality.rate')],
  },
  {
    name: 'builtin-framework-unknown',
    title: t(
      '内置指标体系名称写错：department2020',
      'an unknown built-in framework: department2020',
    ),
    kind: 'weights',
    input: 'department2020',
    call: (input) => builtinFramework(input as never),
    expect: [x('invalid_input', 'framework')],
  },
  // ——— Unit data ———
  {
    name: 'data-as-json-text',
    title: t('把 JSON 文本（未解析）交给 evaluate', 'JSON text (not parsed) given to evaluate'),
    kind: 'unitData',
    input: JSON.stringify(UNIT_DATA),
    call: evaluateData,
    expect: [x('invalid_input', '(root)')],
  },
  {
    name: 'data-unit-as-string',
    title: t('unit 只写了单位名称字符串', 'unit given as just the name'),
    kind: 'unitData',
    input: data((doc) => {
      doc.unit = '某县农业农村局';
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'unit')],
  },
  {
    name: 'data-unknown-fact',
    title: t('数据项名称拼错', 'a misspelt fact name'),
    kind: 'unitData',
    input: data((doc) => {
      const f = facts(doc);
      f['funds.arived'] = f['funds.arrived'];
      Reflect.deleteProperty(f, 'funds.arrived');
    }),
    call: evaluateData,
    expect: [x('unknown_fact', 'facts.funds.arived'), x('missing_input', 'facts.funds.arrived')],
  },
  {
    name: 'data-nested-facts',
    title: t(
      '数据项写成嵌套对象 {budget: {executed}}',
      'facts nested as objects instead of dotted names',
    ),
    kind: 'unitData',
    input: data((doc) => {
      doc.facts = { budget: { adjusted: 120, executed: '116.8' }, violations: 0 };
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'facts.budget')],
  },
  {
    name: 'data-fact-thousands',
    title: t('数据项带千分位“1,000”', 'a fact with thousands separators: "1,000"'),
    kind: 'unitData',
    input: data((doc) => {
      facts(doc)['funds.planned'] = '1,000';
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'facts.funds.planned')],
  },
  {
    name: 'data-fact-percent',
    title: t('数据项写成“12.5%”', 'a fact written "12.5%"'),
    kind: 'unitData',
    input: data((doc) => {
      facts(doc)['funds.arrived'] = '12.5%';
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'facts.funds.arrived')],
  },
  {
    name: 'data-fact-exponent',
    title: t('数据项写成科学计数法字符串“1e3”', 'a fact as an exponent string "1e3"'),
    kind: 'unitData',
    input: data((doc) => {
      facts(doc)['trainees.total'] = '1e3';
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'facts.trainees.total')],
  },
  {
    name: 'data-fact-too-large',
    title: t(
      '数据项数字过大（JSON 读入为 Infinity）',
      'a number too large for JSON (read as Infinity)',
    ),
    kind: 'unitData',
    input: JSON.parse(
      JSON.stringify(UNIT_DATA).replace('"trainees.total":526', '"trainees.total":1e400'),
    ) as Json,
    call: evaluateData,
    expect: [x('invalid_input', 'facts.trainees.total')],
  },
  {
    name: 'data-fact-nan',
    title: t(
      'JavaScript 调用方传入 NaN（空单元格转数字）',
      'NaN from a JavaScript caller (an empty cell converted)',
    ),
    kind: 'unitData',
    input: data((doc) => {
      facts(doc)['funds.arrived'] = Number.NaN;
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'facts.funds.arrived')],
  },
  {
    name: 'data-fact-missing',
    title: t('漏填一个数据项', 'a fact left out'),
    kind: 'unitData',
    input: data((doc) => {
      Reflect.deleteProperty(facts(doc), 'violations');
    }),
    call: evaluateData,
    expect: [x('missing_input', 'facts.violations')],
  },
  {
    name: 'data-unknown-indicator',
    title: t('答复中的指标编号拼错', 'an answer under a misspelt indicator id'),
    kind: 'unitData',
    input: data((doc) => {
      const a = answers(doc);
      a['outcome.satisfy'] = a['outcome.satisfaction'];
      Reflect.deleteProperty(a, 'outcome.satisfaction');
    }),
    call: evaluateData,
    expect: [
      x('unknown_indicator', 'answers.outcome.satisfy'),
      x('missing_input', 'answers.outcome.satisfaction'),
    ],
  },
  {
    name: 'data-answer-field-not-read',
    title: t(
      '直接评分指标的答复多写了 level 字段',
      'a manual answer with a level field its rule does not read',
    ),
    kind: 'unitData',
    input: data((doc) => {
      answer(doc, 'outcome.archive').level = '优';
    }),
    call: evaluateData,
    expect: [x('unknown_key', 'answers.outcome.archive.level')],
  },
  {
    name: 'data-manual-above-weight',
    title: t('直接评分 12 分，高于分值 10', 'manual points 12 above the weight 10'),
    kind: 'unitData',
    input: data((doc) => {
      answer(doc, 'outcome.archive').points = 12;
    }),
    call: evaluateData,
    expect: [x('points_out_of_range', 'answers.outcome.archive.points')],
  },
  {
    name: 'data-manual-points-with-fen',
    title: t('直接评分写成“9分”', 'manual points written "9分"'),
    kind: 'unitData',
    input: data((doc) => {
      answer(doc, 'outcome.archive').points = '9分';
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'answers.outcome.archive.points')],
  },
  {
    name: 'data-answer-on-inner',
    title: t('给上级指标“投入”直接打分', 'points given to the inner indicator 投入'),
    kind: 'unitData',
    input: data((doc) => {
      answers(doc).input = { points: 18 };
    }),
    call: evaluateData,
    expect: [x('unknown_key', 'answers.input.points')],
  },
  {
    name: 'data-manual-without-justification',
    title: t('直接评分未写理由', 'manual points without a justification'),
    kind: 'unitData',
    input: data((doc) => {
      Reflect.deleteProperty(answer(doc, 'outcome.archive'), 'justification');
    }),
    call: evaluateData,
    expect: [x('justification_required', 'answers.outcome.archive.justification')],
  },
  {
    name: 'data-manual-blank-justification',
    title: t('直接评分理由只填了空格', 'a justification of spaces only'),
    kind: 'unitData',
    input: data((doc) => {
      answer(doc, 'outcome.archive').justification = '  ';
    }),
    call: evaluateData,
    expect: [x('justification_required', 'answers.outcome.archive.justification')],
  },
  {
    name: 'data-not-applicable-without-reason',
    title: t('标为不适用但未写原因', 'not applicable without a reason'),
    kind: 'unitData',
    input: data((doc) => {
      answers(doc)['outcome.archive'] = { notApplicable: true };
    }),
    call: evaluateData,
    expect: [x('justification_required', 'answers.outcome.archive.reason')],
    avoid: ['评分理由'],
  },
  {
    name: 'data-not-applicable-as-text',
    title: t('不适用写成“是”', 'not applicable written "是"'),
    kind: 'unitData',
    input: data((doc) => {
      answers(doc)['outcome.archive'] = { notApplicable: '是', reason: '本项目无档案要求' };
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'answers.outcome.archive.notApplicable')],
  },
  {
    name: 'data-everything-not-applicable',
    title: t('所有一级指标都标为不适用', 'every top-level indicator marked not applicable'),
    kind: 'unitData',
    input: {
      answers: Object.fromEntries(
        ['input', 'output', 'outcome'].map((id) => [
          id,
          { notApplicable: true, reason: '项目未实施' },
        ]),
      ),
    },
    call: evaluateData,
    expect: [x('nothing_applicable', 'answers')],
  },
  {
    name: 'data-level-unknown',
    title: t('定性档次写成“良好”（未定义）', 'a level "良好" the rule does not define'),
    kind: 'unitData',
    input: data((doc) => {
      answer(doc, 'outcome.income').level = '良好';
    }),
    call: evaluateData,
    expect: [x('level_unknown', 'answers.outcome.income.level')],
  },
  {
    name: 'data-level-missing',
    title: t('定性指标只给分，未选档次', 'qualitative points without a level'),
    kind: 'unitData',
    input: data((doc) => {
      Reflect.deleteProperty(answer(doc, 'outcome.income'), 'level');
    }),
    call: evaluateData,
    expect: [x('missing_input', 'answers.outcome.income')],
  },
  {
    name: 'data-level-points-outside',
    title: t('“部分达成”档给了 14 分（超出该档）', 'points 14 outside the 部分达成 level'),
    kind: 'unitData',
    input: data((doc) => {
      Object.assign(answer(doc, 'outcome.income'), { level: 'partial', points: 14 });
    }),
    call: evaluateData,
    expect: [x('points_out_of_range', 'answers.outcome.income.points')],
  },
  {
    name: 'data-division-by-zero',
    title: t(
      '计划资金为 0，资金到位率无法计算',
      'planned funds 0: the arrival rate divides by zero',
    ),
    kind: 'unitData',
    input: data((doc) => {
      facts(doc)['funds.planned'] = 0;
    }),
    call: evaluateData,
    expect: [x('division_by_zero', 'facts')],
  },
  {
    name: 'data-value-outside-bands',
    title: t(
      '合格人数大于参训人数，合格率 105% 不在任何区间',
      'more passed than trained: 105% lies in no band',
    ),
    kind: 'unitData',
    input: data((doc) => {
      facts(doc)['trainees.passed'] = 552;
    }),
    call: evaluateData,
    expect: [x('value_outside_bands', 'answers.output.quality')],
  },
  {
    name: 'data-votes-unknown-option',
    title: t(
      '满意度投票选项写成中文“很满意”',
      'votes under the label 很满意 instead of the option id',
    ),
    kind: 'unitData',
    input: data((doc) => {
      answer(doc, 'outcome.satisfaction').votes = { 很满意: 300, 满意: 180 };
    }),
    call: evaluateData,
    expect: [x('unknown_key', 'answers.outcome.satisfaction.votes.很满意')],
  },
  {
    name: 'data-votes-as-text',
    title: t('票数写成“300票”', 'votes written "300票"'),
    kind: 'unitData',
    input: data((doc) => {
      answer(doc, 'outcome.satisfaction').votes = { very: '300票' };
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'answers.outcome.satisfaction.votes.very')],
  },
  {
    name: 'data-votes-fraction',
    title: t('票数填成百分比 62.5', 'a vote count written as a percentage, 62.5'),
    kind: 'unitData',
    input: data((doc) => {
      at(answer(doc, 'outcome.satisfaction'), 'votes').very = 62.5;
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'answers.outcome.satisfaction.votes.very')],
  },
  {
    name: 'data-votes-all-zero',
    title: t('问卷未回收，各选项票数均为 0', 'no questionnaires returned: every vote count 0'),
    kind: 'unitData',
    input: data((doc) => {
      answer(doc, 'outcome.satisfaction').votes = { very: 0, fair: 0, neutral: 0, poor: 0 };
    }),
    call: evaluateData,
    expect: [x('division_by_zero', 'answers.outcome.satisfaction')],
  },
  {
    name: 'data-rate-above-100',
    title: t('满意度比率 105', 'a satisfaction rate of 105'),
    kind: 'unitData',
    input: data((doc) => {
      answers(doc)['outcome.satisfaction'] = { rate: 105 };
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'answers.outcome.satisfaction.rate')],
  },
  {
    name: 'data-rate-as-share',
    title: t('满意度比率写成“96%”', 'a satisfaction rate written "96%"'),
    kind: 'unitData',
    input: data((doc) => {
      answers(doc)['outcome.satisfaction'] = { rate: '96%' };
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'answers.outcome.satisfaction.rate')],
  },
  {
    name: 'data-rate-and-votes',
    title: t('同时给出满意度比率和投票', 'both a rate and votes'),
    kind: 'unitData',
    input: data((doc) => {
      answer(doc, 'outcome.satisfaction').rate = 92;
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'answers.outcome.satisfaction.votes')],
  },
  {
    name: 'data-unknown-element',
    title: t('要素答复中的编号不存在', 'an element id the rule does not have'),
    kind: 'unitData',
    input: data((doc) => {
      at(answer(doc, 'output.timely'), 'elements').summary = true;
    }),
    call: evaluateData,
    expect: [x('unknown_key', 'answers.output.timely.elements.summary')],
  },
  {
    name: 'data-element-missing',
    title: t('漏答一个要素', 'an element left unanswered'),
    kind: 'unitData',
    input: data((doc) => {
      Reflect.deleteProperty(at(answer(doc, 'output.timely'), 'elements'), 'acceptance');
    }),
    call: evaluateData,
    expect: [x('missing_input', 'answers.output.timely')],
  },
  {
    name: 'data-element-as-text',
    title: t('要素答复写成“是”“否”', 'elements answered "是" / "否"'),
    kind: 'unitData',
    input: data((doc) => {
      answer(doc, 'output.timely').elements = { plan: '是', records: '是', acceptance: '否' };
    }),
    call: evaluateData,
    expect: [
      x('invalid_input', 'answers.output.timely.elements.plan'),
      x('invalid_input', 'answers.output.timely.elements.records'),
      x('invalid_input', 'answers.output.timely.elements.acceptance'),
    ],
  },
  {
    name: 'data-gate-passed-given',
    title: t('由条件判定的指标又填了 passed', 'passed given for a gate decided by its condition'),
    kind: 'unitData',
    input: data((doc) => {
      answers(doc)['output.safety'] = { passed: true };
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'answers.output.safety.passed')],
  },
  {
    name: 'data-value-with-metric',
    title: t(
      '由公式计算的指标又直接给了 value',
      'a value given for an indicator computed by a metric',
    ),
    kind: 'unitData',
    input: data((doc) => {
      answers(doc)['input.funds'] = { value: 100 };
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'answers.input.funds.value')],
  },
  {
    name: 'data-target-unit-mismatch',
    title: t('“培训人次”实际值填成金额', 'the actual of 培训人次 given as money'),
    kind: 'unitData',
    input: data((doc) => {
      answer(doc, 'output.trainees').actual = '52.6万元';
    }),
    call: evaluateData,
    expect: [x('unit_mismatch', 'answers.output.trainees.actual')],
  },
  {
    name: 'data-evidence-object',
    title: t('佐证材料写成对象 {file: …}', 'evidence given as an object {file: …}'),
    kind: 'unitData',
    input: data((doc) => {
      answer(doc, 'outcome.archive').evidence = { file: '档案目录.pdf' };
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'answers.outcome.archive.evidence')],
  },
  {
    name: 'data-answers-as-array',
    title: t('answers 写成数组', 'answers given as an array'),
    kind: 'unitData',
    input: data((doc) => {
      doc.answers = Object.entries(answers(doc)).map(([id, a]) => ({ id, ...(a as Json) }));
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'answers')],
  },
  {
    name: 'data-year-with-nian',
    title: t('单位信息的年度写成“2023年”', 'the unit year written "2023年"'),
    kind: 'unitData',
    input: data((doc) => {
      at(doc, 'unit').year = '2023年';
    }),
    call: evaluateData,
    expect: [x('invalid_input', 'unit.year')],
  },
  {
    name: 'data-proto-in-answers',
    title: t('answers 中有 "__proto__"', 'a "__proto__" key among the answers'),
    kind: 'unitData',
    input: protoJson(UNIT_DATA, '"answers":{', '{"points":10}'),
    call: evaluateData,
    expect: [x('unknown_key', 'answers.__proto__')],
  },
  // ——— Options of evaluate ———
  {
    name: 'evaluate-options-missing-policy',
    title: t('缺数政策写成 "skip"', 'the missing-input policy written "skip"'),
    kind: 'evaluateOptions',
    input: { missing: 'skip' },
    call: (input) => evaluate(FRAMEWORK_DEFINED, UNIT_DATA, input as never),
    expect: [x('invalid_input', 'options.missing')],
  },
  {
    name: 'evaluate-options-unknown-key',
    title: t(
      '选项写成 {round: 2}（应为 rounding.places）',
      'an option {round: 2} (meaning rounding.places)',
    ),
    kind: 'evaluateOptions',
    input: { round: 2 },
    call: (input) => evaluate(FRAMEWORK_DEFINED, UNIT_DATA, input as never),
    expect: [x('unknown_key', 'options.round')],
  },
  {
    name: 'evaluate-options-scale-max',
    title: t(
      '等级标准满分 90，与指标合计 100 不符',
      'a grade scale out of 90 for weights adding up to 100',
    ),
    kind: 'evaluateOptions',
    input: {
      scale: {
        max: 90,
        bands: [
          { label: '合格', min: 54 },
          { label: '不合格', min: 0 },
        ],
      },
    },
    call: (input) => evaluate(FRAMEWORK_DEFINED, UNIT_DATA, input as never),
    expect: [x('total_mismatch', 'options.scale.max')],
  },
  {
    name: 'evaluate-options-weight-precision',
    title: t(
      '舍入到整数，但分值有小数（14.5、10.5 分）',
      'rounding to whole points with weights of 14.5 and 10.5',
    ),
    kind: 'evaluateOptions',
    input: { rounding: { places: 0 } },
    call: (input) =>
      evaluate(
        defineFramework(
          edit(FRAMEWORK, (doc) => {
            ind(doc, 2, 0).weight = '14.5';
            ind(doc, 2, 1).weight = '10.5';
          }) as never,
        ),
        UNIT_DATA,
        input as never,
      ),
    expect: [
      x('weight_precision', 'indicators[2].children[0].weight'),
      x('weight_precision', 'indicators[2].children[1].weight'),
    ],
  },
  // ——— Auditing published tables ———
  {
    name: 'audit-total-not-sum',
    title: t('印发的总分不等于各项之和', 'the printed total is not the sum of the printed parts'),
    kind: 'audit',
    input: published((doc) => {
      doc.publishedTotal = '97.73';
    }),
    call: audit,
    expect: [x('total_not_sum', 'publishedTotal'), x('total_differs', 'publishedTotal')],
  },
  {
    name: 'audit-grade-not-total',
    title: t('印发的等级与总分不符', 'the printed grade does not match the printed total'),
    kind: 'audit',
    input: published((doc) => {
      doc.publishedGrade = '良';
    }),
    call: audit,
    expect: [x('grade_not_total', 'publishedGrade'), x('grade_differs', 'publishedGrade')],
  },
  {
    name: 'audit-row-points-differ',
    title: t('未完成的指标仍印满分', 'full points printed for an unmet target'),
    kind: 'audit',
    input: published((doc) => {
      Object.assign(row(doc, 0), { actual: '480人次', note: '部分学员因农忙未能参训' });
    }),
    call: audit,
    expect: [
      x('row_points_differ', 'rows[0].publishedPoints'),
      x('total_differs', 'publishedTotal'),
    ],
  },
  {
    name: 'audit-points-above-weight',
    title: t('某行得分高于分值', 'row points above the weight'),
    kind: 'audit',
    input: published((doc) => {
      row(doc, 1).publishedPoints = '12';
      doc.publishedTotal = '98.73';
    }),
    call: audit,
    expect: [
      x('points_above_weight', 'rows[1].publishedPoints'),
      x('total_differs', 'publishedTotal'),
    ],
  },
  {
    name: 'audit-negative-points',
    title: t('某行得分为负数', 'negative row points'),
    kind: 'audit',
    input: published((doc) => {
      row(doc, 1).publishedPoints = '-2';
    }),
    call: audit,
    expect: [
      x('negative_points', 'rows[1].publishedPoints'),
      x('loss_unexplained', 'rows[1].note'),
      x('total_not_sum', 'publishedTotal'),
    ],
  },
  {
    name: 'audit-budget-stepped',
    title: t(
      '预算执行率按档次取整记 9 分（规则为 9.73）',
      'budget points stepped to 9 (the rule gives 9.73)',
    ),
    kind: 'audit',
    input: published((doc) => {
      at(doc, 'budget').publishedPoints = '9';
      doc.publishedTotal = '96';
    }),
    call: audit,
    expect: [
      x('budget_points_differ', 'budget.publishedPoints'),
      x('total_differs', 'publishedTotal'),
    ],
  },
  {
    name: 'audit-rate-misprinted',
    title: t(
      '印发的执行率与执行数 ÷ 预算数不符',
      'the printed execution rate is not executed ÷ budget',
    ),
    kind: 'audit',
    input: published((doc) => {
      at(doc, 'budget').publishedRate = '93.73%';
    }),
    call: audit,
    expect: [x('rate_misprinted', 'budget.publishedRate')],
  },
  {
    name: 'audit-over-execution-scored',
    title: t('执行数超过预算数，得分超过分值', 'over-execution scored above the weight'),
    kind: 'audit',
    input: published((doc) => {
      Object.assign(at(doc, 'budget'), {
        executed: 126,
        publishedRate: '105%',
        publishedPoints: '10.5',
      });
      doc.publishedTotal = '97.5';
    }),
    call: audit,
    expect: [
      x('budget_over_weight', 'budget.publishedPoints'),
      x('total_differs', 'publishedTotal'),
    ],
  },
  {
    name: 'audit-loss-unexplained',
    title: t('指标已完成却扣分，且未写原因', 'points lost on a met target with no reason'),
    kind: 'audit',
    input: published((doc) => {
      row(doc, 2).publishedPoints = '13';
      doc.publishedTotal = '94.73';
    }),
    call: audit,
    expect: [
      x('row_points_differ', 'rows[2].publishedPoints'),
      x('loss_unexplained', 'rows[2].note'),
      x('total_differs', 'publishedTotal'),
    ],
  },
  {
    name: 'audit-explanation-missing',
    title: t('指标未完成，未写偏差原因', 'an unmet target without a 偏差原因'),
    kind: 'audit',
    input: published((doc) => {
      Object.assign(row(doc, 2), { actual: '90%', publishedPoints: '14.21' });
      doc.publishedTotal = '95.94';
    }),
    call: audit,
    expect: [x('explanation_missing', 'rows[2].note')],
  },
  {
    name: 'audit-weights-not-100',
    title: t('分值合计 105', 'weights adding up to 105'),
    kind: 'audit',
    input: published((doc) => {
      Object.assign(row(doc, 0), { weight: 20, publishedPoints: '20' });
      doc.publishedTotal = '101.73';
    }),
    call: audit,
    expect: [x('weights_not_100', 'rows'), x('split_differs', 'rows')],
  },
  {
    name: 'audit-published-unreadable',
    title: t('总分印成“九十六点七三”', 'the total printed in words'),
    kind: 'audit',
    input: published((doc) => {
      doc.publishedTotal = '九十六点七三';
    }),
    call: audit,
    expect: [x('published_unreadable', 'publishedTotal')],
  },
  {
    name: 'audit-row-unreadable',
    title: t('某行指标值无法读取', 'a row whose target cannot be read'),
    kind: 'audit',
    input: published((doc) => {
      row(doc, 2).target = '≥abc';
    }),
    call: audit,
    expect: [x('row_unreadable', 'rows[2]')],
  },
  {
    name: 'audit-budget-unreadable',
    title: t('预算块印成 0 / 0 / 0', 'a budget block printed 0 / 0 / 0'),
    kind: 'audit',
    input: published((doc) => {
      Object.assign(at(doc, 'budget'), {
        initial: 0,
        adjusted: 0,
        executed: 0,
        publishedRate: '0',
        publishedPoints: '0',
      });
      doc.publishedTotal = '87';
      doc.publishedGrade = '良';
    }),
    call: audit,
    expect: [x('budget_unreadable', 'budget')],
    avoid: ['budget.executed / budget.adjusted'],
  },
  {
    name: 'audit-split-differs',
    title: t(
      '分值结构与 10号 默认不同（产出 45、效益 35）',
      'a split other than 10号 (产出 45, 效益 35)',
    ),
    kind: 'audit',
    input: published((doc) => {
      Object.assign(row(doc, 0), { weight: 10, publishedPoints: '10' });
      Object.assign(row(doc, 4), { weight: 35, points: 32, publishedPoints: '32' });
    }),
    call: audit,
    expect: [x('split_differs', 'rows')],
  },
  {
    name: 'audit-unreadable',
    title: t('复核的表没有任何指标行', 'a table under review with no rows'),
    kind: 'audit',
    input: published((doc) => {
      doc.rows = [];
    }),
    call: audit,
    expect: [x('unreadable', '(root)')],
  },
];
