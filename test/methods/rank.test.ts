/**
 * Ranking, grade distribution and percentiles (src/methods/rank.ts): properties against a reference
 * in exact integer arithmetic (competition = 1 + the number strictly better, dense = 1 + the number
 * of distinct better values, ordinal a permutation in input order; invariance under permutation;
 * `asc` is `desc` of the negated values; percentiles monotone, within [min, max], linear p50 the
 * median, nearest rank one of the values), golden cases computed by hand (Excel's PERCENTILE.INC
 * for `linear`), exactness beyond doubles, and bad input from JavaScript callers.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  GradeDistributionOptionsSchema,
  JixiaoError,
  PERCENTILE_METHODS,
  PercentilesOptionsSchema,
  RankOptionsSchema,
  TIE_POLICIES,
  gradeDistribution,
  percentiles,
  rankUnits,
  safeGradeDistribution,
  safePercentiles,
  safeRankUnits,
  type RankOrder,
  type TiePolicy,
} from '../../src/index.js';
import { dec } from '../../src/decimal.js';
import {
  distribution,
  rankEntries,
  reach,
  readNumber,
  readText,
  summarise,
} from '../../src/methods/rank.js';
import { hostile } from '../fuzz/arbitraries.js';
import { jixiaoPaths } from '../report/hostile.js';
import { runs } from '../setup/props.js';

// ---------------------------------------------------------------------------------------------
// A reference in integers: every value is m / 10^s, compared as m · 10^(SCALE − s).

const SCALE = 6;

/** A decimal m / 10^s, and how it is written: a string, a string with trailing zeros, a number. */
interface Value {
  readonly m: bigint;
  readonly s: number;
  readonly zeros: number;
  readonly asNumber: boolean;
}

/** The value as an integer at SCALE places, for exact comparison. */
const key = (v: Value): bigint => v.m * 10n ** BigInt(SCALE - v.s);

/** An integer at `places` places as a decimal string (`-0.05`, `90.00`). */
function decimalText(m: bigint, places: number, zeros = 0): string {
  const neg = m < 0n;
  const digits = (neg ? -m : m).toString().padStart(places + 1, '0');
  const int = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places) + '0'.repeat(zeros);
  return `${neg ? '-' : ''}${int}${frac === '' ? '' : `.${frac}`}`;
}

/** How an item holds the value: a decimal string (maybe "90.00") or, when exact, a number. */
const written = (v: Value): string | number =>
  v.asNumber && v.s === 0 && v.m >= -(2n ** 53n) && v.m <= 2n ** 53n
    ? Number(v.m)
    : decimalText(v.m, v.s, v.zeros);

/** Values from a small pool (many ties) or a wide one (beyond 2^53, six places). */
const value: fc.Arbitrary<Value> = fc.oneof(
  fc.record({
    m: fc.bigInt({ min: -20n, max: 20n }),
    s: fc.integer({ min: 0, max: 1 }),
    zeros: fc.integer({ min: 0, max: 3 }),
    asNumber: fc.boolean(),
  }),
  fc.record({
    m: fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }),
    s: fc.integer({ min: 0, max: SCALE }),
    zeros: fc.integer({ min: 0, max: 3 }),
    asNumber: fc.boolean(),
  }),
);
const values = fc.array(value, { minLength: 1, maxLength: 40 });
const ties = fc.constantFrom(...TIE_POLICIES);
const order = fc.constantFrom<RankOrder>('desc', 'asc');

const itemsOf = (vs: readonly Value[]) => vs.map((v, i) => ({ total: written(v), name: `u${i}` }));

/** Each input index's rank. */
function rankByIndex(vs: readonly Value[], t: TiePolicy, o: RankOrder): number[] {
  const r = rankUnits(itemsOf(vs), { ties: t, order: o });
  const out = new Array<number>(vs.length).fill(0);
  for (const u of r.ranks) out[u.index] = u.rank;
  return out;
}

/** Whether `a` ranks before `b` in this order. */
const better = (a: bigint, b: bigint, o: RankOrder) => (o === 'desc' ? a > b : a < b);

describe('rankUnits: properties', () => {
  test.prop([values, order], { numRuns: runs(200) })(
    'competition: 1 + the number of units strictly better',
    (vs, o) => {
      const ranks = rankByIndex(vs, 'competition', o);
      vs.forEach((v, i) => {
        const above = vs.filter((w) => better(key(w), key(v), o)).length;
        expect(ranks[i]).toBe(1 + above);
      });
    },
  );

  test.prop([values, order], { numRuns: runs(200) })(
    'dense: 1 + the number of distinct better values',
    (vs, o) => {
      const ranks = rankByIndex(vs, 'dense', o);
      vs.forEach((v, i) => {
        const above = new Set(vs.filter((w) => better(key(w), key(v), o)).map(key)).size;
        expect(ranks[i]).toBe(1 + above);
      });
    },
  );

  test.prop([values, order], { numRuns: runs(200) })(
    'ordinal: a permutation of 1..n, by value, ties in input order',
    (vs, o) => {
      const ranks = rankByIndex(vs, 'ordinal', o);
      expect([...ranks].sort((a, b) => a - b)).toEqual(vs.map((_, i) => i + 1));
      vs.forEach((v, i) => {
        vs.forEach((w, j) => {
          const first = better(key(v), key(w), o) || (key(v) === key(w) && i < j);
          if (i !== j) expect((ranks[i] ?? 0) < (ranks[j] ?? 0)).toBe(first);
        });
      });
    },
  );

  test.prop([values, ties, order], { numRuns: runs(200) })(
    'the result lists units by rank, then by input order, with the value as given',
    (vs, t, o) => {
      const r = rankUnits(itemsOf(vs), { ties: t, order: o, id: 'name' });
      expect(r.count).toBe(vs.length);
      expect(r).toMatchObject({ ties: t, order: o, by: 'total' });
      const sorted = [...r.ranks].sort((a, b) => a.rank - b.rank || a.index - b.index);
      expect(r.ranks).toEqual(sorted);
      expect(r.ranks[0]?.rank).toBe(1);
      for (const u of r.ranks) {
        const v = vs[u.index]!;
        expect(u.id).toBe(`u${u.index}`);
        const w = written(v);
        expect(u.value).toBe(typeof w === 'string' ? w : String(w));
      }
    },
  );

  test.prop(
    [
      values.chain((vs) =>
        fc.tuple(
          fc.constant(vs),
          fc.shuffledSubarray(
            vs.map((_, i) => i),
            { minLength: vs.length },
          ),
        ),
      ),
      fc.constantFrom<TiePolicy>('competition', 'dense'),
      order,
    ],
    { numRuns: runs(200) },
  )('competition and dense ranks do not depend on the order of the input', ([vs, perm], t, o) => {
    const before = rankByIndex(vs, t, o);
    const after = rankByIndex(
      perm.map((i) => vs[i]!),
      t,
      o,
    );
    perm.forEach((from, to) => {
      expect(after[to]).toBe(before[from]);
    });
  });

  test.prop([values, ties], { numRuns: runs(200) })(
    "order 'asc' ranks as 'desc' does the negated values",
    (vs, t) => {
      const negated = vs.map((v) => ({ ...v, m: -v.m }));
      expect(rankByIndex(vs, t, 'asc')).toEqual(rankByIndex(negated, t, 'desc'));
    },
  );

  test.prop([fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 30 })], {
    numRuns: runs(100),
  })('equal values tie however they are written: 90, "90", "90.00"', (ns) => {
    const spellings = ns.map((n, i) =>
      i % 3 === 0 ? n : i % 3 === 1 ? String(n) : `${n}.${'0'.repeat(1 + (i % 4))}`,
    );
    const r = rankUnits(spellings.map((total) => ({ total })));
    const plain = rankUnits(ns.map((total) => ({ total })));
    expect(r.ranks.map((u) => [u.index, u.rank])).toEqual(
      plain.ranks.map((u) => [u.index, u.rank]),
    );
  });
});

describe('rankUnits: golden cases', () => {
  const units = [
    { unit: { name: '乙' }, total: '90' },
    { unit: { name: '甲' }, total: '95.5' },
    { unit: { name: '丙' }, total: 90 },
    { unit: { name: '丁' }, total: '85.00' },
  ];
  const shown = (t: TiePolicy, o?: RankOrder) =>
    rankUnits(units, { ties: t, id: 'unit.name', ...(o ? { order: o } : {}) }).ranks.map(
      (r) => `${r.rank} ${r.id ?? ''} ${r.value}`,
    );

  it('competition 1224, dense 1223, ordinal 1234', () => {
    expect(shown('competition')).toEqual(['1 甲 95.5', '2 乙 90', '2 丙 90', '4 丁 85.00']);
    expect(shown('dense')).toEqual(['1 甲 95.5', '2 乙 90', '2 丙 90', '3 丁 85.00']);
    expect(shown('ordinal')).toEqual(['1 甲 95.5', '2 乙 90', '3 丙 90', '4 丁 85.00']);
  });

  it('asc: the lowest first, ties still in input order', () => {
    expect(shown('competition', 'asc')).toEqual(['1 丁 85.00', '2 乙 90', '2 丙 90', '4 甲 95.5']);
    expect(shown('ordinal', 'asc')).toEqual(['1 丁 85.00', '2 乙 90', '3 丙 90', '4 甲 95.5']);
  });

  it('defaults: by total, competition, highest first; the whole result', () => {
    expect(rankUnits([{ total: '1' }, { total: 2 }])).toEqual({
      ranks: [
        { rank: 1, index: 1, value: '2' },
        { rank: 2, index: 0, value: '1' },
      ],
      count: 2,
      ties: 'competition',
      order: 'desc',
      by: 'total',
    });
    expect(rankUnits([])).toEqual({
      ranks: [],
      count: 0,
      ties: 'competition',
      order: 'desc',
      by: 'total',
    });
  });

  it('reads nested paths, array indexes and number labels', () => {
    const r = rankUnits(
      [
        { rows: [{ points: '3' }, { points: '7.5' }], code: 101 },
        { rows: [{ points: '9' }, { points: '7.50' }], code: 102 },
      ],
      { by: 'rows.1.points', id: 'code' },
    );
    expect(r.ranks).toEqual([
      { rank: 1, index: 0, id: '101', value: '7.5' },
      { rank: 1, index: 1, id: '102', value: '7.50' },
    ]);
    expect(
      rankUnits(
        [
          [1, '2'],
          [3, '1.5'],
        ],
        { by: '1' },
      ).ranks.map((u) => u.index),
    ).toEqual([0, 1]);
  });

  it('the TSDoc examples', () => {
    expect(
      rankUnits([{ total: '88.5' }, { total: '97.94' }, { total: 88.5 }]).ranks.map((r) => r.rank),
    ).toEqual([1, 2, 2]);
    const r = safeRankUnits([{ total: 'n/a' }]);
    expect(r.success ? null : r.error.issues[0].path).toEqual(['items', 0, 'total']);
    expect((TIE_POLICIES as readonly string[]).includes('dense')).toBe(true);
    expect(
      RankOptionsSchema.safeParse({ by: 'total', ties: 'dense', id: 'unit.name' }).success,
    ).toBe(true);
    expect(reach({ unit: { name: 'a' } }, ['unit', 'name']).reached).toEqual({
      kind: 'value',
      value: 'a',
    });
    expect(readNumber({ total: '97.94' }, ['total'], 'total', ['items', 0])).toMatchObject({
      text: '97.94',
    });
    expect(readText({ grade: '优' }, ['grade'], 'grade', ['items', 0], false)).toBe('优');
    expect(
      rankEntries([{ index: 0, value: dec(90), text: '90' }], 'competition', 'desc')[0]?.rank,
    ).toBe(1);
  });
});

describe('exactness', () => {
  it('values beyond 2^53 are told apart; a number and its decimal string tie', () => {
    const r = rankUnits([
      { total: '9007199254740992' },
      { total: '9007199254740993' },
      { total: 9007199254740992 },
    ]);
    expect(r.ranks.map((u) => [u.index, u.rank, u.value])).toEqual([
      [1, 1, '9007199254740993'],
      [0, 2, '9007199254740992'],
      [2, 2, '9007199254740992'],
    ]);
    // As doubles the two are one number; they are not the same decimal.
    expect(Number('9007199254740993')).toBe(Number('9007199254740992'));
  });

  it('"0.1", "0.30", 0.3 and "0.300": decimals, not doubles', () => {
    const r = rankUnits([{ total: '0.1' }, { total: '0.30' }, { total: 0.3 }, { total: '0.300' }], {
      ties: 'dense',
    });
    expect(r.ranks.map((u) => [u.index, u.rank, u.value])).toEqual([
      [1, 1, '0.30'],
      [2, 1, '0.3'],
      [3, 1, '0.300'],
      [0, 2, '0.1'],
    ]);
    // 0.1 + 0.2 is 0.3: their mean is 0.15, not 0.15000000000000002.
    const p = percentiles(['0.1', '0.2'], { at: [50], places: 20 });
    expect(p.meanExact).toBe('0.15');
    expect(p.median).toBe('0.15');
    expect(p.percentiles).toEqual([{ p: '50', value: '0.15' }]);
    expect(percentiles(['0.1', '0.2', '0.3'], { at: [] }).meanExact).toBe('0.2');
  });

  it('90, "90" and "90.00" tie; "90.000000000000000001" does not', () => {
    const r = rankUnits([
      { total: 90 },
      { total: '90.00' },
      { total: '90' },
      { total: '90.000000000000000001' },
    ]);
    expect(r.ranks.map((u) => u.rank)).toEqual([1, 2, 2, 2]);
    expect(r.ranks[0]?.index).toBe(3);
  });

  it('a number is shown as its exact decimal, never in exponent form', () => {
    const r = rankUnits([{ total: 1e21 }, { total: 1e-7 }, { total: -0 }]);
    expect(r.ranks.map((u) => u.value)).toEqual(['1000000000000000000000', '0.0000001', '0']);
  });
});

// ---------------------------------------------------------------------------------------------
// Percentiles

/** A percentage of up to one decimal place: t / 10. */
const percent = fc.integer({ min: 0, max: 1000 });

/** The reference type 7 percentile of sorted integers at SCALE places, at SCALE + 3 places. */
function linearRef(sorted: readonly bigint[], t: number): string {
  const n = BigInt(sorted.length);
  const num = (n - 1n) * BigInt(t);
  const lo = num / 1000n;
  const r = num % 1000n;
  const a = sorted[Number(lo)] ?? 0n;
  const b = sorted[Number(lo) + 1] ?? a;
  return decimalText(a * 1000n + r * (b - a), SCALE + 3);
}

/** The reference nearest-rank percentile: the value at rank ⌈p/100 · n⌉ (the minimum at p = 0). */
function nearestRef(sorted: readonly bigint[], t: number): string {
  const num = BigInt(t) * BigInt(sorted.length);
  const rank = num / 1000n + (num % 1000n === 0n ? 0n : 1n);
  return decimalText(sorted[Math.max(Number(rank), 1) - 1] ?? 0n, SCALE);
}

const same = (a: string, b: string) => dec(a).eq(dec(b));

describe('percentiles: properties', () => {
  test.prop([values, fc.array(percent, { maxLength: 12 })], { numRuns: runs(200) })(
    'linear is Hyndman & Fan type 7 exactly; nearestRank is the value at rank ⌈p·n/100⌉',
    (vs, ts) => {
      const sorted = vs.map(key).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const at = ts.map((t) => decimalText(BigInt(t), 1));
      const linear = percentiles(vs.map(written), { at });
      const nearest = percentiles(vs.map(written), { at, method: 'nearestRank' });
      ts.forEach((t, k) => {
        expect(same(linear.percentiles[k]?.value ?? 'x', linearRef(sorted, t))).toBe(true);
        expect(same(nearest.percentiles[k]?.value ?? 'x', nearestRef(sorted, t))).toBe(true);
        expect(same(linear.percentiles[k]?.p ?? 'x', at[k] ?? 'y')).toBe(true);
      });
      expect(linear.count).toBe(vs.length);
      expect(same(linear.min, decimalText(sorted[0] ?? 0n, SCALE))).toBe(true);
      expect(same(linear.max, decimalText(sorted.at(-1) ?? 0n, SCALE))).toBe(true);
    },
  );

  test.prop(
    [
      values,
      fc.array(percent, { minLength: 1, maxLength: 12 }),
      fc.constantFrom(...PERCENTILE_METHODS),
    ],
    {
      numRuns: runs(200),
    },
  )('monotone in p, within [min, max], p0 the minimum and p100 the maximum', (vs, ts, method) => {
    const at = [...ts].sort((a, b) => a - b).map((t) => decimalText(BigInt(t), 1));
    const r = percentiles(vs.map(written), { at: [...at, 0, 100], method });
    const got = r.percentiles.map((q) => dec(q.value));
    for (let k = 1; k < at.length; k++) expect(got[k - 1]?.lte(got[k] ?? dec(0))).toBe(true);
    for (const g of got) expect(g.gte(r.min) && g.lte(r.max)).toBe(true);
    expect(got.at(-2)?.eq(r.min)).toBe(true);
    expect(got.at(-1)?.eq(r.max)).toBe(true);
  });

  test.prop([values], { numRuns: runs(200) })('linear p50 is the median', (vs) => {
    const r = percentiles(vs.map(written), { at: [50] });
    expect(same(r.percentiles[0]?.value ?? 'x', r.median)).toBe(true);
    const sorted = vs.map(key).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const n = sorted.length;
    const median =
      n % 2 === 1
        ? decimalText((sorted[(n - 1) / 2] ?? 0n) * 10n, SCALE + 1)
        : decimalText(((sorted[n / 2 - 1] ?? 0n) + (sorted[n / 2] ?? 0n)) * 5n, SCALE + 1);
    expect(same(r.median, median)).toBe(true);
  });

  test.prop([values, fc.array(percent, { minLength: 1, maxLength: 12 })], { numRuns: runs(200) })(
    'nearestRank returns one of the values',
    (vs, ts) => {
      const r = percentiles(vs.map(written), {
        at: ts.map((t) => t / 10),
        method: 'nearestRank',
      });
      for (const q of r.percentiles)
        expect(vs.some((v) => dec(q.value).eq(decimalText(key(v), SCALE)))).toBe(true);
    },
  );

  test.prop([values], { numRuns: runs(100) })(
    'the mean times the count is the sum, exactly',
    (vs) => {
      const r = percentiles(vs.map(written), { at: [], places: 3 });
      const sum = vs.reduce((s, v) => s + key(v), 0n);
      const exact = r.meanExact.includes('/')
        ? dec(r.meanExact.split('/')[0] ?? 'x').div(r.meanExact.split('/')[1] ?? 'x')
        : dec(r.meanExact);
      expect(exact.times(vs.length).eq(decimalText(sum, SCALE))).toBe(true);
      expect(r.mean).toBe(exact.toFixed(3, 'halfUp'));
    },
  );
});

describe('percentiles: golden cases', () => {
  const data = [15, 20, 35, 40, 50];

  it("linear matches Excel's PERCENTILE.INC on [15, 20, 35, 40, 50], worked by hand", () => {
    // h = 4·p/100: p40 → h 1.6 → 20 + 0.6·(35 − 20) = 29; p10 → 15 + 0.4·5 = 17; p90 → 40 + 0.6·10.
    const r = percentiles(data, { at: [0, 10, 25, 40, 50, 75, 90, 100] });
    expect(r.percentiles.map((q) => [q.p, q.value])).toEqual([
      ['0', '15'],
      ['10', '17'],
      ['25', '20'],
      ['40', '29'],
      ['50', '35'],
      ['75', '40'],
      ['90', '46'],
      ['100', '50'],
    ]);
    expect(r).toMatchObject({
      count: 5,
      min: '15',
      max: '50',
      mean: '32.00',
      meanExact: '32',
      median: '35',
      method: 'linear',
      places: 2,
      by: 'total',
    });
    // PERCENTILE.INC({1,2,3,4}, 0.25) = 1.75; the median of an even count is the mean of the middle two.
    const even = percentiles(['1', '2', '3', '4'], { at: [25, 12.5] });
    expect(even.percentiles.map((q) => q.value)).toEqual(['1.75', '1.375']);
    expect(even.median).toBe('2.5');
  });

  it('nearestRank on the same data: the textbook example', () => {
    const r = percentiles(data, { at: [0, 5, 30, 40, 50, 100], method: 'nearestRank' });
    expect(r.percentiles.map((q) => q.value)).toEqual(['15', '15', '20', '20', '35', '50']);
  });

  it('defaults: 10, 25, 50, 75, 90; the mean rounded half-up, the exact mean kept', () => {
    const r = percentiles(['88', '88', '89']);
    expect(r.percentiles.map((q) => q.p)).toEqual(['10', '25', '50', '75', '90']);
    expect(r.mean).toBe('88.33');
    expect(r.meanExact).toBe('265/3');
    expect(percentiles(['88', '88', '89'], { places: 0 }).mean).toBe('88');
    expect(percentiles(['0.125'], { places: 2 }).mean).toBe('0.13');
    expect(percentiles(['-0.125'], { places: 2 }).mean).toBe('-0.13');
  });

  it('reads results at `by`, and bare values', () => {
    const r = percentiles([{ s: { t: '2' } }, '4', 6], { by: 's.t', at: [50] });
    expect(r).toMatchObject({ count: 3, median: '4', by: 's.t' });
  });

  it('the TSDoc examples', () => {
    expect(percentiles(['0.1', '0.2', '0.3', '0.4'], { at: [50, 90] }).percentiles).toEqual([
      { p: '50', value: '0.25' },
      { p: '90', value: '0.37' },
    ]);
    expect(safePercentiles([]).success).toBe(false);
    expect(PERCENTILE_METHODS[0]).toBe('linear');
    expect(PercentilesOptionsSchema.safeParse({ at: [5, 95], method: 'nearestRank' }).success).toBe(
      true,
    );
    expect(summarise([dec(1), dec(2)], [dec(50)], 'linear', 2, 'total').median).toBe('1.5');
  });
});

// ---------------------------------------------------------------------------------------------
// Grade distribution

describe('gradeDistribution', () => {
  it('labels first in their order, with zero counts; other grades after, as they appear', () => {
    const r = gradeDistribution(
      [{ grade: '良' }, { grade: '合格' }, { grade: '优' }, { grade: '良' }],
      { labels: ['优', '良', '中', '差'] },
    );
    expect(r).toEqual({
      grades: [
        { label: '优', count: 1, share: '0.2500', percent: '25.00', fraction: '1/4' },
        { label: '良', count: 2, share: '0.5000', percent: '50.00', fraction: '2/4' },
        { label: '中', count: 0, share: '0.0000', percent: '0.00', fraction: '0/4' },
        { label: '差', count: 0, share: '0.0000', percent: '0.00', fraction: '0/4' },
        { label: '合格', count: 1, share: '0.2500', percent: '25.00', fraction: '1/4' },
      ],
      count: 4,
      places: 2,
      by: 'grade',
    });
  });

  it('shares are rounded half-up one by one; the fractions are exact', () => {
    const r = gradeDistribution('abbbbbbb'.split(''), { places: 0 });
    expect(r.grades).toEqual([
      { label: 'a', count: 1, share: '0.13', percent: '13', fraction: '1/8' },
      { label: 'b', count: 7, share: '0.88', percent: '88', fraction: '7/8' },
    ]);
    const thirds = gradeDistribution(['x', 'y', 'z'], { places: 1 });
    expect(thirds.grades.map((g) => g.percent)).toEqual(['33.3', '33.3', '33.3']);
  });

  it('no units: every label with a count of 0 and no share', () => {
    expect(gradeDistribution([], { labels: ['优', '良'] }).grades).toEqual([
      { label: '优', count: 0, share: null, percent: null, fraction: null },
      { label: '良', count: 0, share: null, percent: null, fraction: null },
    ]);
    expect(gradeDistribution([]).grades).toEqual([]);
  });

  test.prop(
    [
      fc.array(fc.constantFrom('优', '良', '中', '差', '__proto__', 'constructor', 'toString'), {
        maxLength: 60,
      }),
      fc.constantFrom(0, 1, 2, 4),
    ],
    { numRuns: runs(100) },
  )('counts add up to the units; fractions are count/all; percent is share × 100', (gs, places) => {
    const r = gradeDistribution(
      gs.map((grade) => ({ grade })),
      { labels: ['优', '良', '中', '差'], places },
    );
    expect(r.count).toBe(gs.length);
    expect(r.grades.reduce((s, g) => s + g.count, 0)).toBe(gs.length);
    expect(r.grades.slice(0, 4).map((g) => g.label)).toEqual(['优', '良', '中', '差']);
    for (const g of r.grades) {
      expect(g.count).toBe(gs.filter((x) => x === g.label).length);
      if (gs.length === 0) continue;
      expect(g.fraction).toBe(`${g.count}/${gs.length}`);
      const exact = dec(g.count).div(gs.length);
      expect(g.share).toBe(exact.toFixed(places + 2, 'halfUp'));
      expect(g.percent).toBe(exact.times(100).toFixed(places, 'halfUp'));
    }
  });

  it('the TSDoc examples', () => {
    expect(
      gradeDistribution(['优', '良', '优'], { labels: ['优', '良', '中', '差'] }).grades[0],
    ).toEqual({ label: '优', count: 2, share: '0.6667', percent: '66.67', fraction: '2/3' });
    expect(safeGradeDistribution([{ total: '90' }]).success).toBe(false);
    expect(
      GradeDistributionOptionsSchema.safeParse({ labels: ['优', '良', '中', '差'] }).success,
    ).toBe(true);
    expect(distribution(new Map([['优', 3]]), ['优', '良'], 2, 'grade').grades[1]).toMatchObject({
      label: '良',
      count: 0,
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input

const messages = (call: () => unknown): string[] => {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(JixiaoError);
    return (e as JixiaoError).issues.map((i) => i.message.en);
  }
  return expect.fail('expected a JixiaoError');
};

describe('bad input', () => {
  it('rankUnits lists every bad item with its path, the value and the label', () => {
    const items = [
      { total: '90', name: 'a' },
      { total: 'n/a', name: 'b' },
      null,
      { total: '1e3', name: 'c' },
      { name: 'd' },
      { total: Number.NaN, name: 'e' },
      { total: '88', name: '' },
      7,
      { total: ' 5', name: 'f' },
      { total: true },
    ];
    expect(jixiaoPaths(() => rankUnits(items, { id: 'name' }))).toEqual([
      ['items', 1, 'total'],
      ['items', 2],
      ['items', 3, 'total'],
      ['items', 4, 'total'],
      ['items', 5, 'total'],
      ['items', 6, 'name'],
      ['items', 7],
      ['items', 8, 'total'],
      ['items', 9, 'total'],
      ['items', 9, 'name'],
    ]);
    const m = messages(() => rankUnits(items, { id: 'name' }));
    expect(m[0]).toBe(
      '"total" must be a number: a finite number or a decimal string such as "97.94", got string "n/a"',
    );
    expect(m[1]).toBe('expected an object (a result, for instance), got null');
    expect(m[3]).toBe('"total" is missing (expected a number)');
    expect(m[5]).toBe('"name" must be text or a number, got string ""');
  });

  it('a path into an array or a nested object names the whole path', () => {
    expect(
      jixiaoPaths(() =>
        rankUnits([{ rows: [{ points: '1' }] }, { rows: [] }, { rows: 'x' }], {
          by: 'rows.0.points',
        }),
      ),
    ).toEqual([
      ['items', 1, 'rows', 0, 'points'],
      ['items', 2, 'rows', '0', 'points'],
    ]);
  });

  it('percentiles and gradeDistribution list every bad item, and a repeated label', () => {
    expect(
      jixiaoPaths(() => percentiles(['1', 'x', { total: 2 }, {}, null, [], Infinity])),
    ).toEqual([
      ['items', 1],
      ['items', 3, 'total'],
      ['items', 4],
      ['items', 5, 'total'],
      ['items', 6],
    ]);
    expect(jixiaoPaths(() => percentiles([]))).toEqual([['items']]);
    expect(
      jixiaoPaths(() =>
        gradeDistribution(['优', '', { grade: 5 }, {}, null], { labels: ['优', '良', '优'] }),
      ),
    ).toEqual([
      ['options', 'labels', 2],
      ['items', 1],
      ['items', 2, 'grade'],
      ['items', 3, 'grade'],
      ['items', 4],
    ]);
  });

  it('wrong types from JavaScript: a JixiaoError naming the argument, never a TypeError', () => {
    const calls: [string, () => unknown][] = [
      ['items', () => rankUnits(null as never)],
      ['items', () => rankUnits('abc' as never)],
      ['items', () => rankUnits(5 as never)],
      ['items', () => rankUnits({ length: 1, 0: { total: 1 } } as never)],
      ['options', () => rankUnits([], 'dense' as never)],
      ['options', () => rankUnits([], 5 as never)],
      ['options', () => rankUnits([], [] as never)],
      ['options.by', () => rankUnits([], { by: 5 } as never)],
      ['options.by', () => rankUnits([], { by: '' })],
      ['options.by', () => rankUnits([], { by: 'a..b' })],
      ['options.id', () => rankUnits([], { id: '.x' })],
      ['options.ties', () => rankUnits([], { ties: '1224' } as never)],
      ['options.order', () => rankUnits([], { order: 'up' } as never)],
      ['options.tie', () => rankUnits([], { tie: 'dense' } as never)],
      ['items', () => percentiles(undefined as never)],
      ['options', () => percentiles([1], 'linear' as never)],
      ['options.at', () => percentiles([1], { at: '50' } as never)],
      ['options.at[0]', () => percentiles([1], { at: [101] })],
      ['options.at[0]', () => percentiles([1], { at: ['fifty'] })],
      ['options.method', () => percentiles([1], { method: 'type7' } as never)],
      ['options.places', () => percentiles([1], { places: 2.5 })],
      ['items', () => gradeDistribution(new Set(['优']) as never)],
      ['options', () => gradeDistribution([], 'x' as never)],
      ['options.labels', () => gradeDistribution([], { labels: '优良' } as never)],
      ['options.places', () => gradeDistribution([], { places: -1 })],
    ];
    for (const [where, call] of calls) {
      const paths = jixiaoPaths(call).map((p) =>
        p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join(''),
      );
      expect(paths, where).toContain(where);
    }
    expect(messages(() => rankUnits(null as never))).toEqual([
      'argument items must be an array (of results, for instance), got null',
    ]);
    expect(rankUnits([], null as never).count).toBe(0);
  });

  test.prop([hostile, hostile], { numRuns: runs(300) })(
    'any arguments at all: a result or a JixiaoError; the safe twins never throw',
    (items, options) => {
      for (const [f, safe] of [
        [rankUnits, safeRankUnits],
        [percentiles, safePercentiles],
        [gradeDistribution, safeGradeDistribution],
      ] as const) {
        try {
          f(items as never, options as never);
        } catch (e) {
          expect(e).toBeInstanceOf(JixiaoError);
        }
        expect(typeof safe(items as never, options as never).success).toBe('boolean');
      }
    },
  );

  test.prop([fc.array(hostile, { maxLength: 8 })], { numRuns: runs(300) })(
    'any items: a result or a JixiaoError whose every issue is about an item',
    (items) => {
      for (const by of ['total', 'a.0.b', '__proto__', 'constructor']) {
        const r = safeRankUnits(items, { by, id: 'name' });
        if (!r.success)
          for (const issue of r.error.issues) expect(issue.path.slice(0, 1)).toEqual(['items']);
        expect(safePercentiles(items, { by }).success).toBeTypeOf('boolean');
        expect(safeGradeDistribution(items, { by }).success).toBeTypeOf('boolean');
      }
    },
  );

  it('key paths such as __proto__ and constructor never reach a prototype', () => {
    const plain = [{ total: 1, grade: '优' }];
    for (const by of [
      '__proto__',
      'constructor',
      'constructor.name',
      '__proto__.constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
    ]) {
      expect(jixiaoPaths(() => rankUnits(plain, { by }))).toEqual([['items', 0, ...by.split('.')]]);
      expect(messages(() => rankUnits(plain, { by }))[0]).toBe(
        `"${by}" is missing (expected a number)`,
      );
      expect(safePercentiles(plain, { by }).success).toBe(false);
      expect(safeGradeDistribution(plain, { by }).success).toBe(false);
      expect(safeRankUnits(plain, { id: by }).success).toBe(false);
    }
    // Arrays: `length` is no field of a result, and a prototype's method is no index.
    expect(safeRankUnits([[1, 2]], { by: 'length' }).success).toBe(false);
    expect(safeRankUnits([[1, 2]], { by: 'at' }).success).toBe(false);
    // A key a JSON document really holds, "__proto__" included, is read as data.
    const parsed = JSON.parse('[{"__proto__": {"total": "5"}, "constructor": "c"}]') as unknown[];
    expect(rankUnits(parsed, { by: '__proto__.total', id: 'constructor' }).ranks).toEqual([
      { rank: 1, index: 0, id: 'c', value: '5' },
    ]);
    // Grades named like Object.prototype's members are counted as any other.
    const g = gradeDistribution(['__proto__', 'constructor', '__proto__', 'toString']);
    expect(g.grades.map((x) => [x.label, x.count])).toEqual([
      ['__proto__', 2],
      ['constructor', 1],
      ['toString', 1],
    ]);
    expect(({} as Record<string, unknown>).total).toBeUndefined();
  });

  it("a JavaScript caller's getter that throws: that item cannot be read, the others are ranked", () => {
    const items = [
      { total: 1 },
      {
        get total(): number {
          throw new Error('boom');
        },
      },
    ];
    expect(messages(() => rankUnits(items))).toEqual(['"total" could not be read']);
    expect(jixiaoPaths(() => rankUnits(items))).toEqual([['items', 1, 'total']]);
  });
});
