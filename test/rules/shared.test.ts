/**
 * The value source and the wording shared by the quantitative rule kinds (src/rules/shared.ts),
 * through the rules that use them.
 */
import { describe, expect, it } from 'vitest';
import { issuesOf, scoreX } from '../helpers.js';

describe('the value of a quantitative rule', () => {
  it('from the answer, worded with the unit the rule declares', () => {
    const r = scoreX({ kind: 'ratio', unit: '人', fullAt: 50 }, { answer: { value: 45 } });
    expect(r.points).toBe('9.00');
    expect(r.zh).toBe('指标 45.00 人，未达到 50 人 的满分标准，按比例得分（90.00%），扣 1.00 分');
  });

  it('from the answer without a unit: bare numbers', () => {
    const r = scoreX({ kind: 'ratio', fullAt: 50 }, { answer: { value: 45 } });
    expect(r.zh).toBe('指标 45.00，未达到 50 的满分标准，按比例得分（90.00%），扣 1.00 分');
    expect(r.en).toBe(
      'Indicator is 45.00, short of the full-score standard 50: scored in proportion (90.00%), 1.00 points lost',
    );
  });

  it('missing: no answer at all, or an answer without the value', () => {
    const expected = [
      [
        'missing_input',
        ['answers', 'x'],
        '指标 "x" 缺少评分所需数据：value（实际值 / actual value）',
        'Indicator "x" lacks input: value（实际值 / actual value）',
      ],
    ];
    const issues = (answer?: Record<string, unknown>) =>
      issuesOf(() => scoreX({ kind: 'ratio' }, answer ? { answer } : {})).map((i) => [
        i.code,
        i.path,
        i.message.zh,
        i.message.en,
      ]);
    expect(issues()).toEqual(expected);
    expect(issues({})).toEqual(expected);
  });

  it('a metric and a value besides', () => {
    const issues = issuesOf(() =>
      scoreX({ kind: 'ratio', metric: 'v' }, { facts: { v: 1 }, answer: { value: 1 } }),
    );
    expect(issues.map((i) => [i.code, i.path, i.message.zh, i.message.en])).toEqual([
      [
        'invalid_input',
        ['answers', 'x', 'value'],
        '指标 "x" 的值由公式 "v" 计算，不能再直接给出 value',
        'indicator "x" computes its value from "v"; do not also give a value',
      ],
    ]);
  });
});
