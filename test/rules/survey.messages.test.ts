import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/index.js';
import { issuesOf, oneLeaf, scoreX } from '../helpers.js';

const likert: Rule = {
  kind: 'survey',
  options: [
    { id: 'A', label: '很满意', value: 100 },
    { id: 'B', label: '满意', value: 80 },
    { id: 'C', label: '一般', value: 60 },
    { id: 'D', label: '不满意', value: 0 },
  ],
};

/** The code, path and both texts of the one issue a call throws. */
const only = (fn: () => unknown) => {
  const issues = issuesOf(fn);
  expect(issues).toHaveLength(1);
  const [i] = issues;
  return { code: i?.code, path: i?.path, zh: i?.message.zh, en: i?.message.en };
};

describe('survey: findings and traces', () => {
  it('a rate below the standard: the finding in both languages, the trace step by step', () => {
    const r = scoreX({ kind: 'survey', fullAt: 90 }, { answer: { rate: 81 } });
    expect(r.zh).toBe('指标 81.00%，未达到 90% 的满分标准，按比例得分（90.00%），扣 1.00 分');
    expect(r.en).toBe(
      'Indicator is 81.00%, short of the full-score standard 90%: scored in proportion (90.00%), 1.00 points lost',
    );
    expect(r.trace).toEqual([
      { key: 'source', value: 'rate' },
      { key: 'satisfaction', value: '81' },
      { key: 'fullAt', value: '90' },
      { key: 'rate', value: '0.9' },
    ]);
  });

  it('full points at the standard: rate 1 in the trace, no finding', () => {
    const r = scoreX({ kind: 'survey', fullAt: 90 }, { answer: { rate: 90 } });
    expect(r.points).toBe('10.00');
    expect(r.zh).toBeUndefined();
    expect(r.trace).toEqual([
      { key: 'source', value: 'rate' },
      { key: 'satisfaction', value: '90' },
      { key: 'fullAt', value: '90' },
      { key: 'rate', value: '1' },
    ]);
  });

  it('votes: the trace names the number of valid votes', () => {
    // (3×100 + 1×80) ÷ 4 = 95
    const r = scoreX(likert, { answer: { votes: { A: 3, B: 1 } } });
    expect(r.points).toBe('9.50');
    expect(r.trace).toEqual([
      { key: 'source', value: 'votes 4' },
      { key: 'satisfaction', value: '95' },
      { key: 'fullAt', value: '100' },
      { key: 'rate', value: '0.95' },
    ]);
  });

  it('a metric: the trace names the formula', () => {
    const r = scoreX({ kind: 'survey', metric: 'a / b * 100' }, { facts: { a: 45, b: 50 } });
    expect(r.trace[0]).toEqual({ key: 'source', value: 'a / b * 100' });
  });
});

describe('survey: issues', () => {
  it('a zero standard', () => {
    expect(only(() => oneLeaf({ kind: 'survey', fullAt: 0 }))).toEqual({
      code: 'rule_incoherent',
      path: ['indicators', 0, 'rule', 'fullAt'],
      zh: '指标 "x" 的评分规则有误：满分标准不能为 0',
      en: 'The rule of indicator "x" is wrong: fullAt cannot be 0',
    });
  });

  it('a duplicate option', () => {
    const dup: Rule = {
      kind: 'survey',
      options: [
        { id: 'A', label: 'a', value: 1 },
        { id: 'A', label: 'b', value: 2 },
      ],
    };
    expect(only(() => oneLeaf(dup))).toEqual({
      code: 'rule_incoherent',
      path: ['indicators', 0, 'rule', 'options', 1, 'id'],
      zh: '指标 "x" 的评分规则有误：选项 "A" 重复',
      en: 'The rule of indicator "x" is wrong: option "A" appears twice',
    });
  });

  it('a metric that does not compile is reported at the metric', () => {
    expect(only(() => oneLeaf({ kind: 'survey', metric: 'nope' }))).toMatchObject({
      code: 'unknown_reference',
      path: ['indicators', 0, 'rule', 'metric'],
    });
  });

  it('a metric and a rate or votes besides: the answer field given is named', () => {
    const rule: Rule = { kind: 'survey', metric: 'a' };
    const zh = '指标 "x" 的满意度由公式 "a" 计算，不能再给出 rate 或 votes';
    const en = 'indicator "x" computes its rate from "a"; do not also give rate or votes';
    expect(only(() => scoreX(rule, { facts: { a: 50 }, answer: { votes: { A: 1 } } }))).toEqual({
      code: 'invalid_input',
      path: ['answers', 'x', 'votes'],
      zh,
      en,
    });
    expect(only(() => scoreX(rule, { facts: { a: 50 }, answer: { rate: 50 } }))).toEqual({
      code: 'invalid_input',
      path: ['answers', 'x', 'rate'],
      zh,
      en,
    });
  });

  it('a metric outside 0–100%', () => {
    expect(only(() => scoreX({ kind: 'survey', metric: 'a' }, { facts: { a: 120 } }))).toEqual({
      code: 'invalid_input',
      path: ['answers', 'x'],
      zh: '指标 "x" 的满意度 120% 不在 0–100% 之间',
      en: 'indicator "x": satisfaction 120% is not within 0–100%',
    });
    expect(only(() => scoreX({ kind: 'survey', metric: 'a - 1' }, { facts: { a: 0 } })).en).toBe(
      'indicator "x": satisfaction -1% is not within 0–100%',
    );
  });

  it('both a rate and votes', () => {
    expect(only(() => scoreX(likert, { answer: { rate: 90, votes: { A: 1 } } }))).toEqual({
      code: 'invalid_input',
      path: ['answers', 'x', 'votes'],
      zh: 'rate 与 votes 只能给出一个',
      en: 'give rate or votes, not both',
    });
  });

  it('neither a rate nor votes', () => {
    expect(only(() => scoreX(likert, { answer: {} }))).toEqual({
      code: 'missing_input',
      path: ['answers', 'x'],
      zh: '指标 "x" 缺少评分所需数据：rate 或 votes（满意度）',
      en: 'Indicator "x" lacks input: rate 或 votes（满意度）',
    });
  });

  it('votes on a rule without options: the votes field itself is unknown', () => {
    expect(only(() => scoreX({ kind: 'survey' }, { answer: { votes: { A: 3 } } }))).toEqual({
      code: 'unknown_key',
      path: ['answers', 'x', 'votes'],
      zh: '未知字段 "votes"',
      en: 'Unknown key "votes"',
    });
  });

  it('a vote for an option the rule does not have', () => {
    expect(only(() => scoreX(likert, { answer: { votes: { A: 2, E: 3 } } }))).toEqual({
      code: 'unknown_key',
      path: ['answers', 'x', 'votes', 'E'],
      zh: '未知字段 "E"',
      en: 'Unknown key "E"',
    });
  });

  it('no valid votes at all', () => {
    expect(only(() => scoreX(likert, { answer: { votes: { A: 0, D: 0 } } }))).toEqual({
      code: 'division_by_zero',
      path: ['answers', 'x'],
      zh: '指标 "x" 计算 "votes" 时除数为零',
      en: 'Indicator "x": "votes" divides by zero',
    });
  });
});
