import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/index.js';
import { codesOf, oneLeaf, scoreX } from '../helpers.js';

// "在职人员控制率≦100%，计5分；每超过一个百分点扣0.5分，扣完为止" (provincial table, official-rules §5.2 B)
const staff = (partial: 'proRata' | 'ceil' | 'floor'): Rule => ({
  kind: 'stepDeduction',
  metric: 'a / b * 100',
  unit: '%',
  better: 'lower',
  threshold: 100,
  deduct: 0.5,
  partial,
});

describe('stepDeduction', () => {
  it('在职人员控制率 102%: 2 percentage points over, 1.00 deducted', () => {
    const r = scoreX(staff('proRata'), { weight: 5, facts: { a: 51, b: 50 } });
    expect(r.points).toBe('4.00');
    expect(r.zh).toBe('指标 102.00%，超过 100% 标准 2 个百分点，扣 1.00 分');
    expect(r.en).toBe(
      'Indicator 102.00% exceeds the 100% standard by 2 percentage points: 1.00 points deducted',
    );
    expect(r.trace.map((t) => t.key)).toEqual([
      'value',
      'threshold',
      'excess',
      'steps',
      'deduction',
      'points',
    ]);
  });

  it('full points at and below the threshold', () => {
    expect(scoreX(staff('proRata'), { weight: 5, facts: { a: 50, b: 50 } }).points).toBe('5.00');
    expect(scoreX(staff('proRata'), { weight: 5, facts: { a: 40, b: 50 } }).points).toBe('5.00');
  });

  it('the partial-step policy decides 101.5%', () => {
    const facts = { a: '101.5', b: 100 };
    expect(scoreX(staff('proRata'), { weight: 5, facts }).points).toBe('4.25');
    const ceil = scoreX(staff('ceil'), { weight: 5, facts });
    expect(ceil.points).toBe('4.00');
    expect(ceil.zh).toContain('1.5 个百分点（按 2 步计）');
    expect(scoreX(staff('floor'), { weight: 5, facts }).points).toBe('4.50');
  });

  it('扣完为止: never below zero, or below a declared floor', () => {
    const r = scoreX(staff('proRata'), { weight: 5, facts: { a: 130, b: 100 } });
    expect(r.points).toBe('0.00');
    expect(r.zh).toContain('扣完为止');
    const floored = scoreX({ ...staff('proRata'), floor: 1 } as Rule, {
      weight: 5,
      facts: { a: 130, b: 100 },
    });
    expect(floored.points).toBe('1.00');
  });

  it('"三公经费"变动率 ≤ 0 full, 0.8 per point above (weight 8)', () => {
    const rule: Rule = {
      kind: 'stepDeduction',
      metric: 'v',
      better: 'lower',
      threshold: 0,
      deduct: 0.8,
      partial: 'proRata',
    };
    expect(scoreX(rule, { weight: 8, facts: { v: -12 } }).points).toBe('8.00');
    expect(scoreX(rule, { weight: 8, facts: { v: 2.5 } }).points).toBe('6.00');
  });

  it('better: higher deducts below the threshold', () => {
    const rule: Rule = {
      kind: 'stepDeduction',
      metric: 'v',
      better: 'higher',
      threshold: 90,
      per: 5,
      deduct: 1,
      partial: 'floor',
    };
    const r = scoreX(rule, { facts: { v: 79 } });
    expect(r.points).toBe('8.00');
    expect(r.zh).toBe('指标 79.00%，低于 90% 标准 11 个百分点（按 2 步计），扣 2.00 分');
    expect(r.en).toBe(
      'Indicator 79.00% falls short of the 90% standard by 11 percentage points (counted as 2 steps): 2.00 points deducted',
    );
  });

  it('units other than % are worded with the unit', () => {
    const rule: Rule = {
      kind: 'stepDeduction',
      metric: 'a',
      unit: '人',
      better: 'lower',
      threshold: 10,
      deduct: 1,
      partial: 'proRata',
    };
    const r = scoreX(rule, { facts: { a: 12 } });
    expect(r.zh).toBe('指标 12.00 人，超过 10 人 标准 2 人，扣 2.00 分');
    expect(r.en).toBe(
      'Indicator 12.00 人 exceeds the 10 人 standard by 2 人: 2.00 points deducted',
    );
  });

  it('rejects a deduction above the weight and a floor at the weight', () => {
    expect(codesOf(() => oneLeaf({ ...staff('ceil'), deduct: 6 } as Rule, 5))).toEqual([
      'rule_incoherent',
    ]);
    expect(codesOf(() => oneLeaf({ ...staff('ceil'), floor: 5 } as Rule, 5))).toEqual([
      'rule_incoherent',
    ]);
  });

  it('requires the partial-step policy to be declared', () => {
    const { partial: _drop, ...rest } = staff('ceil') as Rule & { partial: string };
    expect(codesOf(() => oneLeaf(rest as unknown as Rule, 5))).toEqual(['invalid_input']);
  });
});
