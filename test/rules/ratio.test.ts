import { describe, expect, it } from 'vitest';
import { codesOf, issuesOf, oneLeaf, scoreX } from '../helpers.js';

describe('ratio', () => {
  it('正向: proportional below the standard, capped at the weight', () => {
    const r = scoreX({ kind: 'ratio', metric: 'v' }, { facts: { v: '86.19' } });
    expect(r.points).toBe('8.62');
    expect(r.lost).toBe('1.38');
    expect(r.zh).toBe('指标 86.19%，未达到 100% 的满分标准，按比例得分（86.19%），扣 1.38 分');
    expect(r.en).toBe(
      'Indicator is 86.19%, short of the full-score standard 100%: scored in proportion (86.19%), 1.38 points lost',
    );
    expect(scoreX({ kind: 'ratio', metric: 'v' }, { facts: { v: 104 } }).points).toBe('10.00');
    expect(scoreX({ kind: 'ratio', metric: 'v' }, { facts: { v: -3 } }).points).toBe('0.00');
  });

  it('预算执行率 × 10 (the 自评 budget block): 99% gives 9.90, not a stepped 9', () => {
    expect(
      scoreX({ kind: 'ratio', metric: 'a / b * 100' }, { facts: { a: 99, b: 100 } }).points,
    ).toBe('9.90');
  });

  it('traces the value, the standard and the exact rate', () => {
    const rule = { kind: 'ratio', metric: 'v', fullAt: 80 } as const;
    expect(scoreX(rule, { facts: { v: 60 } }).trace).toEqual([
      { key: 'value', value: '60' },
      { key: 'fullAt', value: '80' },
      { key: 'rate', value: '0.75' },
    ]);
    expect(scoreX(rule, { facts: { v: 90 } }).trace.at(-1)).toEqual({ key: 'rate', value: '1' });
    expect(scoreX(rule, { facts: { v: 20 } }).trace.at(-1)).toEqual({ key: 'rate', value: '0.25' });
    const lower = { kind: 'ratio', metric: 'v', direction: 'lower', fullAt: 9 } as const;
    expect(scoreX(lower, { facts: { v: 12 } }).trace).toEqual([
      { key: 'value', value: '12' },
      { key: 'fullAt', value: '9' },
      { key: 'rate', value: '0.75' },
    ]);
  });

  it('a custom standard (fullAt)', () => {
    const r = scoreX({ kind: 'ratio', metric: 'v', fullAt: 80 }, { facts: { v: 60 } });
    expect(r.points).toBe('7.50');
    expect(r.zh).toContain('未达到 80% 的满分标准');
  });

  it('反向 inverse: full at or below the standard, standard ÷ value above it', () => {
    const rule = { kind: 'ratio', metric: 'v', direction: 'lower', fullAt: 9 } as const;
    expect(scoreX(rule, { facts: { v: 9 } }).points).toBe('10.00');
    expect(scoreX(rule, { facts: { v: 0 } }).points).toBe('10.00');
    const r = scoreX(rule, { facts: { v: 12 } });
    expect(r.points).toBe('7.50');
    expect(r.zh).toBe('指标 12.00%，高于 9% 的标准，得分率 75.00%，扣 2.50 分');
  });

  it('反向 linear (the production 自评 rule): 1 − (B − A)/A, zero from 2A', () => {
    const rule = {
      kind: 'ratio',
      metric: 'v',
      direction: 'lower',
      fullAt: 90,
      lowerMethod: 'linear',
    } as const;
    expect(scoreX(rule, { facts: { v: 99 } }).points).toBe('9.00');
    expect(scoreX(rule, { facts: { v: 180 } }).points).toBe('0.00');
    expect(scoreX(rule, { facts: { v: 500 } }).points).toBe('0.00');
    expect(scoreX(rule, { facts: { v: 90 } }).points).toBe('10.00');
  });

  it('takes the value from the answer when the rule has no metric', () => {
    expect(scoreX({ kind: 'ratio' }, { answer: { value: '95.5' } }).points).toBe('9.55');
    expect(codesOf(() => scoreX({ kind: 'ratio' }, { answer: {} }))).toEqual(['missing_input']);
    expect(
      codesOf(() =>
        scoreX({ kind: 'ratio', metric: 'v' }, { facts: { v: 1 }, answer: { value: 1 } }),
      ),
    ).toEqual(['invalid_input']);
  });

  it('rejects lowerMethod on a 正向 rule', () => {
    expect(codesOf(() => oneLeaf({ kind: 'ratio', metric: 'v', lowerMethod: 'linear' }))).toEqual([
      'rule_incoherent',
    ]);
  });
});

describe('ratio: wording', () => {
  it('反向 in English', () => {
    const rule = { kind: 'ratio', metric: 'v', direction: 'lower', fullAt: 9 } as const;
    expect(scoreX(rule, { facts: { v: 12 } }).en).toBe(
      'Indicator is 12.00%, above the 9% standard: 75.00% of the points, 2.50 points lost',
    );
  });

  it('lowerMethod on a 正向 rule: the issue says why', () => {
    const issues = issuesOf(() => oneLeaf({ kind: 'ratio', metric: 'v', lowerMethod: 'inverse' }));
    expect(issues.map((i) => [i.code, i.path, i.message.zh, i.message.en])).toEqual([
      [
        'rule_incoherent',
        ['indicators', 0, 'rule', 'lowerMethod'],
        '指标 "x" 的评分规则有误：lowerMethod 只适用于 direction 为 "lower" 的反向指标',
        'The rule of indicator "x" is wrong: lowerMethod applies only to direction "lower"',
      ],
    ]);
  });
});
