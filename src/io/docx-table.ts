/**
 * Tables of the `.docx` report: a grid of cell texts with its merged ranges becomes a Word table
 * whose merged cells are merged (`w:gridSpan` across, `w:vMerge` down) — the filled 自评表 as the
 * national form prints it, or the score table of an evaluation by indicator.
 */
import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Evaluation } from '../engine/types.js';
import { WORDS, gradeName, scoreGroups, type Locale } from '../report/model.js';
import type { CellRange, Grid } from './grid.js';
import { cellName } from './grid.js';

/** A grid to lay out as a Word table, and how. */
export interface TableGrid {
  readonly cells: readonly (readonly string[])[];
  readonly merges: readonly CellRange[];
  /** Relative widths of the columns. */
  readonly widths: readonly number[];
  /** Rows set as headers (bold, shaded); the first of them repeats on each page when it is row 0. */
  readonly headers: readonly number[];
  /** Rows set in bold: subtotals and the total. */
  readonly strong?: readonly number[];
  /** Cells (A1 names) to shade, with the text to put in them when they are empty. */
  readonly marked?: ReadonlyMap<string, string>;
}

/** Text Word can hold, on lines: the caller's cleaning, per line. */
export type Clean = (text: string) => string;

// eslint-disable-next-line no-control-regex -- the line breaks a reader takes as such (as escape.ts)
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/;
const NUMBER = /^[-+]?[\d,]+(?:\.\d+)?%?$|^—$/;
const TABLE_SIZE = 18; // half-points: 9 pt

/** Each cell's span, and which cells a merge covers; a merge that overlaps an earlier one or leaves the grid is ignored. */
function spans(
  cells: TableGrid['cells'],
  merges: TableGrid['merges'],
  width: number,
): { span: Map<string, { rows: number; cols: number }>; covered: Set<string> } {
  const span = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of merges) {
    const { s, e } = m;
    if (e.r < s.r || e.c < s.c || e.r >= cells.length || e.c >= width) continue;
    const keys: string[] = [];
    for (let r = s.r; r <= e.r; r++) for (let c = s.c; c <= e.c; c++) keys.push(`${r},${c}`);
    if (keys.some((k) => covered.has(k) || span.has(k))) continue;
    span.set(`${s.r},${s.c}`, { rows: e.r - s.r + 1, cols: e.c - s.c + 1 });
    keys.slice(1).forEach((k) => covered.add(k));
  }
  return { span, covered };
}

/**
 * A grid as a Word table of a given total width: merged ranges merged, header rows bold and shaded,
 * figures centred, marked cells shaded (and filled with their placeholder when empty).
 *
 * @param grid - the cells, merges, column widths, header rows and marked cells
 * @param total - the table's width in twentieths of a point
 * @param clean - makes a line of text safe for the document
 * @returns the table
 * @example
 * ```ts
 * gridTable({ cells: [['总分', '97.24']], merges: [], widths: [1, 1], headers: [] }, 9000, (s) => s);
 * ```
 */
export function gridTable(grid: TableGrid, total: number, clean: Clean): Table {
  const width = grid.cells.reduce((w, r) => Math.max(w, r.length), 0);
  const weights = Array.from({ length: width }, (_, c) => grid.widths[c] ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const columns = weights.map((w) => Math.floor((w / sum) * total));
  const { span, covered } = spans(grid.cells, grid.merges, width);
  const headers = new Set(grid.headers);
  const strong = new Set(grid.strong);
  const rows = grid.cells.map((row, r) => {
    const children: TableCell[] = [];
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const s = span.get(`${r},${c}`) ?? { rows: 1, cols: 1 };
      const mark = grid.marked?.get(cellName(r, c));
      const given = row[c] ?? '';
      const text = given === '' && mark !== undefined ? mark : given;
      const head = headers.has(r);
      // A line across the whole table above the headers is a title line of the form.
      const title = s.cols === width && r < Math.min(...grid.headers, Infinity) && c === 0;
      const centred = head || title || NUMBER.test(text.trim());
      // Typed apart: as an argument of TextRun, `bold` would be read as String.prototype.bold.
      const run = (line: string): IRunOptions => ({
        text: line,
        bold: head || strong.has(r) || (title && r === 0),
        size: title && r === 0 ? 24 : TABLE_SIZE,
      });
      children.push(
        new TableCell({
          children: text.split(LINE_BREAK).map(
            (line) =>
              new Paragraph({
                alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
                // Single-spaced, whatever the body's spacing: the form is dense, as printed.
                spacing: { line: 240, before: 0, after: 0 },
                children: [new TextRun(run(clean(line)))],
              }),
          ),
          ...(s.cols > 1 ? { columnSpan: s.cols } : {}),
          ...(s.rows > 1 ? { rowSpan: s.rows } : {}),
          width: {
            size: columns.slice(c, c + s.cols).reduce((a, b) => a + b, 0),
            type: WidthType.DXA,
          },
          verticalAlign: VerticalAlignTable.CENTER,
          ...(head || mark !== undefined
            ? {
                shading: {
                  type: ShadingType.CLEAR,
                  color: 'auto',
                  fill: head ? 'F2F2F2' : 'FFF2CC',
                },
              }
            : {}),
        }),
      );
    }
    return new TableRow({ children, cantSplit: true, tableHeader: r === 0 && headers.has(0) });
  });
  return new Table({
    rows,
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    margins: { top: 30, bottom: 30, left: 70, right: 70 },
  });
}

/**
 * The score table of an evaluation as a grid: 一级 / 二级 / 三级 / 分值 / 得分 / 扣分原因, a 一级 cell
 * merged down its rows, a 二级 cell down the rows it shares, a subtotal per 一级, and the total with
 * the grade.
 *
 * @param evaluation - the result of `evaluate` (checked by the caller)
 * @param locale - the language of headings and reasons
 * @returns the grid, its widths and its header row
 * @example
 * ```ts
 * scoreGrid(evaluate(builtinFramework('department2013'), data), 'zh').cells[0]?.[0]; // "一级指标"
 * ```
 */
export function scoreGrid(evaluation: Evaluation, locale: Locale): TableGrid {
  const w = WORDS[locale];
  const cells: string[][] = [[...w.head]];
  const merges: CellRange[] = [];
  const strong: number[] = [];
  const merge = (r0: number, c0: number, r1: number, c1: number): void => {
    if (r1 > r0 || c1 > c0) merges.push({ s: { r: r0, c: c0 }, e: { r: r1, c: c1 } });
  };
  for (const group of scoreGroups(evaluation, locale)) {
    const first = cells.length;
    let l2Start = first;
    group.rows.forEach((r, i) => {
      const prev = group.rows[i - 1];
      if (i > 0 && prev?.l2 !== r.l2) {
        merge(l2Start, 1, cells.length - 1, 1);
        l2Start = cells.length;
      }
      const points = r.status === 'notApplicable' ? '—' : r.points;
      cells.push([
        i === 0 ? r.l1 : '',
        prev?.l2 === r.l2 ? '' : r.l2,
        r.l3,
        r.weight,
        points,
        r.reason,
      ]);
    });
    merge(l2Start, 1, cells.length - 1, 1);
    merge(first, 0, cells.length - 1, 0);
    cells.push([`${group.name} ${w.subtotal}`, '', '', group.node.weight, group.node.points, '']);
    merge(cells.length - 1, 0, cells.length - 1, 2);
    strong.push(cells.length - 1);
  }
  cells.push([
    w.total,
    '',
    '',
    evaluation.max,
    evaluation.total,
    `${w.grade}${locale === 'zh' ? '：' : ': '}${gradeName(evaluation, locale)}`,
  ]);
  merge(cells.length - 1, 0, cells.length - 1, 2);
  strong.push(cells.length - 1);
  return { cells, merges, widths: [10, 12, 22, 7, 7, 42], headers: [0], strong };
}

/**
 * The filled 自评表 as a grid to lay out: its cells and merges, widths for the national form's nine
 * columns, its header row, and the cells where a 偏差原因 is due (shaded, with a placeholder).
 *
 * @param grid - the filled form's grid
 * @param needsExplanation - the cells to mark (A1 names)
 * @param placeholder - the text for an empty marked cell
 * @returns the grid to lay out
 * @example
 * ```ts
 * const f = fillSelfEvaluation(table);
 * formGrid(f.grid, f.needsExplanation, '【待补充：偏差原因】');
 * ```
 */
export function formGrid(
  grid: Grid,
  needsExplanation: readonly string[],
  placeholder: string,
): TableGrid {
  const header = grid.cells.findIndex((r) => r[0] === '一级指标' && r[2] === '三级指标');
  const total = grid.cells.findIndex((r) => r[0] === '总分');
  return {
    cells: grid.cells,
    merges: grid.merges ?? [],
    widths: [8, 10, 16, 12, 12, 8, 8, 14, 15],
    headers: header >= 0 ? [header] : [],
    strong: total >= 0 ? [total] : [],
    marked: new Map(needsExplanation.map((at) => [at, placeholder])),
  };
}
