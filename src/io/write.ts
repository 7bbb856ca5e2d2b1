/**
 * Writing workbooks (behind `jixiao/xlsx`): grids of displayed cells become sheets whose figures are
 * numbers formatted to show exactly as written ("43.20", "86.20%", "1,200"), with their merged
 * ranges and, when asked, the borders, fills and alignment of a printed form, so that Excel, WPS and
 * LibreOffice show the table as printed and the readers read it back cell for cell.
 */
import * as XLSX from '@e965/xlsx';
import * as z from 'zod/mini';
import { argumentError } from '../errors/arguments.js';
import { displayWidth } from '../report/width.js';
import { FILLED_HEADERS, fillSelfEvaluation, type FilledTable } from '../self/filled.js';
import type { SelfEvaluationOptionsInput, SelfEvaluationTableInput } from '../self/schema.js';
import { GridSchema, type Grid } from './grid.js';
import {
  CELL_STYLES,
  rowHeights,
  styleWorkbook,
  type CellStyle,
  type CellStyles,
} from './xlsx-styles.js';

export { CELL_STYLES, type CellStyle, type CellStyles } from './xlsx-styles.js';

/** A figure as a spreadsheet stores it: the number, and the format that shows it as written. */
function numberCell(text: string): XLSX.CellObject | null {
  const m = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/.exec(text);
  if (!m) return null;
  const [, sign = '', int = '', frac = '', pct = ''] = m;
  const whole = int.replace(/,/g, '');
  // Only figures a spreadsheet holds as numbers: no leading zeros, at most 15 digits.
  if (/^0\d/.test(whole) || (whole + frac).length > 15) return null;
  // A percentage is stored as its share: the decimal point moved two places, in the text.
  const digits = pct ? shiftLeft2(whole, frac) : `${whole}${frac ? `.${frac}` : ''}`;
  const places = frac.length;
  const body = `${int.includes(',') ? '#,##0' : '0'}${places ? `.${'0'.repeat(places)}` : ''}`;
  const z = pct ? `${body}%` : places || int.includes(',') ? body : 'General';
  return { t: 'n', v: Number(`${sign}${digits}`), z };
}

/** "86" "20" → "0.8620": the share a percentage stands for, as decimal text. */
function shiftLeft2(whole: string, frac: string): string {
  const padded = whole.padStart(3, '0');
  return `${padded.slice(0, -2)}.${padded.slice(-2)}${frac}`;
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the book. */
function sheetName(name: string, used: Set<string>): string {
  // Excel refuses []:*?/\ in a name, a name over 31 characters, one that starts or ends with an
  // apostrophe, and "History" (its own); a project's or a table's name may be any of these.
  const cut = name
    .replace(/[[\]:*?/\\]/g, '_')
    .slice(0, 31)
    .replace(/^'+|'+$/g, '');
  const base = cut === '' ? 'Sheet' : cut.toLowerCase() === 'history' ? `${cut}_` : cut;
  let out = base;
  const taken = (n: string) => used.has(n.toLowerCase()) || n.endsWith("'");
  for (let k = 2; taken(out); k++) out = `${base.slice(0, 31 - String(k).length - 1)}_${k}`;
  used.add(out.toLowerCase());
  return out;
}

/** A column shows at most this many characters (a Chinese character counts two); longer text is cut on screen. */
const MAX_COLUMN = 40;

/**
 * Column widths that show each column's widest line, from 6 to {@link MAX_COLUMN} characters. The
 * text of a merge across columns (a title, a project name) is left out: it has the merged width.
 */
function columnWidths(grid: Grid, width: number): XLSX.ColInfo[] {
  const across = new Set(
    (grid.merges ?? []).filter((m) => m.e.c > m.s.c).map((m) => `${m.s.r},${m.s.c}`),
  );
  const widths = new Array<number>(width).fill(0);
  grid.cells.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text === '' || across.has(`${r},${c}`)) return;
      // Only the first characters matter: the width stops at MAX_COLUMN.
      for (const line of text.slice(0, 2 * MAX_COLUMN).split(/\r\n|[\n\r]/))
        widths[c] = Math.max(widths[c] ?? 0, displayWidth(line));
    });
  });
  return widths.map((w) => ({ wch: Math.min(MAX_COLUMN, Math.max(6, w + 2)) }));
}

/**
 * Notes on cells, by sheet name and cell ("G12").
 *
 * @category Files
 */
export type CellNotes = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * A sheet to write: a grid, and optionally the style of its cells by their role, by cell ("H12").
 *
 * @category Files
 */
export interface StyledGrid extends Grid {
  readonly styles?: CellStyles;
}

/** A cell's name, "A1" to "XFD1048576". */
const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

const SheetSchema = z.extend(GridSchema, {
  styles: z.optional(z.record(z.string().check(z.regex(CELL)), z.enum(CELL_STYLES))),
});

/** Notes by sheet name and cell: text, at most what a cell holds. */
const NotesSchema = z.record(
  z.string(),
  z.record(z.string().check(z.regex(CELL)), z.string().check(z.maxLength(32767))),
);

/** Whether every styled cell lies in the grid (its rows, and its widest row's columns). */
function stylesInside(grid: StyledGrid, width: number): boolean {
  return Object.keys(grid.styles ?? {}).every((at) => {
    const { r, c } = XLSX.utils.decode_cell(at);
    return r < grid.cells.length && c < width;
  });
}

/**
 * Writes grids as an .xlsx workbook, a sheet each: figures as formatted numbers, everything else
 * as text (never a formula), merged ranges merged, notes as cell comments (hidden until pointed at),
 * each column as wide as its widest value (up to 40 characters), and each styled cell in the style of
 * its role ({@link CELL_STYLES}: borders, fills, bold, centred or wrapped text; a styled blank cell is
 * written, so that it has its borders), and each styled row as high as its wrapped text needs. The
 * same sheets give the same bytes.
 *
 * @param sheets - the grids (a name, cells as displayed, merged ranges, cell styles by cell)
 * @param notes - comments to attach, by sheet name and cell
 * @returns the workbook's bytes
 * @throws JixiaoError when a sheet is not a grid
 * @example
 * ```ts
 * const bytes = writeWorkbook([{ name: '自评表', cells: [['总分', '97.24']] }]);
 * readWorkbook(bytes); // one sheet, "总分" | "97.24"
 * ```
 * @category Files
 */
export function writeWorkbook(sheets: readonly StyledGrid[], notes: CellNotes = {}): Uint8Array {
  if (!NotesSchema.safeParse(notes).success)
    throw argumentError(
      'notes',
      {
        zh: '按工作表名与单元格（如 "G12"）给出的批注文字',
        en: 'note texts by sheet name and cell (such as "G12")',
      },
      notes,
    );
  const given: unknown = sheets;
  if (
    !Array.isArray(given) ||
    given.length === 0 ||
    !given.every(
      (s: StyledGrid) =>
        SheetSchema.safeParse(s).success &&
        stylesInside(
          s,
          s.cells.reduce((w, r) => Math.max(w, r.length), 0),
        ),
    )
  )
    throw argumentError(
      'sheets',
      {
        zh: '至少一个工作表 { name, cells, merges?, styles? }（styles 只含表内的单元格）',
        en: 'one or more sheets { name, cells, merges?, styles? } (styles of cells in the sheet)',
      },
      sheets,
    );
  const book = XLSX.utils.book_new();
  const used = new Set<string>();
  for (const grid of sheets) {
    const width = grid.cells.reduce((w, r) => Math.max(w, r.length), 0);
    const rows = grid.cells.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
    const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((v) => (v === '' ? null : v))));
    rows.forEach((r, ri) => {
      r.forEach((v, ci) => {
        const cell = numberCell(v);
        if (cell) ws[XLSX.utils.encode_cell({ r: ri, c: ci })] = cell;
      });
    });
    if (grid.merges && grid.merges.length > 0) ws['!merges'] = grid.merges.map((m) => ({ ...m }));
    // Each column as wide as its values, so that they are not cut short; text wider still wraps in
    // a styled cell, and its row is made as high as the lines need.
    const cols = width > 0 ? columnWidths(grid, width) : [];
    if (width > 0) ws['!cols'] = cols;
    const heights = rowHeights(
      rows,
      grid.merges ?? [],
      cols.map((c) => c.wch ?? 8),
      grid.styles ?? {},
    );
    if (heights.some((h) => h !== undefined)) {
      const info: XLSX.RowInfo[] = [];
      heights.forEach((h, r) => {
        if (h !== undefined) info[r] = { hpt: h };
      });
      ws['!rows'] = info;
    }
    for (const [at, text] of Object.entries(notes[grid.name] ?? {})) {
      const cell = (ws[at] ??= { t: 's', v: '' }) as XLSX.CellObject;
      // Hidden until pointed at, as Excel shows notes: a note shown open would cover the cells beside it.
      cell.c = Object.assign([{ a: 'jixiao', t: text }], { hidden: true });
    }
    XLSX.utils.book_append_sheet(book, ws, sheetName(grid.name, used));
  }
  // A fixed date: the same table gives the same bytes.
  book.Props = { CreatedDate: new Date('2000-01-01T00:00:00Z') };
  const written = new Uint8Array(
    XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as ArrayBuffer,
  );
  // SheetJS Community Edition writes no cell styles: they are written into its package after it.
  return styleWorkbook(
    written,
    sheets.map((s) => s.styles ?? {}),
  );
}

/**
 * The filled 自评表 as an .xlsx workbook: each table a sheet in the national form (得分, 执行率, 总分 and
 * 评价等级 filled, what each row lost in 扣分说明), and a comment on each cell where a 偏差原因 is due and
 * missing. Reading it back (`readSelfEvaluationWorkbook`) and scoring gives the same result.
 *
 * @param tables - self-evaluation tables (as `scoreSelfEvaluation` takes them), or filled tables
 * @param options - the scoring options
 * @returns the workbook's bytes
 * @throws JixiaoError listing the problems of a table
 * @example
 * ```ts
 * writeFileSync('自评表-已评分.xlsx', writeFilledWorkbook([table]));
 * ```
 * @category Files
 */
export function writeFilledWorkbook(
  tables: readonly (SelfEvaluationTableInput | FilledTable)[],
  options?: SelfEvaluationOptionsInput,
): Uint8Array {
  if (!Array.isArray(tables) || tables.length === 0)
    throw argumentError('tables', { zh: '至少一张自评表', en: 'one or more tables' }, tables);
  const filled = tables.map((t, k) => {
    if (!isFilled(t)) return fillSelfEvaluation(t as never, options);
    // Made by fillSelfEvaluation, or by a caller who built one: its parts must be what they say.
    if (!FilledSchema.safeParse(t).success)
      throw argumentError(
        `tables[${k}]`,
        {
          zh: 'fillSelfEvaluation 的结果或一张自评表',
          en: 'a result of fillSelfEvaluation, or a table',
        },
        t,
      );
    return t;
  });
  const used = new Set<string>();
  const notes: Record<string, Record<string, string>> = {};
  const sheets = filled.map((f, k) => {
    const name = sheetName(f.result.project ?? f.result.unit ?? `自评表${k + 1}`, used);
    notes[name] = Object.fromEntries(
      f.needsExplanation.map((at) => [at, '需填写偏差原因 / a 偏差原因 is required']),
    );
    return { ...f.grid, name, styles: filledStyles(f) };
  });
  return writeWorkbook(sheets, notes);
}

/**
 * The look of the filled form, by cell: the title large and bold, the year under it centred, the
 * table bordered (headers bold on a fill, figures and group labels centred, text wrapped), the 总分 row
 * bold, and each cell where a 偏差原因 is due and missing highlighted.
 */
function filledStyles(f: FilledTable): Record<string, CellStyle> {
  const { cells, merges } = f.grid;
  const width = cells.reduce((w, r) => Math.max(w, r.length), 0);
  const styles: Record<string, CellStyle> = {};
  const set = (r: number, c: number, style: CellStyle): void => {
    styles[XLSX.utils.encode_cell({ r, c })] = style;
  };
  const header = cells.findIndex((row) => FILLED_HEADERS.every((h, c) => row[c] === h));
  const total = cells.findIndex((row, r) => r > header && header >= 0 && row[0] === '总分');
  // Above the table: the title, and the lines merged across the whole width under it.
  let top = 0;
  const acrossAll = (r: number): boolean =>
    merges.some((m) => m.s.r === r && m.e.r === r && m.s.c === 0 && m.e.c >= width - 1);
  for (; top < cells.length && (top === 0 || acrossAll(top)); top++)
    for (let c = 0; c < width; c++) set(top, c, top === 0 ? 'title' : 'caption');
  for (let r = top; r < cells.length; r++) {
    const row = cells[r] ?? [];
    for (let c = 0; c < width; c++) {
      const text = row[c] ?? '';
      const figure = numberCell(text) !== null || text === '—';
      let style: CellStyle;
      if (r === header || (r < header && (row[0] ?? '').startsWith('项目资金'))) style = 'header';
      else if (r === total) style = 'total';
      else if (r < header && row[0] === '年度总体目标') style = c === 0 ? 'center' : 'header';
      else if (r > header && (total < 0 || r < total))
        // The indicator rows: group labels and figures centred, 三级指标 and the notes as text.
        style = c === 2 || c >= 7 ? 'cell' : 'center';
      else style = c === 0 || figure ? 'center' : 'cell';
      set(r, c, style);
    }
  }
  for (const at of f.needsExplanation) styles[at] = 'highlight';
  return styles;
}

function isFilled(value: unknown): value is FilledTable {
  const v = value as Partial<FilledTable> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.grid === 'object' &&
    typeof v.result === 'object'
  );
}

/** What a filled table needs to be written: its grid, the cells to highlight, its names. */
const FilledSchema = z.object({
  grid: GridSchema,
  needsExplanation: z.array(z.string().check(z.regex(CELL))),
  result: z.object({ project: z.nullable(z.string()), unit: z.nullable(z.string()) }),
});
