import { describe, expect, it } from 'vitest';
import { auditSelfEvaluation, type AuditTableInput } from '../../src/index.js';
import { clean, row } from './fixtures.js';

const brief = (t: AuditTableInput) =>
  auditSelfEvaluation(t).discrepancies.map((d) => [d.code, d.path, d.message.zh]);

// Scoring as far as possible: what cannot be scored is set aside, the rest is scored.
describe('auditSelfEvaluation: setting aside what cannot be scored', () => {
  it('a table none of whose rows can be scored is not readable; the budget block is not blamed', () => {
    const t = {
      ...clean(),
      rows: [
        row('成本控制数', '≤30万元', '完成', 50, '50'),
        row('档案管理', '规范', '规范', 40, '40'),
      ],
    };
    const r = auditSelfEvaluation(t);
    expect(r.readable).toBe(false);
    expect(r.expected).toEqual({ total: null, grade: null, budget: null, rows: [null, null] });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['actual_unparseable', ['rows', 0, 'actual']],
      ['missing_input', ['rows', 1, 'points']],
    ]);
    expect(r.discrepancies.map((d) => d.code)).toEqual([
      'split_differs',
      'row_unreadable',
      'row_unreadable',
      'total_not_sum',
    ]);
  });

  it('a budget weight finer than the rounding: reported once; the rows are still checked', () => {
    // Regression: the neutral block kept the weight, so each retry failed on it again and the
    // issue was reported four times, with no row checked.
    const t = clean();
    t.budget = { ...t.budget!, weight: '10.555' };
    const r = auditSelfEvaluation(t);
    expect(r.readable).toBe(true);
    expect(r.issues).toEqual([
      {
        code: 'weight_precision',
        path: ['budget', 'weight'],
        message: {
          zh: '指标 "budget" 的分值 10.555 小数位多于舍入位数 2',
          en: 'Indicator "budget" has weight 10.555, with more decimals than the 2 rounding places',
        },
      },
    ]);
    expect(r.expected).toEqual({
      total: null,
      grade: null,
      budget: null,
      rows: ['25.00', '22.50', '30.00', '10.00'],
    });
    expect(r.discrepancies.find((d) => d.code === 'budget_unreadable')?.message).toEqual({
      zh: '预算执行率无法核算：指标 "budget" 的分值 10.555 小数位多于舍入位数 2',
      en: 'the budget block cannot be checked: Indicator "budget" has weight 10.555, with more decimals than the 2 rounding places',
    });
  });

  it('a row weight finer than the rounding sets aside that row only, not the budget block', () => {
    // Regression: the weight of the row's 一级指标 group (path ["rows"]) was blamed on the budget
    // block, whose points then went unchecked.
    const t = clean();
    t.rows[0] = row('培训场次', '≥40场次', '47场次', 25.555, '25.00');
    t.budget = { ...t.budget!, publishedPoints: '8' };
    const r = auditSelfEvaluation(t);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['weight_precision', ['rows', 0, 'weight']],
    ]);
    expect(r.expected).toMatchObject({ budget: '9.50', rows: [null, '22.50', '30.00', '10.00'] });
    expect(
      brief(t).filter(([code]) => code !== 'split_differs' && code !== 'weights_not_100'),
    ).toEqual([
      [
        'row_unreadable',
        ['rows', 0],
        '第 1 行「培训场次」无法按规则核算：指标 第 1 行「培训场次」 的分值 25.555 小数位多于舍入位数 2',
      ],
      [
        'budget_points_differ',
        ['budget', 'publishedPoints'],
        '预算执行率得分 8，按“执行率 95.00% × 分值 10”应为 9.50（印发的得分似按档次取整，规则为按比例计分）',
      ],
      ['total_not_sum', ['publishedTotal'], '印发的总分 97.00 不等于印发的各项得分之和 95.5'],
    ]);
  });
});
