import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  auditSelfEvaluation,
  type AuditTableInput,
  type SelfEvaluationOptionsInput,
} from '../../src/index.js';

const load = (name: string): AuditTableInput =>
  JSON.parse(
    readFileSync(new URL(`../../examples/audit/${name}`, import.meta.url), 'utf8'),
  ) as AuditTableInput;
// The stored copies of the 贵池 tables lack their last rows, so the 10号 split is not compared.
const brief = (name: string, options?: SelfEvaluationOptionsInput) =>
  auditSelfEvaluation(load(name), options).discrepancies.map((d) => [
    d.code,
    d.severity,
    d.expected,
    d.published,
  ]);

// The genuine discrepancies of real published tables (sources in each fixture).
describe('real tables under review', () => {
  it('廊坊市食品工程学校 2019: whole-number scores that add up to 98 where the rules give 97.24', () => {
    const r = auditSelfEvaluation(load('langfang-2019.json'));
    expect(r.published.sumOfParts).toBe('98');
    expect(r.expected).toMatchObject({ total: '97.24', grade: '优', budget: '8.62' });
    expect(brief('langfang-2019.json')).toEqual([
      ['explanation_missing', 'info', null, null],
      ['total_differs', 'points', '97.24', '98'],
    ]);
    expect(r.discrepancies[1]?.message.zh).toBe('印发的各项得分之和 98，按规则应为 97.24');
  });

  it('贵池区棠溪镇 2022 委托业务项目: the budget block printed 0 / 0 / 0, 执行率 0, 得分 0', () => {
    expect(brief('guichi-2022-weituo.json', { layout: 'none' })).toEqual([
      ['budget_points_differ', 'points', '10.00', '0'],
      ['rate_misprinted', 'info', '100.00%', '0'],
      ['total_differs', 'points', '90.00', '80'],
    ]);
  });

  it('贵池区棠溪镇 2022 村级补助及运转经费: the same budget misprint', () => {
    expect(brief('guichi-2022-cunji.json', { layout: 'none' })).toEqual([
      ['budget_points_differ', 'points', '10.00', '0'],
      ['rate_misprinted', 'info', '100.00%', '0'],
      ['total_differs', 'points', '80.00', '70'],
    ]);
  });
});
