import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/index.js';
import { codesOf, oneLeaf, scoreX } from '../helpers.js';

const likert: Rule = {
  kind: 'survey',
  options: [
    { id: 'A', label: '很满意', value: 100 },
    { id: 'B', label: '满意', value: 80 },
    { id: 'C', label: '一般', value: 60 },
    { id: 'D', label: '不满意', value: 0 },
  ],
};

describe('survey', () => {
  it('scores a satisfaction rate in proportion, capped', () => {
    const r = scoreX({ kind: 'survey' }, { answer: { rate: 95 } });
    expect(r.points).toBe('9.50');
    expect(r.zh).toBe('指标 95.00%，未达到 100% 的满分标准，按比例得分（95.00%），扣 0.50 分');
    expect(scoreX({ kind: 'survey', fullAt: 90 }, { answer: { rate: 95 } }).points).toBe('10.00');
    expect(scoreX({ kind: 'survey', fullAt: 90 }, { answer: { rate: 81 } }).points).toBe('9.00');
  });

  it('computes a Likert rate from votes: Σ votes × value ÷ valid votes', () => {
    const r = scoreX(likert, { answer: { votes: { A: 30, B: 10, C: 5, D: 5 } } });
    // (30×100 + 10×80 + 5×60 + 5×0) ÷ 50 = 82
    expect(r.points).toBe('8.20');
    expect(r.trace.find((t) => t.key === 'satisfaction')?.value).toBe('82');
  });

  it('reads a metric when declared', () => {
    expect(
      scoreX({ kind: 'survey', metric: 'a / b * 100' }, { facts: { a: 45, b: 50 } }).points,
    ).toBe('9.00');
    expect(codesOf(() => scoreX({ kind: 'survey', metric: 'a' }, { facts: { a: 120 } }))).toEqual([
      'invalid_input',
    ]);
    expect(
      codesOf(() =>
        scoreX({ kind: 'survey', metric: 'a' }, { facts: { a: 50 }, answer: { rate: 50 } }),
      ),
    ).toEqual(['invalid_input']);
  });

  it('rejects bad votes and rates', () => {
    expect(codesOf(() => scoreX(likert, { answer: { votes: { A: 0, B: 0 } } }))).toEqual([
      'division_by_zero',
    ]);
    expect(codesOf(() => scoreX(likert, { answer: { votes: { E: 3 } } }))).toEqual(['unknown_key']);
    expect(codesOf(() => scoreX({ kind: 'survey' }, { answer: { votes: { A: 3 } } }))).toEqual([
      'unknown_key',
    ]);
    expect(codesOf(() => scoreX(likert, { answer: { votes: { A: -1 } } }))).toEqual([
      'invalid_input',
    ]);
    expect(codesOf(() => scoreX(likert, { answer: { votes: { A: 1.5 } } }))).toEqual([
      'invalid_input',
    ]);
    expect(codesOf(() => scoreX({ kind: 'survey' }, { answer: { rate: 101 } }))).toEqual([
      'invalid_input',
    ]);
    expect(codesOf(() => scoreX(likert, { answer: { rate: 90, votes: { A: 1 } } }))).toEqual([
      'invalid_input',
    ]);
    expect(codesOf(() => scoreX({ kind: 'survey' }, { answer: {} }))).toEqual(['missing_input']);
  });

  it('rejects a zero standard and duplicate options', () => {
    expect(codesOf(() => oneLeaf({ kind: 'survey', fullAt: 0 }))).toEqual(['rule_incoherent']);
    const dup: Rule = {
      kind: 'survey',
      options: [
        { id: 'A', label: 'a', value: 1 },
        { id: 'A', label: 'b', value: 2 },
      ],
    };
    expect(codesOf(() => oneLeaf(dup))).toEqual(['rule_incoherent']);
  });
});
