/**
 * 自评表 files for the command line: Excel and WPS workbooks (each visible sheet a table, read
 * through `jixiao/xlsx`, loaded only when such a file is given), and CSV in UTF-8, GBK/GB18030 or
 * UTF-16 (decoded by `decodeTableText`). JSON goes through the JSON readers.
 */
import { JixiaoError } from '../errors/JixiaoError.js';
import type { Issue } from '../errors/issue.js';
import { readTableText } from '../io/text.js';
import { readCsvTable } from '../self/csv.js';
import { gridOptionIssues, type GridOptions, type GridTable } from '../self/grid.js';
import { TABLE_LAYOUTS } from '../self/table-layouts.js';
import { parseJson } from './json.js';
import { decode } from './decode.js';
import { MAX_DOCUMENT, type CliIo } from './io.js';
import { asJixiaoError, emptyError, fileError } from './problems.js';
import { UsageError } from './output.js';

/** Extensions of workbooks. */
export const WORKBOOK = /\.(xlsx|xlsm|xls|et|ods)$/i;

/** A file's name without its folders, as a sheet name for a CSV file's messages. */
const baseName = (file: string): string =>
  file === '-' ? 'stdin' : (file.split(/[\\/]/).pop() ?? file);

/**
 * A whole file as bytes, refused when empty or larger than the io's limit.
 *
 * @param io - the io
 * @param file - a path or `-`
 * @returns the bytes
 * @throws JixiaoError naming the file
 * @example
 * ```ts
 * const bytes = await readBytes(io, '自评表.xlsx');
 * ```
 */
export async function readBytes(io: CliIo, file: string): Promise<Uint8Array> {
  const limit = io.maxDocument ?? MAX_DOCUMENT;
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of io.chunks(file)) {
      size += chunk.length;
      if (size > limit) {
        throw fileError(
          file,
          `超过 ${Math.floor(limit / 1024 / 1024)} MB，不像一张自评表`,
          `is over ${Math.floor(limit / 1024 / 1024)} MB: not a self-evaluation table`,
        );
      }
      parts.push(chunk);
    }
  } catch (e) {
    // A file-system error names the path, as every reader of the command line does.
    throw asJixiaoError(e, file);
  }
  if (size === 0) throw emptyError(file);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** One table of a file, or why a sheet is none. */
export interface FileTable {
  /** The file, and the sheet of a workbook ("自评表.xlsx!Sheet1"). */
  readonly name: string;
  readonly table?: GridTable;
  readonly error?: JixiaoError;
}

const asError = (issues: readonly Issue[], file: string): JixiaoError => {
  const [first, ...rest] = issues;
  return first ? new JixiaoError([first, ...rest]) : fileError(file, '无法读取', 'cannot be read');
};

/**
 * The tables of a workbook or CSV file: each sheet of a workbook, the one table of a CSV file.
 *
 * @param io - the io
 * @param file - a path (or `-` for CSV on standard input)
 * @param bytes - the file's bytes, when already read
 * @returns its tables, each with its name, or the reason a sheet is none
 * @throws JixiaoError naming the file when it cannot be read at all
 * @example
 * ```ts
 * for (const t of await readTables(io, '自评表.xlsx')) console.log(t.name);
 * ```
 */
export async function readTables(
  io: CliIo,
  file: string,
  bytes?: Uint8Array,
  options: GridOptions = {},
): Promise<FileTable[]> {
  const data = bytes ?? (await readBytes(io, file));
  if (
    WORKBOOK.test(file) ||
    (data[0] === 0x50 && data[1] === 0x4b) ||
    (data[0] === 0xd0 && data[1] === 0xcf)
  ) {
    // Loaded here, not at start: the spreadsheet library is for those who read spreadsheets.
    const { readWorkbookTables } = await import('../io/workbook.js');
    const book = readWorkbookTables(data, options);
    if (!book.ok) throw prefixed(asError(book.issues, file), file);
    return book.value.map((s) =>
      s.ok
        ? { name: `${file}!${s.sheet}`, table: s.value }
        : { name: `${file}!${s.sheet}`, error: prefixed(asError(s.issues, file), file) },
    );
  }
  const text = readTableText(data);
  if (!text.ok) throw prefixed(asError(text.issues, file), file);
  const r = readCsvTable(text.value.text, { ...options, name: baseName(file) });
  return [r.ok ? { name: file, table: r.value } : { name: file, error: asError(r.issues, file) }];
}

/** An error about a file's bytes, with the file named (the readers say "the file"). */
function prefixed(e: JixiaoError, file: string): JixiaoError {
  if (!e.issues.every((i) => i.path[0] === 'file')) return e;
  const [first, ...rest] = e.issues.map((i) => ({
    ...i,
    path: [],
    message: { zh: `${file}：${i.message.zh}`, en: `${file}: ${i.message.en}` },
  }));
  return first ? new JixiaoError([first, ...rest]) : e;
}

/**
 * The table under review: the table with the figures it published.
 *
 * @param g - a table read from a file
 * @param name - its label
 * @returns the table in the shape `auditSelfEvaluation` takes
 * @example
 * ```ts
 * auditSelfEvaluation(withPublished(table, '自评表.xlsx!Sheet1'));
 * ```
 */
export function withPublished(g: GridTable, name: string): Record<string, unknown> {
  const t = { id: name, ...g.table } as Record<string, unknown>;
  const p = g.published;
  const rows = (t.rows as Record<string, unknown>[]).map((r, i) =>
    p.rows[i] === undefined ? r : { ...r, publishedPoints: p.rows[i] },
  );
  const out: Record<string, unknown> = { ...t, rows };
  if (t.budget !== undefined) {
    const budget = { ...(t.budget as Record<string, unknown>) };
    if (p.budgetPoints !== undefined) budget.publishedPoints = p.budgetPoints;
    if (p.budgetRate !== undefined) budget.publishedRate = p.budgetRate;
    out.budget = budget;
  }
  if (p.total !== undefined) out.publishedTotal = p.total;
  if (p.grade !== undefined) out.publishedGrade = p.grade;
  return out;
}

/**
 * The reader's options from the command line: `--layout` (a built-in layout's id, or a JSON file of
 * one layout or an array of them, tried before the built-in ones) and `--unprinted-weights`.
 *
 * @param io - the io
 * @param value - the `--layout` value, if given
 * @param unprinted - the `--unprinted-weights` value, if given (`error` or `equal`)
 * @returns the reader options
 * @throws JixiaoError listing the problems of the layouts file; UsageError for another
 *   `--unprinted-weights`
 * @example
 * ```ts
 * const options = await layoutOption(io, 'county-layout.json', 'equal');
 * ```
 */
export async function layoutOption(
  io: CliIo,
  value: string | undefined,
  unprinted?: string,
): Promise<GridOptions> {
  if (unprinted !== undefined && unprinted !== 'error' && unprinted !== 'equal')
    throw new UsageError('--unprinted-weights must be error or equal');
  const weights: GridOptions = unprinted === undefined ? {} : { unprintedWeights: unprinted };
  if (value === undefined) return weights;
  if (TABLE_LAYOUTS.some((l) => l.id === value)) return { layout: value, ...weights };
  const json = parseJson(decode(await readBytes(io, value), value), value);
  const options = { ...weights, layouts: Array.isArray(json) ? json : [json] };
  const issues = gridOptionIssues(options);
  if (issues.length > 0) throw asError(issues, value);
  return options;
}
