import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import {
  builtinFramework,
  defineFramework,
  evaluate,
  withWeights,
  BUILTIN_FRAMEWORKS,
} from '../../src/index.js';
import { codesOf } from '../helpers.js';

// 财预〔2013〕53号 附件2 部门整体支出绩效评价共性指标体系框架 (official-rules.md §1.2)
const TREE_53 = [
  ['投入', '目标设定', '绩效目标合理性'],
  ['投入', '目标设定', '绩效指标明确性'],
  ['投入', '预算配置', '在职人员控制率'],
  ['投入', '预算配置', '“三公经费”变动率'],
  ['投入', '预算配置', '重点支出安排率'],
  ['过程', '预算执行', '预算完成率'],
  ['过程', '预算执行', '预算调整率'],
  ['过程', '预算执行', '支付进度率'],
  ['过程', '预算执行', '结转结余率'],
  ['过程', '预算执行', '结转结余变动率'],
  ['过程', '预算执行', '公用经费控制率'],
  ['过程', '预算执行', '“三公经费”控制率'],
  ['过程', '预算执行', '政府采购执行率'],
  ['过程', '预算管理', '管理制度健全性'],
  ['过程', '预算管理', '资金使用合规性'],
  ['过程', '预算管理', '预决算信息公开性'],
  ['过程', '预算管理', '基础信息完善性'],
  ['过程', '资产管理', '管理制度健全性'],
  ['过程', '资产管理', '资产管理安全性'],
  ['过程', '资产管理', '固定资产利用率'],
  ['产出', '职责履行', '实际完成率'],
  ['产出', '职责履行', '完成及时率'],
  ['产出', '职责履行', '质量达标率'],
  ['产出', '职责履行', '重点工作办结率'],
  ['效果', '履职效益', '经济效益'],
  ['效果', '履职效益', '社会效益'],
  ['效果', '履职效益', '生态效益'],
  ['效果', '履职效益', '社会公众或服务对象满意度'],
];

const fw = builtinFramework('department2013');
const leaves = fw.indicators.filter((i) => i.rule !== null);

describe('department2013', () => {
  it('has the 53号 tree: 一级 投入/过程/产出/效果 and every 二级 and 三级 indicator, in order', () => {
    expect(leaves.map((l) => l.path)).toEqual(TREE_53);
  });

  it('adds up to 100 with the documented default weights', () => {
    expect(fw.max).toBe('100');
    const top = fw.indicators.filter((i) => i.level === 1).map((i) => [i.name.zh, i.weight]);
    expect(top).toEqual([
      ['投入', '15'],
      ['过程', '35'],
      ['产出', '30'],
      ['效果', '20'],
    ]);
    // Local table A (official-rules §5.2): 目标设定 5 [2, 3], 预算配置 10 [3, 3, 4].
    expect(leaves.slice(0, 5).map((l) => l.weight)).toEqual(['2', '3', '3', '3', '4']);
  });

  it('documents every leaf: 指标解释, formula or standard in words, and a source', () => {
    const doc = BUILTIN_FRAMEWORKS.department2013;
    for (const l of leaves) {
      expect(l.description?.zh.length, l.id).toBeGreaterThan(10);
      expect(l.formula?.zh.length, l.id).toBeGreaterThan(10);
      expect(l.name.en).not.toBe(l.name.zh);
    }
    const sources = JSON.stringify(doc).match(/"source":/g) ?? [];
    expect(sources.length).toBe(leaves.length);
  });

  it('declares every fact with a name, unit and description', () => {
    for (const [name, fact] of Object.entries(fw.facts)) {
      expect(fact.unit, name).not.toBe('');
      expect(fact.name.en, name).not.toBe(fact.name.zh);
    }
  });

  it('is compiled once', () => {
    expect(builtinFramework('department2013')).toBe(fw);
    expect(codesOf(() => builtinFramework('nope' as never))).toEqual(['invalid_input']);
  });

  it('scores 在职人员控制率 with 10% of the weight per percentage point (0.3 of 3)', () => {
    const data = JSON.parse(
      readFileSync(new URL('../../examples/linze-kexie-2023.json', import.meta.url), 'utf8'),
    ) as {
      facts: Record<string, number | string>;
    };
    data.facts['staff.actual'] = 9; // 9 / 8 = 112.5%
    const r = evaluate(fw, data);
    const f = r.findings.find((x) => x.indicatorId === 'input.allocation.staff');
    expect(f?.message.zh).toBe(
      '在职人员控制率 112.50%，超过 100% 标准 12.5 个百分点，扣 3.00 分，扣完为止',
    );
  });

  it('takes local weights: the provincial 在职人员控制率 of 5 points, 0.5 per percentage point', () => {
    const local = defineFramework(
      withWeights(fw, { 'input.allocation.staff': 5, 'input.allocation.keySpending': 2 }),
    );
    expect(local.indicators.find((i) => i.id === 'input.allocation.staff')?.weight).toBe('5');
    expect(local.indicators.find((i) => i.id === 'input')?.weight).toBe('15');
    const data = JSON.parse(
      readFileSync(new URL('../../examples/linze-kexie-2023.json', import.meta.url), 'utf8'),
    ) as {
      facts: Record<string, number | string>;
    };
    data.facts['staff.quota'] = 50;
    data.facts['staff.actual'] = 51;
    const f = evaluate(local, data).findings.find(
      (x) => x.indicatorId === 'input.allocation.staff',
    );
    expect(f?.message.zh).toBe('在职人员控制率 102.00%，超过 100% 标准 2 个百分点，扣 1.00 分');
  });
});

describe('the demo unit: 临泽县科学技术协会 2023', () => {
  const data = JSON.parse(
    readFileSync(new URL('../../examples/linze-kexie-2023.json', import.meta.url), 'utf8'),
  ) as {
    facts: Record<string, string | number>;
    sources: Record<string, string>;
  };
  const r = evaluate(fw, data);

  it('reproduces the published total 97.94 and grade 优', () => {
    expect(r.total).toBe('97.94');
    expect(r.grade).toBe('优');
  });

  it('uses the numbers the report states', () => {
    expect(data.facts['staff.actual']).toBe(8);
    expect(dec(data.facts['budget.approved'] ?? 0).eq(dec('559.31').plus('414.51'))).toBe(true);
    expect(data.facts['assets.inUse']).toBe('4364.66');
    expect(data.facts['work.done']).toBe(47);
    for (const name of Object.keys(data.facts))
      expect(data.sources[name], name).toMatch(/^(报告|示意)/);
  });

  it('explains every point lost', () => {
    expect(r.findings.map((f) => [f.indicatorId, f.lost])).toEqual([
      ['input.goals.clarity', '0.75'],
      ['process.execution.completion', '0.01'],
      ['outcome.benefits.economic', '0.50'],
      ['outcome.benefits.social', '0.50'],
      ['outcome.benefits.satisfaction', '0.30'],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['weight_redistributed']);
  });
});
