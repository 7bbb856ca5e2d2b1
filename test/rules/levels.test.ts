import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/index.js';
import { codesOf, issuesOf, oneLeaf, scoreX } from '../helpers.js';

const mof: Rule = { kind: 'levels', levels: 'mof2020' };

describe('levels', () => {
  it('财预〔2020〕10号 three tiers: 达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%)', () => {
    expect(scoreX(mof, { answer: { level: 'achieved', points: 8 } }).points).toBe('8.00');
    expect(scoreX(mof, { answer: { level: 'achieved', points: 10 } }).points).toBe('10.00');
    expect(scoreX(mof, { answer: { level: 'partial', points: 6 } }).points).toBe('6.00');
    expect(scoreX(mof, { answer: { level: 'partial', points: '7.99' } }).points).toBe('7.99');
    expect(scoreX(mof, { answer: { level: 'unachieved', points: 0 } }).points).toBe('0.00');
    const r = scoreX(mof, { answer: { level: '部分达成年度指标并具有一定效果', points: 7 } });
    expect(r.points).toBe('7.00');
    expect(r.zh).toBe(
      '指标：评定为「部分达成年度指标并具有一定效果」（该档分值区间 [6, 8)），得 7.00 分，扣 3.00 分',
    );
  });

  it('points outside the tier are rejected at the tier bounds', () => {
    for (const [level, points] of [
      ['achieved', '7.99'],
      ['partial', 8],
      ['partial', '5.99'],
      ['unachieved', 6],
      ['achieved', '10.01'],
    ] as const) {
      const issues = issuesOf(() => scoreX(mof, { answer: { level, points } }));
      expect(
        issues.map((i) => i.code),
        `${level} ${points}`,
      ).toEqual(['points_out_of_range']);
      expect(issues[0]?.path).toEqual(['answers', 'x', 'points']);
    }
  });

  it('unknown levels and missing points are errors', () => {
    const issues = issuesOf(() => scoreX(mof, { answer: { level: '优秀', points: 9 } }));
    expect(issues[0]?.code).toBe('level_unknown');
    expect(issues[0]?.message.zh).toContain('achieved（达成年度指标）');
    expect(codesOf(() => scoreX(mof, { answer: { level: 'achieved' } }))).toEqual([
      'missing_input',
    ]);
    expect(codesOf(() => scoreX(mof, { answer: {} }))).toEqual(['missing_input']);
  });

  it('a single-value level is a coefficient and needs no points', () => {
    const coef: Rule = {
      kind: 'levels',
      levels: [
        { id: 'A', label: '优', min: 1, max: 1 },
        { id: 'B', label: '良', min: '0.8', max: '0.8' },
        { id: 'C', label: '差', min: 0, max: 0 },
      ],
    };
    expect(scoreX(coef, { answer: { level: 'B' } }).points).toBe('8.00');
    expect(scoreX(coef, { answer: { level: 'B', points: 8 } }).points).toBe('8.00');
    expect(codesOf(() => scoreX(coef, { answer: { level: 'B', points: 9 } }))).toEqual([
      'points_out_of_range',
    ]);
  });

  it('rejects empty and duplicate levels', () => {
    const empty: Rule = {
      kind: 'levels',
      levels: [{ id: 'A', label: 'A', min: '0.9', max: '0.8' }],
    };
    expect(codesOf(() => oneLeaf(empty))).toEqual(['rule_incoherent']);
    const open: Rule = {
      kind: 'levels',
      levels: [{ id: 'A', label: 'A', min: '0.8', max: '0.8', maxInclusive: false }],
    };
    expect(codesOf(() => oneLeaf(open))).toEqual(['rule_incoherent']);
    const dup: Rule = {
      kind: 'levels',
      levels: [
        { id: 'A', label: 'A', min: 0, max: 1 },
        { id: 'A', label: 'B', min: 0, max: 1 },
      ],
    };
    expect(codesOf(() => oneLeaf(dup))).toEqual(['rule_incoherent']);
  });
});
