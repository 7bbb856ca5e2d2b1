import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/index.js';
import { issuesOf, oneLeaf, scoreX } from '../helpers.js';

const info: Rule = {
  kind: 'elements',
  items: [
    { id: 'true', label: { zh: '真实', en: 'true' }, points: 1 },
    { id: 'complete', label: { zh: '完整', en: 'complete' }, points: '1.5' },
    { id: 'accurate', label: { zh: '准确', en: 'accurate' }, points: '0.5' },
  ],
};

describe('elements: findings and traces', () => {
  it('each element in the trace: its points when met, 0 when not', () => {
    const r = scoreX(info, {
      weight: 3,
      answer: { elements: { true: false, complete: true, accurate: true } },
    });
    expect(r.points).toBe('2.00');
    expect(r.trace).toEqual([
      { key: 'element.true', value: '0' },
      { key: 'element.complete', value: '1.5' },
      { key: 'element.accurate', value: '0.5' },
    ]);
  });

  it('all met: full points, every element in the trace, no finding', () => {
    const r = scoreX(info, {
      weight: 3,
      answer: { elements: { true: true, complete: true, accurate: true } },
    });
    expect(r.points).toBe('3.00');
    expect(r.zh).toBeUndefined();
    expect(r.trace.map((t) => t.value)).toEqual(['1', '1.5', '0.5']);
  });

  it('several elements missed: listed in order, with their marks and points', () => {
    const r = scoreX(info, {
      weight: 3,
      answer: { elements: { true: false, complete: true, accurate: false } },
    });
    expect(r.points).toBe('1.50');
    expect(r.zh).toBe('指标：未满足 ①真实（1 分）；③准确（0.5 分），扣 1.50 分');
    expect(r.en).toBe('Indicator: not met ① true (1); ③ accurate (0.5): 1.50 points lost');
  });

  it('past twenty elements the mark is the number in brackets', () => {
    const items = Array.from({ length: 22 }, (_, i) => ({
      id: `e${i + 1}`,
      label: `要素${i + 1}`,
      points: 1,
    }));
    const elements = Object.fromEntries(
      items.map((it) => [it.id, it.id !== 'e21' && it.id !== 'e20']),
    );
    const r = scoreX({ kind: 'elements', items }, { weight: 22, answer: { elements } });
    expect(r.points).toBe('20.00');
    expect(r.zh).toBe('指标：未满足 ⑳要素20（1 分）；(21)要素21（1 分），扣 2.00 分');
  });

  it('a failed gate: the trace says only that', () => {
    const gated: Rule = { ...info, gate: { label: { zh: '设置了绩效目标', en: 'targets set' } } };
    const r = scoreX(gated, {
      weight: 3,
      answer: { elements: { true: true, complete: true, accurate: true }, gate: false },
    });
    expect(r.trace).toEqual([{ key: 'gate', value: 'false' }]);
    expect(r.zh).toBe('指标：未满足前提条件「设置了绩效目标」，该项不得分，扣 3.00 分');
    expect(r.en).toBe(
      'Indicator: the precondition "targets set" is not met, so the indicator scores nothing: 3.00 points lost',
    );
  });
});

describe('elements: issues', () => {
  it('an unanswered gate', () => {
    const gated: Rule = { ...info, gate: { label: '设置了绩效目标' } };
    const issues = issuesOf(() =>
      scoreX(gated, {
        weight: 3,
        answer: { elements: { true: true, complete: true, accurate: true } },
      }),
    );
    expect(issues.map((i) => [i.code, i.message.zh])).toEqual([
      ['missing_input', '指标 "x" 缺少评分所需数据：gate（设置了绩效目标）'],
    ]);
  });

  it('unanswered elements, listed', () => {
    const issues = issuesOf(() =>
      scoreX(info, { weight: 3, answer: { elements: { true: true } } }),
    );
    expect(issues.map((i) => i.message.zh)).toEqual([
      '指标 "x" 缺少评分所需数据：elements（要素）: complete（完整）、accurate（准确）',
    ]);
  });

  it('an unknown element', () => {
    const issues = issuesOf(() =>
      scoreX(info, {
        weight: 3,
        answer: { elements: { true: true, complete: true, accurate: true, typo: false } },
      }),
    );
    expect(issues.map((i) => [i.code, i.path, i.message.zh, i.message.en])).toEqual([
      [
        'unknown_key',
        ['answers', 'x', 'elements', 'typo'],
        '未知字段 "typo"',
        'Unknown key "typo"',
      ],
    ]);
  });

  it('a duplicate id', () => {
    const dup: Rule = {
      kind: 'elements',
      items: [
        { id: 'a', label: 'A', points: 1 },
        { id: 'a', label: 'B', points: 2 },
      ],
    };
    const issues = issuesOf(() => oneLeaf(dup, 3));
    expect(issues.map((i) => [i.code, i.path, i.message.zh, i.message.en])).toEqual([
      [
        'rule_incoherent',
        ['indicators', 0, 'rule', 'items', 1, 'id'],
        '指标 "x" 的评分规则有误：要素编号 "a" 重复',
        'The rule of indicator "x" is wrong: element id "a" appears twice',
      ],
    ]);
  });

  it('points that do not add up to the weight', () => {
    const issues = issuesOf(() => oneLeaf(info, 4));
    expect(issues.map((i) => [i.code, i.path, i.message.zh, i.message.en])).toEqual([
      [
        'rule_incoherent',
        ['indicators', 0, 'rule', 'items'],
        '指标 "x" 的评分规则有误：各要素分值之和 3 不等于指标分值 4',
        'The rule of indicator "x" is wrong: element points add up to 3, not the weight 4',
      ],
    ]);
  });
});
