import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/index.js';
import { codesOf, issuesOf, oneLeaf, scoreX } from '../helpers.js';

// 预决算差异率: "±30%（含）以内得3分；±30%-±35%（含）以内得2分；±35%-±40%（含）以内得1分" (official-rules §6 #4)
const diff: Rule = {
  kind: 'bands',
  metric: 'abs(v)',
  unit: '%',
  bands: [
    { min: 0, max: 30, maxInclusive: true, points: 3 },
    { min: 30, minInclusive: false, max: 35, maxInclusive: true, points: 2 },
    { min: 35, minInclusive: false, max: 40, maxInclusive: true, points: 1 },
    { min: 40, minInclusive: false, points: 0, label: '超过±40%' },
  ],
};

describe('bands', () => {
  it('picks the band, bounds as declared', () => {
    expect(scoreX(diff, { weight: 3, facts: { v: -30 } }).points).toBe('3.00');
    expect(scoreX(diff, { weight: 3, facts: { v: '30.01' } }).points).toBe('2.00');
    expect(scoreX(diff, { weight: 3, facts: { v: 35 } }).points).toBe('2.00');
    expect(scoreX(diff, { weight: 3, facts: { v: 40 } }).points).toBe('1.00');
    const out = scoreX(diff, { weight: 3, facts: { v: -52 } });
    expect(out.points).toBe('0.00');
    expect(out.zh).toBe('指标 52.00%，落在区间 超过±40%，得 0 分，扣 3.00 分');
    expect(scoreX(diff, { weight: 3, facts: { v: 33 } }).zh).toBe(
      '指标 33.00%，落在区间 (30, 35]，得 2 分，扣 1.00 分',
    );
  });

  it('shares of the weight', () => {
    const rule: Rule = {
      kind: 'bands',
      metric: 'v',
      bands: [
        { max: 60, share: 0 },
        { min: 60, share: '0.5' },
      ],
    };
    expect(scoreX(rule, { facts: { v: 70 } }).points).toBe('5.00');
  });

  it('a value in no band is an error, not a silent zero', () => {
    const partial: Rule = { kind: 'bands', metric: 'v', bands: [{ min: 0, max: 10, points: 10 }] };
    const issues = issuesOf(() => scoreX(partial, { facts: { v: 12 } }));
    expect(issues.map((i) => i.code)).toEqual(['value_outside_bands']);
    expect(issues[0]?.path).toEqual(['answers', 'x']);
  });

  it('rejects gaps, overlaps, shared bounds, empty bands and points above the weight', () => {
    const bad = (bands: unknown[]) =>
      codesOf(() => oneLeaf({ kind: 'bands', metric: 'v', bands } as Rule, 10));
    expect(
      bad([
        { max: 5, points: 1 },
        { min: 6, points: 2 },
      ]),
    ).toEqual(['rule_incoherent']);
    expect(
      bad([
        { max: 6, points: 1 },
        { min: 5, points: 2 },
      ]),
    ).toEqual(['rule_incoherent']);
    expect(
      bad([
        { max: 5, maxInclusive: true, points: 1 },
        { min: 5, points: 2 },
      ]),
    ).toEqual(['rule_incoherent']);
    expect(
      bad([
        { max: 5, points: 1 },
        { min: 5, minInclusive: false, points: 2 },
      ]),
    ).toEqual(['rule_incoherent']);
    expect(bad([{ min: 5, max: 5, points: 1 }])).toEqual(['rule_incoherent']);
    expect(bad([{ min: 0, points: 11 }])).toEqual(['rule_incoherent']);
    expect(bad([{ min: 0, points: 1, share: 0.1 }])).toEqual(['rule_incoherent']);
    expect(
      bad([
        { min: 0, max: 5, points: 1 },
        { max: 9, points: 1 },
      ]),
    ).toEqual(['rule_incoherent']);
    expect(
      bad([
        { min: 0, points: 1 },
        { min: 5, points: 1 },
      ]),
    ).toEqual(['rule_incoherent']);
  });
});
