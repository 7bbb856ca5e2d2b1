import { describe, expect, it } from 'vitest';
import {
  AuditTally,
  DISCREPANCY_CODES,
  auditMany,
  type AuditResult,
  type Discrepancy,
  type DiscrepancyCode,
} from '../../src/index.js';
import { auditOne } from '../../src/audit/summary.js';
import { issuesOf } from '../helpers.js';

/** A review with the given id, grade change and discrepancies (code and severity only matter). */
const review = (
  id: string | null,
  ds: [string, string][],
  { gradeChanges = false, readable = true } = {},
): AuditResult => ({
  id,
  unit: null,
  project: null,
  year: null,
  readable,
  issues: [],
  expected: { total: null, grade: null, budget: null, rows: [] },
  published: { total: null, grade: null, sumOfParts: null },
  gradeChanges,
  discrepancies: ds.map(
    ([code, severity]) =>
      ({
        code,
        severity,
        path: [],
        expected: null,
        published: null,
        difference: null,
        message: { zh: '', en: '' },
      }) as unknown as Discrepancy,
  ),
});

const noCodes = Object.fromEntries(DISCREPANCY_CODES.map((c) => [c, 0])) as Record<
  DiscrepancyCode,
  number
>;

/**
 * A table whose `budget` reads once and then throws (a getter that changes between reads): jixiao
 * fails while scoring it, an internal error.
 */
const throwing = () => {
  let reads = 0;
  return {
    get budget(): unknown {
      if (++reads > 1) throw new Error('读取失败');
      return { adjusted: 100, executed: 100 };
    },
    rows: [{ l1: '产出指标', l3: 'x', target: '≥1', actual: '1', weight: 90 }],
  };
};

describe('AuditTally', () => {
  it('counts tables, discrepancies per code and per severity', () => {
    const tally = new AuditTally();
    // Information only: a discrepancy, but no error.
    tally.add(review('a', [['split_differs', 'info']]));
    // Points and grade.
    tally.add(
      review(
        'b',
        [
          ['row_points_differ', 'points'],
          ['row_points_differ', 'grade'],
          ['grade_differs', 'grade'],
        ],
        { gradeChanges: true },
      ),
    );
    // Clean.
    tally.add(review('c', []));
    // Unreadable.
    tally.add(review('d', [['unreadable', 'grade']], { readable: false }));
    expect(tally.summary()).toEqual({
      tables: 4,
      unreadable: 1,
      withDiscrepancies: 3,
      withErrors: 2,
      gradeChanges: 1,
      gradeChanged: ['b'],
      byCode: {
        ...noCodes,
        split_differs: 1,
        row_points_differ: 2,
        grade_differs: 1,
        unreadable: 1,
      },
      bySeverity: { grade: 3, points: 1, info: 1 },
    });
  });

  it('ignores codes and severities it does not know (a result from another version)', () => {
    const tally = new AuditTally();
    tally.add(review('a', [['future_code', 'critical']]));
    const s = tally.summary();
    // Still a table with a discrepancy, and one that is not information.
    expect(s).toMatchObject({ withDiscrepancies: 1, withErrors: 1 });
    expect(s.byCode).toEqual(noCodes);
    expect(s.bySeverity).toEqual({ grade: 0, points: 0, info: 0 });
  });

  it('labels a grade-changing table without an id by its place in the batch', () => {
    const tally = new AuditTally();
    tally.add(review('a', []));
    tally.add(review(null, [['grade_differs', 'grade']], { gradeChanges: true }));
    expect(tally.summary().gradeChanged).toEqual(['#2']);
  });

  it('keeps the first 1000 labels of grade-changing tables, and counts them all', () => {
    const tally = new AuditTally();
    for (let i = 1; i <= 1001; i++)
      tally.add(review(`t${i}`, [['grade_differs', 'grade']], { gradeChanges: true }));
    const s = tally.summary();
    expect(s.gradeChanges).toBe(1001);
    expect(s.gradeChanged).toHaveLength(1000);
    expect(s.gradeChanged.at(-1)).toBe('t1000');
  });

  it('returns a copy: adding later does not change a summary already read', () => {
    const tally = new AuditTally();
    tally.add(review('a', [['grade_differs', 'grade']], { gradeChanges: true }));
    const first = tally.summary();
    tally.add(review('b', [['grade_differs', 'grade']], { gradeChanges: true }));
    expect(first).toMatchObject({ tables: 1, gradeChanged: ['a'] });
    expect(first.byCode.grade_differs).toBe(1);
    expect(first.bySeverity.grade).toBe(1);
  });

  it.each([
    // Not an object.
    [null, 'null'],
    ['x', 'string "x"'],
    // No discrepancies array.
    [{}, 'object'],
    [{ discrepancies: 'x' }, 'object'],
    // A discrepancy without a code, or without a severity, or not an object.
    [{ discrepancies: [{ severity: 'info' }] }, 'object'],
    [{ discrepancies: [{ code: 'unreadable' }] }, 'object'],
    [{ discrepancies: [null] }, 'object'],
  ])('rejects %j', (given, got) => {
    const tally = new AuditTally();
    expect(
      issuesOf(() => {
        tally.add(given as never);
      }),
    ).toEqual([
      {
        code: 'invalid_input',
        path: ['result'],
        message: {
          zh: `参数 result 应为一份复核结果，实际为 ${got}`,
          en: `argument result must be a review result, got ${got}`,
        },
      },
    ]);
    // Nothing was counted.
    expect(tally.summary().tables).toBe(0);
  });
});

describe('auditOne', () => {
  it('reports a failure of jixiao as the table’s internal error, labelled by its place', () => {
    const r = auditOne(throwing(), undefined, 2);
    expect(r).toMatchObject({ id: '#3', readable: false });
    expect(r.issues).toEqual([
      {
        code: 'internal_error',
        path: [],
        message: {
          zh: 'jixiao 内部错误（请连同输入一并报告）：读取失败',
          en: 'jixiao internal error (please report it with the input): 读取失败',
        },
      },
    ]);
  });
});

describe('auditMany', () => {
  it('labels each table by its place in the batch', () => {
    const { results, summary } = auditMany([{ rows: [] }, throwing(), throwing()]);
    expect(results.map((r) => r.id)).toEqual([null, '#2', '#3']);
    expect(summary).toMatchObject({ tables: 3, unreadable: 3 });
  });

  it('takes any iterable', () => {
    function* tables() {
      yield { rows: [] };
    }
    expect(auditMany(tables()).summary.tables).toBe(1);
  });

  it.each([
    // Not an object: a string is iterable, but not a batch of tables.
    ['tables', 'string "tables"'],
    [5, 'number 5'],
    [null, 'null'],
    // An object that is not iterable.
    [{}, 'object'],
  ])('rejects %j', (given, got) => {
    expect(issuesOf(() => auditMany(given as never))).toEqual([
      {
        code: 'invalid_input',
        path: ['tables'],
        message: {
          zh: `参数 tables 应为表的数组或可迭代对象，实际为 ${got}`,
          en: `argument tables must be an array or iterable of tables, got ${got}`,
        },
      },
    ]);
  });
});
