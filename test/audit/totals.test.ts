import { describe, expect, it } from 'vitest';
import { auditSelfEvaluation, type AuditTable, type DiscrepancyCode } from '../../src/index.js';
import { clean, row } from './fixtures.js';

const all = (t: AuditTable, code: DiscrepancyCode) =>
  auditSelfEvaluation(t).discrepancies.filter((d) => d.code === code);

/** The clean table (97.00 by the rules) with row 2 printed as 25.00, so the parts add up to 99.5. */
const inflated = (publishedTotal?: string): AuditTable => {
  const t = clean();
  t.rows[1] = row('服务人次', '≥5万人次', '4.5万人次', 25, '25.00', { note: '停办两期' });
  t.publishedTotal = publishedTotal;
  return t;
};

describe('total and grade checks', () => {
  it('total_not_sum', () => {
    expect(all({ ...clean(), publishedTotal: '98.00' }, 'total_not_sum')).toEqual([
      {
        code: 'total_not_sum',
        path: ['publishedTotal'],
        expected: '97',
        published: '98.00',
        difference: '1',
        // 98 corrected to 97 stays 优.
        severity: 'points',
        message: {
          zh: '印发的总分 98.00 不等于印发的各项得分之和 97',
          en: 'the printed total 98.00 is not the sum of the printed parts, 97',
        },
      },
    ]);
  });

  it('total_differs against the printed total', () => {
    expect(all(inflated('99.50'), 'total_differs')).toEqual([
      {
        code: 'total_differs',
        path: ['publishedTotal'],
        expected: '97.00',
        published: '99.50',
        difference: '2.5',
        severity: 'points',
        message: {
          zh: '印发的总分 99.50，按规则应为 97.00',
          en: 'the printed total is 99.50; by the rules it is 97.00',
        },
      },
    ]);
  });

  it('total_differs against the sum of the printed parts when no total is printed', () => {
    expect(all(inflated(), 'total_differs')).toEqual([
      {
        code: 'total_differs',
        path: ['rows'],
        expected: '97.00',
        published: '99.5',
        difference: '2.5',
        severity: 'points',
        message: {
          zh: '印发的各项得分之和 99.5，按规则应为 97.00',
          en: 'the printed parts add up to 99.5; by the rules it is 97.00',
        },
      },
    ]);
  });

  it('grade_not_total', () => {
    expect(all({ ...clean(), publishedGrade: '良' }, 'grade_not_total')).toEqual([
      {
        code: 'grade_not_total',
        path: ['publishedGrade'],
        expected: '优',
        published: '良',
        difference: null,
        severity: 'grade',
        message: {
          zh: '印发的等级「良」与印发的总分 97.00 对应的等级「优」不符',
          en: 'the printed grade "良" does not match the printed total 97.00, which is "优"',
        },
      },
    ]);
  });

  it('grade_differs', () => {
    const t = clean();
    t.rows[0] = row('培训场次', '≥40场次', '20场次', 25, '25.00', { note: '场地改建' });
    expect(all(t, 'grade_differs')).toEqual([
      {
        code: 'grade_differs',
        path: ['publishedGrade'],
        expected: '良',
        published: '优',
        difference: null,
        severity: 'grade',
        message: {
          zh: '印发的等级「优」，按规则总分 84.50 应为「良」',
          en: 'the printed grade is "优"; by the rules the total is 84.50, grade "良"',
        },
      },
    ]);
  });

  it.each([
    // The band edges of the MOF 2020 scale: 90 is 优, 89.99 is 良, 80 良, 60 中, 59.99 差.
    ['90', '优', []],
    ['90', '良', ['优']],
    ['89.99', '良', []],
    ['89.99', '优', ['良']],
    ['80', '良', []],
    ['79.99', '良', ['中']],
    ['60', '中', []],
    ['59.99', '中', ['差']],
    ['0', '差', []],
    ['100', '优', []],
    // Outside the scale, a printed total has no grade to compare with.
    ['100.01', '差', []],
    ['-1', '优', []],
  ])('a printed total of %s with the grade %s: grade_not_total %j', (total, grade, expected) => {
    const t = { ...clean(), publishedTotal: total, publishedGrade: grade };
    expect(all(t, 'grade_not_total').map((d) => d.expected)).toEqual(expected);
  });
});
