import { describe, expect, it } from 'vitest';
import {
  ISSUE_CODES,
  PROJECT_2020_LEAVES,
  parseActual,
  parseTarget,
  project2020,
  JixiaoError,
  defineFramework,
  auditMany,
  evaluate,
  formatPath,
  type IssueCode,
} from '../../src/index.js';
import { MESSAGES } from '../../src/errors/messages.js';
import { codesOf, fullRest, issuesOf, oneLeaf } from '../helpers.js';

// Triggers pass invalid indicators on purpose: the document is checked at run time.
const fw =
  (indicators: unknown[], extra: Record<string, unknown> = {}) =>
  () =>
    defineFramework({ id: 'c', version: '1', name: 'c', indicators, ...extra } as never);
const leaf = (id: string, weight: number, rule: unknown = { kind: 'manual' }) => ({
  id,
  name: id,
  weight,
  rule,
});

/** One input per issue code that triggers exactly that code. */
const TRIGGERS: Record<IssueCode, () => unknown> = {
  invalid_input: fw([leaf('a', 100, { kind: 'ratio', fullAt: 'lots' })]),
  unknown_key: fw([{ ...leaf('a', 100), wieght: 1 }]),
  duplicate_id: fw([leaf('a', 50), leaf('a', 50)]),
  weight_mismatch: fw(
    [{ id: 'p', name: 'p', weight: 100, children: [leaf('a', 60), leaf('b', 30)] }],
    {
      scale: { max: 100, bands: [{ label: 'x', min: 0 }] },
    },
  ),
  total_mismatch: fw([leaf('a', 99)]),
  leaf_without_rule: fw([{ id: 'a', name: 'a', weight: 100 }]),
  inner_with_rule: fw([{ ...leaf('p', 100), children: [leaf('a', 100)] }]),
  rule_incoherent: () => oneLeaf({ kind: 'elements', items: [{ id: 'x', label: 'x', points: 1 }] }),
  expression_syntax: () => oneLeaf({ kind: 'ratio', metric: 'v *' }),
  expression_limit: () => oneLeaf({ kind: 'ratio', metric: 'v+'.repeat(250) + 'v' }),
  expression_type: () => oneLeaf({ kind: 'ratio', metric: 'v > 1' }),
  unknown_reference: () => oneLeaf({ kind: 'ratio', metric: 'w' }),
  metric_cycle: () =>
    oneLeaf({ kind: 'ratio', metric: 'm1' }, 10, {
      metrics: { m1: { name: 'm1', expr: 'm2' }, m2: { name: 'm2', expr: 'm1' } },
    }),
  scale_invalid: fw([leaf('a', 100)], { scale: { bands: [{ label: 'x', min: 50 }] } }),
  weight_precision: () =>
    evaluate(fw([leaf('a', 99.5), leaf('b', 0.5)])(), { answers: {} }, { rounding: { places: 0 } }),
  unknown_fact: () =>
    evaluate(oneLeaf({ kind: 'ratio', metric: 'v' }), {
      facts: { v: 1, w: 2 },
      answers: fullRest(),
    }),
  unknown_indicator: () =>
    evaluate(oneLeaf({ kind: 'manual' }), {
      answers: { ...fullRest(), y: {}, x: { points: 1, justification: 'j' } },
    }),
  missing_input: () => evaluate(oneLeaf({ kind: 'ratio', metric: 'v' }), { answers: fullRest() }),
  division_by_zero: () =>
    evaluate(oneLeaf({ kind: 'ratio', metric: 'a / b' }), {
      facts: { a: 1, b: 0 },
      answers: fullRest(),
    }),
  level_unknown: () =>
    evaluate(oneLeaf({ kind: 'levels', levels: 'mof2020' }), {
      answers: { ...fullRest(), x: { level: '优', points: 9 } },
    }),
  points_out_of_range: () =>
    evaluate(oneLeaf({ kind: 'manual' }), {
      answers: { ...fullRest(), x: { points: 11, justification: 'j' } },
    }),
  justification_required: () =>
    evaluate(oneLeaf({ kind: 'manual' }), { answers: { ...fullRest(), x: { points: 10 } } }),
  nothing_applicable: () =>
    evaluate(oneLeaf({ kind: 'manual' }), {
      answers: {
        x: { notApplicable: true, reason: 'r' },
        rest: { notApplicable: true, reason: 'r' },
      },
    }),
  weight_rule: () =>
    project2020({
      ...Object.fromEntries(PROJECT_2020_LEAVES.map((id) => [id, 1])),
      'decision.approval.basis': 84,
    }),
  target_unparseable: () => parseTarget('≥abc'),
  actual_unparseable: () => parseActual('12x'),
  unit_mismatch: () =>
    evaluate(oneLeaf({ kind: 'target', target: '≥3万人次' }), {
      answers: { ...fullRest(), x: { actual: '2万元' } },
    }),
  // Not input at fault but jixiao: a batch reports it for the item and goes on. A getter that
  // fails the second time it is read gets past the structure check (the first read) and breaks the
  // schema pass.
  internal_error: () => {
    let reads = 0;
    const table = {
      get budget() {
        if (++reads > 1) throw new Error('getter failed');
        return { adjusted: 1, executed: 1 };
      },
      rows: [],
    };
    const [first, ...rest] = auditMany([table]).results[0]?.issues ?? [];
    if (first) throw new JixiaoError([first, ...rest]);
  },
  value_outside_bands: () =>
    evaluate(oneLeaf({ kind: 'bands', metric: 'v', bands: [{ min: 0, points: 10 }] }), {
      facts: { v: -1 },
      answers: fullRest(),
    }),
};

describe('issue codes', () => {
  it('every code has a trigger', () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it.each(ISSUE_CODES)('%s is reported, with a path and messages in both languages', (code) => {
    const issues = issuesOf(TRIGGERS[code]);
    expect(issues.map((i) => i.code)).toContain(code);
    for (const issue of issues) {
      expect(issue.message.zh.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
      expect(/[\u4e00-\u9fff]/.test(issue.message.zh), issue.message.zh).toBe(true);
    }
  });

  it('each trigger reports only its own code (no cascades)', () => {
    for (const code of ISSUE_CODES) {
      if (code === 'weight_precision') continue; // reported for each offending weight
      expect(new Set(codesOf(TRIGGERS[code])), code).toEqual(new Set([code]));
    }
  });

  it('JixiaoError carries the issues, summarises them, and serialises', () => {
    const e = new JixiaoError([
      {
        code: 'duplicate_id',
        path: ['indicators', 3, 'id'],
        message: MESSAGES.duplicate_id({ id: 'a' }),
      },
    ]);
    expect(e.message).toBe('1 issue: indicators[3].id: Indicator id "a" is used more than once');
    expect(e.name).toBe('JixiaoError');
    expect(JSON.parse(JSON.stringify(e))).toEqual({ name: 'JixiaoError', issues: e.issues });
    expect(formatPath([])).toBe('(root)');
    const seven = fw(Array.from({ length: 7 }, () => leaf('a', 1)));
    expect(issuesOf(seven).length).toBe(7);
    expect(seven).toThrow(/\(\+2 more\)/);
  });
});
