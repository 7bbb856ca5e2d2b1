import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { compare, compareRange, overCompleted } from '../../src/target/compare.js';
import { issuesOf } from '../helpers.js';

const r = (c: { rate: { toFixed: (n: number) => string }; met: boolean; formula: string }) => [
  c.rate.toFixed(4),
  c.met,
  c.formula,
];

// The production formulas recorded in the reference (official-rules §2.4), A = 指标值, B = 实际完成值.
describe('compare', () => {
  it('正向 (≥): met → full; unmet → B ÷ A', () => {
    expect(r(compare('>=', dec(95), dec(95)))).toEqual(['1.0000', true, 'met']);
    expect(r(compare('>=', dec(95), dec(99)))).toEqual(['1.0000', true, 'met']);
    expect(r(compare('>=', dec(95), dec(90)))).toEqual(['0.9474', false, 'proportional']);
    expect(r(compare('>=', dec(50), dec(-3)))).toEqual(['0.0000', false, 'proportional']);
  });

  it('">" is unmet at equality but keeps full points', () => {
    expect(r(compare('>', dec(92), dec(92)))).toEqual(['1.0000', false, 'met']);
    expect(r(compare('>', dec(92), dec('92.1')))).toEqual(['1.0000', true, 'met']);
  });

  it('"=" with A > 0 scores like 正向; with A = 0, B ≤ 0 → full, else nothing', () => {
    expect(r(compare('=', dec(8), dec(8)))).toEqual(['1.0000', true, 'met']);
    expect(r(compare('=', dec(8), dec(6)))).toEqual(['0.7500', false, 'proportional']);
    expect(r(compare('=', dec(0), dec(0)))).toEqual(['1.0000', true, 'met']);
    expect(r(compare('=', dec(0), dec(1)))).toEqual(['0.0000', false, 'zeroTarget']);
  });

  it('反向 (≤): B ≤ A → full; A < B < 2A → 1 − (B − A) ÷ A; B ≥ 2A → nothing', () => {
    expect(r(compare('<=', dec(90), dec(90)))).toEqual(['1.0000', true, 'met']);
    expect(r(compare('<=', dec(90), dec(99)))).toEqual(['0.9000', false, 'reverse']);
    expect(r(compare('<=', dec(90), dec(135)))).toEqual(['0.5000', false, 'reverse']);
    expect(r(compare('<=', dec(90), dec(180)))).toEqual(['0.0000', false, 'beyondDouble']);
    expect(r(compare('<', dec(5), dec(5)))).toEqual(['1.0000', false, 'met']);
    expect(r(compare('<=', dec(0), dec(1)))).toEqual(['0.0000', false, 'zeroTarget']);
  });

  it('targets below zero use |A| as the scale', () => {
    expect(r(compare('<=', dec(-5), dec(-3)))).toEqual(['0.6000', false, 'reverse']);
    expect(r(compare('<=', dec(-5), dec(0)))).toEqual(['0.0000', false, 'beyondDouble']);
    expect(r(compare('>=', dec(-5), dec(-6)))).toEqual(['0.8000', false, 'proportional']);
  });

  it('ranges: inside full, below 正向 on the lower end, above 反向 on the upper end', () => {
    expect(r(compareRange(dec(90), dec(100), dec(95)))).toEqual(['1.0000', true, 'met']);
    expect(r(compareRange(dec(90), dec(100), dec(81)))).toEqual(['0.9000', false, 'proportional']);
    expect(r(compareRange(dec(90), dec(100), dec(110)))).toEqual(['0.9000', false, 'reverse']);
  });

  it('over-completion at 130% of 正向 and "=" targets only', () => {
    expect(overCompleted('>=', dec(100), dec(130), dec('1.3'))).toBe(true);
    expect(overCompleted('>=', dec(100), dec('129.99'), dec('1.3'))).toBe(false);
    expect(overCompleted('=', dec(8), dec(11), dec('1.3'))).toBe(true);
    expect(overCompleted('<=', dec(100), dec(200), dec('1.3'))).toBe(false);
    expect(overCompleted('>=', dec(0), dec(200), dec('1.3'))).toBe(false);
  });
});

describe('compare: zero targets, range ends, over-completion', () => {
  it.each([
    // "≥ 0" is no "= 0": any B ≥ 0 meets it in full
    ['>=', '0', '5', ['1.0000', true, 'met']],
    ['>=', '0', '0', ['1.0000', true, 'met']],
    // "> 0" at B = 0: full points, not met
    ['>', '0', '0', ['1.0000', false, 'met']],
    // "≥ 0" below zero: the scale |A| is zero, so nothing
    ['>=', '0', '-1', ['0.0000', false, 'proportional']],
    // "= 0" at B below zero: met
    ['=', '0', '-1', ['1.0000', true, 'met']],
  ] as const)('%s %s with B = %s', (op, a, b, expected) => {
    expect(r(compare(op, dec(a), dec(b)))).toEqual(expected);
  });

  it.each([
    // exactly at either end: inside, met
    ['90', ['1.0000', true, 'met']],
    ['100', ['1.0000', true, 'met']],
    // just outside either end
    ['89', ['0.9889', false, 'proportional']],
    ['101', ['0.9900', false, 'reverse']],
  ])('range [90, 100] with B = %s', (b, expected) => {
    expect(r(compareRange(dec(90), dec(100), dec(b)))).toEqual(expected);
  });

  it.each([
    // 反向 targets are never over-completed, strict or not
    ['<', false],
    ['<=', false],
    // 正向 ones are, strict or not
    ['>', true],
    ['>=', true],
  ] as const)('over-completion of %s 100 by 200', (op, over) => {
    expect(overCompleted(op, dec(100), dec(200), dec('1.3'))).toBe(over);
  });

  it('names a comparator it does not know', () => {
    expect(issuesOf(() => compare('≈' as never, dec(1), dec(1)))).toEqual([
      {
        code: 'invalid_input',
        path: ['op'],
        message: {
          zh: '参数 op 应为>=、<=、=、> 或 <，实际为 string "≈"',
          en: 'argument op must be one of >=, <=, =, >, <, got string "≈"',
        },
      },
    ]);
  });
});
