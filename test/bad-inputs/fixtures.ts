/**
 * Sound documents the bad-input catalogue starts from: each entry changes one thing, the way a
 * person gets it wrong, so the issues it asserts are caused by that one change alone. Every fixture
 * here is valid (catalogue.test.ts checks it).
 */

/** A JSON object as people write it. */
export type Json = Record<string, unknown>;

/**
 * A 项目支出绩效自评表 of a county 农业农村局 training project, as typed from its Excel sheet: the
 * 10 / 50 / 30 / 10 split of 财预〔2020〕10号, a qualitative 效益 row with the evaluator's 得分.
 */
export const TABLE = {
  unit: '某县农业农村局',
  project: '2023年高素质农民培育项目',
  year: 2023,
  budget: { initial: 120, adjusted: 120, executed: '116.8', weight: 10 },
  rows: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '培训人次',
      target: '≥500人次',
      actual: '526人次',
      weight: 15,
    },
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '举办培训班期数',
      target: '≥10期',
      actual: '10期',
      weight: 10,
    },
    {
      l1: '产出指标',
      l2: '质量指标',
      l3: '培训合格率',
      target: '≥95%',
      actual: '97.6%',
      weight: 15,
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '资金到位率',
      target: '=100%',
      actual: '100%',
      weight: 10,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '农民增收致富能力',
      target: '定性：效果明显',
      actual: '达成年度指标',
      weight: 30,
      points: 27,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '参训农民满意度',
      target: '≥90%',
      actual: '96%',
      weight: 10,
    },
  ],
} as const satisfies Json;

/**
 * The same table as published, with what the unit printed: each row's 得分, the budget block's
 * 得分 and 执行率, the 总分 and the 评价等级. Every printed figure agrees with the rules
 * (116.8 ÷ 120 = 97.33%, 9.73 points; 96.73, 优).
 */
export const PUBLISHED = {
  ...TABLE,
  budget: { ...TABLE.budget, publishedPoints: '9.73', publishedRate: '97.33%' },
  rows: TABLE.rows.map((row, k) => ({
    ...row,
    publishedPoints: ['15', '10', '15', '10', '27', '10'][k] ?? '',
  })),
  publishedTotal: '96.73',
  publishedGrade: '优',
} as const satisfies Json;

/**
 * A framework for evaluating the same project (投入 / 产出 / 效益), one leaf of every rule kind, with
 * declared facts and metrics.
 */
export const FRAMEWORK = {
  id: 'county-training-2023',
  version: '1.0.0',
  name: { zh: '县级农民培训项目绩效评价指标体系', en: 'County farmer training project' },
  facts: {
    'budget.adjusted': { name: '全年预算数', unit: '万元' },
    'budget.executed': { name: '全年执行数', unit: '万元' },
    'funds.arrived': { name: '到位资金', unit: '万元' },
    'funds.planned': { name: '计划资金', unit: '万元' },
    'trainees.passed': { name: '考核合格人数', unit: '人' },
    'trainees.total': { name: '参训人数', unit: '人' },
    violations: { name: '违规使用资金问题数', unit: '个' },
  },
  metrics: {
    fundRate: { name: '资金到位率', expr: 'funds.arrived / funds.planned * 100', unit: '%' },
    execRate: { name: '预算执行率', expr: 'budget.executed / budget.adjusted * 100', unit: '%' },
    passRate: { name: '培训合格率', expr: 'trainees.passed / trainees.total * 100', unit: '%' },
  },
  indicators: [
    {
      id: 'input',
      name: '投入',
      weight: 20,
      children: [
        {
          id: 'input.funds',
          name: '资金到位率',
          weight: 10,
          rule: { kind: 'ratio', metric: 'fundRate', fullAt: 100 },
        },
        {
          id: 'input.exec',
          name: '预算执行率',
          weight: 10,
          rule: {
            kind: 'stepDeduction',
            metric: 'execRate',
            better: 'higher',
            threshold: 100,
            deduct: 1,
            partial: 'proRata',
          },
        },
      ],
    },
    {
      id: 'output',
      name: '产出',
      weight: 45,
      children: [
        {
          id: 'output.trainees',
          name: '培训人次',
          weight: 15,
          rule: { kind: 'target', target: '≥500人次' },
        },
        {
          id: 'output.quality',
          name: '培训合格率',
          weight: 15,
          rule: {
            kind: 'bands',
            metric: 'passRate',
            bands: [
              { max: 80, points: 0 },
              { min: 80, max: 90, share: 0.6 },
              { min: 90, max: 95, share: 0.8 },
              { min: 95, max: 100, maxInclusive: true, points: 15 },
            ],
          },
        },
        {
          id: 'output.timely',
          name: '项目实施规范性',
          weight: 10,
          rule: {
            kind: 'elements',
            items: [
              { id: 'plan', label: '制定实施方案', points: 4 },
              { id: 'records', label: '培训台账完整', points: 3 },
              { id: 'acceptance', label: '按期组织验收', points: 3 },
            ],
          },
        },
        {
          id: 'output.safety',
          name: '资金使用合规性',
          weight: 5,
          rule: { kind: 'gate', condition: 'violations == 0', veto: 'parent' },
        },
      ],
    },
    {
      id: 'outcome',
      name: '效益',
      weight: 35,
      children: [
        {
          id: 'outcome.income',
          name: '农民增收致富能力',
          weight: 15,
          rule: { kind: 'levels', levels: 'mof2020' },
        },
        {
          id: 'outcome.satisfaction',
          name: '群众满意度',
          weight: 10,
          rule: {
            kind: 'survey',
            options: [
              { id: 'very', label: '很满意', value: 100 },
              { id: 'fair', label: '满意', value: 80 },
              { id: 'neutral', label: '一般', value: 60 },
              { id: 'poor', label: '不满意', value: 0 },
            ],
          },
        },
        {
          id: 'outcome.archive',
          name: '项目档案管理',
          weight: 10,
          rule: { kind: 'manual', guidance: '档案齐全、分类清楚得满分' },
        },
      ],
    },
  ],
} as const satisfies Json;

/** The unit data of one county for {@link FRAMEWORK}: every input present, scored 优. */
export const UNIT_DATA = {
  unit: { name: '某县农业农村局', year: 2023 },
  facts: {
    'budget.adjusted': 120,
    'budget.executed': '116.8',
    'funds.arrived': 120,
    'funds.planned': 120,
    'trainees.passed': 512,
    'trainees.total': 526,
    violations: 0,
  },
  answers: {
    'output.trainees': { actual: '526人次' },
    'output.timely': { elements: { plan: true, records: true, acceptance: false } },
    'outcome.income': { level: '达成年度指标', points: 13 },
    'outcome.satisfaction': { votes: { very: 300, fair: 180, neutral: 40, poor: 6 } },
    'outcome.archive': { points: 9, justification: '档案齐全，个别培训签到表缺少日期' },
  },
} as const satisfies Json;

/**
 * The weights a province gives the 17 leaves of the 财预〔2020〕10号 project framework
 * (`project2020`), adding up to 100 with 产出 + 效益 at 60.
 */
export const PROJECT_WEIGHTS = {
  'decision.approval.basis': 3,
  'decision.approval.procedure': 2,
  'decision.goals.soundness': 3,
  'decision.goals.clarity': 2,
  'decision.funding.budgeting': 3,
  'decision.funding.allocation': 2,
  'process.funds.arrival': 3,
  'process.funds.execution': 5,
  'process.funds.compliance': 5,
  'process.implementation.rules': 4,
  'process.implementation.enforcement': 8,
  'output.quantity.completion': 10,
  'output.quality.rate': 10,
  'output.time.timeliness': 5,
  'output.cost.saving': 5,
  'benefit.effect.impact': 20,
  'benefit.effect.satisfaction': 10,
} as const satisfies Json;

/** The header row of the same table saved as CSV from Excel. */
export const CSV_HEADER =
  '一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施';
/** Its budget row: 全年预算数 120, 全年执行数 116.8. */
export const CSV_BUDGET = '预算执行率,,,120,116.8,10,9.73,';
/** Its indicator rows, merged 一级 / 二级 cells exported empty. */
export const CSV_ROWS: readonly string[] = [
  '产出指标,数量指标,培训人次,≥500人次,526人次,15,15,',
  ',,举办培训班期数,≥10期,10期,10,10,',
  ',质量指标,培训合格率,≥95%,97.6%,15,15,',
  ',时效指标,资金到位率,=100%,100%,10,10,',
  '效益指标,社会效益指标,农民增收致富能力,定性：效果明显,达成年度指标,30,27,',
  '满意度指标,服务对象满意度指标,参训农民满意度,≥90%,96%,10,10,',
];

/**
 * CSV text of `lines` as Excel writes it (CRLF).
 *
 * @param lines - the records
 * @returns the text
 */
export function csv(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

/** The whole table as CSV, with a 单位 line before the header. */
export const CSV_OK = csv('单位,某县农业农村局', CSV_HEADER, CSV_BUDGET, ...CSV_ROWS);

/**
 * A deep copy of `doc` changed by `change` (which may mutate the copy).
 *
 * @param doc - a fixture
 * @param change - the mistake, applied to the copy
 * @returns the changed copy
 */
export function edit(doc: object, change: (copy: Json) => void): Json {
  const copy = structuredClone(doc) as unknown as Json;
  change(copy);
  return copy;
}

/**
 * The object at a dotted path of `doc` (numbers index arrays), for `edit` callbacks.
 *
 * @param doc - a document
 * @param path - e.g. `"rows.0"` or `"indicators.1.children.0.rule"`
 * @returns the object there
 */
export function at(doc: Json, path: string): Json {
  let here: unknown = doc;
  for (const key of path.split('.')) {
    if (typeof here !== 'object' || here === null) throw new Error(`no ${path}`);
    here = (here as Json)[key];
  }
  if (typeof here !== 'object' || here === null) throw new Error(`no object at ${path}`);
  return here as Json;
}
