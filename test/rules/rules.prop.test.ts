import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { dec } from '../../src/decimal.js';
import { evaluate, type Framework, type Rule } from '../../src/index.js';
import { fullRest, oneLeaf } from '../helpers.js';

/** Integers as exact decimal strings with two places: 12345 → "123.45". */
const cents = (n: number): string => {
  const abs = Math.abs(n);
  return `${n < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};
const value = fc.integer({ min: -50_000, max: 500_000 }).map(cents);

const score = (fw: Framework, v: string, weight = 10): string => {
  const r = evaluate(fw, { facts: { v }, answers: fullRest(weight) });
  const x = r.tree.find((n) => n.id === 'x');
  if (!x) throw new Error('no x');
  return x.points;
};

const within = (points: string, weight: number | string) =>
  dec(points).gte(0) && dec(points).lte(weight);

type Direction = 'up' | 'down';
const cases: [string, Rule, Direction][] = [
  ['ratio higher', { kind: 'ratio', metric: 'v', fullAt: 95 }, 'up'],
  ['ratio lower inverse', { kind: 'ratio', metric: 'v', direction: 'lower', fullAt: 9 }, 'down'],
  [
    'ratio lower linear',
    { kind: 'ratio', metric: 'v', direction: 'lower', fullAt: 90, lowerMethod: 'linear' },
    'down',
  ],
  [
    'stepDeduction lower proRata',
    {
      kind: 'stepDeduction',
      metric: 'v',
      better: 'lower',
      threshold: 100,
      deduct: '0.3',
      partial: 'proRata',
    },
    'down',
  ],
  [
    'stepDeduction lower ceil',
    {
      kind: 'stepDeduction',
      metric: 'v',
      better: 'lower',
      threshold: 0,
      per: 2,
      deduct: 1,
      partial: 'ceil',
    },
    'down',
  ],
  [
    'stepDeduction higher floor',
    {
      kind: 'stepDeduction',
      metric: 'v',
      better: 'higher',
      threshold: 90,
      deduct: '0.7',
      partial: 'floor',
      floor: 2,
    },
    'up',
  ],
  ['survey metric', { kind: 'survey', metric: 'max(0, min(100, v))', fullAt: 90 }, 'up'],
  [
    'bands',
    {
      kind: 'bands',
      metric: 'v',
      bands: [
        { max: 60, points: 0 },
        { min: 60, max: 80, points: 4 },
        { min: 80, max: 90, share: '0.7' },
        { min: 90, points: 10 },
      ],
    },
    'up',
  ],
];

describe.each(cases)('%s', (_name, rule, direction) => {
  const fw = oneLeaf(rule, 10);
  test.prop([value])('points stay within [0, weight]', (v) => {
    expect(within(score(fw, v), 10)).toBe(true);
  });
  test.prop([value, value])(
    `points are ${direction === 'up' ? 'monotone' : 'antitone'} in the value`,
    (a, b) => {
      const [lo, hi] = dec(a).lte(b) ? [a, b] : [b, a];
      const [pLo, pHi] = [dec(score(fw, lo)), dec(score(fw, hi))];
      expect(direction === 'up' ? pLo.lte(pHi) : pLo.gte(pHi)).toBe(true);
    },
  );
});

describe('levels', () => {
  const fw = oneLeaf({ kind: 'levels', levels: 'mof2020' }, '7.5');
  const points = fc.integer({ min: 0, max: 750 }).map(cents);
  test.prop([fc.constantFrom('achieved', 'partial', 'unachieved'), points])(
    'accepted points lie in the tier, everything else is rejected',
    (level, p) => {
      const share = dec(p).div('7.5');
      const inTier =
        level === 'achieved'
          ? share.gte('0.8')
          : level === 'partial'
            ? share.gte('0.6') && share.lt('0.8')
            : share.lt('0.6');
      let accepted: boolean;
      try {
        evaluate(fw, { answers: { x: { level, points: p }, ...fullRest('7.5') } });
        accepted = true;
      } catch {
        accepted = false;
      }
      expect(accepted).toBe(inTier);
    },
  );
});
