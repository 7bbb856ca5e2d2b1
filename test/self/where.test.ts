import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../src/errors/issue.js';
import type { SelfEvaluationTable } from '../../src/index.js';
import { located, rowLabel } from '../../src/self/where.js';

const base: SelfEvaluationTable = {
  budget: { adjusted: 100, executed: 90, at: { sheet: '表1', row: 6, cells: { executed: 'E6' } } },
  rows: [
    { l1: '产出指标', l3: '培训人次', target: '≥500人次', actual: '450人次', weight: 90 },
    {
      l1: '产出指标',
      l3: '满意度',
      target: '≥90%',
      actual: '95%',
      weight: 10,
      at: { sheet: '表1', row: 12, cells: { actual: 'E12' } },
    },
    {
      l1: '产出指标',
      l3: '时效',
      target: '≥1',
      actual: '1',
      weight: 1,
      at: { row: 13 },
    },
  ],
};

describe('rowLabel', () => {
  it('a row typed in JSON: its place and its 三级指标', () => {
    expect(rowLabel(base, 0, 'zh')).toBe('第 1 行「培训人次」');
    expect(rowLabel(base, 0, 'en')).toBe('row 1 "培训人次"');
  });
  it('a row read from a sheet: the cell of the field, or the row when the field has none', () => {
    expect(rowLabel(base, 1, 'zh', 'actual')).toBe('表1!E12（第 12 行 E 列）「满意度」');
    expect(rowLabel(base, 1, 'en', 'actual')).toBe(
      'sheet "表1", cell E12 (row 12, column E) "满意度"',
    );
    expect(rowLabel(base, 1, 'zh', 'points')).toBe('表1!第 12 行「满意度」');
    expect(rowLabel(base, 1, 'en')).toBe('sheet "表1", row 12 "满意度"');
  });
  it('without a sheet name: the row alone', () => {
    expect(rowLabel(base, 2, 'zh')).toBe('第 13 行「时效」');
    expect(rowLabel(base, 2, 'en')).toBe('row 13 "时效"');
  });
  it('a row that is not there is named by its place only', () => {
    expect(rowLabel(base, 9, 'zh')).toBe('第 10 行');
  });
});

describe('located', () => {
  const issue = (path: (string | number)[], zh: string, en: string) =>
    makeIssue('invalid_input', path, { zh, en });

  it('"rows[k]" in a message becomes the row, with or without its cell', () => {
    const [a, b] = located(
      [
        issue(['rows', 0, 'actual'], '指标 "rows[0]" 缺少数据', 'Indicator "rows[0]" lacks input'),
        issue(['rows', 1, 'actual'], '指标 rows[1] 缺少数据', 'Indicator rows[1] lacks input'),
      ],
      base,
    );
    expect(a?.message).toEqual({
      zh: '指标 第 1 行「培训人次」 缺少数据',
      en: 'Indicator row 1 "培训人次" lacks input',
    });
    expect(a?.path).toEqual(['rows', 0, 'actual']);
    expect(b?.message.zh).toBe('指标 表1!E12（第 12 行 E 列）「满意度」 缺少数据');
  });

  it('a message that names no row is prefixed with the cell, and the field when it has no cell', () => {
    const [a, b, c] = located(
      [
        issue(['rows', 1, 'actual'], '无法识别', 'cannot read'),
        issue(['rows', 1, 'target'], '无法识别', 'cannot read'),
        issue(['rows', 0, 'target'], '无法识别', 'cannot read'),
      ],
      base,
    );
    expect(a?.message).toEqual({
      zh: '表1!E12（第 12 行 E 列）「满意度」：无法识别',
      en: 'sheet "表1", cell E12 (row 12, column E) "满意度": cannot read',
    });
    expect(b?.message).toEqual({
      zh: '表1!第 12 行「满意度」的年度指标值：无法识别',
      en: 'sheet "表1", row 12 "满意度", target: cannot read',
    });
    // A row without a cell keeps the words: its path says where.
    expect(c?.message).toEqual({ zh: '无法识别', en: 'cannot read' });
  });

  it('the budget block read from a sheet names its cell', () => {
    const [a, b] = located(
      [issue(['budget', 'executed'], '为空', 'is empty'), issue(['budget'], '缺少', 'missing')],
      base,
    );
    expect(a?.message).toEqual({
      zh: '表1!E6（第 6 行 E 列）：为空',
      en: 'sheet "表1", cell E6 (row 6, column E): is empty',
    });
    expect(b?.message).toEqual({ zh: '表1!第 6 行：缺少', en: 'sheet "表1", row 6: missing' });
  });

  it('other paths are left as they are', () => {
    const i = issue(['scale'], '无效', 'invalid');
    expect(located([i], base)).toEqual([i]);
    const noCell = { ...base, budget: { adjusted: 1, executed: 1 } };
    const j = issue(['budget', 'adjusted'], '为零', 'zero');
    expect(located([j], noCell)).toEqual([j]);
  });
});

describe('located: what it leaves alone', () => {
  const issue = (path: (string | number)[], zh: string, en: string) =>
    makeIssue('invalid_input', path, { zh, en });
  it('a row with a place but no cells: the field is named, nothing throws', () => {
    expect(rowLabel(base, 2, 'zh', 'actual')).toBe('第 13 行「时效」');
    expect(
      located([issue(['rows', 2, 'target'], '无法识别', 'cannot read')], base)[0]?.message,
    ).toEqual({
      zh: '第 13 行「时效」的年度指标值：无法识别',
      en: 'row 13 "时效", target: cannot read',
    });
  });
  it('paths that are not a row of the table stay as they are', () => {
    for (const path of [
      ['rows', 'x'],
      ['rows', 99, 'actual'],
      ['scale', 0],
      ['scale', 1],
      ['x', 1, 'actual'],
      ['rows'],
    ]) {
      const i = issue(path, '问题', 'problem');
      expect(located([i], base)).toEqual([i]);
    }
  });
  it('every mention of the row in a message is replaced', () => {
    const [a] = located([issue(['rows', 0], 'rows[0] 与 rows[0]', 'rows[0] and rows[0]')], base);
    expect(a?.message.zh).toBe('第 1 行「培训人次」 与 第 1 行「培训人次」');
  });
});
