import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dec, ZERO } from '../../src/decimal.js';
import {
  pairProblem,
  parseActual,
  parseTarget,
  scoreSelfEvaluation,
  type SelfEvaluationTableInput,
} from '../../src/index.js';

const load = (name: string): SelfEvaluationTableInput =>
  JSON.parse(
    readFileSync(new URL(`../../examples/tables/${name}`, import.meta.url), 'utf8'),
  ) as SelfEvaluationTableInput;
const sum = (xs: readonly string[]) => xs.reduce((s, x) => s.plus(x), ZERO).toString();

// Each table is typed from its public source; the stored copies and what they lack are named in
// the fixture's `source`. `published` holds the 得分 column as printed.
describe('廊坊市食品工程学校 2019 (a complete table, its published arithmetic shown wrong)', () => {
  const r = scoreSelfEvaluation(load('langfang-2019.json'));
  const published = { budget: '9', rows: ['9', '10', '10', '10', '10', '10', '10', '10', '10'] };

  it('scores the budget in proportion: 37.24 ÷ 43.2 = 86.20% → 8.62, where the table printed a stepped 9', () => {
    expect(r.budget?.ratePercent).toBe('86.20%');
    expect(r.budget?.points).toBe('8.62');
    expect(published.budget).not.toBe(r.budget?.points);
    expect(r.budget?.flags.map((f) => f.code)).toEqual(['explanationRequired']);
  });

  it('scores 工程资金金额 43.2 → 37.24 at 8.62 (the table printed 9) and every other row as printed', () => {
    expect(r.rows.map((x) => x.points)).toEqual([
      '8.62',
      '10.00',
      '10.00',
      '10.00',
      '10.00',
      '10.00',
      '10.00',
      '10.00',
      '10.00',
    ]);
    r.rows.slice(1).forEach((row, i) => {
      expect(dec(row.points).eq(published.rows[i + 1] ?? '')).toBe(true);
    });
    expect(r.rows[0]?.flags.map((f) => f.code)).toEqual([
      'implicitOperator',
      'explanationRequired',
    ]);
  });

  it('totals 97.24 by the rules, against 98 from the printed parts', () => {
    expect(r.total).toBe('97.24');
    expect(r.grade).toBe('优');
    expect(sum([published.budget, ...published.rows])).toBe('98');
    expect(r.warnings.map((w) => w.code)).toEqual(['explanation_required']);
  });
});

describe('贵池区棠溪镇 2022 委托业务项目 (rows reproduced; the stored copy lacks the 满意度 row and total)', () => {
  // The 90 points present are scored on a 90-point scale so that every printed row can be compared.
  const table = {
    ...load('guichi-2022-weituo.json'),
    scale: { max: 90, bands: [{ label: '—', min: 0 }] },
  };
  const r = scoreSelfEvaluation(table, { layout: 'none' });

  it('reproduces every printed row score', () => {
    expect(r.rows.map((x) => x.points)).toEqual([
      '8.00',
      '8.00',
      '8.00',
      '8.00',
      '8.00',
      '10.00',
      '10.00',
      '10.00',
      '10.00',
    ]);
  });

  it('scores the budget block 10 (89.974 of 89.974), where the 总额 row was printed 0 / 0 / 0 and 得分 0', () => {
    expect(r.budget?.ratePercent).toBe('100.00%');
    expect(r.budget?.points).toBe('10.00');
  });

  it('reads "≥100百分比" as a percentage and "≤90万元" against 90 as met', () => {
    expect(r.rows[1]?.parsed?.target).toMatchObject({
      op: '>=',
      value: '100',
      unit: { family: 'percent' },
    });
    expect(r.rows[4]?.parsed?.target).toMatchObject({
      op: '<=',
      value: '90',
      unit: { text: '万元' },
    });
    expect(r.total).toBe('90.00');
  });
});

describe('贵池区棠溪镇 2022 村级补助及运转经费 (rows reproduced; the stored copy ends at 可持续影响)', () => {
  const table = {
    ...load('guichi-2022-cunji.json'),
    scale: { max: 80, bands: [{ label: '—', min: 0 }] },
  };
  const r = scoreSelfEvaluation(table, { layout: 'none' });

  it('reproduces every printed row score, "=8个" and "=42个" met exactly, 132.9 within ≤202.6万元', () => {
    expect(r.rows.map((x) => x.points)).toEqual([
      '8.00',
      '8.00',
      '8.00',
      '8.00',
      '8.00',
      '10.00',
      '10.00',
      '10.00',
    ]);
    expect(r.rows.every((x) => x.flags.length === 0)).toBe(true);
  });

  it('scores the budget on the adjusted budget: 132.912 of 132.912 (年初 202.64) → 10', () => {
    expect(r.budget).toMatchObject({
      initial: '202.64',
      adjusted: '132.912',
      ratePercent: '100.00%',
      points: '10.00',
    });
  });
});

describe('大英县 2023 成本控制数 (a printed 90 points that the rules cannot give)', () => {
  // https://dyxrmt.cn/article-157795-21.html: 成本控制数 | ≤ | 30 | 万元 | 完成 | 90 | 90 — the
  // 实际完成值 is the word "完成", which cannot be compared with ≤ 30 万元.
  it('rejects "完成" as the actual of a quantitative target', () => {
    const target = parseTarget({ op: '≤', value: 30, unit: '万元' });
    const problem = pairProblem(target, parseActual('完成'));
    expect(problem?.code).toBe('actual_unparseable');
    expect(problem?.params).toMatchObject({
      zh: '实际完成值「完成」不是数值，无法与指标值「≤30万元」比较',
    });
  });
});
