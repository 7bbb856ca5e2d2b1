/**
 * Fuzzy comprehensive evaluation: published examples (test/methods/fixtures, cited) reproduced
 * exactly, the four operators by hand, properties (B adds up to 1 under M(·,⊕), the score lies within
 * the grades' values, factor order does not matter) and the `survey` rule fed by survey counts.
 */
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FUZZY_OPERATORS,
  JixiaoError,
  defineFramework,
  evaluate,
  fuzzyEvaluate,
  safeEvaluate,
  safeFuzzyEvaluate,
} from '../../src/index.js';
import { dec } from '../../src/decimal.js';
import { runs } from '../setup/props.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as {
    input: Record<string, unknown>;
    printed: Record<string, unknown>;
    variant: Record<string, unknown>;
  };

describe('fuzzyEvaluate: published examples (张敬信, 模糊综合评价)', () => {
  it('服装评价 (§10.2): B = (0.70, 0.16, 0.14), score 82, grade 好', () => {
    const fx = fixture('fuzzy-zhang-mathmodels-clothes.json');
    const values = fx.variant.gradeValues as Record<string, number>;
    const r = fuzzyEvaluate({
      weights: fx.input.weights as string[],
      membership: fx.input.R_factorsByGrades as string[][],
      grades: (fx.input.grades as string[]).map((label) => ({ label, value: values[label] })),
      places: 2,
    });
    expect(r.vector).toEqual(fx.printed.B);
    expect(r.scoreExact).toBe(fx.printed.scoreWeightedAverage);
    expect(r.grade).toBe('好');
  });

  it('耕作方案 (§10.3): three B vectors to 4 places and the exact weighted scores', () => {
    const fx = fixture('fuzzy-zhang-mathmodels-farming.json');
    // The printed R is grades × factors per scheme; the grades 差 中 良 优 are worth 30 60 75 90.
    const R = fx.printed.R_gradesByFactors as string[][][];
    const B = fx.printed.B as string[][];
    const scores = fx.printed.scoreWeightedAverage as string[];
    R.forEach((byGrade, s) => {
      const membership = (byGrade[0] ?? []).map((_, i) => byGrade.map((row) => row[i] ?? '0'));
      const r = fuzzyEvaluate({
        weights: fx.input.weights as string[],
        membership,
        grades: [
          { label: '差', value: 30 },
          { label: '中', value: 60 },
          { label: '良', value: 75 },
          { label: '优', value: 90 },
        ],
      });
      expect(r.normalised).toEqual(B[s]);
      expect(r.scoreExact).toBe(scores[s]);
    });
  });

  it('the TSDoc example, from survey counts', () => {
    const r = fuzzyEvaluate({
      weights: ['0.6', '0.4'],
      counts: [
        [30, 15, 5],
        [20, 20, 10],
      ],
      grades: [
        { label: '满意', value: 100 },
        { label: '基本满意', value: 80 },
        { label: '不满意', value: 0 },
      ],
    });
    expect(r.membership).toEqual([
      ['0.6000', '0.3000', '0.1000'],
      ['0.4000', '0.4000', '0.2000'],
    ]);
    expect(r.vector).toEqual(['0.5200', '0.3400', '0.1400']);
    expect([r.grade, r.score]).toEqual(['满意', '79.20']);
  });
});

describe('fuzzyEvaluate: the four operators, by hand', () => {
  const base = {
    weights: ['0.5', '0.3', '0.2'],
    membership: [
      ['0.2', '0.5', '0.3'],
      ['0.6', '0.3', '0.1'],
      ['0.1', '0.4', '0.5'],
    ],
    grades: [
      { label: 'A', value: 90 },
      { label: 'B', value: 70 },
      { label: 'C', value: 50 },
    ],
  };
  it.each([
    // max_i min(a_i, r_ij)
    ['minMax', ['0.3000', '0.5000', '0.3000'], ['0.2727', '0.4545', '0.2727']],
    // max_i a_i·r_ij
    ['productMax', ['0.1800', '0.2500', '0.1500'], ['0.3103', '0.4310', '0.2586']],
    // min(1, Σ_i min(a_i, r_ij))
    ['minSum', ['0.6000', '1.0000', '0.6000'], ['0.2727', '0.4545', '0.2727']],
    // min(1, Σ_i a_i·r_ij)
    ['productSum', ['0.3000', '0.4200', '0.2800'], ['0.3000', '0.4200', '0.2800']],
  ] as const)('%s', (operator, vector, normalised) => {
    const r = fuzzyEvaluate({ ...base, operator });
    expect(r.vector).toEqual(vector);
    expect(r.normalised).toEqual(normalised);
    expect(r.operator).toBe(operator);
  });

  it('a tie for the largest membership is a finding', () => {
    const r = fuzzyEvaluate({ ...base, operator: 'minMax' });
    expect(r.gradesAtMax).toEqual(['B']);
    const tie = fuzzyEvaluate({
      weights: [1],
      counts: [[2, 2, 1]],
      grades: base.grades,
    });
    expect(tie.gradesAtMax).toEqual(['A', 'B']);
    expect(tie.findings.map((f) => f.code)).toEqual(['ambiguous_grade']);
  });

  it('weights that do not add up to 1 are divided by their sum, with a finding', () => {
    const r = fuzzyEvaluate({ ...base, weights: [5, 3, 2] });
    expect(r.weights).toEqual(['0.5000', '0.3000', '0.2000']);
    expect(r.vector).toEqual(['0.3000', '0.4200', '0.2800']);
    expect(r.findings.map((f) => f.code)).toEqual(['weights_normalised']);
  });
});

const survey = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2, max: 5 }))
  .chain(([n, m]) =>
    fc.record({
      weights: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: n, maxLength: n }),
      counts: fc.array(
        fc
          .array(fc.integer({ min: 0, max: 500 }), { minLength: m, maxLength: m })
          .filter((r) => r.some((c) => c > 0)),
        { minLength: n, maxLength: n },
      ),
      values: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: m, maxLength: m }),
      operator: fc.constantFrom(...FUZZY_OPERATORS),
    }),
  );

describe('fuzzyEvaluate: properties', () => {
  test.prop([survey], { numRuns: runs(200) })(
    'B′ adds up to 1 exactly; the score lies within the grade values; factor order does not matter',
    ({ weights, counts, values, operator }) => {
      const grades = values.map((value, j) => ({ label: `g${j}`, value }));
      const r = fuzzyEvaluate({ weights, counts, grades, operator, places: 20, scorePlaces: 20 });
      const total = r.normalised.reduce((s, v) => s.plus(dec(v)), dec(0));
      expect(total.minus(1).abs().lte(dec(values.length).times('0.00000000000000000001'))).toBe(
        true,
      );
      const score = dec(r.score ?? 'NaN');
      expect(score.gte(Math.min(...values)) && score.lte(Math.max(...values))).toBe(true);
      const reversed = fuzzyEvaluate({
        weights: [...weights].reverse(),
        counts: [...counts].reverse(),
        grades,
        operator,
        places: 20,
        scorePlaces: 20,
      });
      expect(reversed.vector).toEqual(r.vector);
      expect(reversed.score).toBe(r.score);
      if (operator === 'productSum') expect(r.vector).toEqual(r.normalised);
    },
  );
});

describe('fuzzyEvaluate: bad input', () => {
  it('lists every problem with its path', () => {
    const r = safeFuzzyEvaluate({
      weights: [1, 1],
      counts: [
        [1, 2, 3],
        [0, 0],
        [1, 1],
      ],
      grades: [{ label: '好' }, { label: '差' }],
      factors: ['a'],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => i.path)).toEqual([
      ['input', 'counts'],
      ['input', 'factors'],
      ['input', 'counts', 0],
      ['input', 'counts', 1],
    ]);
  });

  it('membership above 1, both counts and membership, neither', () => {
    expect(
      safeFuzzyEvaluate({
        weights: [1],
        membership: [['1.5', 0]],
        grades: [{ label: 'a' }, { label: 'b' }],
      }).success,
    ).toBe(false);
    const both = safeFuzzyEvaluate({
      weights: [1],
      membership: [[1, 0]],
      counts: [[1, 0]],
      grades: [{ label: 'a' }, { label: 'b' }],
    });
    expect(both.success).toBe(false);
    const neither = safeFuzzyEvaluate({ weights: [1], grades: [{ label: 'a' }, { label: 'b' }] });
    expect(neither.success).toBe(false);
  });

  it('a membership vector that is all 0 has no grade: an error, not the first grade', () => {
    const r = safeFuzzyEvaluate({
      weights: [1, 0],
      membership: [
        [0, 0],
        [1, 0],
      ],
      grades: [{ label: '好' }, { label: '差' }],
    });
    expect(r.success ? '' : r.error.issues[0].message.en).toContain('all 0');
  });

  it('without grade values there is a grade and no score', () => {
    const r = fuzzyEvaluate({
      weights: [1],
      counts: [[3, 1]],
      grades: [{ label: '好' }, { label: '差' }],
    });
    expect([r.grade, r.score]).toEqual(['好', null]);
  });

  it('JavaScript callers get a JixiaoError', () => {
    for (const bad of [null, 'x', [], { weights: 'x' }]) {
      expect(() => fuzzyEvaluate(bad as never)).toThrow(JixiaoError);
    }
  });
});

describe('the survey rule takes a fuzzy evaluation of survey counts', () => {
  const framework = defineFramework({
    id: 'fuzzy-demo',
    version: '1',
    name: '满意度',
    scale: { max: 10, bands: [{ label: '好', min: 0 }] },
    indicators: [
      {
        id: 'satisfaction',
        name: '服务对象满意度',
        weight: 10,
        rule: {
          kind: 'survey',
          fullAt: 90,
          options: [
            { id: 'a', label: '满意', value: 100 },
            { id: 'b', label: '基本满意', value: 80 },
            { id: 'c', label: '不满意', value: 0 },
          ],
        },
      },
    ],
  });

  it('scores weight × min(score / fullAt, 1), exactly', () => {
    const r = evaluate(framework, {
      answers: {
        satisfaction: {
          fuzzy: {
            weights: ['0.6', '0.4'],
            counts: [
              [30, 15, 5],
              [20, 20, 10],
            ],
          },
        },
      },
    });
    // Score 79.2 (see the TSDoc example); 10 × 79.2 / 90 = 8.8.
    expect(r.total).toBe('8.80');
    expect(JSON.stringify(r)).toContain('fuzzy productSum B = (0.52, 0.34, 0.14)');
  });

  /** Unit data whose satisfaction is a fuzzy evaluation of these counts. */
  const surveyData = (weights: number[], counts: number[][]) => ({
    answers: { satisfaction: { fuzzy: { weights, counts } } },
  });

  it('every problem of the counts is reported, and rescaled weights are flagged', () => {
    const r = safeEvaluate(
      framework,
      surveyData(
        [0, 0],
        [
          [1, 2],
          [0, 0, 0],
        ],
      ),
    );
    expect(r.success ? [] : r.error.issues.map((i) => i.path)).toEqual([
      ['answers', 'satisfaction', 'fuzzy', 'counts', 0],
      ['answers', 'satisfaction', 'fuzzy', 'counts', 1],
      ['answers', 'satisfaction', 'fuzzy', 'weights'],
    ]);
    const scored = evaluate(
      framework,
      surveyData(
        [3, 7],
        [
          [1, 0, 0],
          [0, 1, 0],
        ],
      ),
    );
    // B = (0.3, 0.7, 0): score 86, 10 × 86 / 90.
    expect(scored.total).toBe('9.56');
    expect(JSON.stringify(scored)).toContain('weights_normalised');
  });

  it('rows that do not fit the options, and fuzzy beside rate, are input errors', () => {
    const bad = (fuzzy: unknown, extra: Record<string, unknown> = {}) => {
      try {
        evaluate(framework, { answers: { satisfaction: { fuzzy, ...extra } } } as never);
      } catch (e) {
        return (e as JixiaoError).issues.map((i) => i.path);
      }
      return [];
    };
    expect(bad({ weights: [1], counts: [[1, 2]] })).toEqual([
      ['answers', 'satisfaction', 'fuzzy', 'counts', 0],
    ]);
    expect(bad({ weights: [1], counts: [[1, 2, 3]] }, { rate: 90 })).toEqual([
      ['answers', 'satisfaction', 'fuzzy'],
    ]);
  });
});
