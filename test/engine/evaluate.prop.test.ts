import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { dec, ZERO, round, type Dec } from '../../src/decimal.js';
import {
  defineFramework,
  evaluate,
  type IndicatorInput,
  type ScoredNode,
  type AnswerInput,
} from '../../src/index.js';
import { runs } from '../setup/props.js';

interface Spec {
  weight: number;
  share: number; // points = weight × share / 10000
  na: boolean;
  children: Spec[];
}

const leaf: fc.Arbitrary<Spec> = fc.record({
  weight: fc.integer({ min: 1, max: 20 }),
  share: fc.integer({ min: 0, max: 10_000 }),
  na: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  children: fc.constant([]),
});
const level2: fc.Arbitrary<Spec> = fc.oneof(
  leaf,
  fc.record({
    weight: fc.constant(0),
    share: fc.constant(0),
    na: fc.constant(false),
    children: fc.array(leaf, { minLength: 1, maxLength: 3 }),
  }),
);
const level1: fc.Arbitrary<Spec> = fc.oneof(
  leaf,
  fc.record({
    weight: fc.constant(0),
    share: fc.constant(0),
    na: fc.boolean(),
    children: fc.array(level2, { minLength: 1, maxLength: 4 }),
  }),
);
const forest = fc.array(level1, { minLength: 1, maxLength: 4 });

function build(specs: Spec[]) {
  let n = 0;
  const answers: Record<string, AnswerInput> = {};
  const walk = (s: Spec): IndicatorInput => {
    const id = `n${n++}`;
    if (s.na) answers[id] = { notApplicable: true, reason: 'r' };
    if (s.children.length === 0) {
      if (!s.na) {
        const points = dec(s.weight).times(s.share).div(10_000).toString();
        answers[id] = { points, justification: 'j' };
      }
      return { id, name: id, weight: s.weight, rule: { kind: 'manual' } };
    }
    const children = s.children.map(walk);
    const weight = children.reduce((t, c) => t + Number(c.weight), 0);
    return { id, name: id, weight, children };
  };
  const indicators = specs.map(walk);
  const max = indicators.reduce((t, c) => t + Number(c.weight), 0);
  return { indicators, answers, max };
}

const policies = fc.record({
  notApplicable: fc.constantFrom('redistribute', 'rescale', 'zero' as const),
  rounding: fc.record({
    places: fc.integer({ min: 0, max: 3 }),
    mode: fc.constantFrom('halfUp', 'halfEven', 'down', 'up' as const),
    stage: fc.constantFrom('leaf', 'total' as const),
  }),
});

const sum = (xs: readonly ScoredNode[]): Dec => xs.reduce((s, x) => s.plus(x.points), ZERO);

describe('evaluate properties', () => {
  test.prop([forest, policies], { numRuns: runs(300) })(
    'shown parts add up at every level, stay within their weights, and weights keep the total',
    (specs, options) => {
      const { indicators, answers, max } = build(specs);
      const fw = defineFramework({
        id: 'p',
        version: '1',
        name: 'p',
        scale: { max, bands: [{ label: 'A', min: 0 }] },
        indicators,
      });
      let r;
      try {
        r = evaluate(fw, { answers }, options);
      } catch (e) {
        // Only "everything is not applicable" may stop a well-formed evaluation.
        expect((e as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual([
          'nothing_applicable',
        ]);
        return;
      }
      expect(dec(r.total).eq(sum(r.tree))).toBe(true);
      const weightSum = r.tree.reduce((s, x) => s.plus(x.weight), ZERO);
      expect(weightSum.eq(max)).toBe(true);
      const check = (node: ScoredNode): void => {
        const p = dec(node.points);
        expect(p.gte(0) && p.lte(node.weight)).toBe(true);
        expect(dec(node.lost).eq(dec(node.weight).minus(p))).toBe(true);
        if (node.children.length > 0) {
          expect(p.eq(sum(node.children))).toBe(true);
          expect(dec(node.weight).eq(node.children.reduce((s, c) => s.plus(c.weight), ZERO))).toBe(
            true,
          );
        }
        if (options.notApplicable === 'zero')
          expect(dec(node.weight).eq(node.baseWeight)).toBe(true);
        node.children.forEach(check);
      };
      r.tree.forEach(check);
      const lost = r.findings.reduce((s, f) => s.plus(f.lost), ZERO);
      expect(lost.eq(dec(max).minus(r.total))).toBe(true);
    },
  );

  const single = defineFramework({
    id: 's',
    version: '1',
    name: 's',
    indicators: [{ id: 'x', name: 'x', weight: 100, rule: { kind: 'manual' } }],
  });
  test.prop([
    fc.integer({ min: 8_900_000, max: 9_100_000 }).map((n) => dec(n).div(100_000).toString()),
    fc.constantFrom('leaf', 'total' as const),
    fc.constantFrom('halfUp', 'halfEven', 'down', 'up' as const),
  ])('the grade is decided on the shown total, exactly at 90', (points, stage, mode) => {
    const r = evaluate(
      single,
      { answers: { x: { points, justification: 'j' } } },
      { rounding: { stage, mode } },
    );
    const shown = round(dec(points), 2, mode);
    expect(r.total).toBe(shown.toFixed(2));
    expect(r.grade).toBe(shown.gte(90) ? '优' : '良');
  });
});
