/**
 * Spreadsheets (.xlsx, .xlsm, .xls, WPS .et, .ods) to grids, through SheetJS (`@e965/xlsx`, the
 * registry build of SheetJS 0.20.3; see docs/decisions.md). Cells are read as Excel displays them
 * ("95%", not 0.95), at their own addresses, with merged ranges; hidden sheets are left out. Kept
 * behind `jixiao/xlsx` and the command line: the core entry never loads it.
 */
import * as XLSX from '@e965/xlsx';
import { JixiaoError } from '../errors/JixiaoError.js';
import { makeIssue, type Issue } from '../errors/issue.js';
import { orThrow, safely, type SafeResult } from '../errors/safe.js';
import { gridOptionIssues, readGridTable, type GridOptions, type GridTable } from '../self/grid.js';
import type { CellRange, Grid } from './grid.js';

/**
 * The most rows and columns read from one sheet (a 自评表 has dozens).
 *
 * @example
 * ```ts
 * MAX_SHEET_ROWS; // 5000
 * ```
 * @category Files
 */
export const MAX_SHEET_ROWS = 5000;
/**
 * The most columns read from one sheet.
 *
 * @example
 * ```ts
 * MAX_SHEET_COLUMNS; // 200
 * ```
 * @category Files
 */
export const MAX_SHEET_COLUMNS = 200;

/**
 * The most bytes a workbook may have (a zip this large is not a 自评表).
 *
 * @example
 * ```ts
 * MAX_WORKBOOK_BYTES / 1024 / 1024; // 64 (MB)
 * ```
 * @category Files
 */
export const MAX_WORKBOOK_BYTES = 64 * 1024 * 1024;

/**
 * Reads the visible sheets of a workbook as grids (internal reading, collecting its issues).
 *
 * @param bytes - the file's bytes
 * @returns the sheets, or the problem
 * @example
 * ```ts
 * readGrids(bytes).ok; // true
 * ```
 */
export function readGrids(
  bytes: Uint8Array,
): { ok: true; value: Grid[] } | { ok: false; issues: Issue[] } {
  const fail = (zh: string, en: string) => ({
    ok: false as const,
    issues: [makeIssue('invalid_input', ['file'], { zh, en })],
  });
  if (!(bytes instanceof Uint8Array)) {
    return fail(
      '工作簿应为字节（Uint8Array / Buffer）',
      'a workbook must be bytes (a Uint8Array or Buffer)',
    );
  }
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    return fail(
      `工作簿超过 ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB，不像一张自评表`,
      `the workbook is over ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB: not a self-evaluation table`,
    );
  }
  // SheetJS reads any bytes as some sheet (text as CSV, HTML as a table): only a ZIP (.xlsx, .xlsm,
  // .ods) or a compound file (.xls, WPS .et) is a workbook here; text goes to the CSV reader.
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const cfb = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (!zip && !cfb) {
    return fail(
      '不是 Excel/WPS 工作簿（.xlsx、.xlsm、.xls、.et）；CSV 请用 readSelfEvaluationCsv 读取',
      'not an Excel/WPS workbook (.xlsx, .xlsm, .xls, .et); read CSV with readSelfEvaluationCsv',
    );
  }
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      WTF: false,
    });
  } catch (e) {
    const why = e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200);
    return fail(
      `不是可读取的 Excel/WPS 工作簿（${why}）`,
      `not a readable Excel/WPS workbook (${why})`,
    );
  }
  const grids: Grid[] = [];
  const hidden = new Set(
    (wb.Workbook?.Sheets ?? []).filter((s) => (s.Hidden ?? 0) !== 0).map((s) => s.name),
  );
  for (const name of wb.SheetNames) {
    if (hidden.has(name)) continue;
    const ws = wb.Sheets[name];
    if (!ws?.['!ref']) {
      grids.push({ name, cells: [] });
      continue;
    }
    const range = XLSX.utils.decode_range(ws['!ref']);
    if (range.e.r >= MAX_SHEET_ROWS || range.e.c >= MAX_SHEET_COLUMNS) {
      return fail(
        `工作表“${name}”超过 ${MAX_SHEET_ROWS} 行或 ${MAX_SHEET_COLUMNS} 列，不像一张自评表`,
        `sheet "${name}" has more than ${MAX_SHEET_ROWS} rows or ${MAX_SHEET_COLUMNS} columns: not a self-evaluation table`,
      );
    }
    // Rows and columns from A1, so that every cell keeps the name Excel shows.
    const cells: string[][] = [];
    for (let r = 0; r <= range.e.r; r++) {
      const row: string[] = [];
      for (let c = 0; c <= range.e.c; c++) {
        const cell: XLSX.CellObject | undefined =
          r < range.s.r || c < range.s.c
            ? undefined
            : (ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined);
        row.push(cellText(cell));
      }
      cells.push(row);
    }
    const merges: CellRange[] = (ws['!merges'] ?? []).map((m) => ({
      s: { r: m.s.r, c: m.s.c },
      e: { r: m.e.r, c: m.e.c },
    }));
    grids.push({ name, cells, merges });
  }
  return { ok: true, value: grids };
}

/** A cell as displayed: its formatted text, else its value; errors and blanks are "". */
function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.t === 'e' || cell.t === 'z') return '';
  if (typeof cell.w === 'string') return cell.w;
  if (cell.v === undefined) return '';
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return String(cell.v);
}

/** One sheet's reading, internal shape. @internal */
export type SheetRead =
  | { readonly sheet: string; readonly ok: true; readonly value: GridTable }
  | { readonly sheet: string; readonly ok: false; readonly issues: Issue[] };

/**
 * One sheet's reading: its name, and its table or the `JixiaoError` saying why it is none.
 *
 * @example
 * ```ts
 * const line = (s: SheetReading) => (s.success ? `${s.sheet}: ${s.data.layout}` : `${s.sheet}: ${s.error.message}`);
 * ```
 * @category Files
 */
export type SheetReading = { readonly sheet: string } & SafeResult<GridTable>;

/**
 * Reads every 自评表 of a workbook (internal reading, collecting its issues).
 *
 * @param bytes - the file's bytes
 * @param options - layouts
 * @returns one reading per non-empty sheet, or the problem with the file itself
 * @example
 * ```ts
 * readWorkbookTables(bytes).ok; // true
 * ```
 */
export function readWorkbookTables(
  bytes: Uint8Array,
  options: GridOptions = {},
): { ok: true; value: SheetRead[] } | { ok: false; issues: Issue[] } {
  const wb = readGrids(bytes);
  if (!wb.ok) return wb;
  // The options are checked once here, not once a sheet.
  const optionIssues = gridOptionIssues(options);
  if (optionIssues.length > 0) return { ok: false, issues: optionIssues };
  const out: SheetRead[] = [];
  for (const grid of wb.value) {
    if (!grid.cells.some((row) => row.some((c) => c.trim() !== ''))) continue;
    const r = readGridTable(grid, options);
    out.push(
      r.ok
        ? { sheet: grid.name, ok: true, value: r.value }
        : { sheet: grid.name, ok: false, issues: r.issues },
    );
  }
  if (out.length === 0) {
    return {
      ok: false,
      issues: [
        makeIssue('invalid_input', ['file'], {
          zh: '工作簿中没有非空的工作表',
          en: 'the workbook has no sheet with content',
        }),
      ],
    };
  }
  return { ok: true, value: out };
}

/**
 * Reads the visible sheets of a workbook (.xlsx, .xlsm, .xls, WPS .et, .ods) as grids of the cell
 * texts Excel shows ("95%", "43.20"), merged ranges kept.
 *
 * @param bytes - the file's bytes
 * @returns the sheets
 * @throws `JixiaoError` `invalid_input` at `["file"]`: not a workbook, too large, a sheet too large
 * @example
 * ```ts
 * for (const g of readWorkbook(readFileSync('自评表.xlsx'))) console.log(g.name, g.cells.length);
 * ```
 * @category Files
 */
export function readWorkbook(bytes: Uint8Array): Grid[] {
  return orThrow(readGrids(bytes));
}

/**
 * Reads the visible sheets of a workbook without throwing.
 *
 * @param bytes - the file's bytes
 * @returns `{ success: true, data }` (the sheets) or `{ success: false, error }`
 * @example
 * ```ts
 * safeReadWorkbook(new Uint8Array([1, 2, 3])).success; // false
 * ```
 * @category Files
 */
export function safeReadWorkbook(bytes: Uint8Array): SafeResult<Grid[]> {
  return safely(() => readWorkbook(bytes));
}

/**
 * Reads every 自评表 of a workbook: each visible sheet is one table, or the reason it is none (empty
 * sheets are left out).
 *
 * @param bytes - the file's bytes
 * @param options - extra layouts, or the one layout to use
 * @returns one reading per non-empty sheet (`{ sheet, success, data | error }`)
 * @throws `JixiaoError` for the file itself: not a workbook, no sheet with content, bad options
 * @example
 * ```ts
 * for (const s of readSelfEvaluationWorkbook(readFileSync('自评表.xlsx')))
 *   if (s.success) scoreSelfEvaluation(s.data.table);
 * ```
 * @category Files
 */
export function readSelfEvaluationWorkbook(
  bytes: Uint8Array,
  options: GridOptions = {},
): SheetReading[] {
  return orThrow(readWorkbookTables(bytes, options)).map((s): SheetReading =>
    s.ok
      ? { sheet: s.sheet, success: true, data: s.value }
      : { sheet: s.sheet, success: false, error: errorOf(s.issues) },
  );
}

/**
 * Reads every 自评表 of a workbook without throwing.
 *
 * @param bytes - the file's bytes
 * @param options - extra layouts, or the one layout to use
 * @returns `{ success: true, data }` (one reading per sheet) or `{ success: false, error }` (the file)
 * @example
 * ```ts
 * const r = safeReadSelfEvaluationWorkbook(readFileSync('自评表.xlsx'));
 * if (r.success) for (const s of r.data) if (s.success) scoreSelfEvaluation(s.data.table);
 * ```
 * @category Files
 */
export function safeReadSelfEvaluationWorkbook(
  bytes: Uint8Array,
  options: GridOptions = {},
): SafeResult<SheetReading[]> {
  return safely(() => readSelfEvaluationWorkbook(bytes, options));
}

/** The error of a sheet's issues (at least one). */
function errorOf(issues: readonly Issue[]): JixiaoError {
  const [first, ...rest] = issues;
  return new JixiaoError(
    first
      ? [first, ...rest]
      : [makeIssue('invalid_input', [], { zh: '无法读取', en: 'unreadable' })],
  );
}
