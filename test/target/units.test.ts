import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { arabic, chinese, readNumber } from '../../src/target/number.js';
import { convert, splitUnit, unitOf, type Unit } from '../../src/target/units.js';
import { issuesOf } from '../helpers.js';

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
    // Any Chinese word is a unit of its own family; unknown Latin letters are not a unit.
    expect(unitOf('斤两')).toEqual({
      text: '斤两',
      family: 'unit:斤两',
      base: '斤两',
      factor: '1',
    });
    expect(unitOf('xq')).toBeNull();
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

describe('units: prefixes, base units and what is no unit', () => {
  it.each([
    // a prefix on a unit whose family's base is another unit: the base is the family's
    [' 十公顷 ', { text: '十公顷', family: 'land', base: '亩', factor: '150' }],
    ['百公斤', { text: '百公斤', family: 'mass', base: '吨', factor: '0.1' }],
    ['平方公里', { text: '平方公里', family: 'area', base: '平方米', factor: '1000000' }],
    // a prefix on a count: the count is its own base
    ['万株', { text: '万株', family: 'count:株', base: '株', factor: '10000' }],
    // a word before the prefix: no unit
    ['每万元', null],
    // a line break and more after the unit: no unit
    ['万元\n个', null],
  ])('unitOf(%j)', (text, unit) => {
    expect(unitOf(text)).toEqual(unit);
  });

  it.each([
    // no prefix before the unit: the number stays whole
    ['每百人12元', ['每百人12', '元']],
    // a prefix after a word, not after a number, is part of the word
    ['第3批十万元', ['第3批十万', '元']],
    // a prefix after a number belongs to the unit
    ['3十万元', ['3', '十万元']],
    ['0.5万吨', ['0.5', '万吨']],
  ])('splitUnit(%j)', (text, parts) => {
    expect(splitUnit(text)).toEqual(parts);
  });
});

describe('convert: exact factors, and what it takes', () => {
  it.each([
    // factors with three decimals
    ['2500', '千克', '吨', '2.5'],
    ['0.75', '吨', '公斤', '750'],
    // the same factor
    ['3', '场', '场次', '3'],
  ])('%s %s in %s is %s', (value, from, to, result) => {
    expect(convert(dec(value), unitOf(from)!, unitOf(to)!).toString()).toBe(result);
  });

  const yuan = unitOf('元')!;
  const unit = (factor: unknown): Unit => ({ ...yuan, factor }) as unknown as Unit;
  it.each([
    // a number, not a decimal string
    ['from', unit(5), yuan],
    // text around the digits
    ['from', unit('x10'), yuan],
    ['to', yuan, unit('10x')],
    ['to', yuan, unit('1.5.5')],
    // no unit at all
    ['to', yuan, null],
  ])('rejects a %s that unitOf did not make (%#)', (name, from, to) => {
    const got = to === null ? 'null' : 'object';
    expect(issuesOf(() => convert(dec(1), from, to!))).toEqual([
      {
        code: 'invalid_input',
        path: [name],
        message: {
          zh: `参数 ${name} 应为由 unitOf() 得到的单位，实际为 ${got}`,
          en: `argument ${name} must be a unit made by unitOf(), got ${got}`,
        },
      },
    ]);
  });

  it('rejects a value that dec() did not make', () => {
    expect(issuesOf(() => convert(5 as never, yuan, yuan))).toEqual([
      {
        code: 'invalid_input',
        path: ['value'],
        message: {
          zh: '参数 value 应为由 dec() 得到的精确数值，实际为 number 5',
          en: 'argument value must be an exact value made by dec(), got number 5',
        },
      },
    ]);
  });

  it.each([
    ['unitOf', (v: unknown) => unitOf(v as string)],
    ['splitUnit', (v: unknown) => splitUnit(v as string)],
  ])('%s names its text argument', (_name, call) => {
    expect(issuesOf(() => call(95))[0]?.message.en).toBe(
      'argument text must be a string, got number 95',
    );
  });
});
