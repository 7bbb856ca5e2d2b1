/**
 * `jixiao/xlsx`: the cell styles of the workbooks it writes. The package is unzipped (SheetJS's CFB
 * reads ZIP files) and its `xl/styles.xml` and sheets read: the stylesheet has the borders and fills,
 * a cell that needs a 偏差原因 is highlighted, a figure keeps its number format inside a border, the
 * blank cells of the table are written with their borders, rows of wrapped text are high enough,
 * the workbook reads back cell for cell, and the same sheets give the same bytes whatever the clock
 * says and whatever was written before.
 */
import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zipParts } from './zip.js';
import { fillSelfEvaluation, type SelfEvaluationTableInput } from '../../src/index.js';
import { readWorkbook, writeFilledWorkbook, writeWorkbook } from '../../src/xlsx.js';

const langfang = JSON.parse(
  readFileSync(new URL('../../examples/tables/langfang-2019.json', import.meta.url), 'utf8'),
) as SelfEvaluationTableInput;

/** A table whose funds and one row need a 偏差原因, and have none. */
const unexplained: SelfEvaluationTableInput = {
  year: 2024,
  project: '培训项目',
  budget: { adjusted: 100, executed: 80 },
  rows: [
    { l1: '产出指标', l2: '数量指标', l3: '培训', target: '≥10次', actual: '8次', weight: 45 },
    { l1: '产出指标', l2: '质量指标', l3: '合格率', target: '100%', actual: '100%', weight: 45 },
  ],
};

const attr = (xml: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(xml)?.[1];

/** The stylesheet and one sheet of a workbook, and what each cell looks like. */
function look(bytes: Uint8Array, sheet = 1) {
  const p = zipParts(bytes);
  const styles = p.get('xl/styles.xml') ?? '';
  const xml = p.get(`xl/worksheets/sheet${sheet}.xml`) ?? '';
  const list = (tag: string, item: string): string[] =>
    (new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(styles)?.[1] ?? '').match(
      new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g'),
    ) ?? [];
  const fonts = list('fonts', 'font');
  const fills = list('fills', 'fill');
  const borders = list('borders', 'border');
  const xfs = list('cellXfs', 'xf');
  const formats = new Map(
    list('numFmts', 'numFmt').map((f) => [attr(f, 'numFmtId'), attr(f, 'formatCode')]),
  );
  const BUILT_IN: Record<string, string> = {
    '0': 'General',
    '1': '0',
    '2': '0.00',
    '3': '#,##0',
    '4': '#,##0.00',
    '9': '0%',
    '10': '0.00%',
  };
  /** A cell's element, or undefined when the sheet has none at that address. */
  const element = (ref: string): string | undefined =>
    new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0];
  const cell = (ref: string) => {
    const c = element(ref);
    if (c === undefined) return undefined;
    const xf = xfs[Number(attr(c.slice(0, c.indexOf('>')), 's') ?? '0')] ?? '';
    const id = attr(xf, 'numFmtId') ?? '0';
    return {
      format: formats.get(id) ?? BUILT_IN[id] ?? `#${id}`,
      bold: (fonts[Number(attr(xf, 'fontId'))] ?? '').includes('<b/>'),
      size: attr(fonts[Number(attr(xf, 'fontId'))] ?? '', 'val'),
      fill: /rgb="(\w+)"/.exec(fills[Number(attr(xf, 'fillId'))] ?? '')?.[1],
      border: (borders[Number(attr(xf, 'borderId'))] ?? '').includes('<left style="thin">'),
      horizontal: attr(xf, 'horizontal'),
      vertical: attr(xf, 'vertical'),
      wrap: attr(xf, 'wrapText') === '1',
    };
  };
  const height = (row: number): number | undefined => {
    const r = new RegExp(`<row r="${row}"[^>]*>`).exec(xml)?.[0] ?? '';
    const ht = attr(r, 'ht');
    return ht === undefined ? undefined : Number(ht);
  };
  return { styles, xml, fonts, fills, borders, xfs, formats, element, cell, height };
}

/** The dates (DOS time and date) of each ZIP entry, from the local file headers. */
function entryDates(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dates: number[] = [];
  for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
    dates.push(view.getUint32(at + 10, true));
    // The header (30 bytes), the name, the extra field, then the compressed data.
    const size = view.getUint32(at + 18, true);
    at += 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + size;
  }
  return dates;
}

describe('writeWorkbook: the stylesheet', () => {
  it('has normal, bold and title fonts, the two required fills, a header and a highlight fill, and a thin border', () => {
    const { fonts, fills, borders, styles } = look(writeFilledWorkbook([langfang]));
    expect(fonts).toHaveLength(3);
    expect(fonts.filter((f) => f.includes('<b/>'))).toHaveLength(2);
    expect(fills[0]).toContain('patternType="none"');
    expect(fills[1]).toContain('patternType="gray125"');
    expect(fills.slice(2).every((f) => f.includes('patternType="solid"'))).toBe(true);
    expect(fills).toHaveLength(4);
    expect(borders[0]).toBe('<border><left/><right/><top/><bottom/><diagonal/></border>');
    for (const side of ['left', 'right', 'top', 'bottom'])
      expect(borders[1]).toContain(`<${side} style="thin">`);
    // The parts in the order the schema requires them.
    const order = ['<fonts', '<fills', '<borders', '<cellStyleXfs', '<cellXfs', '<cellStyles'];
    expect(order.map((t) => styles.indexOf(t))).toEqual(
      [...order.map((t) => styles.indexOf(t))].sort((a, b) => a - b),
    );
    expect(order.every((t) => styles.includes(t))).toBe(true);
  });

  it('keeps the look of a sheet without styles: number formats only, no border, no fill', () => {
    const { cell, xfs } = look(writeWorkbook([{ name: 'a', cells: [['x', '1.50', '86.20%']] }]));
    expect(cell('A1')).toMatchObject({ format: 'General', border: false, fill: undefined });
    expect(cell('B1')).toMatchObject({ format: '0.00', border: false, fill: undefined });
    expect(cell('C1')).toMatchObject({ format: '0.00%', border: false, bold: false });
    expect(xfs[0]).toBe('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  });
});

describe('writeFilledWorkbook: the look of the printed form', () => {
  it('highlights each cell where a 偏差原因 is due and missing, and no other', () => {
    const filled = fillSelfEvaluation(unexplained);
    expect(filled.needsExplanation.length).toBe(2);
    const { cell, element } = look(writeFilledWorkbook([filled]));
    const highlight = cell(filled.needsExplanation[0]!)?.fill;
    expect(highlight).toMatch(/^FF/);
    for (const at of filled.needsExplanation) {
      expect(element(at)).toBeDefined();
      expect(cell(at)).toMatchObject({ fill: highlight, border: true });
    }
    // The 执行率 (80.00%) keeps its format under the highlight.
    const rate = filled.needsExplanation.find((at) => at.startsWith('G'));
    expect(rate && cell(rate)?.format).toBe('0.00%');
    const others = filled.grid.cells.flatMap((row, r) =>
      row.map((_, c) => XLSX.utils.encode_cell({ r, c })),
    );
    const highlighted = others.filter((at) => cell(at)?.fill === highlight);
    expect(highlighted.sort()).toEqual([...filled.needsExplanation].sort());
  });

  it('a figure keeps its number format inside a border, centred', () => {
    const filled = fillSelfEvaluation(langfang);
    const { cell } = look(writeFilledWorkbook([filled]));
    const cells = filled.grid.cells;
    const header = cells.findIndex((r) => r[0] === '一级指标');
    // 得分 of the first indicator row: "8.62"; 分值 "10"; the funds' 全年预算数 "43.2".
    expect(cells[header + 1]?.[6]).toBe('8.62');
    expect(cell(`G${header + 2}`)).toMatchObject({
      format: '0.00',
      border: true,
      horizontal: 'center',
      vertical: 'center',
    });
    expect(cell(`F${header + 2}`)).toMatchObject({ format: 'General', border: true });
    const funds = cells.findIndex((r) => r[1] === '年度资金总额');
    expect(cells[funds]?.[3]).toBe('43.2');
    expect(cell(`D${funds + 1}`)).toMatchObject({ format: '0.0', border: true });
  });

  it('writes the blank cells of the table, with their borders; the title and year have none', () => {
    const filled = fillSelfEvaluation(langfang);
    const { cell, element } = look(writeFilledWorkbook([filled]));
    const cells = filled.grid.cells;
    const top = cells.findIndex((r) => r[0] === '项目名称');
    let blanks = 0;
    cells.forEach((row, r) => {
      row.forEach((text, c) => {
        const at = XLSX.utils.encode_cell({ r, c });
        if (r < top) {
          expect(cell(at)?.border ?? false).toBe(false);
          return;
        }
        expect(element(at), at).toBeDefined();
        expect(cell(at)?.border, at).toBe(true);
        if (text === '') blanks++;
      });
    });
    expect(blanks).toBeGreaterThan(20);
    // A blank cell under a merged group label, and one in the empty 扣分说明 column.
    expect(element(`A${cells.findIndex((r) => r[2] === '工程完工率') + 1}`)).toMatch(/\/>$/);
    expect(cell('A1')).toMatchObject({ bold: true, size: '16', horizontal: 'center' });
    expect(cell('A2')).toMatchObject({ bold: false, border: false, horizontal: 'center' });
  });

  it('headers bold on a fill, text wrapped, group labels centred both ways, the 总分 row bold', () => {
    const filled = fillSelfEvaluation(langfang);
    const { cell } = look(writeFilledWorkbook([filled]));
    const cells = filled.grid.cells;
    const header = cells.findIndex((r) => r[0] === '一级指标') + 1;
    const total = cells.findIndex((r) => r[0] === '总分') + 1;
    for (const col of 'ABCDEFGHI')
      expect(cell(`${col}${header}`)).toMatchObject({ bold: true, border: true, wrap: true });
    expect(cell(`A${header}`)?.fill).toMatch(/^FF/);
    expect(cell(`A${header}`)?.fill).not.toBe(cell(filled.needsExplanation[0]!)?.fill);
    expect(cell(`A${header + 1}`)).toMatchObject({ horizontal: 'center', vertical: 'center' });
    expect(cell(`H${header + 1}`)).toMatchObject({ wrap: true, vertical: 'center', bold: false });
    expect(cell(`H${header + 1}`)?.horizontal).toBeUndefined();
    expect(cell(`G${total}`)).toMatchObject({ bold: true, border: true, format: '0.00' });
    expect(cell(`A${total}`)).toMatchObject({ bold: true, border: true });
  });

  it('makes a row of wrapped text high enough for its lines', () => {
    const filled = fillSelfEvaluation(langfang);
    const { height } = look(writeFilledWorkbook([filled]));
    const cells = filled.grid.cells;
    // The first indicator row has a 偏差原因 of 31 characters in a 40-character column: 2 lines.
    const long = cells.findIndex((r) => (r[7] ?? '').length > 25) + 1;
    const short = cells.findIndex((r) => r[2] === '工程完工率') + 1;
    expect(height(long)).toBeGreaterThanOrEqual(2 * 16);
    expect(height(short)).toBeGreaterThan(15);
    expect(height(short)).toBeLessThan(height(long)!);
    // A row without styled cells keeps the default height.
    expect(look(writeWorkbook([{ name: 'a', cells: [['x'.repeat(200)]] }])).height(1)).toBe(
      undefined,
    );
  });

  it('reads back cell for cell, with its merges', () => {
    for (const table of [langfang, unexplained]) {
      const filled = fillSelfEvaluation(table);
      const [back] = readWorkbook(writeFilledWorkbook([filled]));
      expect(back?.cells).toEqual(filled.grid.cells);
      const key = (m: { s: { r: number; c: number } }) => m.s.r * 100 + m.s.c;
      expect([...(back?.merges ?? [])].sort((a, b) => key(a) - key(b))).toEqual(
        [...filled.grid.merges].sort((a, b) => key(a) - key(b)),
      );
    }
  });

  it('styles each sheet of several by its own table', () => {
    const a = fillSelfEvaluation(langfang);
    const b = fillSelfEvaluation(unexplained);
    const bytes = writeFilledWorkbook([a, b]);
    const second = look(bytes, 2);
    for (const at of b.needsExplanation) expect(second.cell(at)?.fill).toMatch(/^FF/);
    const first = look(bytes, 1);
    const hl = second.cell(b.needsExplanation[0]!)?.fill;
    const firstHighlighted = a.grid.cells
      .flatMap((row, r) => row.map((_, c) => XLSX.utils.encode_cell({ r, c })))
      .filter((at) => first.cell(at)?.fill === hl);
    expect(firstHighlighted.sort()).toEqual([...a.needsExplanation].sort());
  });
});

describe('writeWorkbook: cell styles given by the caller', () => {
  it('styles the cells named, writes the blank ones, and leaves the others as they were', () => {
    const { cell, element } = look(
      writeWorkbook([
        {
          name: 's',
          cells: [
            ['标题', '', ''],
            ['43.20', '1,200', ''],
            ['x', '', ''],
          ],
          styles: { A1: 'title', A2: 'center', B2: 'highlight', C2: 'cell', A3: 'total' },
        },
      ]),
    );
    expect(cell('A1')).toMatchObject({ bold: true, border: false });
    expect(cell('A2')).toMatchObject({ format: '0.00', border: true, horizontal: 'center' });
    expect(cell('B2')).toMatchObject({ format: '#,##0', border: true });
    expect(cell('B2')?.fill).toMatch(/^FF/);
    expect(element('C2')).toMatch(/^<c r="C2" s="\d+"\/>$/);
    expect(cell('C2')).toMatchObject({ border: true, wrap: true });
    expect(cell('A3')).toMatchObject({ bold: true, border: true });
    expect(element('B3')).toBeUndefined();
  });

  it('refuses an unknown style, or a style outside the sheet', () => {
    const cells = [['a', 'b']];
    expect(() => writeWorkbook([{ name: 's', cells, styles: { A1: 'bold' as never } }])).toThrow(
      /sheets/,
    );
    expect(() => writeWorkbook([{ name: 's', cells, styles: { C1: 'cell' } }])).toThrow(/sheets/);
    expect(() => writeWorkbook([{ name: 's', cells, styles: { A2: 'cell' } }])).toThrow(/sheets/);
    expect(() => writeWorkbook([{ name: 's', cells, styles: { a1: 'cell' } }])).toThrow(/sheets/);
    expect(() => writeWorkbook([{ name: 's', cells: [] }])).not.toThrow();
  });
});

describe('writeWorkbook: the same sheets give the same bytes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('whatever the clock says: the ZIP entries carry no date', () => {
    const first = writeFilledWorkbook([langfang]);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    const second = writeFilledWorkbook([langfang]);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const dates = entryDates(first);
    expect(dates.length).toBeGreaterThanOrEqual(8);
    expect(dates.every((d) => d === 0)).toBe(true);
  });

  it('whatever was written before: number formats are numbered by the cells that use them', () => {
    const sheet = { name: 'a', cells: [['2.000', '1.5', '3,000.0', '0.00%']] };
    const before = writeWorkbook([sheet]);
    // SheetJS numbers each new format after all those it has met in the process.
    writeWorkbook([{ name: 'b', cells: [['1.0000', '5.00000', '7.000000%', '12,345.0000']] }]);
    const after = writeWorkbook([sheet]);
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
    const { formats, cell } = look(after);
    expect([...formats]).toEqual([
      ['164', '0.000'],
      ['165', '0.0'],
      ['166', '#,##0.0'],
    ]);
    expect(['A1', 'B1', 'C1', 'D1'].map((at) => cell(at)?.format)).toEqual([
      '0.000',
      '0.0',
      '#,##0.0',
      '0.00%',
    ]);
    expect(readWorkbook(after)[0]?.cells).toEqual(sheet.cells);
  });
});
