/**
 * 指标值 in the 101号 layout, 指标性质 / 指标值 / 度量单位 in three columns (src/target/columns.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseTarget, type TargetColumns } from '../../src/index.js';
import { readTarget } from '../../src/target/parse.js';

describe('readTarget(columns): what reads', () => {
  it.each([
    // no 度量单位 column: no unit, and the text shown is op and value only
    [
      { op: '≥', value: 95 },
      { op: '>=', value: '95', unit: null, approx: null, implicitOp: false, text: '≥95' },
    ],
    // the unit written with the value and again in its column: one unit
    [
      { op: '≤', value: '5%', unit: '%' },
      { op: '<=', value: '5', unit: { text: '%' }, approx: null, implicitOp: false },
    ],
    // the unit written with the value only
    [
      { op: '=', value: '30场次' },
      { op: '=', value: '30', unit: { text: '场次' }, implicitOp: false, text: '=30场次' },
    ],
    // the unit in its column only; spaces around the comparator
    [
      { op: ' ≥ ', value: '约100', unit: '万元' },
      { op: '>=', value: '100', unit: { text: '万元' }, approx: 'about', text: ' ≥ 约100万元' },
    ],
  ] as [TargetColumns, object][])('%j', (columns, expected) => {
    expect(parseTarget(columns)).toMatchObject({ kind: 'quantitative', ...expected });
  });

  it.each([
    // 定性 with its standard in the 指标值 column
    [{ op: '定性', value: '效果明显' }, '效果明显', '定性效果明显'],
    // 定性 with nothing else: the standard is empty
    [{ op: '定性' }, '', '定性'],
    // the English word, any case
    [{ op: 'Qualitative', value: '良好' }, '良好', 'Qualitative良好'],
  ] as [TargetColumns, string, string][])('%j is a standard', (columns, standard, text) => {
    expect(readTarget(columns)).toEqual({
      ok: true,
      value: { kind: 'qualitative', standard, text },
    });
  });
});

describe('readTarget(columns): why they cannot be read', () => {
  it.each([
    // 定性 is only a marker when it is the whole column
    [
      { op: '非定性', value: '良好' },
      '非定性良好',
      '未知的指标性质「非定性」',
      'unknown comparator "非定性"',
    ],
    [
      { op: '定性/定量', value: '良好' },
      '定性/定量良好',
      '未知的指标性质「定性/定量」',
      'unknown comparator "定性/定量"',
    ],
    // a comparator with more after it is not a comparator
    [
      { op: '≥（正向）', value: 95 },
      '≥（正向）95',
      '未知的指标性质「≥（正向）」',
      'unknown comparator "≥（正向）"',
    ],
    // a unit jixiao does not know
    [{ op: '≥', value: 3, unit: 'xq' }, '≥3xq', '未知的计量单位「xq」', 'unknown unit "xq"'],
    // no value, or words where the value goes
    [{ op: '≥', unit: '%' }, '≥%', '指标值不是数值', 'the value is not a number'],
    [
      { op: '≥', value: '很高', unit: '%' },
      '≥很高%',
      '指标值不是数值',
      'the value is not a number',
    ],
    // the value's own unit and the 度量单位 column disagree
    [
      { op: '≥', value: '95%', unit: '元' },
      '≥95%元',
      '指标值的单位「%」与度量单位「元」不同',
      'the value\'s unit "%" differs from the unit column "元"',
    ],
  ] as [TargetColumns, string, string, string][])('%j', (columns, shown, zh, en) => {
    expect(readTarget(columns)).toEqual({
      ok: false,
      failure: {
        zh: `指标值「${shown}」无法识别：${zh}`,
        en: `cannot read the target "${shown}": ${en}`,
      },
    });
  });
});
