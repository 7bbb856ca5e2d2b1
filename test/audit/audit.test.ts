import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DISCREPANCY_CODES,
  auditMany,
  auditSelfEvaluation,
  type DiscrepancyCode,
  type AuditTableInput,
} from '../../src/index.js';
import { clean, row } from './fixtures.js';

const codes = (t: AuditTableInput) => auditSelfEvaluation(t).discrepancies.map((d) => d.code);
const only = (t: AuditTableInput, code: DiscrepancyCode) => {
  const ds = auditSelfEvaluation(t).discrepancies;
  expect(ds.map((d) => d.code)).toContain(code);
  return ds.find((d) => d.code === code);
};

describe('auditSelfEvaluation', () => {
  it('finds nothing in a clean table', () => {
    const r = auditSelfEvaluation(clean());
    expect(r.discrepancies).toEqual([]);
    expect(r).toMatchObject({
      readable: true,
      gradeChanges: false,
      expected: { total: '97.00', grade: '优', budget: '9.50' },
    });
    expect(r.published).toEqual({ total: '97.00', grade: '优', sumOfParts: '97' });
  });

  it('accepts figures within one unit of their last printed digit (no false alarms)', () => {
    const t = clean();
    // 7 of 9 → 7.777… ; rule: 7.78 (2 places). Printed 7.77 or 7.8 or 8 all agree.
    t.budget = { adjusted: '9', executed: '7', publishedRate: '77.8%', publishedPoints: '7.77' };
    t.rows = [
      row('培训场次', '≥40场次', '47场次', 25, '25'),
      ...t.rows.slice(1, 3),
      row('服务对象满意度', '≥95%', '96%', 10, '10'),
    ];
    t.publishedTotal = '95.27';
    t.publishedGrade = '优';
    expect(codes(t).filter((c) => c !== 'explanation_missing' && c !== 'split_differs')).toEqual(
      [],
    );
    t.budget.publishedRate = '78%';
    t.budget.publishedPoints = '7.8';
    t.publishedTotal = '95.3';
    expect(codes(t).filter((c) => c !== 'explanation_missing' && c !== 'split_differs')).toEqual(
      [],
    );
  });

  describe('one table per discrepancy code', () => {
    it('total_not_sum: the printed total is not the sum of the printed parts', () => {
      const d = only({ ...clean(), publishedTotal: '98.00' }, 'total_not_sum');
      expect(d).toMatchObject({ expected: '97', published: '98.00', difference: '1' });
      expect(d?.message.zh).toBe('印发的总分 98.00 不等于印发的各项得分之和 97');
    });

    it('total_differs: the printed total is not the rule-based total', () => {
      const t = clean();
      t.rows[1] = { ...row('服务人次', '≥5万人次', '4.5万人次', 25, '25.00'), note: 'x' };
      t.publishedTotal = '99.50';
      const d = only(t, 'total_differs');
      expect(d).toMatchObject({
        expected: '97.00',
        published: '99.50',
        difference: '2.5',
        severity: 'points',
      });
    });

    it('grade_not_total: the printed grade does not match the printed total', () => {
      const d = only({ ...clean(), publishedGrade: '良' }, 'grade_not_total');
      expect(d).toMatchObject({ expected: '优', published: '良', severity: 'grade' });
    });

    it('grade_differs: the printed grade is not the rule-based grade', () => {
      const t = clean();
      t.rows[0] = row('培训场次', '≥40场次', '20场次', 25, '25.00', { note: '场地改建' });
      t.publishedTotal = '97.00';
      const r = auditSelfEvaluation(t);
      expect(r.expected).toMatchObject({ total: '84.50', grade: '良' });
      expect(r.gradeChanges).toBe(true);
      const d = r.discrepancies.find((x) => x.code === 'grade_differs');
      expect(d).toMatchObject({ expected: '良', published: '优', severity: 'grade' });
      const rowD = r.discrepancies.find((x) => x.code === 'row_points_differ');
      expect(rowD).toMatchObject({
        expected: '12.50',
        published: '25.00',
        difference: '12.5',
        severity: 'grade',
      });
      expect(rowD?.message.zh).toBe(
        '第 1 行「培训场次」得分 25.00，按规则应为 12.50（培训场次：指标值「≥40场次」，实际完成「20场次」，按完成比例计分（50.00%），扣 12.50 分）',
      );
    });

    it('row_points_differ with points only', () => {
      const t = clean();
      t.rows[3] = row('服务对象满意度', '≥95%', '90%', 10, '10.00', { note: '问卷样本少' });
      t.publishedTotal = '97.00';
      const d = only(t, 'row_points_differ');
      expect(d).toMatchObject({ expected: '9.47', published: '10.00', severity: 'points' });
    });

    it('points_above_weight and negative_points', () => {
      const t = clean();
      t.rows[0] = row('培训场次', '≥40场次', '47场次', 25, '26');
      t.rows[3] = row('服务对象满意度', '≥95%', '96%', 10, '-1');
      t.publishedTotal = '97.00';
      expect(only(t, 'points_above_weight')).toMatchObject({
        expected: '25',
        published: '26',
        difference: '1',
      });
      expect(only(t, 'negative_points')).toMatchObject({ expected: '0', published: '-1' });
    });

    it('budget_points_differ: a stepped 9 for a proportional 9.90', () => {
      const t = clean();
      t.budget = { adjusted: '100', executed: '99', publishedPoints: '9', publishedRate: '99%' };
      t.publishedTotal = '96.50';
      const d = only(t, 'budget_points_differ');
      expect(d).toMatchObject({ expected: '9.90', published: '9', difference: '-0.9' });
      expect(d?.message.zh).toBe(
        '预算执行率得分 9，按“执行率 99.00% × 分值 10”应为 9.90（印发的得分似按档次取整，规则为按比例计分）',
      );
    });

    it('rate_misprinted: the printed 执行率 is not executed ÷ adjusted', () => {
      const t = clean();
      t.budget = { ...t.budget!, publishedRate: '86.19%' };
      expect(only(t, 'rate_misprinted')).toMatchObject({
        expected: '95.00%',
        published: '86.19%',
        severity: 'info',
      });
    });

    it('budget_over_weight: execution above 100% scored above the weight', () => {
      const t = clean();
      t.budget = {
        adjusted: '100',
        executed: '104',
        publishedPoints: '10.40',
        publishedRate: '104%',
      };
      t.publishedTotal = '97.90';
      const d = only(t, 'budget_over_weight');
      expect(d).toMatchObject({ expected: '10', published: '10.40', difference: '0.4' });
      expect(codes(t)).not.toContain('budget_points_differ');
    });

    it('loss_unexplained: points lost on a met target with no 偏差原因', () => {
      const t = clean();
      t.rows[0] = row('培训场次', '≥40场次', '47场次', 25, '23.00');
      t.publishedTotal = '95.00';
      const d = only(t, 'loss_unexplained');
      expect(d?.message.zh).toBe(
        '第 1 行「培训场次」已完成指标值，却扣分（得 23.00 / 25），且未说明原因',
      );
      expect(codes(t)).toContain('row_points_differ');
    });

    it('explanation_missing: unmet, over-completed, or execution below 90%', () => {
      const t = clean();
      t.rows[1] = row('服务人次', '≥5万人次', '4.5万人次', 25, '22.50');
      expect(only(t, 'explanation_missing')?.message.zh).toBe(
        '第 2 行「服务人次」未填写偏差原因（未完成指标值（实际 4.5万人次））',
      );
      const over = clean();
      over.rows[0] = row('培训场次', '≥30场次', '47场次', 25, '25.00');
      expect(only(over, 'explanation_missing')?.message.zh).toContain('超过指标值的 130.00%');
      const low = clean();
      low.budget = {
        adjusted: '100',
        executed: '85',
        publishedPoints: '8.50',
        publishedRate: '85%',
      };
      low.publishedTotal = '96.00';
      expect(only(low, 'explanation_missing')).toMatchObject({
        path: ['budget', 'note'],
        severity: 'info',
      });
    });

    it('weights_not_100, with and without the budget block', () => {
      const t = clean();
      t.rows[0] = row('培训场次', '≥40场次', '47场次', 35, '35.00');
      t.publishedTotal = '107.00';
      const d = only(t, 'weights_not_100');
      expect(d).toMatchObject({ expected: '100', published: '110', difference: '10' });
      expect(d?.message.zh).toBe(
        '分值合计 110（含预算执行率 10；不含为 100），应为 100：绩效指标已占满 100 分，预算执行率被另加在外',
      );
    });

    it('split_differs (information)', () => {
      const t = clean();
      t.rows[2] = row('效益：群众知晓率', '≥90%', '92%', 20, '20.00');
      t.rows[0] = row('培训场次', '≥40场次', '47场次', 35, '35.00');
      expect(only(t, 'split_differs')).toMatchObject({ severity: 'info' });
    });

    it('group_points_differ: a label "产出指标(60分)" over rows of 50', () => {
      const t = { ...clean(), groups: [{ l1: '产出指标', weight: 60 }] };
      expect(only(t, 'group_points_differ')).toMatchObject({
        severity: 'points',
        path: ['groups'],
      });
      expect(only(t, 'group_points_differ')?.message.zh).toMatch(
        /^「产出指标」标注 60 分，其下 \d+ 行分值合计 \d+ 分$/,
      );
    });

    it('weights_shared: rows whose 分值 the reader shared out of a label, said once a label', () => {
      const t = clean();
      t.rows = t.rows.map((r, k) => (k < 2 ? { ...r, weightFrom: '年度绩效目标1(50分)' } : r));
      expect(only(t, 'weights_shared')).toMatchObject({ severity: 'info', path: ['rows'] });
      expect(only(t, 'weights_shared')?.message.zh).toMatch(
        /^表中未印分值：「年度绩效目标1\(50分\)」的分值按其下 2 个指标平分（\d+、\d+ 分），须由单位确认$/,
      );
    });

    it('row_unreadable, budget_unreadable and published_unreadable, without stopping the review', () => {
      const t = clean();
      t.rows[0] = row('成本控制数', '≤30万元', '完成', 25, '25.00');
      t.budget = { adjusted: '0', executed: '0', publishedPoints: '十分', publishedRate: '100%' };
      const r = auditSelfEvaluation(t);
      expect(r.readable).toBe(true);
      expect(r.discrepancies.map((d) => d.code)).toEqual(
        expect.arrayContaining(['row_unreadable', 'budget_unreadable', 'published_unreadable']),
      );
      expect(r.expected.rows).toEqual([null, '22.50', '30.00', '10.00']);
      expect(r.expected.total).toBeNull();
      expect(r.discrepancies.find((d) => d.code === 'row_unreadable')?.message.zh).toBe(
        '第 1 行「成本控制数」无法按规则核算：实际完成值「完成」不是数值，无法与指标值「≤30万元」比较',
      );
    });

    it('unreadable: a table that cannot be read at all is reported, not thrown', () => {
      const r = auditSelfEvaluation({ project: '坏表', rows: 'x' } as never);
      expect(r).toMatchObject({ id: '坏表', readable: false });
      expect(r.discrepancies.map((d) => d.code)).toEqual(['unreadable']);
      expect(r.issues.length).toBeGreaterThan(0);
      expect(auditSelfEvaluation(null as never).readable).toBe(false);
    });

    it('has a test above for every code', () => {
      // Every code names a test of this block (its title starts with the code, or lists it).
      const source = readFileSync(new URL(import.meta.url), 'utf8');
      const titles = [...source.matchAll(/^ {4}it\('([^']+)'/gm)].map((m) => m[1] ?? '');
      const untested = DISCREPANCY_CODES.filter(
        (c) => !titles.some((t) => new RegExp(`(^|[ ,])${c}\\b`).test(t.split(':')[0] ?? '')),
      );
      expect(untested).toEqual([]);
      expect(DISCREPANCY_CODES).toHaveLength(20);
    });
  });

  it('auditMany: one bad table never stops the batch; the summary counts', () => {
    const bad = { rows: [] };
    const stepped = {
      ...clean(),
      budget: { adjusted: '100', executed: '99', publishedPoints: '9' },
      publishedTotal: '96.50',
    };
    const wrongGrade = { ...clean(), publishedGrade: '良' };
    const { results, summary } = auditMany([clean(), bad, stepped, wrongGrade]);
    expect(results.map((r) => r.readable)).toEqual([true, false, true, true]);
    expect(summary).toMatchObject({
      tables: 4,
      unreadable: 1,
      withDiscrepancies: 3,
      withErrors: 3,
      gradeChanges: 1,
      gradeChanged: ['clean'],
    });
    expect(summary.byCode).toMatchObject({
      unreadable: 1,
      budget_points_differ: 1,
      grade_not_total: 1,
      grade_differs: 1,
    });
  });
});
