import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { dec } from '../../src/decimal.js';
import { evaluate } from '../../src/index.js';
import { fullRest, oneLeaf } from '../helpers.js';

const cents = (n: number): string =>
  `${n < 0 ? '-' : ''}${Math.floor(Math.abs(n) / 100)}.${String(Math.abs(n) % 100).padStart(2, '0')}`;
const value = fc.integer({ min: -1000, max: 100_000 }).map(cents);
const positive = fc.integer({ min: 1, max: 50_000 }).map(cents);

const points = (target: string, actual: string): string => {
  const r = evaluate(oneLeaf({ kind: 'target', target }, 10), {
    answers: { ...fullRest(), x: { actual } },
  });
  return r.tree.find((n) => n.id === 'x')?.points ?? 'none';
};

describe.each(['>=', '=', '<=', 'range'] as const)('target %s', (op) => {
  const text = (a: string, b: string): string =>
    op === 'range'
      ? `${dec(a).lte(b) ? a : b}-${dec(a).lte(b) ? b : a}%`
      : `${op === '>=' ? '≥' : op === '<=' ? '≤' : '='}${a}%`;

  test.prop([positive, positive, value])('points stay within [0, weight]', (a, b, actual) => {
    const p = dec(points(text(a, b), `${actual}%`));
    expect(p.gte(0) && p.lte(10)).toBe(true);
  });

  if (op !== 'range') {
    test.prop([positive, value, value])(
      `points are ${op === '<=' ? 'antitone' : 'monotone'} in the actual`,
      (a, x, y) => {
        const [lo, hi] = dec(x).lte(y) ? [x, y] : [y, x];
        const pLo = dec(points(text(a, a), `${lo}%`));
        const pHi = dec(points(text(a, a), `${hi}%`));
        expect(op === '<=' ? pLo.gte(pHi) : pLo.lte(pHi)).toBe(true);
      },
    );
  }
});

describe("a multiplier without a unit counts the other side's base unit", () => {
  const mult = fc.constantFrom('万', '千', '百', '十', '亿');
  const op = fc.constantFrom('≥', '≤', '=');
  test.prop([op, positive, positive, mult])(
    '"N万" against "M万元" scores as "N万元" against "M万元"; "N万元" against "M万" likewise',
    (o, n, m, k) => {
      expect(points(`${o}${n}${k}`, `${m}${k}元`)).toBe(points(`${o}${n}${k}元`, `${m}${k}元`));
      expect(points(`${o}${n}${k}元`, `${m}${k}`)).toBe(points(`${o}${n}${k}元`, `${m}${k}元`));
      expect(points(`${o}${n}${k}`, `${m}${k}人次`)).toBe(
        points(`${o}${n}${k}人次`, `${m}${k}人次`),
      );
    },
  );
});
