/**
 * Entropy weights and CRITIC: the published water-quality example (test/methods/fixtures, cited),
 * hand-checked small cases, properties (weights sum to 1, invariance under unit order and positive
 * rescaling of a column, a constant column weighs 0) and bad input.
 */
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JixiaoError, entropyWeights, safeEntropyWeights } from '../../src/index.js';
import { dec } from '../../src/decimal.js';
import { runs } from '../setup/props.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as {
    input: { raw: number[][] };
    printed: Record<string, string[]>;
    recomputed: Record<string, string[]>;
  };

/** 中间型 PH (best 7) and 区间型 nutrient (best within [10, 20]), as the source prepares them. */
const WATER_DIRECTIONS = [
  'positive',
  { best: 7 },
  'negative',
  { between: [10, 20] as [number, number] },
] as const;

describe('entropy weights: published example (张敬信, 河流水质, 熵权法)', () => {
  const fx = fixture('entropy-zhang-mathmodels-water.json');
  const raw = fx.input.raw.map((row) => row.map(String));

  it('the entropies of the min–max columns, mapped to [0.002, 0.998], to 12 places', () => {
    // O2 (positive) and germ (negative); the source maps its other two columns its own way.
    const r = entropyWeights(
      raw.map((row) => [row[0] ?? '', row[2] ?? '']),
      { directions: ['positive', 'negative'], range: ['0.002', '0.998'], places: 12 },
    );
    const e = fx.recomputed.entropy ?? [];
    expect(r.entropy).toEqual([Number(e[0]).toFixed(12), Number(e[2]).toFixed(12)]);
    // Their weights relative to each other, from the printed 7-place weights.
    const w = fx.printed.weights ?? [];
    const share = dec(w[0] ?? '0').div(dec(w[0] ?? '0').plus(w[2] ?? '0'));
    expect(
      dec(r.weights[0] ?? '0')
        .minus(share)
        .abs()
        .lt('0.000001'),
    ).toBe(true);
  });
});

describe('CRITIC: published example (张敬信, 河流水质, CRITIC)', () => {
  const fx = fixture('critic-zhang-mathmodels-water.json');
  const raw = fx.input.raw.map((row) => row.map(String));

  it('weights to the 7 printed places, with 中间型 and 区间型 columns', () => {
    const r = entropyWeights(
      { indicators: ['O2', 'PH', 'germ', 'nutrient'], values: raw },
      { method: 'critic', directions: [...WATER_DIRECTIONS], places: 7 },
    );
    expect(r.weights).toEqual(fx.printed.weights);
    expect(r.byIndicator).toEqual({
      O2: fx.printed.weights?.[0],
      PH: fx.printed.weights?.[1],
      germ: fx.printed.weights?.[2],
      nutrient: fx.printed.weights?.[3],
    });
    // The deviations and information of every column, as recomputed from the source's algorithm.
    expect(r.deviation).toEqual(fx.recomputed.stdDev?.map((v) => Number(v).toFixed(7)));
  });
});

describe('entropy weights: small cases', () => {
  it('the TSDoc example: mirror-image columns weigh the same', () => {
    const r = entropyWeights(
      [
        [1, 10],
        [2, 30],
        [3, 20],
      ],
      { directions: ['positive', 'negative'] },
    );
    expect(r.weights).toEqual(['0.500000', '0.500000']);
    expect(r.normalised).toEqual([
      ['0.000000', '1.000000'],
      ['0.500000', '0.000000'],
      ['1.000000', '0.500000'],
    ]);
  });

  it('by hand: two units, one column 0/1 and one with a share', () => {
    // Column 1 min–max gives (0, 1): p = (0, 1), e = 0, d = 1. Column 2 under shift 1: (1, 2)/3.
    const r = entropyWeights(
      [
        [0, 5],
        [1, 7],
      ],
      { places: 10 },
    );
    expect(r.entropy).toEqual(['0.0000000000', '0.0000000000']);
    expect(r.weights).toEqual(['0.5000000000', '0.5000000000']);
    const shifted = entropyWeights(
      [
        [0, 5],
        [1, 7],
      ],
      { places: 10, shift: 1 },
    );
    // e = −(1/3·ln 1/3 + 2/3·ln 2/3)/ln 2 = 0.9182958341 for both columns.
    expect(shifted.entropy).toEqual(['0.9182958341', '0.9182958341']);
  });

  it('a constant column weighs 0, with a finding; every column constant is an error', () => {
    const r = entropyWeights([
      [1, 4, 9],
      [2, 4, 8],
    ]);
    expect(r.weights[1]).toBe('0.000000');
    expect(r.findings.map((f) => f.code)).toEqual(['constant_indicator']);
    const critic = entropyWeights(
      [
        [1, 4, 9],
        [2, 4, 9.5],
        [3, 4, 7],
      ],
      { method: 'critic' },
    );
    expect(critic.weights[1]).toBe('0.000000');
    expect(critic.correlation?.[1]).toEqual([null, null, null]);
    expect(safeEntropyWeights([[1], [1]]).success).toBe(false);
  });

  it('share normalisation: proportions of the raw values', () => {
    const r = entropyWeights(
      [
        [1, 2],
        [1, 6],
      ],
      { normalisation: 'share', places: 4 },
    );
    expect(r.proportions).toEqual([
      [null, '0.2500'],
      [null, '0.7500'],
    ]);
    expect(r.weights).toEqual(['0.0000', '1.0000']);
  });
});

/** A units × indicators table of decimal strings with at least two distinct values per column. */
const table = fc
  .tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 5 }))
  .chain(([m, k]) =>
    fc.array(fc.array(fc.integer({ min: -500, max: 500 }), { minLength: k, maxLength: k }), {
      minLength: m,
      maxLength: m,
    }),
  )
  .filter((rows) => (rows[0] ?? []).every((_, j) => new Set(rows.map((r) => r[j])).size > 1))
  .map((rows) => rows.map((r) => r.map((v) => (v / 10).toString())));

describe('entropy weights and CRITIC: properties', () => {
  test.prop([table, fc.constantFrom('entropy', 'critic' as const)], { numRuns: runs(120) })(
    'weights sum to 1 and lie in [0, 1]',
    (rows, method) => {
      const safe = safeEntropyWeights(rows, { method, places: 20 });
      if (!safe.success) {
        // CRITIC on a single column, or on columns perfectly correlated: no conflict, no weights.
        expect(method).toBe('critic');
        expect(safe.error.issues[0].message.en).toContain('CRITIC finds no information');
        return;
      }
      const r = safe.data;
      const sum = r.weights.reduce((s, w) => s.plus(dec(w)), dec(0));
      expect(sum.minus(1).abs().lte(dec(r.weights.length).times('0.00000000000000000001'))).toBe(
        true,
      );
      for (const w of r.weights) expect(dec(w).gte(0) && dec(w).lte(1)).toBe(true);
    },
  );

  test.prop(
    [table, fc.constantFrom('entropy', 'critic' as const), fc.integer({ min: 1, max: 50 })],
    {
      numRuns: runs(80),
    },
  )('unchanged by the order of units and by rescaling a column (×c, +b)', (rows, method, c) => {
    const first = safeEntropyWeights(rows, { method, places: 12 });
    // CRITIC has no weights for some tables (see above): nothing to compare.
    if (!first.success) return;
    const base = first.data.weights;
    const reversed = entropyWeights([...rows].reverse(), { method, places: 12 }).weights;
    expect(reversed).toEqual(base);
    const scaled = rows.map((r) =>
      r.map((v, j) => (j === 0 ? dec(v).times(c).plus(7).toString() : v)),
    );
    expect(entropyWeights(scaled, { method, places: 12 }).weights).toEqual(base);
  });

  test.prop([table], { numRuns: runs(60) })(
    'a negative indicator is the positive one of the negated column',
    (rows) => {
      const negated = rows.map((r) => r.map((v, j) => (j === 0 ? dec(v).neg().toString() : v)));
      const directions = rows[0]?.map((_, j): 'negative' | 'positive' =>
        j === 0 ? 'negative' : 'positive',
      );
      expect(entropyWeights(negated, { directions, places: 12 }).weights).toEqual(
        entropyWeights(rows, { places: 12 }).weights,
      );
    },
  );
});

describe('entropy weights: bad input', () => {
  it('lists every problem', () => {
    const r = safeEntropyWeights(
      { units: ['a', 'a'], values: [[1, 2], [3]] },
      { directions: ['positive'] },
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => i.path)).toEqual([
      ['matrix', 'values', 1],
      ['matrix', 'units', 1],
    ]);
    const options = safeEntropyWeights([[1], [2]], {
      directions: ['up' as never],
      places: -1,
      range: [1, 0],
    });
    expect(options.success).toBe(false);
    if (!options.success) expect(options.error.issues.length).toBe(2);
  });

  it('option combinations that do not go together', () => {
    const critic = safeEntropyWeights([[1], [2]], { method: 'critic', shift: 1, range: [0, 1] });
    expect(critic.success ? [] : critic.error.issues.map((i) => i.path)).toEqual([
      ['options', 'shift'],
      ['options', 'range'],
    ]);
    const share = safeEntropyWeights([[-1], [2]], {
      normalisation: 'share',
      directions: ['negative'],
    });
    expect(share.success ? 0 : share.error.issues.length).toBe(2);
    const between = safeEntropyWeights([[1], [2]], { directions: [{ between: [5, 1] }] });
    expect(between.success).toBe(false);
  });

  it('JavaScript callers get a JixiaoError', () => {
    for (const bad of [null, 'x', 5, [[]], [['a']], { values: 'x' }]) {
      expect(() => entropyWeights(bad as never)).toThrow(JixiaoError);
    }
    expect(() => entropyWeights([[1], [2]], null as never)).toThrow(JixiaoError);
  });
});

describe('CRITIC: size (review)', () => {
  it('takes at most 200 indicators, with a message saying why', () => {
    const rows = [0, 1, 2].map((i) => Array.from({ length: 201 }, (_, j) => (i * j) % 7));
    const r = safeEntropyWeights(rows, { method: 'critic' });
    expect(r.success ? '' : r.error.issues[0].message.en).toContain('at most 200 indicators');
  });
});
