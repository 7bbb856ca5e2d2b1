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

  it.each([
    // nothing to hand out although both have remainders: the floors, untouched
    ['6.66', ['3.333', '3.333'], 2, ['3.33', '3.33']],
    // one unit, three equal remainders: the first gets it
    ['1', ['0.3333', '0.3333', '0.3334'], 1, ['0.3', '0.3', '0.4']],
    ['0.9', ['0.35', '0.35', '0.2'], 1, ['0.4', '0.3', '0.2']],
    // many equal remainders (more than a short sort handles by insertion): earliest first
    ['40', Array.from({ length: 40 }, () => '1'), 0, Array.from({ length: 40 }, () => '1')],
    [
      '20',
      Array.from({ length: 40 }, () => '0.5'),
      0,
      Array.from({ length: 40 }, (_, i) => (i < 20 ? '1' : '0')),
    ],
  ])('target %s over %j on %i places', (target, values, places, parts) => {
    expect(
      allocate(
        dec(target),
        values.map((v) => dec(v)),
        places,
      ).map(String),
    ).toEqual(parts);
  });

  it('a part on the grid gets no unit even when the target is more than the parts can take', () => {
    // Outside the precondition: the parts are the floors plus what the remainders can take.
    expect(allocate(dec(3), [dec(1), dec(1)], 0).map(String)).toEqual(['1', '1']);
    expect(allocate(dec(5), [dec('1.5'), dec(2)], 0).map(String)).toEqual(['2', '2']);
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
