import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ZERO, dec, round, ulp } from '../../src/decimal.js';
import { allocate } from '../../src/engine/allocate.js';

const sum = (xs: { plus: (y: never) => unknown }[]) =>
  xs.reduce<ReturnType<typeof dec>>((s, x) => s.plus(x as never), ZERO);

describe('allocate', () => {
  it('splits with the largest remainders, earlier first on ties', () => {
    expect(allocate(dec(10), [dec('3.333'), dec('3.333'), dec('3.334')], 2).map(String)).toEqual([
      '3.33',
      '3.33',
      '3.34',
    ]);
    expect(
      allocate(dec(10), [dec(10).div(3), dec(10).div(3), dec(10).div(3)], 2).map(String),
    ).toEqual(['3.34', '3.33', '3.33']);
    expect(allocate(dec('0.01'), [dec('0.005'), dec('0.005')], 2).map(String)).toEqual([
      '0.01',
      '0',
    ]);
  });

  it('never gives a unit to a part already on the grid', () => {
    expect(allocate(dec(3), [dec(1), dec('1.5'), dec('0.5')], 0).map(String)).toEqual([
      '1',
      '2',
      '0',
    ]);
  });

  const parts = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 });
  test.prop([
    parts,
    fc.integer({ min: 0, max: 4 }),
    fc.constantFrom('halfUp', 'halfEven', 'up', 'down', 'ceil', 'floor' as const),
  ])(
    'parts add up to a rounded total and stay within one unit of their exact values',
    (ints, places, mode) => {
      const values = ints.map((n) => dec(n).div(997));
      const target = round(sum(values), places, mode);
      const out = allocate(target, values, places);
      expect(sum(out).eq(target)).toBe(true);
      const unit = ulp(places);
      out.forEach((o, i) => {
        const v = values[i] ?? ZERO;
        expect(o.minus(v).abs().lt(unit)).toBe(true);
        expect(o.gte(0)).toBe(true);
        if (v.eq(v.round(places, 'down'))) expect(o.eq(v)).toBe(true);
      });
    },
  );
});
