import { defineFramework, type Framework, type AnswerInput } from '../../src/index.js';

/**
 * A (60) = A1 (30: a1 20, a2 10) + A2 30;  B (40) = b1 25 + b2 15. All leaves manual. Tree order
 * (node indexes): A 0, A1 1, a1 2, a2 3, A2 4, B 5, b1 6, b2 7.
 */
export const tree: Framework = defineFramework({
  id: 'tree',
  version: '1',
  name: '树',
  indicators: [
    {
      id: 'A',
      name: { zh: '甲', en: 'Alpha' },
      weight: 60,
      children: [
        {
          id: 'A1',
          name: { zh: '甲一', en: 'Alpha one' },
          weight: 30,
          children: [
            { id: 'a1', name: 'a1', weight: 20, rule: { kind: 'manual' } },
            { id: 'a2', name: 'a2', weight: 10, rule: { kind: 'manual' } },
          ],
        },
        { id: 'A2', name: '甲二', weight: 30, rule: { kind: 'manual' } },
      ],
    },
    {
      id: 'B',
      name: { zh: '乙', en: 'Beta' },
      weight: 40,
      children: [
        { id: 'b1', name: 'b1', weight: 25, rule: { kind: 'manual' } },
        { id: 'b2', name: 'b2', weight: 15, rule: { kind: 'manual' } },
      ],
    },
  ],
});

/** Manual answers giving each indicator the points listed. */
export const manual = (ids: Record<string, number | string>): Record<string, AnswerInput> =>
  Object.fromEntries(
    Object.entries(ids).map(([id, points]) => [id, { points, justification: 'j' }]),
  );

/** Full points on every leaf of {@link tree}. */
export const allFull = { a1: 20, a2: 10, A2: 30, b1: 25, b2: 15 };

/** A not-applicable answer with its reason. */
export const notApplicable: AnswerInput = { notApplicable: true, reason: '不涉及' };

interface Tree {
  readonly id: string;
  readonly children: readonly Tree[];
}

/** Every node of a scored tree by id, with a value picked from it. */
export function byId<N extends Tree, T>(nodes: readonly N[], pick: (n: N) => T): Record<string, T> {
  const out: Record<string, T> = {};
  const walk = (n: N): void => {
    out[n.id] = pick(n);
    (n.children as readonly N[]).forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}
