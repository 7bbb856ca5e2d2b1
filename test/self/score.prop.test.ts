import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { ZERO, dec } from '../../src/decimal.js';
import { scoreSelfEvaluation } from '../../src/index.js';
import { runs } from '../setup/props.js';

const amount = fc.integer({ min: 1, max: 1_000_000 }).map((n) => dec(n).div(100).toString());
const op = fc.constantFrom('≥', '≤', '=');

// Random 10 / 90 tables: the total is the budget points plus the sum of the row points, each row
// stays within its weight, and every unmet row is flagged for a 偏差原因.
test.prop(
  [amount, amount, fc.array(fc.tuple(op, amount, amount), { minLength: 1, maxLength: 9 })],
  { numRuns: runs(150) },
)(
  'total = budget + Σ rows; rows within weights; unmet rows flagged',
  (adjusted, executed, rowSpecs) => {
    const n = rowSpecs.length;
    const weights = rowSpecs.map((_, i) => (i === n - 1 ? 90 - 10 * (n - 1) : 10));
    const table = {
      budget: { adjusted, executed },
      rows: rowSpecs.map(([o, a, b], i) => ({
        l1: '产出指标',
        l3: `r${i}`,
        target: `${o}${a}`,
        actual: b,
        weight: weights[i] ?? 10,
      })),
    };
    const r = scoreSelfEvaluation(table, { layout: 'none' });
    const sum = r.rows.reduce((s, row) => s.plus(row.points), dec(r.budget?.points ?? 0));
    expect(sum.eq(r.total)).toBe(true);
    r.rows.forEach((row) => {
      expect(dec(row.points).gte(0) && dec(row.points).lte(row.weight)).toBe(true);
      if (dec(row.lost).gt(ZERO))
        expect(row.flags.some((f) => f.code === 'explanationRequired')).toBe(true);
    });
  },
);
