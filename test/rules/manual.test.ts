import { describe, expect, it } from 'vitest';
import { codesOf, issuesOf, scoreX } from '../helpers.js';

describe('manual', () => {
  it('takes the evaluator points within [0, weight] with a justification', () => {
    const r = scoreX(
      { kind: 'manual' },
      { answer: { points: '7.5', justification: '部分资料缺失' } },
    );
    expect(r.points).toBe('7.50');
    expect(r.zh).toBe('指标：评分 7.50 分（部分资料缺失），扣 2.50 分');
    expect(r.trace).toEqual([
      { key: 'points', value: '7.5' },
      { key: 'justification', value: '部分资料缺失' },
    ]);
  });

  it('rejects points outside [0, weight]', () => {
    for (const points of [-1, '10.01', 11]) {
      expect(
        codesOf(() => scoreX({ kind: 'manual' }, { answer: { points, justification: 'x' } })),
      ).toEqual(['points_out_of_range']);
    }
  });

  it('requires a justification, even for full points', () => {
    const issues = issuesOf(() =>
      scoreX({ kind: 'manual' }, { answer: { points: 10, justification: '  ' } }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['justification_required', ['answers', 'x', 'justification']],
    ]);
    expect(codesOf(() => scoreX({ kind: 'manual' }, { answer: { points: 10 } }))).toEqual([
      'justification_required',
    ]);
    expect(codesOf(() => scoreX({ kind: 'manual' }, { answer: { justification: 'x' } }))).toEqual([
      'missing_input',
    ]);
  });
});

describe('manual: issue texts', () => {
  it('points outside [0, weight] name the range', () => {
    const issues = issuesOf(() =>
      scoreX({ kind: 'manual' }, { answer: { points: '10.5', justification: 'x' } }),
    );
    expect(issues.map((i) => [i.code, i.message.zh, i.message.en])).toEqual([
      [
        'points_out_of_range',
        '指标 "x" 的评分 10.5 超出允许范围 [0, 10]',
        'Indicator "x": points 10.5 are outside the allowed range [0, 10]',
      ],
    ]);
  });

  it('a missing justification names the indicator', () => {
    const issues = issuesOf(() => scoreX({ kind: 'manual' }, { answer: { points: 10 } }));
    expect(issues.map((i) => [i.message.zh, i.message.en])).toEqual([
      ['指标 "x" 需填写评分理由', 'Indicator "x" needs a written justification'],
    ]);
  });
});
