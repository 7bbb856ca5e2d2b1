import { describe, expect, it } from 'vitest';
import {
  isJixiaoError,
  parseExpression,
  safeParseExpression,
  type SelfEvaluationTableInput,
} from '../../src/index.js';
import { readWorkbook } from '../../src/io/workbook.js';
import { writeFilledWorkbook, writeWorkbook } from '../../src/io/write.js';

const jixiaoError = (f: () => unknown): boolean => {
  try {
    f();
    return false;
  } catch (e) {
    return isJixiaoError(e);
  }
};

// Found in review: names Excel refuses, notes and filled tables of the wrong shape, and expression text
// that is no string all gave a plain Error or a TypeError rather than a JixiaoError.
describe('arguments of the writers and the expression parser', () => {
  it('writes a sheet named as Excel would refuse it, under a name it accepts', () => {
    const names = readWorkbook(
      writeWorkbook([
        { name: 'History', cells: [['a']] },
        { name: "'引号'", cells: [['b']] },
        { name: "x'", cells: [['c']] },
        { name: "'", cells: [['d']] },
      ]),
    ).map((g) => g.name);
    expect(names).toEqual(['History_', '引号', 'x', 'Sheet']);
    const table: SelfEvaluationTableInput = {
      project: "项目'",
      budget: { adjusted: 10, executed: 10 },
      rows: [{ l1: '产出指标', l3: 'a', target: '≥1个', actual: '1个', weight: 90 }],
    };
    expect(readWorkbook(writeFilledWorkbook([table])).map((g) => g.name)).toEqual(['项目']);
  });

  it('refuses notes that are not texts by cell, and filled tables that are not whole', () => {
    const sheet = { name: 'a', cells: [['x']] };
    for (const notes of [null, 'x', { a: { zz: 'note' } }, { a: { A1: 5 } }])
      expect(jixiaoError(() => writeWorkbook([sheet], notes as never))).toBe(true);
    for (const filled of [
      { grid: {}, result: {} },
      { grid: sheet, result: { project: null, unit: null } },
      { grid: sheet, result: {}, needsExplanation: ['A1'] },
    ])
      expect(jixiaoError(() => writeFilledWorkbook([filled as never]))).toBe(true);
  });

  it('parseExpression throws a JixiaoError for text that is no string or a path that is no path, and its twin never throws', () => {
    for (const src of [
      Object.create(null) as unknown,
      {
        toString: () => {
          throw new Error('x');
        },
      },
      5,
      null,
    ]) {
      expect(jixiaoError(() => parseExpression(src as never))).toBe(true);
      expect(safeParseExpression(src as never).success).toBe(false);
    }
    expect(jixiaoError(() => parseExpression('a +', 'x' as never))).toBe(true);
    const r = safeParseExpression('a +', ['metrics', 'rate']);
    expect(r.success || r.error.issues[0].path).toEqual(['metrics', 'rate']);
  });
});
