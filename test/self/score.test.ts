import { describe, expect, it } from 'vitest';
import {
  safeScoreSelfEvaluation,
  scoreSelfEvaluation,
  type SelfEvaluationRow,
} from '../../src/index.js';
import { issuesOf } from '../helpers.js';

const row = (
  l1: string,
  l3: string,
  target: string,
  actual: string,
  weight: number,
  extra: Partial<SelfEvaluationRow> = {},
) => ({
  l1,
  l2: `${l1.slice(0, 2)}二级`,
  l3,
  target,
  actual,
  weight,
  ...extra,
});

// A 10 / 50 / 30 / 10 table.
const standard = () => ({
  unit: '某县科协',
  project: '科普活动经费',
  year: 2023,
  budget: { initial: 100, adjusted: '100', executed: '95', weight: 10 },
  rows: [
    row('产出指标', '科普活动场次', '≥40场次', '47场次', 20),
    row('产出指标', '服务人次', '≥5万人次', '4.5万人次', 20),
    row('产出指标', '单场成本', '≤1万元', '9000元', 10),
    row('效益指标', '群众科学素质', '效果明显', '达成年度指标', 30, { points: 28 }),
    row('满意度指标', '服务对象满意度', '≥95%', '95%以上', 10),
  ],
});

describe('scoreSelfEvaluation', () => {
  it('scores the budget block and every row, rounded to 2 places then summed', () => {
    const r = scoreSelfEvaluation(standard());
    expect(r.budget).toMatchObject({
      rate: '0.9500',
      ratePercent: '95.00%',
      points: '9.50',
      weight: '10.00',
      flags: [],
    });
    expect(r.rows.map((x) => [x.points, x.lost])).toEqual([
      ['20.00', '0.00'],
      ['18.00', '2.00'],
      ['10.00', '0.00'],
      ['28.00', '2.00'],
      ['10.00', '0.00'],
    ]);
    expect(r.total).toBe('95.50');
    expect(r.grade).toBe('优');
    expect(r.findings.map((f) => f.lost)).toEqual(['0.50', '2.00', '2.00']);
    expect(r.rows[2]?.flags.map((f) => f.code)).toEqual(['unitConverted']);
    expect(r.rows[4]?.flags.map((f) => f.code)).toEqual(['approximate']);
    expect(r.warnings.map((w) => [w.code, w.indicatorId])).toEqual([
      ['explanation_required', 'row-1'],
    ]);
    expect(r.warnings[0]?.message.zh).toBe(
      '第 2 行「服务人次」需填写偏差原因（未完成指标值（实际 4.5万人次））',
    );
    expect(r.evaluation.tree.map((n) => n.name.zh)).toEqual([
      '预算执行率',
      '产出指标',
      '效益指标',
      '满意度指标',
    ]);
  });

  it('keeps the input of each row beside what it read', () => {
    const r = scoreSelfEvaluation(standard());
    expect(r.rows[0]).toMatchObject({
      l1: '产出指标',
      l3: '科普活动场次',
      target: '≥40场次',
      actual: '47场次',
      weight: 20,
    });
    expect(r.rows[0]?.parsed?.target).toMatchObject({
      kind: 'quantitative',
      op: '>=',
      value: '40',
    });
    expect(r.rows[0]?.parsed?.actual).toMatchObject({ kind: 'quantitative', value: '47' });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('requires a reason below 90% execution and caps execution above 100%', () => {
    const low = standard();
    low.budget.executed = '85';
    const r = scoreSelfEvaluation(low);
    expect(r.budget?.points).toBe('8.50');
    expect(r.budget?.flags[0]?.message.zh).toBe('预算执行率 85.00% 低于 90%，需说明原因');
    expect(r.warnings.some((w) => w.indicatorId === 'budget')).toBe(true);
    const noted = { ...low, budget: { ...low.budget, note: '年底采购合同未到付款节点' } };
    expect(scoreSelfEvaluation(noted).warnings.some((w) => w.indicatorId === 'budget')).toBe(false);
    const over = standard();
    over.budget.executed = '104';
    const o = scoreSelfEvaluation(over);
    expect(o.budget?.points).toBe('10.00');
    expect(o.budget?.flags.map((f) => f.code)).toEqual(['overExecuted']);
  });

  it('warns, not fails, when the split differs from 10 / 50 / 30 / 10', () => {
    expect(scoreSelfEvaluation(standard()).warnings.some((w) => w.code === 'split_differs')).toBe(
      false,
    );
    const sichuan = {
      budget: { adjusted: '251.89', executed: '251.89' },
      rows: [
        {
          l1: '产出指标',
          l2: '数量指标',
          l3: '发放（缴纳）覆盖率',
          target: { op: '=', value: 100, unit: '%' },
          actual: '100%',
          weight: 60,
        },
        {
          l1: '效益指标',
          l2: '社会效益指标',
          l3: '足额保障率（参保率）',
          target: { op: '=', value: 100, unit: '%' },
          actual: '100',
          weight: 30,
        },
      ],
    };
    const r = scoreSelfEvaluation(sichuan);
    expect(r.total).toBe('100.00');
    const w = r.warnings.find((x) => x.code === 'split_differs');
    expect(w?.message.zh).toBe(
      '分值结构为 预算执行率 10 / 产出指标 60 / 效益指标 30 / 满意度指标 0，与财预〔2020〕10号 单位自评默认权重（预算执行率 10 / 产出指标 50 / 效益指标 30 / 满意度指标 10）不同',
    );
    expect(scoreSelfEvaluation(sichuan, { layout: 'none' }).warnings).toEqual([]);
  });

  it('flags over-completion and applies the deviation policy when asked', () => {
    const t = standard();
    t.rows[0] = row('产出指标', '科普活动场次', '≥30场次', '47场次', 20);
    const r = scoreSelfEvaluation(t);
    expect(r.rows[0]?.flags.map((f) => f.code)).toEqual([
      'overCompleted',
      'explanationRequired',
      'explanationMissing',
    ]);
    expect(r.rows[0]?.points).toBe('20.00');
    const cut = scoreSelfEvaluation(t, { overCompletion: { policy: 'proportional' } });
    expect(cut.rows[0]?.points).toBe('12.77');
  });

  it('rejects a malformed table with every problem listed at its table path', () => {
    const bad = {
      budget: { adjusted: '100', executed: '-5', wieght: 10 },
      rows: [
        row('产出指标', 'a', '≥abc', '5', 20),
        row('产出指标', 'b', '≤30万元', '完成', 20),
        row('产出指标', 'c', '≥30万人次', '5万元', 10),
        row('效益指标', 'd', '效果明显', '达成年度指标', 30),
        row('满意度指标', 'e', '≥95%', '96%', 0),
      ],
    };
    const issues = issuesOf(() => scoreSelfEvaluation(bad));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_input', 'budget.executed'],
      ['unknown_key', 'budget.wieght'],
      ['invalid_input', 'rows.4.weight'],
    ]);
    const fixed = {
      ...bad,
      budget: { adjusted: '100', executed: '95' },
      rows: bad.rows.map((r) => ({ ...r, weight: r.weight || 10 })),
    };
    const second = issuesOf(() => scoreSelfEvaluation(fixed));
    expect(second.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['target_unparseable', 'rows.0.target'],
      ['actual_unparseable', 'rows.1.actual'],
      ['unit_mismatch', 'rows.2.actual'],
      ['missing_input', 'rows.3.points'],
    ]);
  });

  it('checks that the weights add up to the maximum', () => {
    const t = standard();
    t.rows[0] = row('产出指标', '科普活动场次', '≥40场次', '47场次', 25);
    expect(
      issuesOf(() => scoreSelfEvaluation(t)).map((i) => [i.code, i.path, i.message.zh]),
    ).toEqual([['total_mismatch', ['rows'], '分值合计 105，应等于满分 100']]);
  });

  it('maps engine problems back to table cells', () => {
    const t = standard();
    t.rows[3] = row('效益指标', '群众科学素质', '效果明显', '部分达成年度指标并具有一定效果', 30, {
      points: 27,
    });
    expect(issuesOf(() => scoreSelfEvaluation(t)).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['points_out_of_range', 'rows.3.points'],
    ]);
    const zero = { ...standard(), budget: { adjusted: 0, executed: 0 } };
    expect(
      issuesOf(() => scoreSelfEvaluation(zero)).map((i) => [i.code, i.path.join('.')]),
    ).toEqual([['division_by_zero', 'budget.adjusted']]);
  });

  it('accepts rows without 二级指标 and the options it documents', () => {
    const t = {
      budget: { adjusted: 10, executed: 10 },
      rows: [{ l1: '产出指标', l3: '完成率', target: '≥90%', actual: '95%', weight: 90 }],
    };
    const r = scoreSelfEvaluation(t, {
      layout: 'none',
      explainBelow: '0.8',
      rounding: { places: 1 },
    });
    expect([r.total, r.evaluation.tree[1]?.children[0]?.name.zh]).toEqual(['100.0', '完成率']);
    expect(issuesOf(() => scoreSelfEvaluation(t, { layout: 'x' } as never))[0]?.path).toEqual([
      'options',
      'layout',
    ]);
    const s = safeScoreSelfEvaluation({});
    expect(s.success).toBe(false);
  });
});

describe('the compiled framework kept by table shape', () => {
  const base = {
    budget: { adjusted: 100, executed: 95 },
    rows: [
      {
        l1: '产出指标',
        l2: '数量指标',
        l3: '培训人次',
        target: '≥500人次',
        actual: '450人次',
        weight: 90,
      },
    ],
  };
  it('is reused for other actual values, and never for another target, weight or name', () => {
    expect(scoreSelfEvaluation(base).total).toBe('90.50');
    // Other actual value: the same framework, another score.
    const row = base.rows[0];
    if (!row) throw new Error('row');
    expect(scoreSelfEvaluation({ ...base, rows: [{ ...row, actual: '500人次' }] }).total).toBe(
      '99.50',
    );
    // Each field of the shape changes the framework: target, weight (with the budget's), name.
    expect(scoreSelfEvaluation({ ...base, rows: [{ ...row, target: '≥450人次' }] }).total).toBe(
      '99.50',
    );
    const heavier = scoreSelfEvaluation({
      budget: { ...base.budget, weight: 20 },
      rows: [{ ...row, weight: 80 }],
    });
    expect(heavier.total).toBe('91.00');
    expect(scoreSelfEvaluation({ ...base, rows: [{ ...row, l3: '培训场次' }] }).rows[0]?.l3).toBe(
      '培训场次',
    );
    expect(
      scoreSelfEvaluation({ ...base, rows: [{ ...row, l3: '培训场次' }] }).evaluation.tree[1]
        ?.children[0]?.children[0]?.name.zh,
    ).toBe('培训场次');
  });
});
