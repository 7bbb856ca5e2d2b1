/**
 * Writing workbooks (behind `jixiao/xlsx`): grids of displayed cells become sheets whose figures are
 * numbers formatted to show exactly as written ("43.20", "86.20%", "1,200"), with their merged
 * ranges, so that Excel, WPS and LibreOffice show the table as printed and the readers read it back
 * cell for cell.
 */
import * as XLSX from '@e965/xlsx';
import { argumentError } from '../errors/arguments.js';
import { fillSelfEvaluation, type FilledTable } from '../self/filled.js';
import { GridSchema, type Grid } from './grid.js';

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
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let out = base;
  for (let k = 2; used.has(out.toLowerCase()); k++)
    out = `${base.slice(0, 31 - String(k).length - 1)}_${k}`;
  used.add(out.toLowerCase());
  return out;
}

/** Notes on cells, by sheet name and cell ("G12"). */
export type CellNotes = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Writes grids as an .xlsx workbook, a sheet each: figures as formatted numbers, everything else
 * as text (never a formula), merged ranges merged, and notes as cell comments.
 *
 * @param sheets - the grids (a name, cells as displayed, merged ranges)
 * @param notes - comments to attach, by sheet name and cell
 * @returns the workbook's bytes
 * @throws JixiaoError when a sheet is not a grid
 * @example
 * ```ts
 * const bytes = writeWorkbook([{ name: '自评表', cells: [['总分', '97.24']] }]);
 * readWorkbook(bytes); // one sheet, "总分" | "97.24"
 * ```
 */
export function writeWorkbook(sheets: readonly Grid[], notes: CellNotes = {}): Uint8Array {
  const given: unknown = sheets;
  if (
    !Array.isArray(given) ||
    given.length === 0 ||
    !given.every((s) => GridSchema.safeParse(s).success)
  )
    throw argumentError(
      'sheets',
      {
        zh: '至少一个工作表 { name, cells, merges? }',
        en: 'one or more sheets { name, cells, merges? }',
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
    for (const [at, text] of Object.entries(notes[grid.name] ?? {})) {
      const cell = (ws[at] ??= { t: 's', v: '' }) as XLSX.CellObject;
      cell.c = [{ a: 'jixiao', t: text }];
    }
    XLSX.utils.book_append_sheet(book, ws, sheetName(grid.name, used));
  }
  // A fixed date: the same table gives the same bytes.
  book.Props = { CreatedDate: new Date('2000-01-01T00:00:00Z') };
  return new Uint8Array(
    XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as ArrayBuffer,
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
 */
export function writeFilledWorkbook(tables: readonly unknown[], options?: unknown): Uint8Array {
  if (!Array.isArray(tables) || tables.length === 0)
    throw argumentError('tables', { zh: '至少一张自评表', en: 'one or more tables' }, tables);
  const filled = tables.map((t) => (isFilled(t) ? t : fillSelfEvaluation(t, options)));
  const used = new Set<string>();
  const notes: Record<string, Record<string, string>> = {};
  const sheets = filled.map((f, k) => {
    const name = sheetName(f.result.project ?? f.result.unit ?? `自评表${k + 1}`, used);
    notes[name] = Object.fromEntries(
      f.needsExplanation.map((at) => [at, '需填写偏差原因 / a 偏差原因 is required']),
    );
    return { ...f.grid, name };
  });
  return writeWorkbook(sheets, notes);
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
