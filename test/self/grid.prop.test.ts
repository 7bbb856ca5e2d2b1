import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  JixiaoError,
  safeDecodeTableText,
  safeReadSelfEvaluationCsv,
  safeReadSelfEvaluationGrid,
  scoreSelfEvaluation,
  type CellRange,
  type GridTable,
  type SafeResult,
} from '../../src/index.js';
import { runs } from '../setup/props.js';

/** Cells such as real 自评表 hold: headers of every layout, labels, numbers, targets, notes. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    '',
    '',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '指标性质',
    '指标值',
    '度量单位',
    '年初目标值(A)',
    '全年实际值',
    '指标权重',
    '评分标准',
    '自评得分',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '年度资金总额',
    '其中：当年财政拨款',
    '总分',
    '合计',
    '优',
    '产出指标(50分)',
    '★培训人次',
    '其中：女性',
    '≥95%',
    '≤30万元',
    '12月底前',
    '2023年11月',
    '达成年度指标',
    '—',
    '项目名称',
    '（2023年度）',
  ),
  fc.integer({ min: 0, max: 200 }).map(String),
  fc.string({ maxLength: 6 }),
);
const grid = fc
  .tuple(
    fc.array(fc.array(cell, { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 14 }),
    fc.array(
      fc
        .tuple(fc.nat(14), fc.nat(9), fc.nat(3), fc.nat(3))
        .map(([r, c, h, w]): CellRange => ({ s: { r, c }, e: { r: r + h, c: c + w } })),
      { maxLength: 4 },
    ),
  )
  .map(([cells, merges]) => ({ name: 'S', cells, merges }));

// Whatever the grid, the reader answers with a table or with issues naming the sheet; a table it
// reads is scored or refused with a JixiaoError, never a crash.
test.prop([grid], { numRuns: runs(400) })('any grid: a table or issues, never a throw', (g) => {
  const r = safeReadSelfEvaluationGrid(g);
  if (!r.success) {
    expect(r.error).toBeInstanceOf(JixiaoError);
    expect(r.error.issues.length).toBeGreaterThan(0);
    for (const i of r.error.issues) expect(['S', 'layout']).toContain(i.path[0]);
    return;
  }
  try {
    scoreSelfEvaluation(r.data.table);
  } catch (e) {
    expect(e).toBeInstanceOf(JixiaoError);
  }
});

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

// A grid without merges written as CSV reads the same as the grid itself, but for one thing the CSV
// reader does on purpose: a leading apostrophe before = + - @ (the guard a CSV writer puts before a
// cell a spreadsheet would run as a formula, as renderFilledCsv does) is dropped.
const unguarded = (c: string) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c);
/** A reading: the table and what it published, or every issue. */
const reading = (r: SafeResult<GridTable>) =>
  r.success ? { ok: true, value: r.data } : { ok: false, issues: r.error.issues };
test.prop([grid], { numRuns: runs(300) })('CSV of a grid reads as the grid', (g) => {
  const plain = { name: 'S', cells: g.cells.map((row) => row.map((c) => c.replace(/\r/g, ''))) };
  const width = Math.max(...plain.cells.map((r) => r.length));
  const text = plain.cells
    .map((r) => Array.from({ length: width }, (_, c) => csvField(r[c] ?? '')).join(','))
    .join('\r\n');
  const direct = safeReadSelfEvaluationGrid(
    {
      ...plain,
      cells: plain.cells.map((r) => Array.from({ length: width }, (_, c) => unguarded(r[c] ?? ''))),
    },
    { extraCells: 'error' },
  );
  expect(reading(safeReadSelfEvaluationCsv(text, { name: 'S' }))).toEqual(reading(direct));
});

// Bytes: any bytes decode or are refused, never a throw; UTF-8 text comes back as it was.
test.prop([fc.uint8Array({ maxLength: 64 })], { numRuns: runs(500) })(
  'safeDecodeTableText: any bytes, a text or issues, never a throw',
  (bytes) => {
    const r = safeDecodeTableText(bytes);
    expect(r.success || r.error.issues.length > 0).toBe(true);
  },
);
test.prop([fc.string({ unit: 'grapheme', maxLength: 40 })], { numRuns: runs(300) })(
  'decodeTableText: UTF-8 text comes back as it was',
  (text) => {
    const clean = text.replaceAll('\u0000', '').replace(/^\uFEFF/, '');
    const bytes = new TextEncoder().encode(clean);
    // A text that starts like a ZIP, an OLE file or a PDF is refused as one, by design.
    if (clean.startsWith('PK\u0003\u0004') || clean.startsWith('%PDF')) return;
    expect(safeDecodeTableText(bytes)).toEqual({
      success: true,
      data: { text: clean, encoding: 'utf-8' },
    });
  },
);

/** A 湖北 table: one goal label over `n` rows that print no 分值, some printing points in their names. */
const hubei = (goal: string, named: (string | null)[]) => ({
  name: 'S',
  cells: [
    [`年度绩效目标1(${goal}分)`, '一级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
    ...named.map((p, k) => [
      '',
      '产出指标',
      p === null ? `指标${k}甲` : `指标${k}甲(${p}分)`,
      '≥1个',
      '1个',
      '',
    ]),
  ],
});
const amount = (lo: number, hi: number) =>
  fc
    .integer({ min: lo, max: hi })
    .map((n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`);

test.prop(
  [
    amount(100, 20_000),
    fc.array(fc.option(amount(1, 300), { nil: null, freq: 3 }), { minLength: 1, maxLength: 30 }),
  ],
  { numRuns: runs(300) },
)(
  'shared weights add up to the label exactly, differ by at most a cent, never below one',
  (goal, named) => {
    const r = safeReadSelfEvaluationGrid(hubei(goal, named), { unprintedWeights: 'equal' });
    const printed = named.reduce((s, p) => s + (p === null ? 0 : Math.round(Number(p) * 100)), 0);
    const left = Math.round(Number(goal) * 100) - printed;
    const shared = named.filter((p) => p === null).length;
    if (shared === 0 || left < shared) {
      // Nothing to share, or not a cent a row: read as printed, or a problem at the goal's first shared row.
      expect(r.success).toBe(shared === 0);
      return;
    }
    if (!r.success) throw r.error;
    const rows = r.data.table.rows as readonly { weight: string; weightFrom?: string }[];
    const cents = rows
      .filter((x) => x.weightFrom !== undefined)
      .map((x) => Math.round(Number(x.weight) * 100));
    expect(cents).toHaveLength(shared);
    expect(cents.reduce((s, c) => s + c, 0)).toBe(left);
    expect(Math.max(...cents) - Math.min(...cents)).toBeLessThanOrEqual(1);
    expect([...cents].sort((a, b) => b - a)).toEqual(cents);
    expect(
      rows.every((x) => x.weightFrom === undefined || x.weightFrom === `年度绩效目标1(${goal}分)`),
    ).toBe(true);
  },
);
