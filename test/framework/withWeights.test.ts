import { describe, expect, it } from 'vitest';
import { defineFramework, evaluate, withWeights, type FrameworkInput } from '../../src/index.js';
import { issuesOf } from '../helpers.js';

const doc: FrameworkInput = {
  id: 'w',
  version: '1',
  name: 'w',
  facts: { v: { name: 'v', unit: '%' } },
  indicators: [
    {
      id: 'a',
      name: 'a',
      weight: 10,
      children: [
        {
          id: 'step',
          name: '控制率',
          weight: 5,
          rule: {
            kind: 'stepDeduction',
            metric: 'v',
            better: 'lower',
            threshold: 100,
            deduct: '0.5',
            partial: 'proRata',
            floor: 1,
          },
        },
        {
          id: 'el',
          name: '要素',
          weight: 3,
          rule: {
            kind: 'elements',
            items: [
              { id: 'x', label: 'x', points: 1 },
              { id: 'y', label: 'y', points: 1 },
              { id: 'z', label: 'z', points: 1 },
            ],
          },
        },
        {
          id: 'band',
          name: '区间',
          weight: 2,
          rule: {
            kind: 'bands',
            metric: 'v',
            bands: [
              { max: 50, points: 0 },
              { min: 50, points: 2 },
            ],
          },
        },
      ],
    },
    { id: 'b', name: 'b', weight: 90, rule: { kind: 'manual' } },
  ],
};

describe('withWeights', () => {
  it('replaces leaf weights, re-sums parents and scales point parameters', () => {
    const out = withWeights(doc, { step: 3, el: 2, band: 4, b: 91 });
    const a = out.indicators[0];
    expect(a?.weight).toBe('9');
    expect(a?.children?.map((c) => c.weight)).toEqual(['3', '2', '4']);
    expect(a?.children?.[0]?.rule).toMatchObject({ deduct: '0.3', floor: '0.6' });
    const items = (
      a?.children?.[1]?.rule as { readonly items: readonly { points: string }[] }
    ).items.map((i) => i.points);
    expect(items).toEqual(['0.6667', '0.6667', '0.6666']);
    expect(
      (a?.children?.[2]?.rule as { readonly bands: readonly { points: string }[] }).bands.map(
        (b) => b.points,
      ),
    ).toEqual(['0', '4']);
    const fw = defineFramework(out);
    const r = evaluate(fw, {
      facts: { v: 102 },
      answers: {
        el: { elements: { x: true, y: true, z: false } },
        b: { points: 91, justification: 'j' },
      },
    });
    expect(r.tree[0]?.children.map((c) => c.points)).toEqual(['2.40', '1.33', '4.00']);
  });

  it('keeps the input unchanged and accepts compiled frameworks', () => {
    const before = JSON.stringify(doc);
    withWeights(defineFramework(doc), { step: 4, b: 91 });
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('reports unknown ids, inner ids and bad weights together', () => {
    const issues = issuesOf(() => withWeights(doc, { nope: 1, a: 5, step: -1, el: 'x' }));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_input', 'weights.step'],
      ['invalid_input', 'weights.el'],
      ['invalid_input', 'weights.a'],
      ['unknown_indicator', 'weights.nope'],
    ]);
  });

  it('leaves the total check to defineFramework', () => {
    const out = withWeights(doc, { step: 6 });
    expect(issuesOf(() => defineFramework(out)).map((i) => i.code)).toEqual(['total_mismatch']);
  });
});
