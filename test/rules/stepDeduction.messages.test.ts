import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/index.js';
import { issuesOf, oneLeaf, scoreX } from '../helpers.js';

// "在职人员控制率≦100%，计5分；每超过一个百分点扣0.5分，扣完为止"
const staff = (partial: 'proRata' | 'ceil' | 'floor', extra: object = {}): Rule => ({
  kind: 'stepDeduction',
  metric: 'a / b * 100',
  unit: '%',
  better: 'lower',
  threshold: 100,
  deduct: 0.5,
  partial,
  ...extra,
});

describe('stepDeduction: findings and traces', () => {
  it('at the threshold: full points, the value and the threshold traced', () => {
    const r = scoreX(staff('proRata'), { weight: 5, facts: { a: 50, b: 50 } });
    expect(r.points).toBe('5.00');
    expect(r.zh).toBeUndefined();
    expect(r.trace).toEqual([
      { key: 'value', value: '100' },
      { key: 'threshold', value: '100' },
    ]);
  });

  it('less than one whole step over, counted by whole steps: nothing deducted, no finding', () => {
    const r = scoreX(staff('floor'), { weight: 5, facts: { a: '100.9', b: 100 } });
    expect(r.points).toBe('5.00');
    expect(r.zh).toBeUndefined();
    expect(r.trace).toEqual([
      { key: 'value', value: '100.9' },
      { key: 'threshold', value: '100' },
      { key: 'excess', value: '0.9' },
      { key: 'steps', value: '0' },
      { key: 'deduction', value: '0' },
      { key: 'points', value: '5' },
    ]);
  });

  it('a started step counted whole, in English too', () => {
    const r = scoreX(staff('ceil'), { weight: 5, facts: { a: '101.5', b: 100 } });
    expect(r.zh).toBe('指标 101.50%，超过 100% 标准 1.5 个百分点（按 2 步计），扣 1.00 分');
    expect(r.en).toBe(
      'Indicator 101.50% exceeds the 100% standard by 1.5 percentage points (counted as 2 steps): 1.00 points deducted',
    );
  });

  it('one percentage point is singular', () => {
    const r = scoreX(staff('proRata'), { weight: 5, facts: { a: 101, b: 100 } });
    expect(r.zh).toBe('指标 101.00%，超过 100% 标准 1 个百分点，扣 0.50 分');
    expect(r.en).toBe(
      'Indicator 101.00% exceeds the 100% standard by 1 percentage point: 0.50 points deducted',
    );
  });

  it('down to the floor (扣完为止), in both languages', () => {
    const r = scoreX(staff('proRata', { floor: 1 }), { weight: 5, facts: { a: 130, b: 100 } });
    expect(r.points).toBe('1.00');
    expect(r.zh).toBe('指标 130.00%，超过 100% 标准 30 个百分点，扣 4.00 分，扣完为止');
    expect(r.en).toBe(
      'Indicator 130.00% exceeds the 100% standard by 30 percentage points: 4.00 points deducted, down to the floor',
    );
  });

  it('exactly down to the floor is worded as 扣完为止 too', () => {
    // 10 points over × 0.5 = 5 = the weight: the floor (0) is reached, not passed
    const r = scoreX(staff('proRata'), { weight: 5, facts: { a: 110, b: 100 } });
    expect(r.points).toBe('0.00');
    expect(r.zh).toBe('指标 110.00%，超过 100% 标准 10 个百分点，扣 5.00 分，扣完为止');
  });

  it('a value without a unit is worded as a bare number', () => {
    const rule: Rule = {
      kind: 'stepDeduction',
      metric: 'a',
      better: 'lower',
      threshold: 10,
      deduct: 1,
      partial: 'proRata',
    };
    const r = scoreX(rule, { facts: { a: 12 } });
    expect(r.zh).toBe('指标 12.00，超过 10 标准 2，扣 2.00 分');
    expect(r.en).toBe('Indicator 12.00 exceeds the 10 standard by 2: 2.00 points deducted');
  });
});

describe('stepDeduction: issues', () => {
  it('a deduction per step above the weight', () => {
    const issues = issuesOf(() => oneLeaf(staff('ceil', { deduct: 6 }), 5));
    expect(issues.map((i) => [i.code, i.path, i.message.zh, i.message.en])).toEqual([
      [
        'rule_incoherent',
        ['indicators', 0, 'rule', 'deduct'],
        '指标 "x" 的评分规则有误：每步扣分 6 大于指标分值 5',
        'The rule of indicator "x" is wrong: deduction per step 6 exceeds the weight 5',
      ],
    ]);
  });

  it('a floor at the weight', () => {
    const issues = issuesOf(() => oneLeaf(staff('ceil', { floor: 5 }), 5));
    expect(issues.map((i) => [i.code, i.path, i.message.zh, i.message.en])).toEqual([
      [
        'rule_incoherent',
        ['indicators', 0, 'rule', 'floor'],
        '指标 "x" 的评分规则有误：保底分 5 不低于指标分值 5，规则不会扣分',
        'The rule of indicator "x" is wrong: floor 5 is not below the weight 5: nothing could be deducted',
      ],
    ]);
  });

  it('both at once, and a metric that does not compile, are reported together', () => {
    const issues = issuesOf(() =>
      oneLeaf(staff('ceil', { deduct: 6, floor: 5, metric: 'nope' }), 5),
    );
    expect(issues.map((i) => i.code)).toEqual([
      'rule_incoherent',
      'rule_incoherent',
      'unknown_reference',
    ]);
  });
});
