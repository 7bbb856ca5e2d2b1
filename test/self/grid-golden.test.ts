/**
 * Golden readings of small grids, one feature of the grid reader each: the whole answer of
 * `safeReadSelfEvaluationGrid` (table, published figures, layout, or every issue in both languages)
 * is compared with a reviewed JSON file in test/fixtures/grid-golden/, which holds it as
 * `{ ok: true, value }` or `{ ok: false, issues }`. The grids are made up to reach
 * the reader's corners (the real tables are in real-fixtures.test.ts).
 *
 * After a deliberate change of the reader, rewrite the files with `GOLDEN=write npx vitest run
 * test/self/grid-golden.test.ts`, then read the diff: it is the change users will see.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseRange,
  safeReadSelfEvaluationGrid,
  type GridOptions,
  type TableLayout,
} from '../../src/index.js';

const DIR = new URL('../fixtures/grid-golden/', import.meta.url);

/** A grid from rows written as "a|b|c" (every row padded to the widest). */
function grid(name: string, lines: string[], mergeRanges: string[] = []) {
  const rows = lines.map((l) => l.split('|'));
  const width = Math.max(...rows.map((r) => r.length));
  return {
    name,
    cells: rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]),
    merges: mergeRanges.map((m) => {
      const r = parseRange(m);
      if (!r) throw new Error(`bad range ${m}`);
      return r;
    }),
  };
}

/** A user's own layout without a 偏差原因 column: the block under the table is the note. */
const NO_NOTE: TableLayout = {
  id: 'local',
  name: { zh: '本地格式', en: 'local layout' },
  kind: 'project',
  columns: [
    { field: 'l1', headers: ['一级指标'] },
    { field: 'l2', headers: ['二级指标'] },
    { field: 'l3', headers: ['三级指标'], required: true },
    { field: 'target', headers: ['目标值'], required: true },
    { field: 'actual', headers: ['完成值'], required: true },
    { field: 'weight', headers: ['分值'], required: true },
    { field: 'points', headers: ['得分'] },
  ],
};

const CASES: { id: string; why: string; grid: ReturnType<typeof grid>; options?: GridOptions }[] = [
  {
    id: 'national-complete',
    why: 'the national form: head lines, funds block with 其中 lines and unit, goal, merged labels with points, ★ and （核心）, a 其中 row, a blank template row, 总分 with grade, a closing line',
    grid: grid(
      '表1',
      [
        '2023年度项目支出绩效自评表|||||||',
        '项目名称|乡村道路养护|||主管部门|某县交通运输局||',
        '实施单位|某县公路事务中心||||||',
        '项目资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分',
        '|年度资金总额|1,000|1,200.50|1,080.45|10|90%|9',
        '|其中：当年财政拨款|1,000|1,000|900|—|—|—',
        '|上年结转资金|0|200.50|180.45|—|—|—',
        '|其他资金||||—|—|—',
        '年度总体目标|预期目标|||实际完成情况|||',
        '|完成道路养护50公里|||完成52公里|||',
        '一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施',
        '产出指标（50 分）|数量指标(30分)|★养护里程|≥50公里|52公里|30|30|',
        '||其中：县道|≥20公里|21公里|||',
        '|时效指标(20.5分)|完成时间（核心）|2023年12月底前|2023年11月|20.5|20.5|',
        '效益指标(30分)|社会效益指标|群众出行条件|明显改善|明显改善|30|28|部分路段仍有坑槽',
        '满意度指标|服务对象满意度指标|指标2|||||',
        '|服务对象满意度指标|群众满意度|≥90%|95%|10分|１０|',
        '总分|||||100|97.50|优',
        '填表人：张三|||联系电话：123||||',
      ],
      [
        'A1:H1',
        'B2:D2',
        'B3:H3',
        'A4:B4',
        'A5:A8',
        'A9:A10',
        'A12:A14',
        'B12:B13',
        'A16:A17',
        'B16:B17',
        'A18:E18',
      ],
    ),
  },
  {
    id: 'head-inline-and-department',
    why: '"单位名称：…" written in one cell, 主管部门 as the unit when no 实施单位, 评价年度 as the year, a title that is no form name, 评价等级 on its own line, a note line merged across the table, a repeated header row, a user layout without a 偏差原因 column (the block below is the note)',
    grid: grid(
      'Sheet1',
      [
        '绩效目标完成情况|||||',
        '主管部门|某市教育局|||评价年度|2021',
        '一级指标|二级指标|三级指标|目标值|完成值|分值|得分',
        '产出指标|数量指标|资助学生|≥300人|320人|60|60',
        '注：本表金额单位为元||||||',
        '以下为效益指标|以下为效益指标|以下为效益指标||||',
        '一级指标|二级指标|三级指标|目标值|完成值|分值|得分',
        '效益指标|社会效益指标|家庭负担减轻|有效减轻|有效减轻|40|36',
        '偏差原因分析及改进措施|宣传覆盖不足，下年加强||||||',
        '评价等级|评价等级|良||||',
        '备注：无||||||',
      ],
      ['A5:G5', 'B9:G9'],
    ),
    options: { layouts: [NO_NOTE] },
  },
  {
    id: 'columns101-budget-row',
    why: 'comparator, value and unit in their own columns; the budget as a row (预算执行率) with a weight written "10%" and its note; a unit appended only after a number; a target without a comparator',
    grid: grid('csv', [
      '一级指标|二级指标|三级指标|指标性质|指标值|度量单位|实际完成值|分值|得分|备注',
      '预算执行率||||100|万元|95|10%|9.5|年底支付',
      '产出指标|数量指标|新建站点|≥|5|个|5个|40|40|',
      '||覆盖村数||12|个|12个|20|20|',
      '效益指标|社会效益指标|服务质量||明显提升|个|明显提升|20|20|',
      '|满意度指标|满意率|≥|90|%|92%|10|10|',
    ]),
  },
  {
    id: 'weighted-shares',
    why: 'layout "weighted": 权重占比 is the weight (a blank share falls back to 指标分值), 折算得分 the printed points, also for the budget row',
    grid: grid('Sheet1', [
      '一级指标|二级指标|三级指标|指标分值|预期指标值|实际完成值|单项指标得分|权重占比(%)|折算得分|偏差原因',
      '预算执行率||||100|96|96|10%|9.6|',
      '产出指标|数量指标|培训人数|100|≥200人|210人|100|40|40|',
      '||培训场次|100|≥10场|8场|80|20|16|师资不足',
      '效益指标|满意度|学员满意度|30|≥90%|95%|30||30|',
    ]),
  },
  {
    id: 'department-columns',
    why: 'layout "departmentColumns": 调整指标值 supersedes 年初指标值 (whose cell is named when it is the target), 是否核心指标, the unit column appended to a bare number',
    grid: grid('部门', [
      '2022年度部门整体绩效自评表|||||||||||',
      '一级指标|二级指标|三级指标|计量单位|指标性质|年初指标值|调整指标值|全年完成值|得分系数(%)|指标权重|指标得分|是否核心指标',
      '产出指标|数量指标|完成宣传报道|篇|||≥120|130|100|30|30|是',
      '||新媒体发布|条||500||520|100|30|30|否',
      '效益指标|社会效益|公众知晓率|%|≥|85||88|100|40|40|',
    ]),
  },
  {
    id: 'hubei-shared',
    why: 'the 湖北 form (no 分值 column): the funds label gives the budget weight, each goal label ("年度绩效目标1(80分)") is shared among its rows to the cent (the first rows take the remainder), the repeated header starts the next goal, two note blocks keep their labels',
    grid: grid(
      'Sheet1',
      [
        '2022年度某项目自评表||||||',
        '预算执行情况(万元)(20分)|||预算数(A)|执行数(B)|执行率(B/A)|得分(20分*执行率)',
        '|年度财政资金总额||50|45|90%|18',
        '年度绩效目标1(70分)|一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分',
        '|产出指标|数量指标|培训人次|≥100人次|120人次|23.34',
        '|||培训场次|≥5场|5场|23.33',
        '||质量指标|合格率|≥95%|96%|23.33',
        '年度绩效目标2(10分)|一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分',
        '|满意度指标|服务对象满意度|满意度|≥90%|92%|10',
        '总分||||||98',
        '偏差大或目标未完成原因分析|资金结余5万元||||',
        '改进措施及结果应用方案|加快支付进度||||',
      ],
      [
        'A1:G1',
        'A2:A3',
        'B3:C3',
        'A4:A7',
        'B5:B7',
        'C5:C6',
        'A8:A9',
        'A10:F10',
        'B11:G11',
        'B12:G12',
      ],
    ),
    options: { unprintedWeights: 'equal' },
  },
  {
    id: 'hubei-unshared',
    why: 'the same form read without unprintedWeights: every row without 分值 is a problem naming its cell, its label and the option',
    grid: grid(
      'Sheet1',
      [
        '预算执行情况(万元)(20分)|||预算数(A)|执行数(B)|执行率(B/A)|得分',
        '|年度财政资金总额||50|45|90%|18',
        '年度绩效目标1(80分)|一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分',
        '|产出指标|数量指标|培训人次|≥100人次|120人次|40',
        '|||培训场次|≥5场|5场|40',
      ],
      ['A1:A2', 'B2:C2', 'A3:A5', 'B4:B5', 'C4:C5'],
    ),
  },
  {
    id: 'shared-after-label-points',
    why: 'rows whose names print their points ("培训人次(8分)") keep them; the rest of the goal share what is left, and a goal used up by its printed points is a problem',
    grid: grid(
      'Sheet1',
      [
        '年度绩效目标1(10分)|一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分',
        '|产出指标|数量指标|培训人次(8分)|≥100人次|120人次|8',
        '|||培训场次|≥5场|5场|1',
        '|||培训天数|≥3天|3天|1',
        '年度绩效目标2(8分)|一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分',
        '|效益指标|社会效益|就业人数(5分)|≥10人|12人|5',
        '|||满意度|≥90%|95%|3',
      ],
      ['A1:A4', 'A5:A7'],
    ),
    options: { unprintedWeights: 'equal' },
  },
  {
    id: 'shared-used-up',
    why: 'a goal whose printed points leave nothing for its other rows is a problem at its first row',
    grid: grid(
      'Sheet1',
      [
        '年度绩效目标1(5分)|一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分',
        '|效益指标|社会效益|就业人数(5分)|≥10人|12人|5',
        '|||满意度|≥90%|95%|0',
      ],
      ['A1:A3'],
    ),
    options: { unprintedWeights: 'equal' },
  },
  {
    id: 'department-head-chongqing',
    why: "the head of 重庆's department form: 自评总分(分) printed above the table, the funds block with 全年(调整)预算数, 执行率权重 and 执行率得分(分)",
    grid: grid('Sheet1', [
      '部门整体绩效自评表||||||||||',
      '主管部门|某区融媒体中心||||财政处室||自评总分(分)||97.6|',
      '部门预算执行情况|预算资金(万元)|年初预算数|全年(调整)预算数|全年执行数|执行率(%)|执行率权重|执行率得分(分)|||',
      '||1000|1200|912|76%|10|7.6|||',
      '绩效指标|指标名称|计量单位|指标性质|年初指标值|调整指标值|全年完成值|得分系数(%)|指标权重(分)|指标得分(分)|是否核心指标',
      '|预算完成率|%|定量指标|70%||76%|100%|40|40|是',
      '|播发稿件数量|篇||2200||2859|100%|40|40|否',
      '|管理制度健全性||定性指标|健全||健全|100%|10|10|否',
    ]),
  },
  {
    id: 'head-odd-places',
    why: 'a title not in the first cell, "2021 年度" with a space, a key cell merged over two cells (the value is the cell after both), a value cell that is another key (skipped), 主管部门 as the unit, a 年度 line that holds no year (the title\'s stays), a year in a project line that is no title',
    grid: grid(
      'Sheet1',
      [
        '|2021 年度项目支出绩效自评表||||',
        '项目名称|项目名称|2019年道路改造续建|||',
        '实施单位|主管部门|某县交通局|||',
        '年度|全年||||',
        '一级指标|二级指标|三级指标|年度指标值|实际完成值|分值',
        '产出指标|数量指标|改造里程|≥10公里|10公里|100',
      ],
      ['B1:F1', 'A2:B2'],
    ),
  },
  {
    id: 'head-inline-values',
    why: '"单位名称： 某县公路中心 " in one cell (trimmed), a year only in a project line (not taken: the line is no title), no 主管部门',
    grid: grid('Sheet1', [
      '单位名称： 某县公路中心 |||',
      '项目名称|2019年道路改造续建||',
      '三级指标|年度指标值|实际完成值|分值',
      '改造里程|≥10公里|10公里|100',
    ]),
  },
  {
    id: 'funds-total-and-parts',
    why: 'a funds block whose header names the unit (元) and no 分值, a 合计 row, 其中 lines with and without a colon, a goal block whose 实际完成情况 header has words after it',
    grid: grid('Sheet1', [
      '项目资金（元）|年初预算数|全年预算数|全年执行数|执行率|得分',
      '合计|100|100|90|90.00%|',
      '其中：财政拨款|100|100|90||',
      '其中上年结转|0|0|0||',
      '年度总体目标|预期目标||实际完成情况及说明||',
      '|修路10公里||修路12公里||',
      '一级指标|二级指标|三级指标|年度指标值|实际完成值|分值',
      '产出指标|数量指标|改造里程|≥10公里|12公里|90',
    ]),
  },
  {
    id: 'goal-first-row',
    why: '年度总体目标 in the very first rows of the sheet',
    grid: grid('Sheet1', [
      '预期目标||实际完成情况',
      '修路10公里||修路12公里',
      '三级指标|年度指标值|实际完成值|分值',
      '改造里程|≥10公里|12公里|100',
    ]),
  },
  {
    id: 'goal-without-text',
    why: 'a 预期目标 line right above the header: the header is no goal text',
    grid: grid('Sheet1', [
      '年度总体目标|预期目标|实际完成情况|',
      '三级指标|年度指标值|实际完成值|分值',
      '改造里程|≥10公里|12公里|100',
    ]),
  },
  {
    id: 'rows-variants',
    why: 'template numbering before names ("指标1：", "指标2"), weights written "60%" and "12.5%", ★ after a name, "*" before one, 【核心】 and （核心指标）, a 二级指标 written once under a merged 一级 (kept for the rows below), a 其中 line first (no row above: dropped) and one with a note, a 得分 that is no number (not kept), a 总分 row whose number is not in the 得分 column',
    grid: grid(
      'Sheet1',
      [
        '一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施',
        '产出指标|数量指标|其中：先导段|≥1公里|1公里|||',
        '|数量指标|指标1：改造里程★|≥10公里|10公里|12.5%|12.5|',
        '||指标2新建桥梁【核心】|≥2座|2座|7.5|七点五|',
        '||其中：大桥|≥1座|1座|||另建1座中桥',
        '效益指标|社会效益指标|*群众出行（核心指标）|明显改善|明显改善|60%|60|',
        '||通行时间缩短|≥10%|12%|20|20|',
        '总分|||||100||',
      ],
      ['A2:A5', 'A6:A7'],
    ),
  },
  {
    id: 'scoring-standard',
    why: 'a 评分表 row keeps its 评分标准 and 扣分原因',
    grid: grid('Sheet1', [
      '一级指标|二级指标|三级指标|分值|评分标准|自评得分|扣分原因',
      '投入|预算编制|预算编制科学性|60|编制科学得满分，否则酌情扣分|55|个别项目测算偏粗',
      '产出|实际完成|任务完成率|40|全部完成得满分|40|',
    ]),
  },
  {
    id: 'row-problems',
    why: 'every problem of the rows at once, each naming its cell: a weight without a name, a name filled only by the merge beside it, no weight, a weight that is no number; a blank template row is no problem',
    grid: grid(
      'Sheet1',
      [
        '一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分',
        '产出指标|数量指标||≥10个|10个|20|20',
        '|质量指标||合格|合格|10|10',
        '|时效指标|按时完成|年底前|按时|||',
        '效益指标|社会效益|群众受益|明显|明显|三十|30',
        '|社会效益||||||',
      ],
      ['B3:C3'],
    ),
  },
  {
    id: 'funds-problems',
    why: 'a funds total with an amount that is no number and no 全年执行数',
    grid: grid('资金', [
      '项目资金|年初预算数|全年预算数|全年执行数|分值|执行率|得分',
      '年度资金总额|100|一百||10||',
      '一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分',
      '产出指标|数量指标|培训人次|≥100人次|120人次|90|90',
    ]),
  },
  {
    id: 'extra-cells',
    why: 'a CSV line wider than its header (a number with a thousands comma split in two) names its row and both widths',
    grid: grid('data.csv', [
      '三级指标|年度指标值|实际完成值|分值|得分',
      '培训人次|≥1|200人次|90|90',
      '资金|1|200|10|9|5|',
    ]),
    options: { extraCells: 'error' },
  },
  {
    id: 'no-header-nearest',
    why: 'no header of a known layout: the row nearest to one, its headers, the nearest layout and the columns it lacks',
    grid: grid('Sheet1', [
      '某项目绩效自评表|||',
      '一级指标|三级指标|年初目标值(A)|实际完成值(B)|得分',
      '产出指标|培训人次|100|120|30',
    ]),
  },
  {
    id: 'no-header-nothing-known',
    why: 'no header and no row naming any known column: the first row with text is shown, no layout is suggested',
    grid: grid('Sheet1', ['', '项目|金额', '培训|100']),
  },
  {
    id: 'no-header-empty',
    why: 'a sheet of empty cells',
    grid: grid('空表', ['||', '||']),
  },
  {
    id: 'layout-forced',
    why: 'the layout option keeps the other layouts out: a national header read as "annualActual" is an error naming what that layout lacks',
    grid: grid('Sheet1', [
      '一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分',
      '产出指标|数量指标|培训人次|≥100人次|120人次|100|100',
    ]),
    options: { layout: 'annualActual' },
  },
  {
    id: 'layout-unknown',
    why: 'a layout id that is neither built in nor given',
    grid: grid('Sheet1', ['三级指标|年度指标值|实际完成值|分值', '培训人次|≥100人次|120人次|100']),
    options: { layout: 'hubei2024' },
  },
];

describe('the grid reader, golden', () => {
  it('every case has a reviewed answer file, and no file is left without a case', () => {
    const ids = CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    if (process.env.GOLDEN === 'write') return;
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...ids].sort());
  });

  it.each(CASES.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const r = safeReadSelfEvaluationGrid(c.grid, c.options ?? {});
    const answer = JSON.parse(
      JSON.stringify(
        r.success ? { ok: true, value: r.data } : { ok: false, issues: r.error.issues },
      ),
    ) as unknown;
    const file = new URL(`${id}.json`, DIR);
    if (process.env.GOLDEN === 'write') {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, `${JSON.stringify({ why: c.why, answer }, null, 2)}\n`);
    }
    if (!existsSync(file)) throw new Error(`no golden answer for ${id}: ${file.pathname}`);
    const golden = JSON.parse(readFileSync(file, 'utf8')) as { why: string; answer: unknown };
    expect(golden.why).toBe(c.why);
    expect(answer).toEqual(golden.answer);
  });
});
