/* eslint-disable @typescript-eslint/no-explicit-any -- results compared field by field */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  csvRecords,
  fillSelfEvaluation,
  parseRange,
  readSelfEvaluationCsv,
  readSelfEvaluationGrid,
  renderFilledCsv,
  safeReadSelfEvaluationGrid,
  safeScoreSelfEvaluation,
  scoreSelfEvaluation,
  type SelfEvaluationResult,
  type SelfEvaluationTableInput,
} from '../../src/index.js';
import {
  readSelfEvaluationWorkbook,
  readWorkbook,
  writeFilledWorkbook,
  writeWorkbook,
} from '../../src/xlsx.js';

const TABLES = new URL('../fixtures/tables/', import.meta.url);
const EXAMPLES = new URL('../../examples/tables/', import.meta.url);

/** What a result says, without where its rows were read from. */
const said = (r: SelfEvaluationResult) => ({
  kind: r.kind,
  unit: r.unit,
  project: r.project,
  year: r.year,
  budget: r.budget,
  // A weight given as a JSON number reads back as the same decimal string.
  // The filled form prints every 分值: a weight shared out of a goal's label is printed like any other.
  rows: r.rows.map(({ at: _at, weightFrom: _from, ...row }) => ({
    ...row,
    weight: String(row.weight),
    // The 101号 columns { op, value, unit } are one 年度指标值 in the national form.
    target: typeof row.target === 'object' ? row.parsed?.target.text : row.target,
    flags: row.flags.filter((f) => f.code !== 'weightShared'),
  })),
  total: r.total,
  grade: r.grade,
  findings: r.findings,
  // Their messages name the cells each table was read from; a 得分 the unit typed that differs from
  // the rules' (points_differ) is gone once the form is filled with the rules' points.
  warnings: r.warnings
    .map((w) => w.code)
    .filter((c) => c !== 'points_differ' && c !== 'weights_shared'),
});

/** Every real table that scores, and the examples. */
function tables(): [string, SelfEvaluationTableInput][] {
  const out: [string, SelfEvaluationTableInput][] = [];
  for (const f of readdirSync(TABLES).filter((x) => x.endsWith('.json'))) {
    const fx = JSON.parse(readFileSync(new URL(f, TABLES), 'utf8')) as {
      sheet: string;
      cells: string[][];
      merges: string[];
    };
    const grid = {
      name: fx.sheet,
      cells: fx.cells,
      merges: fx.merges.map((m: string) => parseRange(m)!),
    };
    const r = safeReadSelfEvaluationGrid(grid, { unprintedWeights: 'equal' });
    if (r.success && safeScoreSelfEvaluation(r.data.table).success) out.push([f, r.data.table]);
  }
  for (const f of readdirSync(EXAMPLES).filter((x) => x.endsWith('.json'))) {
    const t = JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8')) as SelfEvaluationTableInput;
    if (safeScoreSelfEvaluation(t).success) out.push([f, t]);
  }
  return out;
}

describe('the filled 自评表', () => {
  it('covers real tables of several layouts', () => {
    expect(tables().length).toBeGreaterThanOrEqual(7);
  });

  it.each(tables())('%s: filled, read back and scored, gives the same result', (_f, table) => {
    const filled = fillSelfEvaluation(table);
    const back = readSelfEvaluationGrid(filled.grid);
    expect(back.layout).toBe('national2020');
    expect(said(scoreSelfEvaluation(back.table as never))).toEqual(said(filled.result));
    // What it printed is what the rules give.
    expect(back.published.total).toBe(filled.result.total);
    expect(back.published.rows).toEqual(filled.result.rows.map((r) => r.points));
    // And as CSV, through the CSV reader.
    const csv = readSelfEvaluationCsv(renderFilledCsv(filled));
    expect(said(scoreSelfEvaluation(csv.table as never))).toEqual(said(filled.result));
  });

  it('fills 得分, 执行率, 总分 and the grade, and says what each row lost', () => {
    const table = JSON.parse(
      readFileSync(new URL('langfang-2019.json', EXAMPLES), 'utf8'),
    ) as SelfEvaluationTableInput;
    const f = fillSelfEvaluation(table);
    const rows = f.grid.cells.map((r) => r.join('|'));
    expect(rows[0]).toMatch(/^.*自评表/);
    expect(
      rows.some((r) => r.startsWith('|年度资金总额|') && r.includes(f.result.budget!.ratePercent)),
    ).toBe(true);
    expect(rows.at(-1)?.startsWith('总分|')).toBe(true);
    expect(f.grid.cells.at(-1)?.slice(5, 8)).toEqual([
      f.result.evaluation.max,
      f.result.total,
      f.result.evaluation.gradeLabel.zh,
    ]);
    const lost = f.result.rows.findIndex((r) => r.lost !== '0.00');
    if (lost >= 0) expect(rows.some((r) => r.split('|')[8]?.includes('扣'))).toBe(true);
  });

  it('CSV cells never start a formula, and read back without the guard', () => {
    const table = {
      budget: { adjusted: 100, executed: 100 },
      rows: [
        {
          l1: '=HYPERLINK("x")',
          l3: '+培训',
          target: '=8个',
          actual: '8个',
          weight: 90,
          note: '@备注',
        },
      ],
    };
    const f = fillSelfEvaluation(table);
    const csv = renderFilledCsv(f);
    for (const cell of csvRecords(csv).flat()) expect(cell).not.toMatch(/^[=+\-@]/);
    const back = readSelfEvaluationCsv(csv);
    expect((back.table.rows as any[])[0]).toMatchObject({
      l1: '=HYPERLINK("x")',
      l3: '+培训',
      target: '=8个',
      note: '@备注',
    });
  });

  it('lists the rows that need a 偏差原因 and have none', () => {
    const f = fillSelfEvaluation({
      budget: { adjusted: 100, executed: 80 },
      rows: [{ l1: '产出指标', l3: '培训', target: '≥10次', actual: '8次', weight: 90 }],
    });
    expect(f.needsExplanation.length).toBe(2);
  });

  it('checks its arguments', () => {
    expect(() => fillSelfEvaluation({ rows: 'x' } as never)).toThrow(/rows/);
    expect(() => renderFilledCsv({} as never)).toThrow(/fillSelfEvaluation/);
  });
});

describe('the filled 自评表 as a workbook', () => {
  it.each(tables())('%s: .xlsx → read → score gives the same result', (_f, table) => {
    const bytes = writeFilledWorkbook([table]);
    const [sheet] = readSelfEvaluationWorkbook(bytes);
    if (!sheet) throw new Error('no sheet');
    if (!sheet.success) throw sheet.error;
    expect(said(scoreSelfEvaluation(sheet.data.table as never))).toEqual(
      said(fillSelfEvaluation(table).result),
    );
    // The same table gives the same bytes.
    expect(Buffer.from(writeFilledWorkbook([table])).equals(Buffer.from(bytes))).toBe(true);
  });

  it('shows figures as written: numbers with their format, text as text, merges merged, notes as comments', () => {
    const bytes = writeWorkbook(
      [
        {
          name: 'a/b:c',
          cells: [
            ['43.20', '86.20%', '1,200', '007', '=SUM(A1)', '5.5%'],
            ['x', '', '', '', '', ''],
          ],
          merges: [{ s: { r: 1, c: 0 }, e: { r: 1, c: 2 } }],
        },
      ],
      { 'a/b:c': { A2: '说明' } },
    );
    const [g] = readWorkbook(bytes);
    expect(g?.name).toBe('a_b_c');
    expect(g?.cells[0]).toEqual(['43.20', '86.20%', '1,200', '007', '=SUM(A1)', '5.5%']);
    expect(g?.merges).toEqual([{ s: { r: 1, c: 0 }, e: { r: 1, c: 2 } }]);
    expect(() => writeWorkbook([])).toThrow(/sheets/);
    expect(() => writeFilledWorkbook([])).toThrow(/tables/);
  });
});
