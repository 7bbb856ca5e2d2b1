/**
 * AHP: published examples reproduced to their printed digits (test/methods/fixtures, each cited),
 * properties (weights sum to 1, a consistent matrix has CR 0 and weights proportional to its
 * generating vector, points add up exactly), and bad input listing every problem.
 */
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  JixiaoError,
  ahp,
  builtinFramework,
  defineFramework,
  safeAhp,
  withWeights,
  type AhpNode,
  type Framework,
} from '../../src/index.js';
import { dec } from '../../src/decimal.js';
import { runs } from '../setup/props.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as {
    input: Record<string, unknown>;
    printed: Record<string, unknown>;
  };

/** The issues of a call that must fail. */
function issuesOf(f: () => unknown): { path: readonly (string | number)[]; en: string }[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(JixiaoError);
    return (e as JixiaoError).issues.map((i) => ({ path: i.path, en: i.message.en }));
  }
  throw new Error('expected a JixiaoError');
}

describe('ahp: published examples', () => {
  it('Saaty 2008, drinks consumption (Table 3): eigenvector weights and CR to 3 places', () => {
    const fx = fixture('ahp-saaty-2008-drinks.json');
    const matrix = fx.input.matrix as (number | string)[][];
    const r = ahp(matrix, { places: 3 });
    expect(r.matrices[0]?.weights).toEqual(fx.printed.weights);
    expect(r.matrices[0]?.cr).toBe(fx.printed.CR);
    expect(r.consistent).toBe(true);
    // The approximations differ in the third place: the method is not a detail.
    expect(ahp(matrix, { places: 3, method: 'geometric' }).matrices[0]?.weights).not.toEqual(
      fx.printed.weights,
    );
  });

  it('旅游地选择 (张敬信, after 姜启源): criteria, five sub-matrices and the composite to 7–8 places', () => {
    const fx = fixture('ahp-zhang-mathmodels-travel.json');
    const criteria = fx.input.criteria as string[];
    const alternatives = fx.input.alternatives as string[];
    const subs = fx.input.alternativeMatrices as (number | string)[][][];
    // A two-level hierarchy with shared alternatives: each criterion's children are named apart.
    const hierarchy = {
      matrix: fx.input.criteriaMatrix as (number | string)[][],
      children: criteria.map((c, k): AhpNode => ({
        id: c,
        matrix: subs[k],
        children: alternatives.map((a) => ({ id: `${c}/${a}` })),
      })),
    };
    const r = ahp(hierarchy, { places: 8 });
    expect(r.matrices[0]?.weights).toEqual(fx.printed.criteriaWeights);
    expect(r.matrices[0]?.cr).toBe(fx.printed.criteriaCR);
    const subWeights = fx.printed.subWeights as string[][];
    r.matrices.slice(1).forEach((m, k) => {
      // R prints 7 significant digits: 0.5953790, 0.08193475.
      m.weights.forEach((w, i) => {
        const printed = subWeights[k]?.[i] ?? '';
        const places = printed.split('.')[1]?.length ?? 0;
        expect(dec(w).toFixed(places, 'halfUp')).toBe(printed);
      });
      const cr = Number((fx.printed.subCR as string[])[k]);
      expect(Math.abs(Number(m.cr) - cr)).toBeLessThan(5e-9);
    });
    const composite = alternatives.map((a) =>
      criteria.reduce((s, c) => s.plus(dec(r.weights[`${c}/${a}`] ?? '0')), dec(0)),
    );
    // Each leaf weight is rounded to 8 places before the sum: 5 × 0.5e-8 at most.
    composite.forEach((v, i) => {
      const printed = dec((fx.printed.compositeWeights as string[])[i] ?? '0');
      expect(v.minus(printed).abs().lte(dec('0.00000008'))).toBe(true);
    });
    expect(r.hierarchy?.cr).toBeDefined();
  });

  it('旅游资源 (方根法, 表2-2-3): geometric-mean weights and CR to 4 places', () => {
    const fx = fixture('ahp-chuimin-tourism-geometric.json');
    const r = ahp(fx.input.matrix as (number | string)[][], { places: 4, method: 'geometric' });
    // The source prints the last weight as "0.34300" (a typo for 0.3430).
    expect(r.matrices[0]?.weights).toEqual(['0.0706', '0.1214', '0.2164', '0.2486', '0.3430']);
    expect(r.matrices[0]?.cr).toBe(fx.printed.CR);
  });

  it('the TSDoc example', () => {
    const r = ahp(
      [
        [1, 3, 5],
        ['1/3', 1, 3],
        ['1/5', '1/3', 1],
      ],
      { places: 4 },
    );
    expect(r.matrices[0]?.weights).toEqual(['0.6370', '0.2583', '0.1047']);
    expect(r.matrices[0]?.lambdaMax).toBe('3.0385');
    expect(r.matrices[0]?.cr).toBe('0.0332');
    expect(r.matrices[0]?.ri).toBe('0.5800');
  });
});

/** A consistent matrix a_ij = w_i / w_j from whole-number weights 1–3 (all within 1/9–9). */
const consistent = fc
  .array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 9 })
  .map((w) => ({ w, matrix: w.map((wi) => w.map((wj) => `${wi}/${wj}`)) }));

/** A random reciprocal matrix on Saaty's scale. */
const reciprocal = fc.integer({ min: 3, max: 8 }).chain((n) =>
  fc
    .array(fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, '1/2', '1/3', '1/5', '1/7', '1/9'), {
      minLength: (n * (n - 1)) / 2,
      maxLength: (n * (n - 1)) / 2,
    })
    .map((upper) => {
      const m: (number | string | null)[][] = Array.from({ length: n }, () =>
        Array.from({ length: n }, () => null),
      );
      let k = 0;
      for (let i = 0; i < n; i++) {
        m[i]![i] = 1;
        for (let j = i + 1; j < n; j++) m[i]![j] = upper[k++] ?? 1;
      }
      return m;
    }),
);

describe('ahp: properties', () => {
  test.prop([consistent, fc.constantFrom('eigenvector', 'geometric', 'arithmetic' as const)], {
    numRuns: runs(150),
  })('a consistent matrix: CR 0, λmax = n, weights w / Σw', ({ w, matrix }, method) => {
    const r = ahp(matrix, { method, places: 12 });
    const m = r.matrices[0];
    const total = w.reduce((a, b) => a + b, 0);
    expect(m?.weights).toEqual(w.map((x) => dec(x).div(total).toFixed(12, 'halfUp')));
    expect(m?.cr).toBe('0.000000000000');
    expect(m?.lambdaMax).toBe(dec(w.length).toFixed(12, 'halfUp'));
    expect(r.consistent).toBe(true);
  });

  test.prop([reciprocal, fc.constantFrom('eigenvector', 'geometric', 'arithmetic' as const)], {
    numRuns: runs(100),
  })('weights sum to 1, λmax ≥ n, CR ≥ 0, finding iff CR ≥ 0.1', (matrix, method) => {
    const r = ahp(matrix, { method, places: 20 });
    const m = r.matrices[0];
    const n = matrix.length;
    const sum = (m?.weights ?? []).reduce((s, v) => s.plus(dec(v)), dec(0));
    // Each weight is rounded to 20 places: n half-units at most.
    expect(sum.minus(1).abs().lte(dec(n).times('0.00000000000000000001'))).toBe(true);
    if (method === 'eigenvector') expect(dec(m?.lambdaMax ?? '0').gte(n - 1e-12)).toBe(true);
    expect(dec(m?.cr ?? '0').isNeg()).toBe(false);
    const inconsistent = dec(m?.cr ?? '0').gte('0.1');
    expect(r.findings.some((f) => f.code === 'inconsistent')).toBe(inconsistent);
  });

  test.prop([reciprocal, fc.integer({ min: 0, max: 4 })], { numRuns: runs(60) })(
    'points add up exactly to the total, each within one unit of its exact share',
    (matrix, places) => {
      const r = ahp(matrix, { points: { total: 100, places }, places: 12 });
      const pts = Object.values(r.points ?? {});
      const sum = pts.reduce((s, v) => s.plus(dec(v)), dec(0));
      expect(sum.eq(100)).toBe(true);
      Object.entries(r.points ?? {}).forEach(([id, p]) => {
        const exact = dec(r.weights[id] ?? '0').times(100);
        expect(
          dec(p)
            .minus(exact)
            .abs()
            .lte(
              dec(1)
                .div(10 ** places)
                .plus('0.000001'),
            ),
        ).toBe(true);
      });
    },
  );

  it('group judgements: the geometric mean of the experts, entry by entry', () => {
    const r = ahp({
      judges: [
        [
          [1, 2],
          ['1/2', 1],
        ],
        [
          [1, 8],
          ['1/8', 1],
        ],
      ],
      items: ['a', 'b'],
    });
    expect(r.matrices[0]?.matrix).toEqual([
      ['1', '4'],
      ['0.25', '1'],
    ]);
    expect(r.matrices[0]?.judges).toBe(2);
    expect(r.weights).toEqual({ a: '0.800000', b: '0.200000' });
  });

  it('nulls stand for reciprocals; a hierarchy composes to leaf weights', () => {
    const r = ahp({
      matrix: [
        [1, 3],
        [null, 1],
      ],
      children: [
        {
          id: 'A',
          matrix: [
            [1, 1],
            [null, 1],
          ],
          children: [{ id: 'a1' }, { id: 'a2' }],
        },
        { id: 'B' },
      ],
    });
    expect(r.weights).toEqual({ a1: '0.375000', a2: '0.375000', B: '0.250000' });
    expect(r.matrices.map((m) => m.globalWeight)).toEqual(['1.000000', '0.750000']);
  });
});

describe('ahp: findings and a framework', () => {
  it('an inconsistent matrix names its most inconsistent judgement', () => {
    // Consistent for weights 3:3:2:1:1 except a14, written 1/5 where 3 is implied.
    const w = [3, 3, 2, 1, 1];
    const matrix = w.map((wi, i) =>
      w.map((wj, j) => (i === 0 && j === 3 ? '1/5' : i === 3 && j === 0 ? 5 : `${wi}/${wj}`)),
    );
    const r = ahp({ matrix, items: ['甲', '乙', '丙', '丁', '戊'] });
    expect(r.consistent).toBe(false);
    const f = r.findings.find((x) => x.code === 'inconsistent');
    expect(f?.path).toEqual(['input']);
    expect(f?.message.zh).toContain('CR =');
    expect(f?.message.en).toMatch(/"甲" against "丁" \(row 1, column 4\), given as 0.2 where/);
  });

  it('the hierarchy check (层次总排序) weighs each CI and RI by its node', () => {
    const bad = [
      [1, 9, '1/9'],
      ['1/9', 1, 9],
      [9, '1/9', 1],
    ];
    const r = ahp({
      matrix: [
        [1, 1],
        [1, 1],
      ],
      children: [
        { id: 'A', matrix: bad, children: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }] },
        { id: 'B', matrix: bad, children: [{ id: 'b1' }, { id: 'b2' }, { id: 'b3' }] },
      ],
    });
    const a = r.matrices[1];
    expect(r.hierarchy?.cr).toBe(a?.cr);
    expect(r.findings.map((f) => f.code)).toEqual([
      'inconsistent',
      'inconsistent',
      'inconsistent_hierarchy',
    ]);
  });

  it("points for a framework's leaves go straight into withWeights", () => {
    const fw: Framework = builtinFramework('department2013');
    // A hierarchy mirroring the framework, with equal judgements everywhere.
    const nodeOf = (id: string): AhpNode => {
      const kids = fw.indicators.filter((i) => i.parentId === id);
      if (kids.length === 0) return { id };
      return {
        id,
        matrix: kids.map(() => kids.map(() => 1)),
        children: kids.map((k) => nodeOf(k.id)),
      };
    };
    const top = fw.indicators.filter((i) => i.parentId === null);
    const r = ahp(
      {
        matrix: top.map(() => top.map(() => 1)),
        children: top.map((t) => nodeOf(t.id)),
      },
      { points: fw },
    );
    const points = r.points ?? {};
    const leaves = fw.indicators.filter((i) => i.rule !== null);
    expect(Object.keys(points).sort()).toEqual(leaves.map((l) => l.id).sort());
    const total = Object.values(points).reduce((s, v) => s.plus(dec(v)), dec(0));
    expect(total.eq(fw.max)).toBe(true);
    const next = defineFramework(withWeights(fw, points));
    expect(next.max).toBe(fw.max);
    expect(next.indicators.find((i) => i.id === leaves[0]?.id)?.weight).toBe(
      dec(points[leaves[0]?.id ?? ''] ?? '0').toString(),
    );
  });

  it('a framework leaf missing from the hierarchy, and an unknown leaf, are both reported', () => {
    const fw = builtinFramework('department2013');
    const issues = issuesOf(() =>
      ahp(
        {
          items: ['x', 'input.allocation.staff'],
          matrix: [
            [1, 1],
            [1, 1],
          ],
        },
        { points: fw },
      ),
    );
    expect(issues.some((i) => i.en.includes('"x" is not a leaf indicator'))).toBe(true);
    expect(issues.some((i) => i.en.includes('is not in the hierarchy'))).toBe(true);
  });
});

describe('ahp: bad input', () => {
  it('lists every problem with its path', () => {
    const issues = issuesOf(() =>
      ahp({
        matrix: [
          [2, 3, 10],
          ['1/2', 1, null],
          ['1/10', null, 1],
        ],
        items: ['a', 'b', 'c'],
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['input', 'matrix', 0, 0], // diagonal 2
      ['input', 'matrix', 0, 1], // 3 against 1/2: not reciprocal
      ['input', 'matrix', 0, 2], // 10: beyond the scale
      ['input', 'matrix', 1, 2], // empty, and so is its mirror
      ['input', 'matrix', 2, 0], // 1/10: beyond the scale
    ]);
  });

  it('a missing matrix, a matrix of the wrong size, duplicate ids, a short RI table', () => {
    const issues = issuesOf(() =>
      ahp({
        children: [
          { id: 'a', children: [{ id: 'x' }, { id: 'y' }] },
          { id: 'a', matrix: [[1]], children: [{ id: 'z' }, { id: 'w' }] },
        ],
      }),
    );
    expect(issues.map((i) => i.en)).toEqual([
      'the id "a" appears twice',
      expect.stringContaining('"(root)" has 2 children and needs a judgement matrix'),
      expect.stringContaining('"a" has 2 children and needs a judgement matrix'),
      expect.stringContaining('needs 2 rows'),
      'row 1 needs 2 judgements, got 1',
    ]);
    const ri = issuesOf(() =>
      ahp(
        [
          [1, 1, 1],
          [1, 1, 1],
          [1, 1, 1],
        ],
        { ri: [0, 0] },
      ),
    );
    expect(ri[0]?.en).toContain('stops at n = 2');
  });

  it('JavaScript callers get a JixiaoError, never a TypeError', () => {
    for (const bad of [null, undefined, 'x', 3, {}, [[]], [['a']]]) {
      const r = safeAhp(bad as never);
      expect(r.success).toBe(false);
    }
    expect(safeAhp([[1]], 'x' as never).success).toBe(false);
    expect(safeAhp([[1]], { method: 'power' } as never).success).toBe(false);
    expect(safeAhp([[1]], { places: 99 }).success).toBe(false);
  });

  it('a single item has weight 1', () => {
    expect(ahp([[1]]).weights).toEqual({ '1': '1.000000' });
  });
});

describe('ahp: limits and odd input (review)', () => {
  it('more than 100 experts, a tolerance out of range, a look-alike framework: JixiaoErrors', () => {
    const m = [
      [1, 3],
      ['1/3', 1],
    ];
    const judges = Array.from({ length: 101 }, () => m);
    expect(issuesOf(() => ahp({ judges, items: ['a', 'b'] }))[0]?.path).toEqual([
      'input',
      'judges',
    ]);
    for (const tolerance of [5, '0.01', '1e-50', 1e-40])
      expect(safeAhp(m, { tolerance }).success, String(tolerance)).toBe(false);
    expect(ahp(m, { tolerance: '1e-35' }).consistent).toBe(true);
    for (const points of [
      { definition: 1, indicators: [], max: 100 },
      { definition: {}, indicators: 5 },
    ]) {
      const issues = issuesOf(() => ahp(m, { points: points as never }));
      expect(issues[0]?.path).toEqual(['options', 'points']);
    }
  });

  it('a zero judgement is reported at its place, and no reciprocal is taken from it', () => {
    expect(
      issuesOf(() =>
        ahp([
          [1, '1/0'],
          [null, 1],
        ]),
      ),
    ).toEqual([{ path: ['input', 0, 1], en: 'a judgement cannot have 0 as its denominator' }]);
    expect(
      issuesOf(() =>
        ahp([
          [1, null],
          [0, 1],
        ]),
      ).map((i) => i.path),
    ).toEqual([['input', 1, 0]]);
  });

  it('a custom random index of 0 for n ≥ 3 cannot make a matrix consistent', () => {
    const bad = [
      [1, 9, '1/9'],
      ['1/9', 1, 9],
      [9, '1/9', 1],
    ];
    expect(issuesOf(() => ahp(bad, { ri: [0, 0, 0] }))[0]?.path).toEqual(['options', 'ri', 2]);
    expect(safeAhp(bad, { ri: [0, 0, -0.58] }).success).toBe(false);
  });

  it('the default tolerance follows the places shown: 20 places are right to the last', () => {
    const m = [
      [1, 3, 5, 7],
      ['1/3', 1, 3, 5],
      ['1/5', '1/3', 1, 3],
      ['1/7', '1/5', '1/3', 1],
    ];
    const fine = ahp(m, { places: 20, tolerance: '1e-35' }).matrices[0];
    const usual = ahp(m, { places: 20 }).matrices[0];
    expect(usual?.weights).toEqual(fine?.weights);
    expect(usual?.lambdaMax).toBe(fine?.lambdaMax);
    expect(usual?.lambdaMax).toBe('4.11698244344726276782');
  });

  it('group judgements with 和积法 on a large matrix stay within bounds', () => {
    const n = 30;
    const values = [1, 2, 3, 5, 7, 9, '1/2', '1/3', '1/5', '1/9'];
    const make = (seed: number) =>
      Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (__, j) =>
          i === j ? 1 : j < i ? null : (values[(i * 7 + j * 13 + seed) % values.length] ?? 1),
        ),
      );
    const r = ahp(
      { judges: [make(1), make(2)], items: Array.from({ length: n }, (_, i) => `i${i}`) },
      { method: 'arithmetic', ri: Array.from({ length: n }, (_, i) => (i < 2 ? 0 : 1.6)) },
    );
    const sum = r.matrices[0]?.weights.reduce((s, w) => s.plus(dec(w)), dec(0));
    expect(sum?.minus(1).abs().lte('0.0001')).toBe(true);
  });
});
