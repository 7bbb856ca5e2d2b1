/**
 * Whole documents for the commands that read one (score, self, validate, options and framework
 * files): decoded, refused when empty or over the size limit, with JSON told from CSV by extension
 * and content.
 */
import { JixiaoError } from '../errors/JixiaoError.js';
import { makeIssue } from '../errors/issue.js';
import { readSelfEvaluationCsv } from '../self/csv.js';
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
  const { text, first } = await readDocument(io, file);
  const csv = /\.csv$/i.test(file) || (!/\.json$/i.test(file) && first !== '{' && first !== '[');
  if (!csv) return parseJson(text, file);
  const r = readSelfEvaluationCsv(text);
  if (r.ok) return r.value.table;
  throw new JixiaoError([
    r.issues[0] ??
      makeIssue('invalid_input', ['csv'], { zh: 'CSV 无法读取', en: 'unreadable CSV' }),
    ...r.issues.slice(1),
  ]);
}
