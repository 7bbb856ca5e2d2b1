import { describe, expect, it } from 'vitest';
import { unreadableResult } from '../../src/audit/audit.js';
import { makeIssue } from '../../src/errors/issue.js';
import { issuesOf } from '../helpers.js';

const issue = (n: number) =>
  makeIssue('invalid_input', ['rows', n], { zh: `问题${n}`, en: `problem ${n}` });

describe('unreadableResult', () => {
  it('is an empty review with its issues and one unreadable discrepancy', () => {
    const issues = [issue(1)];
    expect(
      unreadableResult('a.csv', issues, { unit: '某局', project: '某项目', year: 2023 }),
    ).toEqual({
      id: 'a.csv',
      unit: '某局',
      project: '某项目',
      year: 2023,
      readable: false,
      issues,
      expected: { total: null, grade: null, budget: null, rows: [] },
      published: { total: null, grade: null, sumOfParts: null },
      gradeChanges: false,
      discrepancies: [
        {
          code: 'unreadable',
          path: [],
          expected: null,
          published: null,
          difference: null,
          severity: 'grade',
          // One problem: "problem", not "problems".
          message: {
            zh: '自评表无法读取（1 个问题），未能复核：问题1',
            en: 'the table cannot be read (1 problem) and was not reviewed: problem 1',
          },
        },
      ],
    });
  });

  it('quotes the first three problems, joined in each language, and counts them all', () => {
    const r = unreadableResult(null, [issue(1), issue(2), issue(3), issue(4)]);
    expect(r.discrepancies[0]?.message).toEqual({
      zh: '自评表无法读取（4 个问题），未能复核：问题1；问题2；问题3',
      en: 'the table cannot be read (4 problems) and was not reviewed: problem 1; problem 2; problem 3',
    });
    // Without `about`, unit, project and year are unknown.
    expect(r).toMatchObject({ id: null, unit: null, project: null, year: null });
  });

  it('takes what is known of unit, project and year, the rest null', () => {
    expect(unreadableResult('x', [issue(1)], { project: '某项目' })).toMatchObject({
      unit: null,
      project: '某项目',
      year: null,
    });
  });

  it.each([
    // Not an array, an empty array, and an array with one thing that is not an issue.
    ['issues', 'x', undefined, 'string "x"'],
    ['issues', [], undefined, 'array'],
    ['issues', [issue(1), { code: 'x' }], undefined, 'array'],
  ])('rejects %s = %j', (name, issues, about, got) => {
    expect(issuesOf(() => unreadableResult('x', issues as never, about))).toEqual([
      {
        code: 'invalid_input',
        path: ['issues'],
        message: {
          zh: `参数 issues 应为至少一个问题，实际为 ${got}`,
          en: `argument issues must be at least one issue, got ${got}`,
        },
      },
    ]);
  });

  it('rejects an id that is neither a string nor null', () => {
    expect(issuesOf(() => unreadableResult(5 as never, [issue(1)]))).toEqual([
      {
        code: 'invalid_input',
        path: ['id'],
        message: {
          zh: '参数 id 应为字符串或 null，实际为 number 5',
          en: 'argument id must be a string or null, got number 5',
        },
      },
    ]);
  });

  it.each([
    // null is an object to typeof; a string is not an object.
    [null, 'null'],
    ['某局', 'string "某局"'],
  ])('rejects about = %j', (about, got) => {
    expect(issuesOf(() => unreadableResult('x', [issue(1)], about as never))).toEqual([
      {
        code: 'invalid_input',
        path: ['about'],
        message: {
          zh: `参数 about 应为对象，实际为 ${got}`,
          en: `argument about must be an object, got ${got}`,
        },
      },
    ]);
  });
});
