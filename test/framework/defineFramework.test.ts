import { describe, expect, it } from 'vitest';
import {
  defineFramework,
  safeDefineFramework,
  type FrameworkInput,
  type IndicatorInput,
} from '../../src/index.js';
import { codesOf, issuesOf } from '../helpers.js';

const base = {
  id: 'fw',
  version: '1',
  name: { zh: '测试体系', en: 'Test framework' },
  facts: {
    'budget.executed': { name: '执行数', unit: '万元' },
    'budget.adjusted': { name: '预算数' },
  },
  metrics: { rate: { name: '执行率', expr: 'budget.executed / budget.adjusted * 100', unit: '%' } },
  indicators: [
    {
      id: 'a',
      name: '投入',
      weight: 40,
      description: '解释',
      children: [
        { id: 'a1', name: '执行率', weight: 30, rule: { kind: 'ratio', metric: 'rate' } },
        { id: 'a2', name: '其他', weight: 10, rule: { kind: 'manual' } },
      ],
    },
    { id: 'b', name: '效果', weight: 60, rule: { kind: 'levels', levels: 'mof2020' } },
  ],
} satisfies FrameworkInput;
const clone = (): typeof base => structuredClone(base);

describe('defineFramework', () => {
  it('compiles a valid framework into a frozen, plain description', () => {
    const fw = defineFramework(clone());
    expect(fw.id).toBe('fw');
    expect(fw.max).toBe('100');
    expect(fw.scale.id).toBe('mof2020');
    expect(fw.indicators.map((i) => [i.id, i.level, i.weight, i.parentId, i.rule])).toEqual([
      ['a', 1, '40', null, null],
      ['a1', 2, '30', 'a', 'ratio'],
      ['a2', 2, '10', 'a', 'manual'],
      ['b', 1, '60', null, 'levels'],
    ]);
    expect(fw.indicators[1]?.path).toEqual(['投入', '执行率']);
    expect(fw.indicators[0]?.description).toEqual({ zh: '解释', en: '解释' });
    expect(fw.facts['budget.executed']).toEqual({
      name: { zh: '执行数', en: '执行数' },
      unit: '万元',
    });
    expect(Object.isFrozen(fw)).toBe(true);
    expect(Object.isFrozen(fw.definition.indicators[0])).toBe(true);
    expect(fw.definition).toEqual(base);
  });

  it('does not keep a reference to the caller’s object', () => {
    const doc = clone();
    const fw = defineFramework(doc);
    doc.indicators[0]!.weight = 99;
    expect(fw.indicators[0]?.weight).toBe('40');
  });

  it('accepts exact decimal weights', () => {
    const doc = clone();
    doc.indicators[0]!.children![0]!.weight = '29.95' as unknown as number;
    doc.indicators[0]!.children![1]!.weight = '10.05' as unknown as number;
    expect(defineFramework(doc).indicators[1]?.weight).toBe('29.95');
  });

  it('reports every problem at once, each with its path', () => {
    const doc = clone() as Record<string, unknown> & typeof base;
    (doc as Record<string, unknown>).wieght = 1;
    doc.indicators[0]!.weight = 45;
    doc.indicators[0]!.children![1]!.id = 'a1';
    (doc.indicators[1] as Record<string, unknown>).children = [{ id: 'b1', name: 'x', weight: 60 }];
    doc.metrics.rate.expr = 'budget.executed / budget.adjustd';
    const issues = issuesOf(() => defineFramework(doc));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_key', 'wieght'],
      ['unknown_reference', 'metrics.rate.expr'],
      ['duplicate_id', 'indicators.0.children.1.id'],
      ['weight_mismatch', 'indicators.0.weight'],
      ['inner_with_rule', 'indicators.1.rule'],
      ['leaf_without_rule', 'indicators.1.children.0'],
      ['total_mismatch', 'indicators'],
    ]);
    expect(issues.every((i) => i.message.zh.length > 0 && i.message.en.length > 0)).toBe(true);
  });

  it('reports schema errors with zh and en messages', () => {
    const issues = issuesOf(() =>
      defineFramework({
        id: '',
        version: 1,
        name: { zh: '' },
        indicators: [{ id: 'a', name: 'A', weight: 'abc' }],
      } as never),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_input', 'id'],
      ['invalid_input', 'version'],
      ['invalid_input', 'name.zh'],
      ['invalid_input', 'indicators.0.weight'],
    ]);
    expect(issues[3]?.message.en).toContain('a finite number or a decimal string');
    expect(issues[3]?.message.zh).toContain('应为数值');
    expect(issues[1]?.message.zh).toMatch(/期望|无效/);
  });

  it('rejects zero and negative weights, NaN and Infinity', () => {
    for (const weight of [0, -5, '0', Number.NaN, Number.POSITIVE_INFINITY, '1e3', '1,000']) {
      const doc = {
        ...clone(),
        indicators: [{ id: 'x', name: 'x', weight, rule: { kind: 'manual' } }],
      };
      expect(
        codesOf(() => defineFramework(doc as never)),
        String(weight),
      ).toContain('invalid_input');
    }
  });

  it('names unknown rule kinds', () => {
    const doc = {
      ...clone(),
      indicators: [{ id: 'x', name: 'x', weight: 100, rule: { kind: 'magic' } }],
    };
    const issues = issuesOf(() => defineFramework(doc as never));
    expect(issues[0]?.path).toEqual(['indicators', 0, 'rule', 'kind']);
    expect(issues[0]?.message.en).toContain('"ratio"');
    expect(issues[0]?.message.zh).toContain('取值无效');
  });

  it('checks metric expressions: syntax, limits, types, references, cycles', () => {
    const doc = clone() as typeof base & {
      metrics: Record<string, { name: string; expr: string }>;
    };
    doc.metrics = {
      ...doc.metrics,
      bad: { name: 'b', expr: '1 +' },
      long: { name: 'l', expr: '1+'.repeat(300) + '1' },
      cond: { name: 'c', expr: 'budget.executed > 1' },
      x: { name: 'x', expr: 'y + 1' },
      y: { name: 'y', expr: 'z * 2' },
      z: { name: 'z', expr: 'x' },
      'budget.executed': { name: 'dup', expr: '1' },
    };
    expect(codesOf(() => defineFramework(doc))).toEqual([
      'expression_syntax',
      'expression_limit',
      'expression_type',
      'duplicate_id',
      'metric_cycle',
    ]);
    const cyc = issuesOf(() => defineFramework(doc)).find((i) => i.code === 'metric_cycle');
    expect(cyc?.message.en).toContain('x → y → z → x');
  });

  it('checks rule expressions against declared names', () => {
    const doc = clone();
    doc.indicators[0]!.children![0]!.rule = { kind: 'ratio', metric: 'rate + budget.spent' };
    const issues = issuesOf(() => defineFramework(doc));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_reference', 'indicators.0.children.0.rule.metric'],
    ]);
  });

  it('validates the grade scale and the total against it', () => {
    const doc = {
      ...clone(),
      scale: {
        max: 90,
        bands: [
          { label: '合格', min: 60 },
          { label: '不合格', min: 0 },
        ],
      },
    };
    expect(codesOf(() => defineFramework(doc))).toEqual(['total_mismatch']);
    const bad = { ...clone(), scale: { bands: [{ label: 'A', min: 10 }] } };
    expect(codesOf(() => defineFramework(bad))).toEqual(['scale_invalid']);
  });

  it('rejects absurdly deep input without overflowing the stack', () => {
    let deep: IndicatorInput = { id: 'x', name: 'x', weight: 1, rule: { kind: 'manual' } };
    for (let i = 0; i < 5000; i++) deep = { id: `n${i}`, name: 'n', weight: 1, children: [deep] };
    expect(codesOf(() => defineFramework({ ...clone(), indicators: [deep] }))).toEqual([
      'invalid_input',
    ]);
  });

  it('safeDefineFramework returns instead of throwing', () => {
    const r = safeDefineFramework({});
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.length).toBe(4);
    expect(safeDefineFramework(clone()).success).toBe(true);
  });
});
