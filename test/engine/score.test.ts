import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { readInput } from '../../src/engine/input.js';
import { scoreLeaves } from '../../src/engine/score.js';
import { JixiaoInternalError } from '../../src/errors/internal.js';
import { compiledOf } from '../../src/framework/defineFramework.js';
import type { Compiled } from '../../src/framework/types.js';
import type { RuleOutcome } from '../../src/rules/types.js';
import { defineFramework, evaluate, type Issue } from '../../src/index.js';
import { issuesOf, scoreX } from '../helpers.js';
import { manual, tree } from './fixtures.js';

const exec = defineFramework({
  id: 'exec',
  version: '1',
  name: '执行',
  facts: { executed: { name: '执行数' }, adjusted: { name: '预算数' } },
  indicators: [
    {
      id: 'rate',
      name: { zh: '预算执行率', en: 'Budget execution' },
      weight: 20,
      rule: { kind: 'ratio', metric: 'executed / adjusted * 100', unit: '%' },
    },
    { id: 'rest', name: '其余', weight: 80, rule: { kind: 'manual' } },
  ],
});
const rest = manual({ rest: 80 });

describe('scoreLeaves: facts a rule needs and does not have', () => {
  it.each([
    // the first absent fact (in the rule's order) is the path; all of them are named
    [{}, ['facts', 'executed'], 'executed（执行数）、adjusted（预算数）'],
    [{ executed: 18 }, ['facts', 'adjusted'], 'adjusted（预算数）'],
    [{ adjusted: 20 }, ['facts', 'executed'], 'executed（执行数）'],
  ])('facts %o: missing_input under the error policy', (facts, path, what) => {
    expect(issuesOf(() => evaluate(exec, { facts, answers: rest }))).toEqual([
      {
        code: 'missing_input',
        path,
        message: {
          zh: `指标 "rate" 缺少评分所需数据：${what}`,
          en: `Indicator "rate" lacks input: ${what}`,
        },
      },
    ]);
  });

  it('scores 0 under the zero policy, with what was missing in the trace and the finding', () => {
    const r = evaluate(exec, { facts: { executed: 18 }, answers: rest }, { missing: 'zero' });
    const node = r.tree[0];
    expect([node?.status, node?.points, node?.trace]).toEqual([
      'missing',
      '0.00',
      [{ key: 'missing', value: 'adjusted（预算数）' }],
    ]);
    expect(r.findings.map((f) => [f.code, f.message.zh])).toEqual([
      [
        'missing_input',
        '预算执行率：缺少评分所需数据（adjusted（预算数）），按“缺数计 0 分”政策，扣 20.00 分',
      ],
    ]);
    expect(r.total).toBe('80.00');
  });

  it('a division by zero is reported with the expression, under either policy', () => {
    for (const missing of ['error', 'zero'] as const) {
      const data = { facts: { executed: 18, adjusted: 0 }, answers: rest };
      expect(issuesOf(() => evaluate(exec, data, { missing }))).toEqual([
        {
          code: 'division_by_zero',
          path: ['facts'],
          message: {
            zh: '指标 "rate" 计算 "executed / adjusted * 100" 时除数为零',
            en: 'Indicator "rate": "executed / adjusted * 100" divides by zero',
          },
        },
      ]);
    }
  });
});

describe('scoreLeaves: faults a rule raises', () => {
  const target = { kind: 'target', target: '效果明显' } as const;

  it('missing input given as a message in both languages: the trace keeps the Chinese', () => {
    const r = scoreX(target, { answer: { actual: '群众普遍好评' }, options: { missing: 'zero' } });
    expect([r.points, r.trace]).toEqual([
      '0.00',
      [{ key: 'missing', value: 'points（定性指标须由评价人给分，[0, 10]）' }],
    ]);
  });

  it('missing input given as text: the trace has it', () => {
    const r = scoreX({ kind: 'manual' }, { options: { missing: 'zero' } });
    expect([r.points, r.trace]).toEqual(['0.00', [{ key: 'missing', value: 'points（评分）' }]]);
  });

  it('any other fault stays an issue under the zero policy', () => {
    const answer = { points: 11, justification: 'j' };
    const issues = issuesOf(() =>
      scoreX({ kind: 'manual' }, { answer, options: { missing: 'zero' } }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['points_out_of_range', ['answers', 'x', 'points']],
    ]);
  });
});

describe('scoreLeaves: vetoes', () => {
  // x 10 | P 60 = g 10 (gate) + P1 50 (p1a 25 + p1b 25) | Q 30 = q1 30
  const vetoed = (veto: 'parent' | 'all') =>
    defineFramework({
      id: 'deep',
      version: '1',
      name: '深',
      indicators: [
        { id: 'x', name: 'x', weight: 10, rule: { kind: 'manual' } },
        {
          id: 'P',
          name: '过程',
          weight: 60,
          children: [
            {
              id: 'g',
              name: '资金安全',
              weight: 10,
              rule: { kind: 'gate', veto, label: '无挪用' },
            },
            {
              id: 'P1',
              name: '管理',
              weight: 50,
              children: [
                { id: 'p1a', name: 'p1a', weight: 25, rule: { kind: 'manual' } },
                { id: 'p1b', name: 'p1b', weight: 25, rule: { kind: 'manual' } },
              ],
            },
          ],
        },
        {
          id: 'Q',
          name: '产出',
          weight: 30,
          children: [{ id: 'q1', name: 'q1', weight: 30, rule: { kind: 'manual' } }],
        },
      ],
    });
  const answers = { ...manual({ x: 10, p1a: 20, p1b: 25, q1: 30 }), g: { passed: false } };
  const leaves = (r: ReturnType<typeof evaluate>) => {
    const out: Record<string, [string, string]> = {};
    const walk = (n: (typeof r.tree)[number]) => {
      if (n.children.length === 0) out[n.id] = [n.status, n.points];
      n.children.forEach(walk);
    };
    r.tree.forEach(walk);
    return out;
  };

  it('a veto of the parent reaches every leaf under it, however deep, and nothing else', () => {
    const r = evaluate(vetoed('parent'), { answers });
    expect(leaves(r)).toEqual({
      x: ['scored', '10.00'],
      g: ['scored', '0.00'],
      p1a: ['vetoed', '0.00'],
      p1b: ['vetoed', '0.00'],
      q1: ['scored', '30.00'],
    });
    expect(r.total).toBe('40.00');
  });

  it('a veto of everything reaches every other leaf', () => {
    const r = evaluate(vetoed('all'), { answers });
    expect(Object.values(leaves(r)).map(([s]) => s)).toEqual([
      'vetoed',
      'scored',
      'vetoed',
      'vetoed',
      'vetoed',
    ]);
    expect(r.total).toBe('0.00');
  });

  it('a vetoed leaf keeps its own trace and ends it with the gate', () => {
    const r = evaluate(vetoed('parent'), { answers });
    const p1a = r.tree[1]?.children[1]?.children[0];
    expect(p1a?.trace.at(-1)).toEqual({ key: 'vetoedBy', value: 'g' });
    const own = evaluate(vetoed('parent'), { answers: { ...answers, g: { passed: true } } });
    expect(p1a?.trace.slice(0, -1)).toEqual(own.tree[1]?.children[1]?.children[0]?.trace);
    expect(p1a?.trace.length).toBeGreaterThan(1);
  });
});

describe('scoreLeaves (internal): what a rule returns is checked', () => {
  const base = compiledOf(tree);
  if (!base) throw new Error('not compiled');
  // The tree with leaf a2 (weight 10) scored by a stand-in for a broken rule.
  const withRule = (scorer: () => RuleOutcome): Compiled => ({
    ...base,
    nodes: base.nodes.map((n) => (n.id === 'a2' ? { ...n, scorer } : n)),
  });
  const run = (c: Compiled) => {
    const issues: Issue[] = [];
    const answers = manual({ a1: 20, a2: 10, A2: 30, b1: 25, b2: 15 });
    const input = readInput(c, { answers }, issues, []);
    const out = scoreLeaves(c, input, c.policies, issues);
    return { out, issues };
  };
  const outcome = (rate: string, points: string): RuleOutcome => ({
    rate: dec(rate),
    points: dec(points),
    trace: [],
  });

  it.each([
    // a negative rate (and so negative points)
    ['-0.1', '-1', 'returned -1 points at rate -0.1'],
    // a rate above 1 (and so points above the weight)
    ['1.1', '11', 'returned 11 points at rate 1.1'],
    // points that are not rate × weight
    ['0.4', '5', 'returned 5 points at rate 0.4'],
    ['1', '9.99', 'returned 9.99 points at rate 1'],
  ])('rate %s, points %s: an internal error naming the rule', (rate, points, what) => {
    expect(() => run(withRule(() => outcome(rate, points)))).toThrow(
      new JixiaoInternalError(`the manual rule of indicator "a2" ${what} for a weight of 10`),
    );
  });

  it.each([
    // the edges of what is allowed: nothing, everything
    ['0', '0'],
    ['1', '10'],
    ['0.25', '2.5'],
  ])('rate %s, points %s is a score', (rate, points) => {
    const { out, issues } = run(withRule(() => outcome(rate, points)));
    expect(issues).toEqual([]);
    expect(out[3]?.points.toString()).toBe(points);
  });

  it('an error that is not a rule fault is passed on as it is', () => {
    const boom = new TypeError('a bug in a rule');
    expect(() =>
      run(
        withRule(() => {
          throw boom;
        }),
      ),
    ).toThrow(boom);
  });

  it('returns one entry per indicator: a score for each leaf, nothing for the others', () => {
    const { out } = run(base);
    expect(out.map((s) => s?.points.toString() ?? null)).toEqual([
      null,
      null,
      '20',
      '10',
      '30',
      null,
      '25',
      '15',
    ]);
  });
});
