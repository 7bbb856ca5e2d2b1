import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { arabic, chinese, readNumber } from '../../src/target/number.js';
import { convert, splitUnit, unitOf } from '../../src/target/units.js';

describe('units', () => {
  it('normalises families and factors', () => {
    expect(unitOf('万元')).toEqual({ text: '万元', family: 'money', base: '元', factor: '10000' });
    expect(unitOf('亿元')?.factor).toBe('100000000');
    expect(unitOf('千元')?.factor).toBe('1000');
    expect(unitOf('万人次')).toMatchObject({
      family: 'personTimes',
      base: '人次',
      factor: '10000',
    });
    expect(unitOf('人')?.family).toBe('people');
    expect(unitOf('名')?.family).toBe('people');
    expect(unitOf('场')?.family).toBe(unitOf('场次')?.family);
    expect(unitOf('个')?.family).not.toBe(unitOf('场次')?.family);
    expect(unitOf('人次')?.family).not.toBe(unitOf('人')?.family);
    expect(unitOf('年')).toMatchObject({ family: 'month', factor: '12' });
    expect(unitOf('公顷')).toMatchObject({ family: 'land', factor: '15' });
    expect(unitOf('万%')).toBeNull();
    expect(unitOf('斤两')).toBeNull();
    expect(unitOf('')).toBeNull();
  });

  it('converts exactly within a family', () => {
    expect(convert(dec('1.2'), unitOf('万元')!, unitOf('元')!).toString()).toBe('12000');
    expect(convert(dec('45000'), unitOf('人次')!, unitOf('万人次')!).toString()).toBe('4.5');
    expect(convert(dec(2), unitOf('年')!, unitOf('个月')!).toString()).toBe('24');
    expect(convert(dec(3), unitOf('公顷')!, unitOf('亩')!).toString()).toBe('45');
  });

  it('splits a trailing unit, with a number before its prefix', () => {
    expect(splitUnit('4.5万人次')).toEqual(['4.5', '万人次']);
    expect(splitUnit('2万余份')).toEqual(['2万余', '份']);
    expect(splitUnit('90万元')).toEqual(['90', '万元']);
    expect(splitUnit('效果明显')).toEqual(['效果明显', '']);
  });
});

describe('numbers', () => {
  it('reads Arabic numbers with thousands separators', () => {
    expect(arabic('1,086')?.toString()).toBe('1086');
    expect(arabic('1,234,567.5')?.toString()).toBe('1234567.5');
    expect(arabic('1,23')).toBeNull();
    expect(arabic('1.2.3')).toBeNull();
  });

  it('reads Chinese numerals', () => {
    const cases: [string, string][] = [
      ['三', '3'],
      ['十', '10'],
      ['十二', '12'],
      ['二十', '20'],
      ['三百零五', '305'],
      ['一千二百', '1200'],
      ['两万', '20000'],
      ['一万二千', '12000'],
      ['十万', '100000'],
      ['三亿', '300000000'],
    ];
    for (const [text, value] of cases) expect(chinese(text)?.toString(), text).toBe(value);
    for (const bad of ['三四', '千', '万', '', 'abc']) expect(chinese(bad), bad).toBeNull();
    expect(readNumber('两万')?.toString()).toBe('20000');
  });
});
