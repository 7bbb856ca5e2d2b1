import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { JixiaoError, scoreSelfEvaluation } from '../../src/index.js';
import {
  readSelfEvaluationWorkbook,
  readWorkbook,
  safeReadSelfEvaluationWorkbook,
  safeReadWorkbook,
} from '../../src/xlsx.js';
import { issuesOf } from '../helpers.js';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
const sheet = (rows: unknown[][]) => XLSX.utils.aoa_to_sheet(rows);
const book = (sheets: [string, XLSX.WorkSheet][], hidden: string[] = []) => {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  wb.Workbook = {
    Sheets: wb.SheetNames.map((name) => ({ name, Hidden: hidden.includes(name) ? 1 : 0 })),
  };
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
};

describe('readWorkbook', () => {
  it('reads cells as displayed, at their own addresses, with merges', () => {
    const ws = sheet([['标题'], [], ['一级指标', 0.95]]);
    ws.B3 = { t: 'n', v: 0.95, z: '0%' };
    ws['!merges'] = [XLSX.utils.decode_range('A1:B1')];
    const bytes = book([['表一', ws]]);
    const r = readWorkbook(bytes);
    expect(r).toEqual([
      {
        name: '表一',
        cells: [
          ['标题', ''],
          ['', ''],
          ['一级指标', '95%'],
        ],
        merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }],
      },
    ]);
    expect(safeReadWorkbook(bytes)).toEqual({ success: true, data: r });
  });
  it('refuses what is not a workbook, and what is not bytes', () => {
    expect(safeReadWorkbook(Uint8Array.from([1, 2, 3, 4])).success).toBe(false);
    expect(safeReadWorkbook('x' as unknown as Uint8Array).success).toBe(false);
    for (const bad of [Uint8Array.from([1, 2, 3, 4]), 'x' as unknown as Uint8Array]) {
      const r = safeReadWorkbook(bad);
      expect(r.success ? [] : r.error.issues).toEqual(issuesOf(() => readWorkbook(bad)));
      expect(issuesOf(() => readWorkbook(bad)).map((i) => [i.code, i.path])).toEqual([
        ['invalid_input', ['file']],
      ]);
    }
  });
});

describe('readSelfEvaluationWorkbook', () => {
  const table = (name: string) =>
    sheet([
      ['项目名称', name],
      HEADER,
      ['预算执行率', '', '', '100', '100', '10', '10'],
      ['产出指标', '数量指标', '培训人次', '≥500人次', '526人次', '90', '90'],
    ]);
  it('a workbook of several sheets is several tables; hidden and empty sheets are left out', () => {
    const r = readSelfEvaluationWorkbook(
      book(
        [
          ['项目A', table('项目A')],
          ['说明', sheet([])],
          ['隐藏', table('隐藏')],
          ['项目B', table('项目B')],
        ],
        ['隐藏'],
      ),
    );
    expect(r.map((s) => s.sheet)).toEqual(['项目A', '项目B']);
    for (const s of r) {
      if (!s.success) throw new Error('sheet unreadable');
      const score = scoreSelfEvaluation(s.data.table);
      expect([s.data.table.project, score.total]).toEqual([s.sheet, '100.00']);
    }
  });
  it('a sheet that is no 自评表 is reported with its reason; the others are still read', () => {
    const r = readSelfEvaluationWorkbook(
      book([
        ['封面', sheet([['2023年度绩效自评']])],
        ['表', table('x')],
      ]),
    );
    expect(r.map((s) => [s.sheet, s.success])).toEqual([
      ['封面', false],
      ['表', true],
    ]);
    const cover = r[0];
    if (cover?.success !== false) throw new Error('the cover was read');
    expect(cover.error).toBeInstanceOf(JixiaoError);
    expect(cover.error.issues.length).toBeGreaterThan(0);
  });
  it('a file that is no workbook throws; safeReadSelfEvaluationWorkbook returns the error', () => {
    const bytes = Uint8Array.from([1, 2, 3, 4]);
    const thrown = issuesOf(() => readSelfEvaluationWorkbook(bytes));
    expect(thrown.map((i) => [i.code, i.path])).toEqual([['invalid_input', ['file']]]);
    const r = safeReadSelfEvaluationWorkbook(bytes);
    expect(r.success ? [] : r.error.issues).toEqual(thrown);
    const ok = safeReadSelfEvaluationWorkbook(book([['表', table('x')]]));
    expect(ok.success && ok.data.map((s) => [s.sheet, s.success])).toEqual([['表', true]]);
  });
});
