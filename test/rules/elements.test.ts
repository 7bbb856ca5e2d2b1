import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/index.js';
import { codesOf, issuesOf, oneLeaf, scoreX } from '../helpers.js';

// 基础信息完整性: 真实 1 + 完整 1 + 准确 1 (安徽寿县 2023 自评表, official-rules §5.2 D)
const info: Rule = {
  kind: 'elements',
  items: [
    { id: 'true', label: '真实', points: 1 },
    { id: 'complete', label: { zh: '完整', en: 'complete' }, points: 1 },
    { id: 'accurate', label: '准确', points: 1 },
  ],
};

describe('elements', () => {
  it('adds the points of the elements met', () => {
    expect(
      scoreX(info, {
        weight: 3,
        answer: { elements: { true: true, complete: true, accurate: true } },
      }).points,
    ).toBe('3.00');
    const r = scoreX(info, {
      weight: 3,
      answer: { elements: { true: true, complete: false, accurate: true } },
    });
    expect(r.points).toBe('2.00');
    expect(r.zh).toBe('指标：未满足 ②完整（1 分），扣 1.00 分');
    expect(r.en).toBe('Indicator: not met ② complete (1): 1.00 points lost');
  });

  it('a failed gate zeroes the indicator ("未设置绩效目标，该栏不得分")', () => {
    const gated: Rule = { ...info, gate: { label: '设置了年度绩效目标' } };
    const all = { true: true, complete: true, accurate: true };
    const r = scoreX(gated, { weight: 3, answer: { elements: all, gate: false } });
    expect(r.points).toBe('0.00');
    expect(r.zh).toBe('指标：未满足前提条件「设置了年度绩效目标」，该项不得分，扣 3.00 分');
    expect(scoreX(gated, { weight: 3, answer: { elements: all, gate: true } }).points).toBe('3.00');
    expect(codesOf(() => scoreX(gated, { weight: 3, answer: { elements: all } }))).toEqual([
      'missing_input',
    ]);
  });

  it('every element must be answered; unknown elements are reported', () => {
    const missing = issuesOf(() =>
      scoreX(info, { weight: 3, answer: { elements: { true: true } } }),
    );
    expect(missing.map((i) => i.code)).toEqual(['missing_input']);
    expect(missing[0]?.message.zh).toContain('complete（完整）、accurate（准确）');
    const unknown = issuesOf(() =>
      scoreX(info, {
        weight: 3,
        answer: { elements: { true: true, complete: true, accurate: true, typo: true } },
      }),
    );
    expect(unknown.map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', ['answers', 'x', 'elements', 'typo']],
    ]);
  });

  it('element points must add up to the weight; ids must be unique', () => {
    expect(codesOf(() => oneLeaf(info, 4))).toEqual(['rule_incoherent']);
    const dup = {
      ...info,
      items: [
        ...(info as { items: unknown[] }).items.slice(0, 2),
        { id: 'true', label: 'x', points: 1 },
      ],
    };
    expect(codesOf(() => oneLeaf(dup as Rule, 3))).toEqual(['rule_incoherent']);
  });
});
