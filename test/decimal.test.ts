import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { D, clamp, dec, fmt, placesOf, plain, round, ulp, ONE, ZERO } from '../src/decimal.js';

describe('decimal', () => {
  it('adds exactly where floats do not', () => {
    expect(dec(0.1).plus(0.2).toString()).toBe('0.3');
    expect(fmt(dec('1.005'), 2)).toBe('1.01');
  });

  it('rounds by named mode', () => {
    expect(round(dec('2.345'), 2, 'halfUp').toFixed(2)).toBe('2.35');
    expect(round(dec('2.345'), 2, 'halfEven').toFixed(2)).toBe('2.34');
    expect(round(dec('2.345'), 2, 'halfDown').toFixed(2)).toBe('2.34');
    expect(round(dec('2.341'), 2, 'up').toFixed(2)).toBe('2.35');
    expect(round(dec('2.349'), 2, 'down').toFixed(2)).toBe('2.34');
    expect(round(dec('-2.341'), 2, 'ceil').toFixed(2)).toBe('-2.34');
    expect(round(dec('-2.341'), 2, 'floor').toFixed(2)).toBe('-2.35');
    expect(round(dec('89.995'), 2, 'halfUp').toFixed(2)).toBe('90.00');
  });

  it('never prints negative zero or exponents', () => {
    expect(fmt(dec('-0.001'), 2)).toBe('0.00');
    expect(round(dec('-0.001'), 2, 'halfUp').toFixed(2)).toBe('0.00');
    expect(fmt(dec('1e-7'), 8)).toBe('0.00000010');
    expect(plain(dec('1e21'))).toBe('1000000000000000000000');
    expect(plain(dec('2.500'))).toBe('2.5');
    expect(plain(dec('-0.00001'))).toBe('0');
  });

  it('is isolated from the global decimal.js configuration', () => {
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    try {
      Decimal.set({ precision: 3, rounding: Decimal.ROUND_DOWN });
      expect(new D(2).div(3).toString()).toBe('0.6666666666666666666666666666666666666667');
      expect(D.precision).toBe(40);
      expect(D.rounding).toBe(Decimal.ROUND_HALF_UP);
    } finally {
      Decimal.set(saved);
    }
  });

  it('clamps and counts places', () => {
    expect(clamp(dec('1.2'), ZERO, ONE).toString()).toBe('1');
    expect(clamp(dec('-1'), ZERO, ONE).toString()).toBe('0');
    expect(placesOf(dec('0.125'))).toBe(3);
    expect(placesOf(dec('2.50'))).toBe(1);
  });

  it('gives one unit in the last place, the same value each time', () => {
    expect(ulp(0).toString()).toBe('1');
    expect(ulp(2).toString()).toBe('0.01');
    expect(ulp(6).toFixed(6)).toBe('0.000001');
    expect(ulp(2)).toBe(ulp(2));
  });
});
