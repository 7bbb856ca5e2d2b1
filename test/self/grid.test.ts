/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-assignment -- tables read from grids are plain JSON, looked into field by field */
import { describe, expect, it } from 'vitest';
import {
  JixiaoError,
  TABLE_LAYOUTS,
  cellName,
  columnName,
  filledCells,
  TableLayoutSchema,
  auditSelfEvaluation,
  jsonSchema,
  parseRange,
  readSelfEvaluationCsv,
  readSelfEvaluationGrid,
  safeReadSelfEvaluationCsv,
  safeReadSelfEvaluationGrid,
  safeScoreSelfEvaluation,
  scoreSelfEvaluation,
  type Grid,
} from '../../src/index.js';
import { headerKey } from '../../src/self/table-layouts.js';
import { issuesOf } from '../helpers.js';

const merges = (...ranges: string[]) => ranges.map((r) => parseRange(r)!);

/** The national form of 财预〔2020〕10号 as printed, with merged cells (values are made up). */
const NATIONAL: Grid = {
  name: '自评表',
  cells: [
    ['项目支出绩效自评表', '', '', '', '', '', '', ''],
    ['（2023年度）', '', '', '', '', '', '', ''],
    ['项目名称', '农民技能培训', '', '', '', '', '', ''],
    ['主管部门', '某县农业农村局', '', '', '实施单位', '某县农广校', '', ''],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '100', '100', '95', '10', '95%', '9.5'],
    ['', '其中：当年财政拨款', '100', '100', '95', '—', '—', '—'],
    ['', '上年结转资金', '', '', '', '—', '—', '—'],
    ['年度总体目标', '预期目标', '', '', '实际完成情况', '', '', ''],
    ['', '培训农民500人次', '', '', '培训农民526人次', '', '', ''],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ['产出指标(50分)', '数量指标', '★培训人次', '≥500人次', '526人次', '30', '30', ''],
    ['', '', '其中：女性学员', '≥200人次', '230人次', '', '', ''],
    ['', '时效指标', '完成时间', '2023年10月底前完成', '2023年9月', '20', '20', ''],
    ['效益指标(30分)', '社会效益指标', '就业率', '≥80%', '85%', '30', '30', ''],
    ['满意度指标(10分)', '服务对象满意度指标', '学员满意度', '≥90%', '96%', '10', '10', ''],
    ['总分', '', '', '', '', '100', '99.5', '优'],
  ],
  merges: merges(
    'A1:H1',
    'A2:H2',
    'B3:H3',
    'A5:B5',
    'A6:A8',
    'A9:A10',
    'B9:D9',
    'E9:H9',
    'B10:D10',
    'E10:H10',
    'A12:A14',
    'B12:B13',
    'A17:E17',
  ),
};

describe('readSelfEvaluationGrid: the national form as printed', () => {
  // Read in each test, not once for the block: a reading done while tests are collected would make
  // the reader's mutants "static" to Stryker, which then cannot tell which tests kill them.
  const national = () => {
    const v = readSelfEvaluationGrid(NATIONAL);
    return { v, t: v.table as Record<string, any> };
  };

  it('reads the title, project lines and year', () => {
    const { v, t } = national();
    expect(v.layout).toBe('national2020');
    expect(t).toMatchObject({
      title: '项目支出绩效自评表',
      project: '农民技能培训',
      unit: '某县农广校',
      year: 2023,
    });
  });
  it('reads the funds block and keeps its 其中 lines', () => {
    const { v, t } = national();
    expect(t.budget).toMatchObject({
      initial: '100',
      adjusted: '100',
      executed: '95',
      weight: '10',
    });
    expect(t.budget.parts).toEqual([
      { name: '当年财政拨款', initial: '100', adjusted: '100', executed: '95' },
      { name: '上年结转资金' },
    ]);
    expect(v.published).toMatchObject({
      budgetPoints: '9.5',
      budgetRate: '95%',
      total: '99.5',
      grade: '优',
    });
  });
  it('reads 年度总体目标', () => {
    const { t } = national();
    expect(t.goal).toEqual({ expected: '培训农民500人次', achieved: '培训农民526人次' });
  });
  it('fills merged group cells down, keeps ★ and "其中" lines, and reads group points from labels', () => {
    const { t } = national();
    expect(t.rows.map((row: any) => [row.l1, row.l2, row.l3])).toEqual([
      ['产出指标', '数量指标', '培训人次'],
      ['产出指标', '时效指标', '完成时间'],
      ['效益指标', '社会效益指标', '就业率'],
      ['满意度指标', '服务对象满意度指标', '学员满意度'],
    ]);
    expect(t.rows[0].core).toBe(true);
    expect(t.rows[0].parts).toEqual([
      { l3: '其中：女性学员', target: '≥200人次', actual: '230人次' },
    ]);
    expect(t.groups).toEqual([
      { l1: '产出指标', weight: '50' },
      { l1: '效益指标', weight: '30' },
      { l1: '满意度指标', weight: '10' },
    ]);
  });
  it('remembers the cells of every row', () => {
    const { t } = national();
    expect(t.rows[0].at).toEqual({
      sheet: '自评表',
      row: 12,
      cells: { l3: 'C12', target: 'D12', actual: 'E12', weight: 'F12', points: 'G12', note: 'H12' },
    });
    expect(t.budget.at).toMatchObject({
      sheet: '自评表',
      row: 6,
      cells: { adjusted: 'D6', executed: 'E6' },
    });
  });
  it('scores it: the deadline met, the labels agree, the printed figures agree', () => {
    const { v, t } = national();
    const s = scoreSelfEvaluation(t as never);
    expect([s.total, s.grade]).toEqual(['99.50', '优']);
    expect(s.warnings).toEqual([]);
    const a = auditSelfEvaluation({
      ...t,
      budget: { ...t.budget, publishedPoints: '9.5', publishedRate: '95%' },
      rows: t.rows.map((row: any, k: number) => ({
        ...row,
        publishedPoints: v.published.rows[k],
      })),
      publishedTotal: '99.5',
      publishedGrade: '优',
    });
    expect(a.discrepancies).toEqual([]);
  });
  it('names the cell of a problem, as the user sees it', () => {
    const { t } = national();
    const bad = structuredClone(t);
    bad.rows[2].actual = '八成五';
    const e = safeScoreSelfEvaluation(bad);
    expect(e.success).toBe(false);
    if (e.success) return;
    expect(e.error.issues[0].message.zh).toContain('自评表!E15（第 15 行 E 列）「就业率」');
    expect(e.error.issues[0].message.en).toContain(
      'sheet "自评表", cell E15 (row 15, column E) "就业率"',
    );
  });
  it('checks the labels: a group whose rows do not add up to its label is a warning', () => {
    const cells = NATIONAL.cells.map((row) => [...row]);
    cells[14]![0] = '效益指标(20分)';
    const g = readSelfEvaluationGrid({ ...NATIONAL, cells });
    const s = scoreSelfEvaluation(g.table);
    expect(s.warnings.map((w) => w.code)).toEqual(['group_points_differ']);
    expect(s.warnings[0]?.message.zh).toBe('「效益指标」标注 20 分，其下 1 行分值合计 30 分');
  });
});

describe('readSelfEvaluationGrid: layouts', () => {
  it('a two-row header: 年度指标值 over 指标性质 | 指标值 | 度量单位 (the 101号 columns)', () => {
    const r = readSelfEvaluationGrid({
      name: 's',
      cells: [
        ['项目名称', 'x', '', '', '', '', '', ''],
        ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', ''],
        ['年度资金总额', '10', '10', '10', '10', '100%', '10', ''],
        ['一级指标', '三级指标', '年度指标值', '', '', '实际完成值', '分值', '得分'],
        ['', '', '指标性质', '指标值', '度量单位', '', '', ''],
        ['产出指标', '培训人次', '≧', '500', '人次', '526人次', '90', '90'],
      ],
      merges: merges('A4:A5', 'B4:B5', 'C4:E4', 'F4:F5', 'G4:G5', 'H4:H5'),
    });
    expect(r.layout).toBe('columns101');
    expect((r.table.rows as any[])[0].target).toEqual({
      op: '≧',
      value: '500',
      unit: '人次',
    });
    expect(scoreSelfEvaluation(r.table as never).total).toBe('100.00');
  });

  it.each([
    ['targetAB', ['一级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '分值', '得分']],
    [
      'annualActual',
      ['一级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '未完成原因'],
    ],
    [
      'weighted',
      [
        '一级指标',
        '三级指标',
        '指标分值',
        '预期指标值',
        '实际完成值',
        '单项指标得分',
        '权重占比(%)',
        '折算得分',
      ],
    ],
  ])('%s is recognised by its header', (id, header) => {
    const r = readSelfEvaluationGrid({ name: 's', cells: [header] });
    // No rows: the layout is recognised, the table has no rows yet.
    expect(r.layout).toBe(id);
  });

  it('department tables: columns with 年初 and 调整 targets, and a 评分表 the evaluator scores', () => {
    const cols = readSelfEvaluationGrid({
      name: '部门',
      cells: [
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '计量单位',
          '指标性质',
          '年初指标值',
          '调整指标值',
          '全年完成值',
          '得分系数(%)',
          '指标权重',
          '指标得分',
          '是否核心指标',
        ],
        ['产出', '数量', '服务人次', '人次', '≥', '100', '120', '130', '100', '60', '60', '是'],
        ['效益', '满意度', '满意度', '%', '≥', '90', '', '95', '100', '40', '40', '否'],
      ],
    });
    expect(cols.layout).toBe('departmentColumns');
    const rows = cols.table.rows as any[];
    // The adjusted target supersedes the initial one; the core marker is kept.
    expect(rows[0]).toMatchObject({ target: { op: '≥', value: '120', unit: '人次' }, core: true });
    expect(rows[1].target).toEqual({ op: '≥', value: '90', unit: '%' });
    const s = scoreSelfEvaluation(cols.table);
    expect([s.kind, s.budget, s.total, s.grade]).toEqual(['department', null, '100.00', '优']);

    const sheet = readSelfEvaluationGrid({
      name: '评分表',
      cells: [
        ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '自评得分', '扣分原因'],
        ['投入', '预算配置', '在职人员控制率', '40', '≤100%得满分', '40', ''],
        ['产出', '职责履行', '重点工作完成率', '60', '每少1项扣2分', '56', '两项工作未完成'],
      ],
    });
    expect(sheet.layout).toBe('departmentScoring');
    const d = scoreSelfEvaluation(sheet.table);
    expect([d.total, d.grade, d.warnings]).toEqual(['96.00', '优', []]);
    expect(d.findings[0]?.message.zh).toContain('两项工作未完成');
  });

  it('the points in the names ("相关性(5分)") are the weights when there is no 分值 column', () => {
    const r = readSelfEvaluationGrid({
      name: 's',
      cells: [
        ['一级指标', '二级指标', '三级指标', '得分'],
        ['部门决策(10分)', '目标任务(10分)', '相关性(5分)', '5'],
        ['', '', '明确性(5分)', '4'],
      ],
      merges: merges('A2:A3', 'B2:B3'),
    });
    expect(r.layout).toBe('labelScoring');
    expect((r.table.rows as any[]).map((x) => [x.l3, x.weight, x.points])).toEqual([
      ['相关性', '5', '5'],
      ['明确性', '5', '4'],
    ]);
  });

  it('an unknown layout lists the headers found and the nearest layout', () => {
    const r = safeReadSelfEvaluationGrid({
      name: 'Sheet1',
      cells: [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '得分']],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(JixiaoError);
    expect(r.error.issues[0].path).toEqual(['Sheet1']);
    expect(r.error.issues[0].message.zh).toContain(
      '第 1 行的表头为：一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分',
    );
    expect(r.error.issues[0].message.zh).toContain('但缺少“分值”列');
  });

  it('a user layout from JSON, checked by its schema (and published as a JSON Schema)', () => {
    const mine = TableLayoutSchema.parse({
      id: 'myCounty',
      name: { zh: '本县格式', en: 'our county' },
      kind: 'project',
      columns: [
        { field: 'l1', headers: ['指标类别'] },
        { field: 'l3', headers: ['绩效指标'], required: true },
        { field: 'target', headers: ['计划'], required: true },
        { field: 'actual', headers: ['完成'], required: true },
        { field: 'weight', headers: ['标准分'], required: true },
      ],
    });
    const cells = [
      ['预算执行率', '', '100', '100', '10'],
      ['指标类别', '绩效指标', '计划', '完成', '标准分'],
      ['产出', '场次', '≥10场', '12场', '90'],
    ];
    // The budget line comes first here: it is found in the rows after the header only.
    const r = readSelfEvaluationGrid(
      { name: 's', cells: [cells[1]!, cells[0]!, cells[2]!] },
      { layouts: [mine] },
    );
    expect(r.layout).toBe('myCounty');
    expect(scoreSelfEvaluation(r.table as never).total).toBe('100.00');
    expect(
      TableLayoutSchema.safeParse({ ...mine, columns: [{ field: 'nope', headers: ['x'] }] })
        .success,
    ).toBe(false);
    expect(jsonSchema('layout')).toMatchObject({ type: 'object' });
    expect(safeReadSelfEvaluationGrid({ name: 's', cells }, { layout: 'nope' })).toMatchObject({
      success: false,
    });
    expect(() => readSelfEvaluationGrid({ name: 's', cells }, { layout: 'nope' })).toThrow(
      JixiaoError,
    );
  });

  it('every built-in layout validates against the layout schema and has a unique id', () => {
    for (const l of TABLE_LAYOUTS) expect(TableLayoutSchema.safeParse(l).success).toBe(true);
    expect(new Set(TABLE_LAYOUTS.map((l) => l.id)).size).toBe(TABLE_LAYOUTS.length);
  });
});

describe('readSelfEvaluationCsv over the grid reader', () => {
  it('names the row of a line with more cells than the header', () => {
    const csv = '一级指标,三级指标,年度指标值,实际完成值,分值\n预算执行率,,1,200,1,168,10\n';
    const r = safeReadSelfEvaluationCsv(csv);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues[0].path).toEqual(['csv', 2]);
    expect(issuesOf(() => readSelfEvaluationCsv(csv))).toEqual(r.error.issues);
  });
});

describe('every new export checks its arguments, for JavaScript callers', () => {
  it('the safe grid readers answer with issues, never a throw; the others throw them', () => {
    const bad = [null, 'x', { name: 's' }, { name: 's', cells: 'x' }, { name: 's', cells: [[1]] }];
    for (const g of bad) {
      const r = safeReadSelfEvaluationGrid(g as unknown as Grid);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0].path[0]).toBe('grid');
      expect(issuesOf(() => readSelfEvaluationGrid(g as unknown as Grid))[0]?.path[0]).toBe('grid');
    }
    const o = safeReadSelfEvaluationGrid({ name: 's', cells: [] }, { layouts: [{}] } as never);
    expect(o.success || o.error.issues.map((i) => i.path.slice(0, 2).join('.'))).toContain(
      'options.layouts',
    );
    expect(safeReadSelfEvaluationCsv('a,b', { layout: 5 } as never).success).toBe(false);
    expect(() => readSelfEvaluationCsv('a,b', { layout: 5 } as never)).toThrow(JixiaoError);
  });
  it('the helpers throw a JixiaoError naming the argument', () => {
    expect(() => cellName(-1, 0)).toThrow(JixiaoError);
    expect(() => columnName(1.5)).toThrow(/argument c/);
    expect(() => parseRange(5 as unknown as string)).toThrow(/argument text/);
    expect(() => headerKey(null as unknown as string)).toThrow(JixiaoError);
    expect(() => filledCells({ name: 's' } as Grid)).toThrow(/argument grid/);
    expect([cellName(11, 4), columnName(26), parseRange('b2:c3')]).toEqual([
      'E12',
      'AA',
      { s: { r: 1, c: 1 }, e: { r: 2, c: 2 } },
    ]);
  });
});

describe('the weighted layout: 权重占比 is the weight, 折算得分 the points', () => {
  it('scores on the shares of 100 and compares the 折算得分', () => {
    const r = readSelfEvaluationGrid({
      name: 's',
      cells: [
        [
          '一级指标',
          '三级指标',
          '指标分值',
          '预期指标值',
          '实际完成值',
          '单项指标得分',
          '权重占比(%)',
          '折算得分',
        ],
        ['预算执行率', '', '100', '100', '100', '100', '10', '10'],
        ['产出指标', '培训人次', '100', '≥500人次', '450人次', '90', '60', '54'],
        ['效益指标', '满意度', '100', '≥90%', '95%', '100', '30', '30'],
      ],
    });
    expect(r.layout).toBe('weighted');
    const rows = r.table.rows as readonly { weight: string; points?: string }[];
    expect(rows.map((x) => [x.weight, x.points])).toEqual([
      ['60', '54'],
      ['30', '30'],
    ]);
    expect(scoreSelfEvaluation(r.table as never, { layout: 'none' }).total).toBe('94.00');
  });
});
