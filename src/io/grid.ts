/**
 * A sheet as a grid of cell texts — what every table file becomes before it is read as a 自评表:
 * an `.xlsx` sheet, a CSV file, or a table typed by hand. Cells hold the text as displayed
 * ("95%", "43.20"), rows and columns count from 0 here and from 1 / "A" where users see them.
 */
import * as z from 'zod/mini';
import { argumentError, stringArgument } from '../errors/arguments.js';

/**
 * A merged range, 0-based and inclusive.
 *
 * @category Files
 */
export interface CellRange {
  readonly s: { readonly r: number; readonly c: number };
  readonly e: { readonly r: number; readonly c: number };
}

/**
 * One sheet: its name, its cells row by row (as displayed) and its merged ranges.
 *
 * @category Files
 */
export interface Grid {
  readonly name: string;
  readonly cells: readonly (readonly string[])[];
  readonly merges?: readonly CellRange[];
}

const Index = z.number().check(z.int()).check(z.gte(0)).check(z.lte(10_000_000));
const Corner = z.strictObject({ r: Index, c: Index });

/** A grid as a JavaScript caller may pass it: checked before it is read. */
export const GridSchema = z.strictObject({
  name: z.string().check(z.minLength(1)).check(z.maxLength(200)),
  cells: z
    .array(z.array(z.string().check(z.maxLength(32_000))).check(z.maxLength(500)))
    .check(z.maxLength(20_000)),
  merges: z.optional(z.array(z.strictObject({ s: Corner, e: Corner })).check(z.maxLength(10_000))),
});

const indexArgument = (value: unknown, name: string): number => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10_000_000)
    throw argumentError(name, { zh: '0 及以上的整数', en: 'a whole number from 0' }, value);
  return value;
};

/**
 * The column letters of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA".
 *
 * @param c - the column index
 * @returns its letters
 * @example
 * ```ts
 * columnName(4); // "E"
 * ```
 * @category Files
 */
export function columnName(c: number): string {
  let n = indexArgument(c, 'c') + 1;
  let out = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A cell's name as users see it: "E12" for row 11, column 4 (0-based).
 *
 * @param r - the row index
 * @param c - the column index
 * @returns the A1 name
 * @example
 * ```ts
 * cellName(11, 4); // "E12"
 * ```
 * @category Files
 */
export function cellName(r: number, c: number): string {
  return `${columnName(c)}${indexArgument(r, 'r') + 1}`;
}

/**
 * Reads an A1 range ("A1:C3", or one cell "B2") into 0-based bounds.
 *
 * @param text - the range
 * @returns the range, or `null` when it is not one
 * @example
 * ```ts
 * parseRange('A2:A5'); // { s: { r: 1, c: 0 }, e: { r: 4, c: 0 } }
 * ```
 * @category Files
 */
export function parseRange(text: string): CellRange | null {
  const m = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/.exec(
    stringArgument(text, 'text').trim().toUpperCase(),
  );
  if (!m?.[1] || !m[2]) return null;
  const col = (letters: string): number =>
    Array.from(letters).reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const s = { r: Number(m[2]) - 1, c: col(m[1]) };
  const e = m[3] && m[4] ? { r: Number(m[4]) - 1, c: col(m[3]) } : s;
  if (s.r < 0 || e.r < s.r || e.c < s.c) return null;
  return { s, e };
}

/** The most cells a merged range may fill (a sheet-wide merge is a file's mistake, not a layout). */
const MAX_FILL = 200_000;

/**
 * The grid's cells with every merged range filled with its top-left text, as a reader sees a
 * merged 一级指标 on each of its rows. Ranges beyond the cells are clipped.
 *
 * @param grid - a sheet
 * @returns a new array of rows, every row as long as the widest
 * @example
 * ```ts
 * filledCells({ name: 's', cells: [['产出指标'], ['']], merges: [parseRange('A1:A2')!] });
 * // [["产出指标"], ["产出指标"]]
 * ```
 * @category Files
 */
export function filledCells(grid: Grid): string[][] {
  if (!GridSchema.safeParse(grid).success)
    throw argumentError(
      'grid',
      { zh: '工作表 { name, cells, merges? }', en: 'a sheet { name, cells, merges? }' },
      grid,
    );
  const width = grid.cells.reduce((w, r) => Math.max(w, r.length), 0);
  const rows = grid.cells.map((r) => {
    const out = new Array<string>(width).fill('');
    r.forEach((v, c) => {
      out[c] = typeof v === 'string' ? v : '';
    });
    return out;
  });
  let filled = 0;
  for (const m of grid.merges ?? []) {
    const top = rows[m.s.r]?.[m.s.c] ?? '';
    for (let r = m.s.r; r <= Math.min(m.e.r, rows.length - 1); r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = m.s.c; c <= Math.min(m.e.c, width - 1); c++) {
        if (++filled > MAX_FILL) return rows;
        row[c] = top;
      }
    }
  }
  return rows;
}
