/**
 * readTarget / parseTarget and pairProblem (src/target/parse.ts): the reason in every failure
 * message, where a text stops being a quantity and becomes a standard, and the argument checks of
 * pairProblem.
 */
import { describe, expect, it } from 'vitest';
import {
  pairProblem,
  parseActual,
  parseTarget,
  type ParsedActual,
  type ParsedTarget,
} from '../../src/index.js';
import { readTarget } from '../../src/target/parse.js';
import { issuesOf } from '../helpers.js';

const NOT_OF_THE_FORM = {
  zh: '不是「比较符 数值 单位」的形式',
  en: 'it is not of the form "comparator number unit"',
};

describe('readTarget: why a 指标值 cannot be read', () => {
  it.each([
    // the two ends name units of different families
    [
      '30个-50场次',
      { zh: '区间两端的单位不同', en: 'the two ends of the range have different units' },
    ],
    // the lower end reads only with the upper end's unit after it ("5平方" + "米" is 5平方米),
    // and 平方米 is not 米
    [
      '5平方-10米',
      { zh: '区间两端的单位不同', en: 'the two ends of the range have different units' },
    ],
    // a range upside down
    [
      '100-95%',
      { zh: '区间下限大于上限', en: 'the lower end of the range is above the upper end' },
    ],
    // ≥ in front, 以下 behind
    ['≥96%以下', { zh: '前后比较符号矛盾', en: 'the comparators contradict each other' }],
    // an approximation mark and nothing to approximate, with and without a comparator
    ['≥约', { zh: '只有约数标记，缺少数值', en: 'it marks an approximate number but gives none' }],
    ['不足', { zh: '只有约数标记，缺少数值', en: 'it marks an approximate number but gives none' }],
    // a word that merely ends in 多 is not a bare approximation mark
    ['≥很多', NOT_OF_THE_FORM],
    // nor one that merely starts with 约
    ['≥约数', NOT_OF_THE_FORM],
    // a comparator before a range: a range takes no comparator
    ['≥90-100%', NOT_OF_THE_FORM],
    // a figure first and no date: "3年" is a term, not a year such as 2025年
    // a figure first and no date: "/月" is a rate, not a month such as 12月
    // a figure first and no date: "覆盖全年" has four characters before 年, but no digits
    ['2次培训，覆盖全年', NOT_OF_THE_FORM],
  ])('%s', (text, why) => {
    expect(readTarget(text)).toEqual({
      ok: false,
      failure: {
        zh: `指标值「${text}」无法识别：${why.zh}`,
        en: `cannot read the target "${text}": ${why.en}`,
      },
    });
  });

  it.each([
    // spaces only: the message quotes the trimmed text, as for an actual
    [' \t\u3000 ', ''],
    // quotes only: nothing is left once they are taken off; the message quotes what was written
    [' “” ', '“”'],
  ])('%j is empty', (text, quoted) => {
    expect(readTarget(text)).toEqual({
      ok: false,
      failure: {
        zh: `指标值「${quoted}」无法识别：为空`,
        en: `cannot read the target "${quoted}": it is empty`,
      },
    });
  });

  it('parseTarget throws target_unparseable at the path, with the same message', () => {
    const [issue, ...rest] = issuesOf(() => parseTarget('100-90万元', ['rows', 2, 'target']));
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      code: 'target_unparseable',
      path: ['rows', 2, 'target'],
      message: {
        zh: '指标值「100-90万元」无法识别：区间下限大于上限',
        en: 'cannot read the target "100-90万元": the lower end of the range is above the upper end',
      },
    });
  });
});

describe('readTarget: standards (定性)', () => {
  it.each([
    // "定性" alone: the standard is the text itself, trimmed
    ['\u3000定性\u3000', { standard: '定性', text: '定性' }],
    // "定性：…": the standard is what follows
    ['定性：效果明显', { standard: '效果明显', text: '定性：效果明显' }],
    // the colon may be left out
    ['定性效果明显', { standard: '效果明显', text: '定性效果明显' }],
    // 定性 inside the text is no marker: the whole text is the standard
    [
      '服务对象满意度定性评价',
      { standard: '服务对象满意度定性评价', text: '服务对象满意度定性评价' },
    ],
    // prose that mentions a figure but does not start with one stays a standard
    // a deadline is a standard
  ])('%j', (text, expected) => {
    expect(readTarget(text)).toEqual({ ok: true, value: { kind: 'qualitative', ...expected } });
  });

  it('keeps the text trimmed, as written (full-width digits and all)', () => {
    expect(parseTarget('  ≥９５．５％  ')).toMatchObject({
      kind: 'quantitative',
      op: '>=',
      value: '95.5',
      text: '≥９５．５％',
    });
  });
});

describe('pairProblem', () => {
  it('names both texts when a word stands where a number is needed', () => {
    expect(pairProblem(parseTarget('≤30万元'), parseActual('按期完成'))).toEqual({
      code: 'actual_unparseable',
      params: {
        zh: '实际完成值「按期完成」不是数值，无法与指标值「≤30万元」比较',
        en: 'the actual value "按期完成" is not a number and cannot be compared with the target "≤30万元"',
      },
    });
  });

  it.each([
    // no unit on either side, and units of one family: they fit
    ['≥95', '96'],
    ['≤30万元', '25000元'],
    // a standard takes any actual
    ['定性：效果明显', '良好'],
  ])('%s and %s fit', (target, actual) => {
    expect(pairProblem(parseTarget(target), parseActual(actual))).toBeNull();
  });

  const target = parseTarget('≥30万元');
  const actual = parseActual('25万元');
  const fn = Object.assign(() => 0, { kind: 'qualitative', text: '效果明显' });
  it.each([
    // nothing at all
    ['target', null, actual, 'null'],
    ['actual', target, null, 'null'],
    // a function dressed as a result
    ['target', fn, actual, 'function'],
    // a result without its text
    ['target', { kind: 'qualitative', standard: '效果明显' }, actual, 'object'],
    // a unit without its family
    ['target', { ...target, unit: { text: '万元' } }, actual, 'object'],
    // a unit without its text
    ['target', { ...target, unit: { family: 'money' } }, actual, 'object'],
    // the actual's unit, likewise
    ['actual', target, { ...actual, unit: { text: 5, family: 'money' } }, 'object'],
  ])('rejects a wrong %s (%s)', (name, t, a, got) => {
    const what = name === 'target' ? 'parseTarget' : 'parseActual';
    expect(
      issuesOf(() => pairProblem(t as unknown as ParsedTarget, a as unknown as ParsedActual)),
    ).toEqual([
      {
        code: 'invalid_input',
        path: [name],
        message: {
          zh: `参数 ${name} 应为由 ${what}() 得到的结果，实际为 ${got}`,
          en: `argument ${name} must be a result of ${what}(), got ${got}`,
        },
      },
    ]);
  });
});

describe('readTarget: what issue 9 opened up', () => {
  it('any Chinese word after a number is a unit: compound units compare by spelling', () => {
    expect(parseTarget('3年期')).toMatchObject({
      value: '3',
      unit: { text: '年期', family: 'unit:年期' },
    });
    expect(parseTarget('≥5人/月')).toMatchObject({ op: '>=', unit: { text: '人/月' } });
    expect(parseTarget('≥5元／人＊月')).toMatchObject({ unit: { text: '元/人·月' } });
  });
  it('a label before the number is a decoration: "群众满意度95%" asks for at least 95%', () => {
    expect(parseTarget('群众满意度95%')).toMatchObject({ op: '>=', value: '95', implicitOp: true });
  });
  it('a date with 前 is a deadline', () => {
    expect(parseTarget('2025年6月底前完成')).toMatchObject({
      kind: 'deadline',
      year: 2025,
      month: 6,
      day: 30,
    });
  });
});
