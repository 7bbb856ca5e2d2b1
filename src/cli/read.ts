/**
 * Whole documents for the commands that read one (score, self, validate, options and framework
 * files): decoded, refused when empty or over the size limit, with JSON told from CSV by extension
 * and content.
 */
import { JixiaoError } from '../errors/JixiaoError.js';
import { makeIssue, type Issue } from '../errors/issue.js';
import { decode } from './decode.js';
import type { GridOptions } from '../self/grid.js';
import { WORKBOOK, readBytes, readTables } from './tables.js';
import type { CliIo } from './io.js';
import { parseJson } from './json.js';
import { emptyError } from './problems.js';
import { TextReader } from './source.js';

/**
 * A whole document as text.
 *
 * @param io - the io
 * @param file - a path or `-`
 * @returns its text and its first character that is not white space
 * @throws JixiaoError naming the file when it cannot be read, is empty, binary, mis-encoded or too large
 * @example
 * ```ts
 * const { text } = await readDocument(io, 'table.csv');
 * ```
 */
export async function readDocument(
  io: CliIo,
  file: string,
): Promise<{ text: string; first: string }> {
  const reader = TextReader.open(io, file);
  try {
    const { first } = await reader.start();
    if (first === '') throw emptyError(file);
    return { text: await reader.rest(), first };
  } finally {
    await reader.close().catch(() => undefined);
  }
}

/**
 * A whole JSON document.
 *
 * @param io - the io
 * @param file - a path or `-`
 * @returns the parsed value
 * @throws JixiaoError naming the file (and the line and column of a syntax error)
 * @example
 * ```ts
 * const framework = await readJson(io, 'framework.json');
 * ```
 */
export async function readJson(io: CliIo, file: string): Promise<unknown> {
  return parseJson((await readDocument(io, file)).text, file);
}

/**
 * A self-evaluation table from JSON or CSV: `.json` is JSON, `.csv` is CSV, anything else (or
 * standard input) is JSON when it starts with `{` or `[`, CSV otherwise.
 *
 * @param io - the io
 * @param file - a path or `-`
 * @returns the table, as `scoreSelfEvaluation` takes it
 * @throws JixiaoError naming the file, or the CSV's problems
 * @example
 * ```ts
 * scoreSelfEvaluation(await readTable(io, 'table.csv'));
 * ```
 */
export async function readTable(io: CliIo, file: string): Promise<unknown> {
  const all = await readTableList(io, file);
  if (all.length === 1) return all[0]?.table;
  return all.map((t) => t.table);
}

/**
 * The self-evaluation tables of a file: one for JSON and CSV, one per sheet for a workbook (sheets
 * with no 自评表 header are left out when another sheet has one).
 *
 * @param io - the io
 * @param file - a path or `-`
 * @returns the tables with their names
 * @throws JixiaoError naming the file, the sheet and cell of each problem
 * @example
 * ```ts
 * for (const t of await readTableList(io, '自评表.xlsx')) scoreSelfEvaluation(t.table);
 * ```
 */
export async function readTableList(
  io: CliIo,
  file: string,
  options: GridOptions = {},
): Promise<{ name: string; table: unknown }[]> {
  if (/\.json$/i.test(file)) return [{ name: file, table: await readJson(io, file) }];
  const bytes = await readBytes(io, file);
  // JSON without the extension (standard input): its first character that is not white space.
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (
    !/\.(csv|txt)$/i.test(file) &&
    !WORKBOOK.test(file) &&
    (head.startsWith('{') || head.startsWith('['))
  ) {
    return [{ name: file, table: parseJson(decode(bytes, file), file) }];
  }
  const tables = await readTables(io, file, bytes, options);
  // A cover sheet or notes beside the tables are not an error; a workbook with no table is.
  const noHeader = (t: { error?: JixiaoError }): boolean => {
    const issues: readonly Issue[] = t.error?.issues ?? [];
    return issues.length === 1 && issues[0]?.path.length === 1;
  };
  const read = tables.filter((t) => t.table);
  const failed = tables.filter((t) => !t.table && !(read.length > 0 && noHeader(t)));
  if (failed.length > 0) {
    const issues = failed.flatMap((t) => t.error?.issues ?? []);
    throw new JixiaoError([
      issues[0] ??
        makeIssue('invalid_input', [], { zh: `${file}：无法读取`, en: `${file}: cannot be read` }),
      ...issues.slice(1),
    ]);
  }
  return read.map((t) => ({ name: t.name, table: t.table?.table }));
}
