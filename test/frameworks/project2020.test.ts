import { describe, expect, it } from 'vitest';
import { PROJECT_2020_LEAVES, defineFramework, evaluate, project2020 } from '../../src/index.js';
import { codesOf, issuesOf } from '../helpers.js';

// One weighting that satisfies 10号 (产出 35 + 效益 30 = 65 ≥ 60).
const WEIGHTS: Record<string, number> = {
  'decision.approval.basis': 3,
  'decision.approval.procedure': 2,
  'decision.goals.soundness': 3,
  'decision.goals.clarity': 2,
  'decision.funding.budgeting': 3,
  'decision.funding.allocation': 2,
  'process.funds.arrival': 4,
  'process.funds.execution': 6,
  'process.funds.compliance': 4,
  'process.implementation.rules': 2,
  'process.implementation.enforcement': 4,
  'output.quantity.completion': 10,
  'output.quality.rate': 10,
  'output.time.timeliness': 8,
  'output.cost.saving': 7,
  'benefit.effect.impact': 20,
  'benefit.effect.satisfaction': 10,
};

describe('project2020', () => {
  it('is the 10号 tree: 决策 / 过程 / 产出 / 效益 with its 二级 and 三级 indicators', () => {
    const fw = defineFramework(project2020(WEIGHTS));
    expect(fw.indicators.filter((i) => i.level === 1).map((i) => [i.name.zh, i.weight])).toEqual([
      ['决策', '15'],
      ['过程', '20'],
      ['产出', '35'],
      ['效益', '30'],
    ]);
    expect(fw.indicators.filter((i) => i.level === 2).map((i) => i.name.zh)).toEqual([
      '项目立项',
      '绩效目标',
      '资金投入',
      '资金管理',
      '组织实施',
      '产出数量',
      '产出质量',
      '产出时效',
      '产出成本',
      '项目效益',
    ]);
    expect(fw.indicators.filter((i) => i.rule).map((i) => i.name.zh)).toEqual([
      '立项依据充分性',
      '立项程序规范性',
      '绩效目标合理性',
      '绩效指标明确性',
      '预算编制科学性',
      '资金分配合理性',
      '资金到位率',
      '预算执行率',
      '资金使用合规性',
      '管理制度健全性',
      '制度执行有效性',
      '实际完成率',
      '质量达标率',
      '完成及时性',
      '成本节约率',
      '实施效益',
      '满意度',
    ]);
    expect(PROJECT_2020_LEAVES).toHaveLength(17);
    expect(fw.indicators.every((i) => !i.rule || (i.description?.zh.length ?? 0) > 10)).toBe(true);
  });

  it('scores a project', () => {
    const fw = defineFramework(project2020(WEIGHTS));
    const yes = (n: number) => ({
      elements: Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i + 1}`, true])),
    });
    const r = evaluate(fw, {
      facts: {
        'funds.budgeted': 100,
        'funds.received': 100,
        'funds.spent': 96,
        'output.planned': 20,
        'output.actual': 20,
        'output.qualified': 19,
        'cost.planned': 100,
        'cost.actual': 102,
      },
      answers: {
        'decision.approval.basis': yes(5),
        'decision.approval.procedure': yes(3),
        'decision.goals.soundness': yes(4),
        'decision.goals.clarity': yes(3),
        'decision.funding.budgeting': yes(4),
        'decision.funding.allocation': yes(2),
        'process.funds.compliance': yes(4),
        'process.implementation.rules': yes(2),
        'process.implementation.enforcement': yes(4),
        'output.time.timeliness': { level: 'achieved', points: 8 },
        'benefit.effect.impact': { level: 'achieved', points: 18 },
        'benefit.effect.satisfaction': { rate: 96 },
      },
    });
    expect(r.findings.map((f) => [f.indicatorId, f.lost])).toEqual([
      ['process.funds.execution', '0.24'],
      ['output.quality.rate', '0.50'],
      ['output.cost.saving', '1.40'],
      ['benefit.effect.impact', '2.00'],
      ['benefit.effect.satisfaction', '0.40'],
    ]);
    expect(r.total).toBe('95.46');
  });

  it('enforces the 10号 rule that 产出 and 效益 carry at least 60%', () => {
    const low = { ...WEIGHTS, 'output.quantity.completion': 1, 'decision.approval.basis': 12 };
    const issue = issuesOf(() => project2020(low))[0];
    expect(issue?.code).toBe('weight_rule');
    expect(issue?.message.zh).toBe(
      '产出、效益指标分值合计 56，占 56%，低于财预〔2020〕10号要求的 60%',
    );
  });

  it('needs every leaf weight, and only those', () => {
    const { 'benefit.effect.satisfaction': _gone, ...missing } = WEIGHTS;
    expect(codesOf(() => project2020(missing))).toEqual(['missing_input']);
    expect(codesOf(() => project2020({ ...WEIGHTS, extra: 1 }))).toEqual(['unknown_indicator']);
    expect(codesOf(() => project2020({ ...WEIGHTS, 'output.quality.rate': -1 }))).toEqual([
      'invalid_input',
    ]);
  });
});
