import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { byId, manual, tree } from './fixtures.js';

// a1 13.335 of 20 and a2 6.665 of 10: each rounds up (half up), but together they are exactly 20.
const answers = manual({ a1: '13.335', a2: '6.665', A2: 30, b1: 25, b2: 15 });

describe('displayPoints: a nested tree', () => {
  it('leaf stage: every leaf rounded, every parent the sum of what its children show', () => {
    const r = evaluate(tree, { answers }, { rounding: { stage: 'leaf' } });
    expect(byId(r.tree, (n) => n.points)).toEqual({
      A: '50.01',
      A1: '20.01', // 13.34 + 6.67, not the exact 20 rounded
      a1: '13.34',
      a2: '6.67',
      A2: '30.00',
      B: '40.00',
      b1: '25.00',
      b2: '15.00',
    });
    expect([r.total, r.warnings]).toEqual(['90.01', []]);
  });

  it('total stage: the exact total rounded once, allocated down every level', () => {
    const r = evaluate(tree, { answers }, { rounding: { stage: 'total' } });
    expect(byId(r.tree, (n) => n.points)).toEqual({
      A: '50.00',
      A1: '20.00',
      a1: '13.34', // the tie of remainders goes to the earlier leaf
      a2: '6.66',
      A2: '30.00',
      B: '40.00',
      b1: '25.00',
      b2: '15.00',
    });
    expect(r.total).toBe('90.00');
    expect(r.warnings.map((w) => [w.code, w.indicatorId, w.message.zh])).toEqual([
      ['rounding_allocated', 'a2', 'a2：按总分舍入后分配尾差，显示 6.66 分'],
    ]);
  });

  it('total stage: lost points and rates follow the allocated points', () => {
    const r = evaluate(tree, { answers }, { rounding: { stage: 'total' } });
    expect(byId(r.tree, (n) => [n.lost, n.rate])).toMatchObject({
      A: ['10.00', '0.8333'],
      A1: ['10.00', '0.6667'],
      a2: ['3.34', '0.6660'],
      B: ['0.00', '1.0000'],
    });
  });

  it.each(['leaf', 'total'] as const)(
    '%s stage: a parent whose exact sum is on the grid shows it',
    (stage) => {
      const r = evaluate(
        tree,
        { answers: manual({ a1: '12.5', a2: '7.5', A2: 30, b1: 25, b2: 15 }) },
        {
          rounding: { stage },
        },
      );
      expect(byId(r.tree, (n) => n.points)).toMatchObject({ A1: '20.00', a1: '12.50', a2: '7.50' });
      expect(r.total).toBe('90.00');
    },
  );
});
