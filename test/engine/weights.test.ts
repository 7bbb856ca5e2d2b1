import { describe, expect, it } from 'vitest';
import {
  defineFramework,
  evaluate,
  type EvaluateOptionsInput,
  type AnswerInput,
} from '../../src/index.js';
import { allFull, byId, manual, notApplicable, tree } from './fixtures.js';

const weightsOf = (
  marks: Record<string, AnswerInput>,
  notApplicablePolicy: EvaluateOptionsInput['notApplicable'] = 'redistribute',
) => {
  const answers: Record<string, AnswerInput> = { ...manual(allFull), ...marks };
  const r = evaluate(tree, { answers }, { notApplicable: notApplicablePolicy });
  return byId(r.tree, (n) => n.weight);
};

describe('effectiveWeights: redistribute', () => {
  it.each([
    // a leaf: its sibling takes it; the other branch keeps its weights exactly
    [
      { a2: notApplicable },
      {
        A: '60.00',
        A1: '30.00',
        a1: '30.00',
        a2: '0.00',
        A2: '30.00',
        B: '40.00',
        b1: '25.00',
        b2: '15.00',
      },
    ],
    // a branch: its sibling takes it, and nothing under it keeps a weight
    [
      { A1: notApplicable },
      {
        A: '60.00',
        A1: '0.00',
        a1: '0.00',
        a2: '0.00',
        A2: '60.00',
        B: '40.00',
        b1: '25.00',
        b2: '15.00',
      },
    ],
    // a whole top-level indicator: the other one takes the total, shared down in proportion
    [
      { A: notApplicable },
      {
        A: '0.00',
        A1: '0.00',
        a1: '0.00',
        a2: '0.00',
        A2: '0.00',
        B: '100.00',
        b1: '62.50',
        b2: '37.50',
      },
    ],
    // a leaf of the second branch
    [
      { b1: notApplicable },
      {
        A: '60.00',
        A1: '30.00',
        a1: '20.00',
        a2: '10.00',
        A2: '30.00',
        B: '40.00',
        b1: '0.00',
        b2: '40.00',
      },
    ],
  ])('%o', (marks, weights) => {
    expect(weightsOf(marks)).toEqual(weights);
  });

  it('shares on the rounding grid by largest remainder', () => {
    const three = defineFramework({
      id: 'three',
      version: '1',
      name: '三',
      indicators: [
        { id: 'x', name: 'x', weight: 33, rule: { kind: 'manual' } },
        { id: 'y', name: 'y', weight: 33, rule: { kind: 'manual' } },
        { id: 'z', name: 'z', weight: 34, rule: { kind: 'manual' } },
      ],
    });
    const answers = { ...manual({ y: 33, z: 34 }), x: notApplicable };
    // 33 × 100 / 67 = 49.2537…, 34 × 100 / 67 = 50.7462…: z has the larger remainder
    const r = evaluate(three, { answers });
    expect(r.tree.map((n) => [n.id, n.weight, n.points])).toEqual([
      ['x', '0.00', '0.00'],
      ['y', '49.25', '49.25'],
      ['z', '50.75', '50.75'],
    ]);
    expect(r.total).toBe('100.00');
  });
});

describe('effectiveWeights: other policies', () => {
  it('zero keeps every weight', () => {
    expect(weightsOf({ A1: notApplicable }, 'zero')).toEqual({
      A: '60.00',
      A1: '30.00',
      a1: '20.00',
      a2: '10.00',
      A2: '30.00',
      B: '40.00',
      b1: '25.00',
      b2: '15.00',
    });
  });

  it('rescale spreads over every applicable leaf; a parent is the sum of its children', () => {
    expect(weightsOf({ A1: notApplicable }, 'rescale')).toEqual({
      A: '42.86',
      A1: '0.00',
      a1: '0.00',
      a2: '0.00',
      A2: '42.86', // 30 × 100 / 70
      B: '57.14',
      b1: '35.71',
      b2: '21.43',
    });
  });
});
