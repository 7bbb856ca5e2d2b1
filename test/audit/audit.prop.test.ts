import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { dec } from '../../src/decimal.js';
import { auditSelfEvaluation, scoreSelfEvaluation } from '../../src/index.js';
import { runs } from '../setup/props.js';

const amount = fc.integer({ min: 1, max: 100_000 }).map((n) => dec(n).div(100).toString());
const op = fc.constantFrom('≥', '≤', '=');
const rowSpec = fc.tuple(op, amount, amount);

// A table scored by scoreSelfEvaluation and published exactly as scored has nothing to find.
test.prop([amount, amount, fc.array(rowSpec, { minLength: 5, maxLength: 5 })], {
  numRuns: runs(120),
})('a table published as scored audits clean', (adjusted, executed, specs) => {
  const groups: [string, number][] = [
    ['产出指标', 25],
    ['产出指标', 25],
    ['效益指标', 15],
    ['效益指标', 15],
    ['满意度指标', 10],
  ];
  const table = {
    budget: { adjusted, executed, note: '说明' },
    rows: specs.map(([o, a, b], i) => ({
      l1: groups[i]?.[0] ?? '产出指标',
      l3: `r${i}`,
      target: `${o}${a}`,
      actual: b,
      weight: groups[i]?.[1] ?? 10,
      note: '说明',
    })),
  };
  const scored = scoreSelfEvaluation(table);
  const published = {
    ...table,
    budget: {
      ...table.budget,
      publishedPoints: scored.budget!.points,
      publishedRate: scored.budget!.ratePercent,
    },
    rows: table.rows.map((r, i) => ({ ...r, publishedPoints: scored.rows[i]?.points })),
    publishedTotal: scored.total,
    publishedGrade: scored.grade,
  };
  const r = auditSelfEvaluation(published);
  expect(r.discrepancies).toEqual([]);
  expect(r.expected.total).toBe(scored.total);
  expect(r.gradeChanges).toBe(false);
});
