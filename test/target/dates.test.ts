import { describe, expect, it } from 'vitest';
import { parseActual, parseTarget } from '../../src/index.js';
import {
  compareDates,
  lastDay,
  monthAsDate,
  readDate,
  readDeadline,
  yearAsDate,
} from '../../src/target/dates.js';

const deadline = (t: string) => {
  const d = readDeadline(t, t);
  if (d?.kind !== 'deadline') throw new Error(`no deadline: ${t}`);
  return d;
};
const done = (t: string) => {
  const d = readDate(t, t);
  if (d?.kind !== 'date') throw new Error(`no date: ${t}`);
  return d;
};

describe('lastDay', () => {
  it.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [null, 2, 29],
    [2023, 1, 31],
    [2023, 4, 30],
    [2023, 12, 31],
  ])('%s-%s: %s', (y, m, d) => {
    expect(lastDay(y, m)).toBe(d);
  });
});

describe('readDeadline: the last day allowed', () => {
  it.each([
    ['2023年2月底前', [2023, 2, 28]],
    ['2024年2月底前', [2024, 2, 29]],
    ['2月底前', [null, 2, 29]],
    ['2023年12月31日前', [2023, 12, 31]],
    ['2023.12.31前', [2023, 12, 31]],
    ['2023-06', [2023, 6, 30]],
    ['1900年1月1日前', [1900, 1, 1]],
    ['2200年12月31日前', [2200, 12, 31]],
    ['2023年底前。', [2023, 12, 31]],
    ['1-12月', [null, 12, 31]],
    ['202001-202012', [2020, 12, 31]],
    ['2023年4月-2024年2月', [2024, 2, 29]],
  ])('%s', (text, [year, month, day]) => {
    expect(deadline(text)).toMatchObject({ year, month, day, text });
  });
  it.each([
    '13月底前',
    '0月底前',
    '2023年2月30日前',
    '2023年4月31日前',
    '2023年1月0日前',
    '1899年12月31日前',
    '2201年1月1日前',
    '12-1月',
    '按季度',
    '效果明显',
    '202012',
  ])('%s is no deadline', (text) => {
    expect(readDeadline(text, text)).toBeNull();
  });
});

describe('readDate: the day (or month) done', () => {
  it.each([
    ['2023年11月20日', [2023, 11, 20]],
    ['2023年11月', [2023, 11, null]],
    ['2021年6月底', [2021, 6, null]],
    ['2023年底', [2023, 12, 31]],
    ['已于10月完成', [null, 10, null]],
    ['于2021年12月到账', [2021, 12, null]],
    ['已于2020年7月编制完成', [2020, 7, null]],
    ['2023年', [2023, 12, null]],
  ])('%s', (text, [year, month, day]) => {
    expect(done(text)).toMatchObject({ kind: 'date', year, month, day });
  });
  it('a bare year is a month-precise date only when it is the whole text', () => {
    expect(done('2023年').day).toBeNull();
    expect(done('2023年年底').day).toBe(31);
  });
  it.each(['2023年2月29日', '完成', '13月'])('%s is no date', (text) => {
    expect(readDate(text, text)).toBeNull();
  });
});

describe('a year or a month given as a quantity, against a deadline', () => {
  it('yearAsDate: "2023年" is the year done, within 1900–2200, exact and whole', () => {
    expect(yearAsDate(parseActual('2023年'))).toEqual({
      kind: 'date',
      year: 2023,
      month: 12,
      day: null,
      text: '2023年',
    });
    for (const t of ['1899年', '2201年', '约2023年', '2023.5年', '2023个月', '2023'])
      expect(yearAsDate(parseActual(t)), t).toBeNull();
    expect(yearAsDate(parseActual('达成'))).toBeNull();
  });
  it('monthAsDate: "7月" is July; 0, 13 and 1.5 are no months', () => {
    expect(monthAsDate(parseActual('7月'))).toEqual({
      kind: 'date',
      year: null,
      month: 7,
      day: null,
      text: '7月',
    });
    for (const t of ['0月', '13月', '1.5月', '约7月', '7个月', '7'])
      expect(monthAsDate(parseActual(t)), t).toBeNull();
  });
});

describe('compareDates', () => {
  it('on the day: met; a day after: 1 day late; a month done counts as its last day', () => {
    expect(compareDates(deadline('2023年10月31日前'), done('2023年10月31日'), null)).toEqual({
      met: true,
      daysLate: 0,
      yearAssumed: false,
    });
    expect(compareDates(deadline('2023年10月31日前'), done('2023年11月1日'), null)).toEqual({
      met: false,
      daysLate: 1,
      yearAssumed: false,
    });
    expect(compareDates(deadline('2023年11月15日前'), done('2023年11月'), null).daysLate).toBe(15);
  });
  it("the year missing on one side is the other's or the table's; missing on both, assumed", () => {
    // The deadline without a year is in the year of the date done.
    expect(compareDates(deadline('12月31日前'), done('2024年1月1日'), null)).toEqual({
      met: true,
      daysLate: 0,
      yearAssumed: false,
    });
    expect(compareDates(deadline('10月31日前'), done('2024年11月2日'), null).daysLate).toBe(2);
    // The date without a year is in the deadline's year, unless the table names one.
    expect(compareDates(deadline('2023年12月31日前'), done('1月1日'), null).met).toBe(true);
    expect(compareDates(deadline('2023年12月31日前'), done('1月1日'), 2024)).toMatchObject({
      daysLate: 1,
    });
    expect(compareDates(deadline('12月31日前'), done('1月1日'), null)).toEqual({
      met: true,
      daysLate: 0,
      yearAssumed: true,
    });
  });
  it('parseTarget and parseActual give the same readings', () => {
    expect(parseTarget('2023年12月底前完成')).toEqual(deadline('2023年12月底前完成'));
    expect(parseActual('2023年11月')).toEqual(done('2023年11月'));
  });
});

describe('the edges of the date readers (each pins one rule of the reading)', () => {
  it.each([
    // a period of months: equal ends, two-digit starts
    ['12-12月', [null, 12, 31]],
    ['10-12月', [null, 12, 31]],
    // 1900 and 2200 are years
    ['1900年底前', [1900, 12, 31]],
  ])('deadline %s', (text, [year, month, day]) => {
    expect(deadline(text)).toMatchObject({ year, month, day });
  });
  it.each([
    '。',
    '。。',
    'a2023-12-31',
    'x1-12月',
    '1-12月份',
    'x202001-202012',
    '202001-202012x',
    '12月确保',
    '前12月',
    '2023年12月时间',
  ])('%s is no deadline', (text) => {
    expect(readDeadline(text, text)).toBeNull();
  });
  it.each([
    ['完成时间2023年11月', [2023, 11, null]],
    ['已2023年11月完成', [2023, 11, null]],
    ['2023年11月已', [2023, 11, null]],
    ['2023年11月之前', [2023, 11, null]],
  ])('date %s', (text, [year, month, day]) => {
    expect(done(text)).toMatchObject({ year, month, day });
  });
  it.each(['abc2023年', '2023年12月31日时间', '前2023年11月', '2023年11月前已x'])(
    '%s is no date',
    (text) => {
      expect(readDate(text, text)).toBeNull();
    },
  );
  it('完成时间 before the date, with or without 为', () => {
    expect(deadline('完成时间2023年12月31日')).toMatchObject({ year: 2023, month: 12, day: 31 });
    expect(deadline('完成时间为2023年12月31日')).toMatchObject({ year: 2023, month: 12, day: 31 });
    expect(readDate('2023年6月底3日', '2023年6月底3日')).toBeNull();
  });
  it('yearAsDate: 1900 and 2200 are years', () => {
    expect(yearAsDate(parseActual('1900年'))?.year).toBe(1900);
    expect(yearAsDate(parseActual('2200年'))?.year).toBe(2200);
  });
});
