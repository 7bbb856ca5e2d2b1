/**
 * TOPSIS: the published water-quality example (test/methods/fixtures, cited), properties (closeness
 * in [0, 1]; with vector normalisation, invariant under positive scaling of a column; a unit best on
 * every indicator has closeness 1; ties rank by their policy) and bad input.
 */
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JixiaoError, safeTopsis, topsis } from '../../src/index.js';
import { dec } from '../../src/decimal.js';
import { runs } from '../setup/props.js';

const fx = JSON.parse(
  readFileSync(new URL('fixtures/topsis-zhang-mathmodels-water.json', import.meta.url), 'utf8'),
) as { input: { raw: number[][] }; printed: Record<string, string[] | number[]> };

describe('topsis: published example (张敬信, 河流水质, 熵权 TOPSIS)', () => {
  it('closeness of 20 rivers within a unit of the 7th place, and the ranking, from the printed weights', () => {
    const r = topsis(
      fx.input.raw.map((row) => row.map(String)),
      {
        weights: fx.printed.weights as string[],
        directions: ['positive', { best: 7 }, 'negative', { between: [10, 20] }],
        places: 7,
      },
    );
    // The source prints 7 places from full-precision weights; from its printed 7-place weights,
    // three rivers move by one unit in the 7th place (the fixture's notes), the others not at all.
    const printed = fx.printed.closeness as string[];
    const off = r.results.map((u, i) =>
      dec(u.closeness)
        .minus(printed[i] ?? '0')
        .abs(),
    );
    expect(off.every((d) => d.lte('0.0000001'))).toBe(true);
    expect(off.filter((d) => !d.isZero()).length).toBeLessThanOrEqual(3);
    expect(r.order.map((i) => i + 1)).toEqual(fx.printed.ranking);
    expect(r.results[10]?.rank).toBe(1);
  });

  it('the TSDoc example', () => {
    const r = topsis(
      [
        [250, 16],
        [200, 16],
        [300, 32],
      ],
      { weights: [1, 1], directions: ['negative', 'positive'] },
    );
    expect(r.results.map((u) => u.rank)).toEqual([3, 2, 1]);
    expect(r.weights).toEqual(['0.500000', '0.500000']);
  });
});

const table = fc
  .tuple(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 4 }))
  .chain(([m, k]) =>
    fc.tuple(
      fc.array(fc.array(fc.integer({ min: 1, max: 999 }), { minLength: k, maxLength: k }), {
        minLength: m,
        maxLength: m,
      }),
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: k, maxLength: k }),
      fc.array(fc.constantFrom('positive', 'negative' as const), { minLength: k, maxLength: k }),
    ),
  )
  .filter(([rows]) => (rows[0] ?? []).some((_, j) => new Set(rows.map((r) => r[j])).size > 1));

describe('topsis: properties', () => {
  test.prop([table, fc.integer({ min: 2, max: 1000 }), fc.nat(3)], { numRuns: runs(100) })(
    'invariant under positive scaling of a column (vector normalisation)',
    ([rows, weights, directions], c, col) => {
      const j = col % weights.length;
      const base = topsis(rows, { weights, directions, places: 12 });
      const scaled = rows.map((r) => r.map((v, l) => (l === j ? v * c : v)));
      const again = topsis(scaled, { weights, directions, places: 12 });
      expect(again.results.map((u) => u.closeness)).toEqual(base.results.map((u) => u.closeness));
      expect(again.order).toEqual(base.order);
    },
  );

  test.prop([table, fc.constantFrom('competition', 'dense', 'ordinal' as const)], {
    numRuns: runs(100),
  })(
    'closeness in [0, 1]; ranks follow closeness and the tie policy',
    ([rows, weights, directions], ties) => {
      const r = topsis(rows, { weights, directions, ties, places: 20 });
      const c = r.results.map((u) => dec(u.closeness));
      for (const v of c) expect(v.gte(0) && v.lte(1)).toBe(true);
      r.results.forEach((u, i) => {
        const better = c.filter((v) => v.gt(c[i] ?? 0));
        const distinct = new Set(better.map(String)).size;
        if (ties === 'competition') expect(u.rank).toBe(better.length + 1);
        if (ties === 'dense') expect(u.rank).toBe(distinct + 1);
      });
      if (ties === 'ordinal')
        expect([...r.results.map((u) => u.rank)].sort((a, b) => a - b)).toEqual(
          r.results.map((_, i) => i + 1),
        );
      // Identical rows tie exactly.
      const twice = topsis([...rows, rows[0] ?? []], { weights, directions, places: 20 });
      expect(twice.results.at(-1)?.closeness).toBe(twice.results[0]?.closeness);
    },
  );

  it('a unit best on every indicator has closeness 1, one worst on every indicator 0', () => {
    const r = topsis(
      [
        [9, 1],
        [5, 5],
        [1, 9],
      ],
      { directions: ['positive', 'negative'], places: 4 },
    );
    expect(r.results.map((u) => u.closeness)).toEqual(['1.0000', '0.5000', '0.0000']);
  });
});

describe('topsis: bad input', () => {
  it('identical units cannot be ranked; weights all 0; shapes that do not fit', () => {
    expect(
      safeTopsis([
        [1, 1],
        [1, 1],
      ]).success,
    ).toBe(false);
    const w = safeTopsis([[1], [2]], { weights: [0] });
    expect(w.success ? null : w.error.issues[0].path).toEqual(['options', 'weights']);
    const shape = safeTopsis(
      [
        [1, 2],
        [3, 4],
      ],
      { weights: [1], directions: ['positive'] },
    );
    expect(shape.success ? null : shape.error.issues[0].path).toEqual(['options', 'directions']);
  });

  it('a column of zeros takes no part, with a finding', () => {
    const r = topsis([
      [0, 1],
      [0, 2],
    ]);
    expect(r.findings.map((f) => f.code)).toEqual(['constant_indicator']);
    expect(r.results.map((u) => u.rank)).toEqual([2, 1]);
  });

  it('JavaScript callers get a JixiaoError', () => {
    for (const bad of [null, 'x', [[]], [[1]], { values: [[1, 'a']] }]) {
      expect(() => topsis(bad as never)).toThrow(JixiaoError);
    }
    expect(() => topsis([[1], [2]], { weights: ['-1'] })).toThrow(JixiaoError);
    expect(() => topsis([[1], [2]], { ties: 'fractional' as never })).toThrow(JixiaoError);
  });
});

describe('topsis: ties (review)', () => {
  it('units whose closeness is the same tie, whatever the last digits of their roots', () => {
    const rows = [
      [3, 3],
      [3, 1],
      [1, 3],
      [2, 2],
    ];
    expect(topsis(rows, { places: 20 }).results.map((u) => u.rank)).toEqual([1, 2, 2, 2]);
    expect(topsis(rows, { ties: 'dense' }).results.map((u) => u.rank)).toEqual([1, 2, 2, 2]);
    expect(topsis(rows, { places: 20 }).results[1]?.closeness).toBe('0.50000000000000000000');
  });
});
