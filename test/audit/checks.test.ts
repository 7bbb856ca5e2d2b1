import { describe, expect, it } from 'vitest';
import {
  auditSelfEvaluation,
  type AuditTable,
  type DiscrepancyCode,
  type SelfEvaluationOptionsInput,
} from '../../src/index.js';
import { clean, row } from './fixtures.js';

/** The discrepancies of a code (every field). */
const all = (t: AuditTable, code: DiscrepancyCode, options?: SelfEvaluationOptionsInput) =>
  auditSelfEvaluation(t, options).discrepancies.filter((d) => d.code === code);

/** The clean table with one row replaced. */
const withRow = (k: number, r: AuditTable['rows'][number], publishedTotal?: string) => {
  const t = clean();
  t.rows[k] = r;
  if (publishedTotal !== undefined) t.publishedTotal = publishedTotal;
  return t;
};

/** The clean table with another budget block. */
const withBudget = (budget: AuditTable['budget'], publishedTotal?: string) => {
  const t = clean();
  t.budget = budget;
  if (publishedTotal !== undefined) t.publishedTotal = publishedTotal;
  return t;
};

describe('row checks', () => {
  it('row_unreadable: every problem of the row, joined in each language', () => {
    const t = withRow(0, row('培训场次', 'x≥', '12..3', 25, '25.00'));
    expect(all(t, 'row_unreadable')).toEqual([
      {
        code: 'row_unreadable',
        path: ['rows', 0],
        expected: null,
        // The printed points are shown, though they cannot be checked.
        published: '25.00',
        difference: null,
        severity: 'points',
        message: {
          zh: '第 1 行「培训场次」无法按规则核算：指标值「x≥」无法识别：不是「比较符 数值 单位」的形式；实际完成值「12..3」无法识别',
          en: 'row 1 "培训场次" cannot be checked against the rules: cannot read the target "x≥": it is not of the form "comparator number unit"; cannot read the actual value "12..3"',
        },
      },
    ]);
  });

  it('row_unreadable of a row printed without points, the third row', () => {
    const t = withRow(2, row('效益：群众知晓率', 'x≥', '12..3', 30), '97.00');
    expect(all(t, 'row_unreadable')[0]).toMatchObject({ path: ['rows', 2], published: null });
    expect(all(t, 'row_unreadable')[0]?.message.en).toMatch(/^row 3 "效益：群众知晓率" /);
  });

  it('negative_points, on the fourth row', () => {
    const t = withRow(3, row('服务对象满意度', '≥95%', '96%', 10, '-1'));
    expect(all(t, 'negative_points')).toEqual([
      {
        code: 'negative_points',
        path: ['rows', 3, 'publishedPoints'],
        expected: '0',
        published: '-1',
        difference: '-1',
        // 97 printed, 98 corrected: still 优.
        severity: 'points',
        message: {
          zh: '第 4 行「服务对象满意度」得分 -1 为负数',
          en: 'row 4 "服务对象满意度" has negative points, -1',
        },
      },
    ]);
  });

  it('points_above_weight, on the third row', () => {
    const t = withRow(2, row('效益：群众知晓率', '≥90%', '92%', 30, '31.5'));
    expect(all(t, 'points_above_weight')).toEqual([
      {
        code: 'points_above_weight',
        path: ['rows', 2, 'publishedPoints'],
        expected: '30',
        published: '31.5',
        difference: '1.5',
        severity: 'points',
        message: {
          zh: '第 3 行「效益：群众知晓率」得分 31.5 超过分值 30',
          en: 'row 3 "效益：群众知晓率" scores 31.5, above its weight 30',
        },
      },
    ]);
    // Above the weight is not also reported as differing from the rule.
    expect(all(t, 'row_points_differ')).toEqual([]);
  });

  it('row_points_differ on a met target: the rule gives full points, and says so', () => {
    const t = withRow(2, row('效益：群众知晓率', '≥90%', '92%', 30, '28.00'), '95.00');
    expect(all(t, 'row_points_differ')).toEqual([
      {
        code: 'row_points_differ',
        path: ['rows', 2, 'publishedPoints'],
        expected: '30.00',
        published: '28.00',
        difference: '-2',
        severity: 'points',
        message: {
          zh: '第 3 行「效益：群众知晓率」得分 28.00，按规则应为 30.00（指标值「≥90%」，实际完成「92%」，已完成，应得满分 30 分）',
          en: 'row 3 "效益：群众知晓率" scores 28.00; by the rules 30.00 (target "≥90%", actual "92%": met, full 30 points)',
        },
      },
    ]);
  });

  it('row_points_differ on an unmet target gives the rule’s reason', () => {
    const t = withRow(1, row('服务人次', '≥5万人次', '4.5万人次', 25, '25.00', { note: '停办' }));
    t.publishedTotal = '99.50';
    expect(all(t, 'row_points_differ')[0]?.message).toEqual({
      zh: '第 2 行「服务人次」得分 25.00，按规则应为 22.50（服务人次：指标值「≥5万人次」，实际完成「4.5万人次」，按完成比例计分（90.00%），扣 2.50 分）',
      en: 'row 2 "服务人次" scores 25.00; by the rules 22.50 (服务人次: target "≥5万人次", actual "4.5万人次": scored in proportion (90.00%), 2.50 points lost)',
    });
  });

  it('loss_unexplained: points lost on a met target with no 偏差原因 (information)', () => {
    const t = withRow(2, row('效益：群众知晓率', '≥90%', '92%', 30, '28.00'), '95.00');
    expect(all(t, 'loss_unexplained')).toEqual([
      {
        code: 'loss_unexplained',
        path: ['rows', 2, 'note'],
        expected: '30',
        published: '28.00',
        difference: '-2',
        severity: 'info',
        message: {
          zh: '第 3 行「效益：群众知晓率」已完成指标值，却扣分（得 28.00 / 30），且未说明原因',
          en: 'row 3 "效益：群众知晓率" met its target but lost points (28.00 of 30) with no reason given',
        },
      },
    ]);
  });

  it.each([
    // A reason given: the loss is explained.
    ['问卷口径调整', 0],
    // Spaces are no reason.
    ['   ', 1],
  ])('loss_unexplained with the note %j: %i', (note, n) => {
    const t = withRow(2, row('效益：群众知晓率', '≥90%', '92%', 30, '28.00', { note }), '95.00');
    expect(all(t, 'loss_unexplained')).toHaveLength(n);
  });

  it('explanation_missing on an unmet row (information), on the second row', () => {
    const t = withRow(1, row('服务人次', '≥5万人次', '4.5万人次', 25, '22.50'));
    expect(all(t, 'explanation_missing')).toEqual([
      {
        code: 'explanation_missing',
        path: ['rows', 1, 'note'],
        expected: null,
        published: null,
        difference: null,
        severity: 'info',
        message: {
          zh: '第 2 行「服务人次」未填写偏差原因（未完成指标值（实际 4.5万人次））',
          en: 'row 2 "服务人次" has no 偏差原因 (target not met (actual 4.5万人次))',
        },
      },
    ]);
  });

  it('a note of spaces is no 偏差原因', () => {
    const t = withRow(
      1,
      row('服务人次', '≥5万人次', '4.5万人次', 25, '22.50', { note: ' \u3000 ' }),
    );
    expect(all(t, 'explanation_missing').map((d) => d.path)).toEqual([['rows', 1, 'note']]);
  });
});

describe('budget checks', () => {
  it('budget_unreadable: the printed points, and why the block cannot be scored', () => {
    const t = withBudget({ adjusted: '0', executed: '0', publishedPoints: '9.50' });
    expect(all(t, 'budget_unreadable')).toEqual([
      {
        code: 'budget_unreadable',
        path: ['budget'],
        expected: null,
        published: '9.50',
        difference: null,
        severity: 'points',
        message: {
          zh: '预算执行率无法核算：全年预算数为 0，无法计算预算执行率',
          en: 'the budget block cannot be checked: the adjusted budget is 0, so the budget execution rate cannot be computed',
        },
      },
    ]);
    // Without printed points.
    const bare = withBudget({ adjusted: '0', executed: '0' });
    expect(all(bare, 'budget_unreadable')[0]?.published).toBeNull();
  });

  it('budget_over_weight: execution above 100% scored above the weight', () => {
    const t = withBudget(
      { adjusted: '100', executed: '104', publishedPoints: '10.40', publishedRate: '104%' },
      '97.90',
    );
    expect(all(t, 'budget_over_weight')).toEqual([
      {
        code: 'budget_over_weight',
        path: ['budget', 'publishedPoints'],
        expected: '10',
        published: '10.40',
        difference: '0.4',
        severity: 'points',
        message: {
          zh: '执行率 104.00% 超过 100%，得分 10.40 超过分值 10；得分应以分值为限',
          en: 'execution of 104.00% exceeds 100% and was scored 10.40, above the weight 10; points are capped at the weight',
        },
      },
    ]);
  });

  it.each([
    // Above 100% but scored within the weight: the points differ, nothing is over the weight.
    [{ adjusted: '100', executed: '104', publishedPoints: '9' }, '96.50', '10.00'],
    // Over the weight, but execution below 100%: the points differ from the rule.
    [{ adjusted: '100', executed: '95', publishedPoints: '11' }, '98.50', '9.50'],
  ])('budget_points_differ, not budget_over_weight, for %j', (budget, total, expected) => {
    const t = withBudget(budget, total);
    expect(all(t, 'budget_over_weight')).toEqual([]);
    expect(all(t, 'budget_points_differ').map((d) => d.expected)).toEqual([expected]);
  });

  it.each([
    // A whole number for a proportional 9.50: stepped.
    [
      '8',
      {
        zh: '预算执行率得分 8，按“执行率 95.00% × 分值 10”应为 9.50（印发的得分似按档次取整，规则为按比例计分）',
        en: 'the budget block scores 8; execution 95.00% × weight 10 gives 9.50 (the printed score looks stepped; the rule is proportional)',
      },
    ],
    // A decimal that is simply wrong: not stepped.
    [
      '9.20',
      {
        zh: '预算执行率得分 9.20，按“执行率 95.00% × 分值 10”应为 9.50',
        en: 'the budget block scores 9.20; execution 95.00% × weight 10 gives 9.50',
      },
    ],
  ])('budget_points_differ for a printed %s', (points, message) => {
    const t = withBudget({ adjusted: '100', executed: '95', publishedPoints: points });
    t.publishedTotal = undefined;
    expect(all(t, 'budget_points_differ')).toEqual([
      {
        code: 'budget_points_differ',
        path: ['budget', 'publishedPoints'],
        expected: '9.50',
        published: points,
        difference: points === '8' ? '-1.5' : '-0.3',
        severity: 'points',
        message,
      },
    ]);
  });

  it('a whole-number rule score printed as another whole number is not "stepped"', () => {
    const t = withBudget({ adjusted: '100', executed: '100', publishedPoints: '9' });
    expect(all(t, 'budget_points_differ')[0]?.message.zh).toBe(
      '预算执行率得分 9，按“执行率 100.00% × 分值 10”应为 10.00',
    );
  });

  it('rate_misprinted: the printed 执行率 against executed ÷ adjusted (information)', () => {
    const t = withBudget({
      adjusted: '100',
      executed: '95',
      publishedPoints: '9.50',
      publishedRate: '86.19%',
    });
    expect(all(t, 'rate_misprinted')).toEqual([
      {
        code: 'rate_misprinted',
        path: ['budget', 'publishedRate'],
        expected: '95.00%',
        published: '86.19%',
        difference: null,
        severity: 'info',
        message: {
          zh: '印发的执行率 86.19% 与 全年执行数 ÷ 全年预算数 = 95.00% 不符',
          en: 'the printed execution rate 86.19% is not executed ÷ adjusted = 95.00%',
        },
      },
    ]);
  });

  it.each([
    // Exactly at the threshold (90%): no reason needed.
    ['90', undefined, undefined, null],
    // Just below it.
    ['89.99', undefined, undefined, '89.99%'],
    // A reason is given.
    ['85', '资金拨付滞后', undefined, null],
    // Spaces are no reason.
    ['85', '  ', undefined, '85.00%'],
    // Another threshold: 85% is above 80%, 79.99% below.
    ['85', undefined, { explainBelow: '0.8' }, null],
    ['79.99', undefined, { explainBelow: '0.8' }, '79.99%'],
  ])(
    'budget explanation_missing: executed %s of 100, note %j, options %j',
    (executed, note, options, pct) => {
      const t = withBudget({ adjusted: '100', executed, ...(note === undefined ? {} : { note }) });
      const ds = all(t, 'explanation_missing', options);
      expect(ds.map((d) => [d.path, d.severity])).toEqual(
        pct === null ? [] : [[['budget', 'note'], 'info']],
      );
    },
  );

  it('budget explanation_missing names the threshold in force', () => {
    // Regression: the message said "below 90%" whatever the threshold.
    const at = (explainBelow?: string) =>
      all(
        withBudget({ adjusted: '100', executed: '75' }),
        'explanation_missing',
        explainBelow === undefined ? undefined : { explainBelow },
      )[0]?.message;
    expect(at()).toEqual({
      zh: '预算执行率 75.00% 低于 90%，未说明原因',
      en: 'budget execution 75.00% is below 90% and no reason is given',
    });
    expect(at('0.8')).toEqual({
      zh: '预算执行率 75.00% 低于 80%，未说明原因',
      en: 'budget execution 75.00% is below 80% and no reason is given',
    });
  });
});
