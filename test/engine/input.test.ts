import { describe, expect, it } from 'vitest';
import { compiledOf } from '../../src/framework/defineFramework.js';
import { readInput } from '../../src/engine/input.js';
import { defineFramework, evaluate, type Issue, type AnswerInput } from '../../src/index.js';
import { issuesOf } from '../helpers.js';
import { allFull, manual, notApplicable, tree } from './fixtures.js';

const withFacts = defineFramework({
  id: 'facts',
  version: '1',
  name: '数据',
  facts: { executed: { name: '执行数' }, adjusted: { name: '预算数' } },
  indicators: [
    {
      id: 'exec',
      name: '预算执行率',
      weight: 100,
      rule: { kind: 'ratio', metric: 'executed / adjusted * 100', unit: '%' },
    },
  ],
});
const facts = { executed: 90, adjusted: 100 };

describe('readInput: facts and sources', () => {
  it.each([
    // a fact the framework does not declare
    [{ facts: { ...facts, extra: 1 } }, ['facts', 'extra'], 'extra'],
    // a source for a fact the framework does not declare
    [{ facts, sources: { executed: '决算表', zz: '示意' } }, ['sources', 'zz'], 'zz'],
  ])('%o is unknown_fact at its path', (data, path, name) => {
    expect(issuesOf(() => evaluate(withFacts, data))).toEqual([
      {
        code: 'unknown_fact',
        path,
        message: {
          zh: `评价数据含未声明的数据项 "${name}"`,
          en: `Unit data has an undeclared fact "${name}"`,
        },
      },
    ]);
  });

  it('a source for a declared fact is accepted', () => {
    const r = evaluate(withFacts, { facts, sources: { executed: '决算表', adjusted: '预算批复' } });
    expect(r.total).toBe('90.00');
  });
});

describe('readInput: answers', () => {
  it.each([
    // an id that is no indicator
    ['zz'],
    // ids are exact: no trimming, no case folding
    ['A1 '],
    ['B1'],
  ])('an answer to %j is unknown_indicator', (id) => {
    const answers = { ...manual(allFull), [id]: {} };
    expect(issuesOf(() => evaluate(tree, { answers }))).toEqual([
      {
        code: 'unknown_indicator',
        path: ['answers', id],
        message: {
          zh: `指标体系中没有编号为 "${id}" 的指标`,
          en: `The framework has no indicator "${id}"`,
        },
      },
    ]);
  });

  it.each([
    // no reason at all
    [{ notApplicable: true }],
    // an empty reason
    [{ notApplicable: true, reason: '' }],
    // a reason of blanks only is no reason
    [{ notApplicable: true, reason: ' \t ' }],
  ])('not applicable as %o needs a reason', (mark) => {
    const issues = issuesOf(() => evaluate(tree, { answers: { ...manual(allFull), a2: mark } }));
    expect(issues).toEqual([
      {
        code: 'justification_required',
        path: ['answers', 'a2', 'reason'],
        message: {
          zh: '指标 "a2" 标为不适用，需填写不适用原因',
          en: 'Indicator "a2" is marked not applicable and needs the reason why',
        },
      },
    ]);
  });
});

describe('readInput: answers under a not-applicable branch', () => {
  const ignored = (a1: AnswerInput | undefined) => {
    const answers: Record<string, AnswerInput> = { ...manual(allFull), A1: notApplicable };
    if (a1) answers.a1 = a1;
    else delete answers.a1;
    return evaluate(tree, { answers }).warnings.filter((w) => w.code === 'answer_ignored');
  };

  it.each([
    // no answer: nothing was ignored
    ['no answer', undefined, []],
    // a note only is not data
    ['a note', { note: '已核实' }, []],
    // evidence only is not data
    ['evidence', { evidence: ['文件1'] }, []],
    ['a note and evidence', { note: '已核实', evidence: '文件1' }, []],
    // points are data, even next to a note
    ['points and a note', { points: 20, justification: 'j', note: '已核实' }, ['a1']],
    ['points only', { points: 20, justification: 'j' }, ['a1']],
  ])('%s: answer_ignored for %j', (_case, a1, ids) => {
    expect(ignored(a1).map((w) => w.indicatorId)).toEqual([...ids, 'a2']);
  });

  it('says the answer was not used, in both languages', () => {
    expect(ignored({ points: 20, justification: 'j' })[0]).toEqual({
      code: 'answer_ignored',
      indicatorId: 'a1',
      message: {
        zh: 'a1：上级指标不适用，此项填报的数据未使用',
        en: 'a1: a parent indicator is not applicable, so this answer was not used',
      },
    });
  });
});

describe('readInput (internal)', () => {
  it('an unreadable document is not readable and carries nothing', () => {
    const c = compiledOf(tree);
    if (!c) throw new Error('not compiled');
    const issues: Issue[] = [];
    const r = readInput(c, { answers: 'all of them' }, issues, []);
    expect(issues.map((i) => [i.code, i.path])).toEqual([['invalid_input', ['answers']]]);
    expect(r).toMatchObject({ unit: null, facts: {}, readable: false });
    expect(r.na).toEqual(new Array(8).fill(false));
  });

  it('a readable document is readable, with its unit', () => {
    const c = compiledOf(tree);
    if (!c) throw new Error('not compiled');
    const issues: Issue[] = [];
    const r = readInput(c, { unit: { name: '某单位' }, answers: manual(allFull) }, issues, []);
    expect(issues).toEqual([]);
    expect(r).toMatchObject({ unit: { name: '某单位' }, readable: true });
  });

  it('has one entry per indicator, in tree order (A A1 a1 a2 A2 B b1 b2)', () => {
    const c = compiledOf(tree);
    if (!c) throw new Error('not compiled');
    const issues: Issue[] = [];
    const answers = {
      ...manual({ a1: 20, A2: 30, b2: 15 }),
      A1: notApplicable,
      b1: { points: 'many', justification: 'j' },
    };
    const r = readInput(c, { answers }, issues, []);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_input', ['answers', 'b1', 'points']],
    ]);
    // declared at A1, inherited by a1 and a2
    expect(r.na).toEqual([false, true, true, true, false, false, false, false]);
    // the reason where it was declared
    const none = undefined;
    expect(r.naReason).toEqual([none, '不涉及', none, none, none, none, none, none]);
    // b1's answer was rejected (reported above), so it is not scored
    expect(r.rejected).toEqual([false, false, false, false, false, false, true, false]);
    // the answers read, by index (A1's mark is an answer too)
    expect(r.answers.map((a) => (a ? Object.keys(a).sort() : null))).toEqual([
      null,
      ['notApplicable', 'reason'],
      ['justification', 'points'],
      null,
      ['justification', 'points'],
      null,
      null,
      ['justification', 'points'],
    ]);
  });
});
