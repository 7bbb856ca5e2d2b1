import { describe, expect, it } from 'vitest';
import { defineFramework, evaluate, type Rule } from '../../src/index.js';
import { issuesOf, scoreX } from '../helpers.js';

describe('gate: findings, traces and issues', () => {
  it('a failed gate without veto: only the indicator itself scores nothing', () => {
    const r = scoreX(
      { kind: 'gate', label: { zh: '无挪用', en: 'no diversion' } },
      {
        answer: { passed: false },
      },
    );
    expect(r.points).toBe('0.00');
    // the filler keeps its 90 points: no veto reaches beyond the gate
    expect(r.total).toBe('90.00');
    expect(r.zh).toBe('指标：未满足「无挪用」，该项不得分，扣 10.00 分');
    expect(r.en).toBe(
      'Indicator: "no diversion" is not met, the indicator scores nothing: 10.00 points lost',
    );
    expect(r.trace).toEqual([{ key: 'passed', value: 'false' }]);
  });

  it('without a label the gate is worded with the indicator name', () => {
    const r = scoreX({ kind: 'gate' }, { answer: { passed: false } });
    expect(r.zh).toBe('指标：未满足「指标」，该项不得分，扣 10.00 分');
    expect(r.en).toBe(
      'Indicator: "Indicator" is not met, the indicator scores nothing: 10.00 points lost',
    );
  });

  it('a passed gate from a condition: the trace names the condition', () => {
    const r = scoreX({ kind: 'gate', condition: 'a == 0' }, { facts: { a: 0 } });
    expect(r.points).toBe('10.00');
    expect(r.trace).toEqual([
      { key: 'condition', value: 'a == 0' },
      { key: 'passed', value: 'true' },
    ]);
    expect(scoreX({ kind: 'gate' }, { answer: { passed: true } }).trace).toEqual([
      { key: 'passed', value: 'true' },
    ]);
  });

  const veto = (v: 'parent' | 'all') =>
    defineFramework({
      id: 'veto',
      version: '1',
      name: '一票否决',
      indicators: [
        {
          id: 'p',
          name: '过程',
          weight: 50,
          children: [
            {
              id: 'g',
              name: { zh: '资金安全', en: 'Funds' },
              weight: 10,
              rule: { kind: 'gate', veto: v, label: { zh: '无挪用', en: 'no diversion' } },
            },
            { id: 'o', name: '制度', weight: 40, rule: { kind: 'manual' } },
          ],
        },
        { id: 'q', name: '产出', weight: 50, rule: { kind: 'manual' } },
      ],
    });
  const gateFinding = (v: 'parent' | 'all') =>
    evaluate(veto(v), {
      answers: {
        g: { passed: false },
        o: { points: 40, justification: '健全' },
        q: { points: 50, justification: '完成' },
      },
    }).findings.find((f) => f.indicatorId === 'g')?.message;

  it('a veto of the parent says so', () => {
    expect(gateFinding('parent')).toEqual({
      zh: '资金安全：未满足「无挪用」，一票否决，上级指标整体不得分，扣 10.00 分',
      en: 'Funds: "no diversion" is not met, veto: the parent indicator scores nothing: 10.00 points lost',
    });
  });

  it('a veto of everything says so', () => {
    expect(gateFinding('all')).toEqual({
      zh: '资金安全：未满足「无挪用」，一票否决，评价总分为 0，扣 10.00 分',
      en: 'Funds: "no diversion" is not met, veto: the whole evaluation scores 0: 10.00 points lost',
    });
  });

  it('a condition and a passed answer besides', () => {
    const rule: Rule = { kind: 'gate', condition: 'a == 0' };
    const issues = issuesOf(() => scoreX(rule, { facts: { a: 0 }, answer: { passed: true } }));
    expect(issues.map((i) => [i.code, i.path, i.message.zh, i.message.en])).toEqual([
      [
        'invalid_input',
        ['answers', 'x', 'passed'],
        '指标 "x" 由条件 "a == 0" 判定，不能再给出 passed',
        'indicator "x" is decided by "a == 0"; do not also give passed',
      ],
    ]);
  });

  it('no answer at all', () => {
    const issues = issuesOf(() => scoreX({ kind: 'gate' }));
    expect(issues.map((i) => [i.code, i.path, i.message.zh])).toEqual([
      ['missing_input', ['answers', 'x'], '指标 "x" 缺少评分所需数据：passed（是否满足）'],
    ]);
  });
});
