/**
 * Column layouts of published 自评表, as data: which header texts name which field. A layout is
 * recognised by its header row; users add their own as JSON (schema: `jixiao schema layout`).
 * Header texts are compared after normalising (full width → half width, spaces removed, a trailing
 * parenthesis such as "(A)" or "(%)" dropped), so "年初目标值(A)" is "年初目标值".
 */
import * as z from 'zod/mini';
import { stringArgument } from '../errors/arguments.js';

/**
 * The fields a column can hold.
 *
 * @example
 * ```ts
 * TABLE_FIELDS.includes('target'); // true
 * ```
 * @category Files
 */
export const TABLE_FIELDS = [
  'l1',
  'l2',
  'l3',
  'target',
  'initialTarget',
  'op',
  'unit',
  'actual',
  'weight',
  'points',
  'note',
  'standard',
  'core',
  'rate',
  'share',
  'converted',
] as const;

/**
 * A field of a table row.
 *
 * @category Files
 */
export type TableField = (typeof TABLE_FIELDS)[number];

/**
 * A column layout as written in JSON.
 *
 * @example
 * ```ts
 * TableLayoutSchema.safeParse(JSON.parse(readFileSync('my-layout.json', 'utf8'))).success;
 * ```
 * @category Files
 */
export const TableLayoutSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** A short id ("hunanDepartment"). */
  id: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/)),
  /** Its name in both languages. */
  name: z.strictObject({
    zh: z.string().check(z.minLength(1)).check(z.maxLength(200)),
    en: z.string().check(z.minLength(1)).check(z.maxLength(200)),
  }),
  /** `project` (项目支出) or `department` (部门整体支出). */
  kind: z.enum(['project', 'department']),
  /** Where the layout is used (a document that prints it). */
  source: z.optional(z.string().check(z.maxLength(2000))),
  /** Header texts that must not be in the header row (they mark another layout). */
  excludes: z.optional(
    z.array(z.string().check(z.minLength(1)).check(z.maxLength(100))).check(z.maxLength(30)),
  ),
  /** Each field's header texts; the first is the one named in messages. */
  columns: z
    .array(
      z.strictObject({
        field: z.enum(TABLE_FIELDS),
        headers: z
          .array(z.string().check(z.minLength(1)).check(z.maxLength(100)))
          .check(z.minLength(1))
          .check(z.maxLength(30)),
        /** Whether a header row must have this column to be of the layout. */
        required: z.optional(z.boolean()),
      }),
    )
    .check(z.minLength(2))
    .check(z.maxLength(TABLE_FIELDS.length)),
});

/**
 * A column layout.
 *
 * @category Files
 */
export type TableLayout = z.infer<typeof TableLayoutSchema>;

type Column = TableLayout['columns'][number];
const L1: Column = { field: 'l1', headers: ['一级指标'] };
const L2: Column = { field: 'l2', headers: ['二级指标'] };
const L3: Column = { field: 'l3', headers: ['三级指标', '指标名称', '具体指标'], required: true };
const NOTE = [
  '偏差原因分析及改进措施',
  '偏差原因分析',
  '偏差原因',
  '未完成原因分析',
  '原因分析及改进措施',
  '未完成原因',
  '备注',
];

/**
 * The built-in layouts, most specific first: a header row is read by the first layout whose
 * required columns it has, preferring the one that names the most of its columns.
 *
 * @example
 * ```ts
 * TABLE_LAYOUTS.map((l) => l.id).includes('national2020'); // true
 * ```
 * @category Files
 */
export const TABLE_LAYOUTS: readonly TableLayout[] = [
  {
    id: 'columns101',
    name: {
      zh: '指标性质、指标值、度量单位分列',
      en: 'comparator, value and unit in separate columns',
    },
    kind: 'project',
    source: '财预〔2021〕101号 绩效目标表；山东、浙江、北京等地自评表',
    columns: [
      L1,
      L2,
      L3,
      { field: 'op', headers: ['指标性质', '指标方向'], required: true },
      { field: 'target', headers: ['指标值', '年度指标值', '目标值'], required: true },
      { field: 'unit', headers: ['度量单位', '计量单位'], required: true },
      { field: 'actual', headers: ['实际完成值', '完成值', '实际值'], required: true },
      { field: 'weight', headers: ['分值', '权重'], required: true },
      { field: 'points', headers: ['得分', '自评得分'] },
      { field: 'note', headers: NOTE },
    ],
  },
  {
    id: 'targetAB',
    name: { zh: '年初目标值(A)、实际完成值(B)', en: 'initial target (A) and actual (B)' },
    kind: 'project',
    source:
      '湖北省项目支出绩效自评表（黄冈 2020、黄石 2022：年度绩效目标1(40分) | 年初目标值(A) | 实际完成值(B) | 得分）',
    columns: [
      L1,
      L2,
      L3,
      { field: 'target', headers: ['年初目标值'], required: true },
      { field: 'actual', headers: ['实际完成值'], required: true },
      // 湖北's form prints no 分值: the points are in the labels (see unprintedWeights).
      { field: 'weight', headers: ['分值', '权重'] },
      { field: 'points', headers: ['得分', '自评得分'] },
      { field: 'note', headers: NOTE },
    ],
  },
  {
    id: 'annualActual',
    name: { zh: '年度指标值、全年实际值', en: 'annual target and full-year actual' },
    kind: 'project',
    columns: [
      L1,
      L2,
      L3,
      { field: 'target', headers: ['年度指标值', '指标值'], required: true },
      { field: 'actual', headers: ['全年实际值', '全年完成值'], required: true },
      { field: 'weight', headers: ['分值'], required: true },
      { field: 'points', headers: ['得分'] },
      { field: 'note', headers: NOTE },
    ],
  },
  {
    id: 'weighted',
    name: {
      zh: '指标分值、单项得分、权重占比、折算得分',
      en: 'item points, weight share and converted points',
    },
    kind: 'project',
    columns: [
      L1,
      L2,
      L3,
      { field: 'weight', headers: ['指标分值'], required: true },
      { field: 'target', headers: ['预期指标值', '年度指标值'], required: true },
      { field: 'actual', headers: ['实际完成值'], required: true },
      { field: 'points', headers: ['单项指标得分'] },
      { field: 'share', headers: ['权重占比'], required: true },
      { field: 'converted', headers: ['折算得分'] },
      { field: 'note', headers: NOTE },
    ],
  },
  {
    id: 'departmentColumns',
    name: {
      zh: '部门整体支出绩效自评表（年初、调整指标值分列）',
      en: 'department table with initial and adjusted targets',
    },
    kind: 'department',
    source: '重庆市部门整体绩效自评表（2021，两江新区科学城）',
    columns: [
      L1,
      L2,
      L3,
      { field: 'unit', headers: ['计量单位', '度量单位'] },
      { field: 'op', headers: ['指标性质'] },
      { field: 'initialTarget', headers: ['年初指标值'], required: true },
      { field: 'target', headers: ['调整指标值', '调整后指标值'] },
      { field: 'actual', headers: ['全年完成值', '实际完成值'], required: true },
      { field: 'rate', headers: ['得分系数'] },
      { field: 'weight', headers: ['指标权重', '分值'], required: true },
      { field: 'points', headers: ['指标得分', '得分'] },
      { field: 'core', headers: ['是否核心指标', '核心指标'] },
      { field: 'note', headers: NOTE },
    ],
  },
  {
    id: 'departmentScoring',
    name: { zh: '部门整体支出绩效评价评分表', en: 'department scoring sheet' },
    kind: 'department',
    columns: [
      L1,
      L2,
      L3,
      { field: 'weight', headers: ['分值', '标准分值', '指标分值', '权重'], required: true },
      {
        field: 'standard',
        headers: ['评分标准', '评分要点', '评价标准', '评分细则', '指标解释', '指标说明'],
        required: true,
      },
      { field: 'points', headers: ['自评得分', '得分', '评价得分', '自评分'], required: true },
      {
        field: 'note',
        headers: ['扣分原因', '扣分理由', '扣分说明', '扣分原因和其他说明', '得分说明', '备注'],
      },
    ],
  },
  {
    id: 'labelScoring',
    name: {
      zh: '部门整体支出绩效评价得分表（分值写在指标名中）',
      en: 'department score sheet with the points in the indicator names',
    },
    kind: 'department',
    source: '四川达州市农业农村局、四川省级部门 部门整体支出绩效评价得分表（"相关性(5分)"）',
    // A header with a 分值 or a target column is read by the layouts that have one.
    excludes: [
      '分值',
      '权重',
      '指标分值',
      '年度指标值',
      '指标值',
      '实际完成值',
      '完成值',
      '年初目标值',
      '全年实际值',
    ],
    columns: [
      { field: 'l1', headers: ['一级指标'], required: true },
      { field: 'l2', headers: ['二级指标'] },
      L3,
      { field: 'points', headers: ['得分', '自评得分', '评价得分'], required: true },
      { field: 'note', headers: ['扣分原因', '扣分理由', '扣分原因和其他说明', '备注'] },
    ],
  },
  {
    id: 'national2020',
    name: {
      zh: '财预〔2020〕10号 项目支出绩效自评表',
      en: 'MOF 2020 No. 10 project self-evaluation form',
    },
    kind: 'project',
    source: '财预〔2020〕10号 附件：项目支出绩效自评表',
    columns: [
      L1,
      L2,
      L3,
      {
        field: 'target',
        headers: ['年度指标值', '指标值', '年度目标值', '目标值'],
        required: true,
      },
      { field: 'actual', headers: ['实际完成值', '完成值', '实际值'], required: true },
      { field: 'weight', headers: ['分值', '权重'], required: true },
      { field: 'points', headers: ['得分', '自评得分'] },
      { field: 'note', headers: NOTE },
    ],
  },
];

/**
 * A header text as compared with a layout's: NFKC (full width → half width), no white space, no
 * trailing parenthesis ("(A)", "(%)", "（万元）").
 *
 * @param text - a header cell
 * @returns the normalised text
 * @example
 * ```ts
 * headerKey('年初目标值（A）'); // "年初目标值"
 * ```
 */
export function headerKey(text: string): string {
  let t = stringArgument(text, 'text').normalize('NFKC').replace(/\s+/g, '').replace(/[*★]/g, '');
  // Trailing parentheses, one at a time from the end (an unanchored /(\(…\))+$/ is quadratic).
  while (t.endsWith(')')) {
    const open = t.lastIndexOf('(');
    if (open < 0 || t.slice(open + 1, -1).includes(')')) break;
    t = t.slice(0, open);
  }
  return t;
}
