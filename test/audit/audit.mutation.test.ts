import { describe, expect, it } from 'vitest';
import {
  auditSelfEvaluation,
  type AuditTable,
  type DiscrepancyCode,
  type AuditTableInput,
  type SelfEvaluationOptionsInput,
} from '../../src/index.js';
import { clean, row } from './fixtures.js';

const all = (t: AuditTableInput, code: DiscrepancyCode, options?: SelfEvaluationOptionsInput) =>
  auditSelfEvaluation(t, options).discrepancies.filter((d) => d.code === code);

/** Row 1 printed 25.00 where the rule gives 23.75 (38 of 40 场次), with a reason. */
const overstated = (publishedTotal?: string): AuditTable => {
  const t = clean();
  t.rows[0] = row('培训场次', '≥40场次', '38场次', 25, '25.00', { note: '场地改建' });
  t.publishedTotal = publishedTotal;
  return t;
};

/** A scale that does not compile: one grade given twice. */
const twice = () => ({
  bands: [
    { label: '合格', min: 60 },
    { label: '合格', min: 0 },
  ],
});

describe('auditSelfEvaluation: what the review says about the table', () => {
  it('an unreadable table keeps its unit, project and year, and the paths of its problems', () => {
    const r = auditSelfEvaluation({
      unit: '某局',
      project: '某项目',
      year: 2023,
      rows: 'x',
    } as never);
    expect(r).toMatchObject({
      id: '某项目',
      unit: '某局',
      project: '某项目',
      year: 2023,
      readable: false,
    });
    expect(r.issues.map((i) => i.path)).toEqual([['budget'], ['rows']]);
    // A year that is not a number is not known.
    expect(auditSelfEvaluation({ unit: '某局', year: '2023', rows: 'x' } as never)).toMatchObject({
      id: '某局',
      unit: '某局',
      project: null,
      year: null,
    });
  });

  it('a readable table keeps its unit, project and year', () => {
    const r = auditSelfEvaluation({ ...clean(), unit: '某局', project: '某项目', year: 2023 });
    expect(r).toMatchObject({ id: 'clean', unit: '某局', project: '某项目', year: 2023 });
  });

  it.each([
    // The built-in scale named in the table, in the options, or not at all.
    [{ ...clean(), scale: 'mof2020' }, undefined],
    [clean(), { scale: 'mof2020' }],
    [clean(), undefined],
  ] as const)('the MOF 2020 scale (%#)', (t, options) => {
    const r = auditSelfEvaluation(t, options);
    expect(r.issues).toEqual([]);
    expect(r.expected.grade).toBe('优');
    expect(r.discrepancies).toEqual([]);
  });

  it('a scale that does not compile: its problem, under "scale"; no grades; no crash', () => {
    const t = overstated('97.00');
    t.scale = twice();
    const r = auditSelfEvaluation(t);
    expect(r.issues).toEqual([
      {
        code: 'scale_invalid',
        path: ['scale', 'bands', 1, 'label'],
        message: {
          zh: '等级标准有误：等级 "合格" 重复',
          en: 'Invalid grade scale: grade "合格" appears twice',
        },
      },
    ]);
    expect(r.expected.grade).toBeNull();
    expect(r.gradeChanges).toBe(false);
    // Without a scale no correction changes a grade.
    expect(
      r.discrepancies.filter((d) => d.code !== 'split_differs').map((d) => [d.code, d.severity]),
    ).toEqual([
      ['row_points_differ', 'points'],
      ['total_differs', 'points'],
    ]);
  });

  it('lists the problems of the scale, of the rows and of the budget block, in that order', () => {
    const t = clean();
    t.scale = twice();
    t.rows[0] = row('培训场次', '≥40场次', '完成了吗', 25, '25.00');
    t.budget = { adjusted: '0', executed: '0' };
    expect(auditSelfEvaluation(t).issues.map((i) => [i.code, i.path])).toEqual([
      ['scale_invalid', ['scale', 'bands', 1, 'label']],
      ['actual_unparseable', ['rows', 0, 'actual']],
      ['division_by_zero', ['budget', 'adjusted']],
    ]);
  });

  it('published_unreadable: every printed figure that is not a number (information)', () => {
    const t = clean();
    t.rows[1] = { ...t.rows[1], publishedPoints: '二十' } as AuditTable['rows'][number];
    t.budget = { ...t.budget!, publishedPoints: '九分半', publishedRate: '约95%' };
    t.publishedTotal = '九十七';
    const at = (path: (string | number)[], text: string) => ({
      code: 'published_unreadable',
      path,
      expected: null,
      published: text,
      difference: null,
      severity: 'info',
      message: {
        zh: `印发的数字「${text}」不是数值`,
        en: `the printed figure "${text}" is not a number`,
      },
    });
    expect(all(t, 'published_unreadable')).toEqual([
      at(['rows', 1, 'publishedPoints'], '二十'),
      at(['budget', 'publishedPoints'], '九分半'),
      at(['budget', 'publishedRate'], '约95%'),
      at(['publishedTotal'], '九十七'),
    ]);
  });

  it.each([
    // Rows 95 + budget 10: no more than that.
    [
      30,
      {
        expected: '100',
        published: '105',
        difference: '5',
        zh: '分值合计 105（含预算执行率 10；不含为 95），应为 100',
        en: "the weights add up to 105 (with the budget block's 10; 95 without it), not 100",
      },
    ],
    // Rows 100 + budget 10: the budget block was added on top.
    [
      35,
      {
        expected: '100',
        published: '110',
        difference: '10',
        zh: '分值合计 110（含预算执行率 10；不含为 100），应为 100：绩效指标已占满 100 分，预算执行率被另加在外',
        en: "the weights add up to 110 (with the budget block's 10; 100 without it), not 100: the indicators already take 100 and the budget block was added on top",
      },
    ],
  ])('weights_not_100 with a first row of weight %i', (weight, d) => {
    const t = clean();
    t.rows[0] = row('培训场次', '≥40场次', '47场次', weight, String(weight));
    t.publishedTotal = undefined;
    const r = auditSelfEvaluation(t);
    expect(r.discrepancies.filter((x) => x.code === 'weights_not_100')).toEqual([
      {
        code: 'weights_not_100',
        path: ['rows'],
        expected: d.expected,
        published: d.published,
        difference: d.difference,
        severity: 'points',
        message: { zh: d.zh, en: d.en },
      },
    ]);
    // With the weights wrong there is no rule-based grade, so no grade change.
    expect(r.expected.grade).toBeNull();
    expect(r.gradeChanges).toBe(false);
  });

  it('reads the printed grade without the spaces around it', () => {
    const r = auditSelfEvaluation({ ...clean(), publishedGrade: ' 优 ' });
    expect(r.published.grade).toBe('优');
    expect(r.discrepancies).toEqual([]);
  });
});

describe('auditSelfEvaluation: severity, by whether a correction changes the grade', () => {
  it.each([
    // The printed total is what the table stands on: 91.25 − 1.25 = 90.00 is still 优.
    ['91.25', 'points'],
    // 91.24 − 1.25 = 89.99 is 良 (the sum of the parts, 97, would not change grade).
    ['91.24', 'grade'],
    // A printed total above the scale has no grade to change.
    ['101', 'points'],
    // Nor does one below zero.
    ['-1', 'points'],
  ])('row_points_differ with a printed total of %s: %s', (total, severity) => {
    expect(all(overstated(total), 'row_points_differ').map((d) => d.severity)).toEqual([severity]);
  });

  it('a large correction from a total above the scale is still not a grade change', () => {
    // 101 − (25 − 12.50) = 88.50 would be 良, but 101 has no grade.
    const t = clean();
    t.rows[0] = row('培训场次', '≥40场次', '20场次', 25, '25.00', { note: '场地改建' });
    t.publishedTotal = '101';
    expect(all(t, 'row_points_differ').map((d) => d.severity)).toEqual(['points']);
  });

  it('without a printed total, the sum of the printed parts: 96.74 − 8.75 = 87.99 is 良', () => {
    const t = clean();
    t.rows[0] = row('培训场次', '≥40场次', '20场次', 25, '21.24', { note: '场地改建' });
    t.publishedTotal = undefined;
    expect(all(t, 'row_points_differ').map((d) => [d.expected, d.severity])).toEqual([
      ['12.50', 'grade'],
    ]);
  });

  it('without a printed total or every part, nothing to stand on: points only', () => {
    const t = clean();
    t.rows[0] = row('培训场次', '≥40场次', '20场次', 25, '25.00', { note: '场地改建' });
    t.rows[3] = row('服务对象满意度', '≥95%', '96%', 10);
    t.publishedTotal = undefined;
    const r = auditSelfEvaluation(t);
    expect(r.published.sumOfParts).toBeNull();
    expect(r.discrepancies.map((d) => [d.code, d.severity])).toEqual([
      ['row_points_differ', 'points'],
      ['grade_differs', 'grade'],
    ]);
  });
});

describe('auditSelfEvaluation: gradeChanges', () => {
  it.each<
    [
      { publishedTotal: string | undefined; publishedGrade: string | undefined; missing?: boolean },
      boolean,
    ]
  >([
    // Nothing printed but the parts: their sum, 97 (优), against the rules' 84.50 (良).
    [{ publishedTotal: undefined, publishedGrade: undefined }, true],
    // No grade printed, no total, a part missing: nothing to compare with.
    [{ publishedTotal: undefined, publishedGrade: undefined, missing: true }, false],
    // The printed grade against the rules.
    [{ publishedTotal: '97.00', publishedGrade: '优' }, true],
    [{ publishedTotal: '97.00', publishedGrade: '良' }, false],
    // No grade printed: the grade of the printed total.
    [{ publishedTotal: '85.00', publishedGrade: undefined }, false],
    [{ publishedTotal: '97.00', publishedGrade: undefined }, true],
  ])('%j: %s', ({ publishedTotal, publishedGrade, missing }, changes) => {
    const t = clean();
    t.rows[0] = row('培训场次', '≥40场次', '20场次', 25, '25.00', { note: '场地改建' });
    if (missing) t.rows[3] = row('服务对象满意度', '≥95%', '96%', 10);
    t.publishedTotal = publishedTotal;
    t.publishedGrade = publishedGrade;
    const r = auditSelfEvaluation(t);
    expect(r.expected.grade).toBe('良');
    expect(r.gradeChanges).toBe(changes);
  });
});
