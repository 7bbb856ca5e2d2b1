import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { compare, compareRange, overCompleted } from '../../src/target/compare.js';

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
