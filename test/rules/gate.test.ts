import { describe, expect, it } from 'vitest';
import { defineFramework, evaluate, type Rule } from '../../src/index.js';
import { codesOf, oneLeaf, scoreX } from '../helpers.js';

describe('gate', () => {
  it('all or nothing from the answer', () => {
    expect(scoreX({ kind: 'gate' }, { answer: { passed: true } }).points).toBe('10.00');
    const r = scoreX({ kind: 'gate', label: '无截留挤占挪用' }, { answer: { passed: false } });
    expect(r.points).toBe('0.00');
    expect(r.zh).toBe('指标：未满足「无截留挤占挪用」，该项不得分，扣 10.00 分');
    expect(codesOf(() => scoreX({ kind: 'gate' }, { answer: {} }))).toEqual(['missing_input']);
  });

  it('all or nothing from a condition over facts', () => {
    const rule: Rule = { kind: 'gate', condition: 'a == 0 and b <= 2' };
    expect(scoreX(rule, { facts: { a: 0, b: 2 } }).points).toBe('10.00');
    expect(scoreX(rule, { facts: { a: 1, b: 2 } }).points).toBe('0.00');
    expect(
      codesOf(() => scoreX(rule, { facts: { a: 0, b: 0 }, answer: { passed: true } })),
    ).toEqual(['invalid_input']);
  });

  it('a condition must be a condition', () => {
    expect(codesOf(() => oneLeaf({ kind: 'gate', condition: 'a + 1' }))).toEqual([
      'expression_type',
    ]);
  });

  const vetoFramework = (veto: 'parent' | 'all') =>
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
              id: 'p.gate',
              name: '资金安全',
              weight: 10,
              rule: { kind: 'gate', veto, label: '无挪用' },
            },
            { id: 'p.other', name: '制度', weight: 40, rule: { kind: 'manual' } },
          ],
        },
        { id: 'q', name: '产出', weight: 50, rule: { kind: 'manual' } },
      ],
    });
  const answers = (passed: boolean) => ({
    answers: {
      'p.gate': { passed },
      'p.other': { points: 40, justification: '健全' },
      q: { points: 50, justification: '完成' },
    },
  });

  it('veto "parent" zeroes the parent indicator', () => {
    const r = evaluate(vetoFramework('parent'), answers(false));
    expect(r.total).toBe('50.00');
    const other = r.tree[0]?.children[1];
    expect(other?.status).toBe('vetoed');
    expect(other?.points).toBe('0.00');
    const f = r.findings.find((x) => x.indicatorId === 'p.other');
    expect(f?.code).toBe('vetoed');
    expect(f?.message.zh).toBe('制度：因「资金安全」一票否决，不得分，扣 40.00 分');
    expect(r.findings.find((x) => x.indicatorId === 'p.gate')?.message.zh).toContain(
      '一票否决，上级指标整体不得分',
    );
    expect(evaluate(vetoFramework('parent'), answers(true)).total).toBe('100.00');
  });

  it('veto "all" zeroes the whole evaluation', () => {
    const r = evaluate(vetoFramework('all'), answers(false));
    expect(r.total).toBe('0.00');
    expect(r.grade).toBe('差');
    expect(r.findings.map((f) => f.code)).toEqual(['points_lost', 'vetoed', 'vetoed']);
  });
});
