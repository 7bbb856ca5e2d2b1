/**
 * What the commands share: usage errors, output formats, rendering and writing results, printing
 * issues.
 */
import type { Evaluation } from '../engine/types.js';
import type { JixiaoError } from '../errors/JixiaoError.js';
import { formatPath } from '../errors/issue.js';
import { renderCsv } from '../report/csv.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Locale } from '../report/model.js';
import { renderReport } from '../report/report.js';
import { inertJson, terminalLine, terminalSafe } from '../report/escape.js';
import { renderTable } from '../report/table.js';
import type { FilledTable } from '../self/filled.js';
import type { SelfEvaluationResult } from '../self/score.js';
import type { CliIo } from './io.js';
import { fsError, isErrno } from './problems.js';

export { FORMATS, UsageError, type Format } from './usage.js';
import { UsageError, type Format } from './usage.js';

/** Parsed common options. */
export interface Common {
  readonly format: Format;
  readonly locale: Locale;
  readonly out: string | undefined;
  readonly io: CliIo;
  /** `--quiet`: no progress and no summary on standard error (errors are still reported). */
  readonly quiet?: boolean;
  /** `--compact`: batch lines with the totals, grade and findings, without the tree. */
  readonly compact?: boolean;
}

/**
 * Renders a result in the chosen format.
 *
 * @param result - an evaluation or a self-evaluation result
 * @param format - the format
 * @param locale - the language
 * @returns the text
 * @example
 * ```ts
 * render(result, 'markdown', 'zh');
 * ```
 */
export function render(
  result: Evaluation | SelfEvaluationResult,
  format: Format,
  locale: Locale,
): string {
  // The renderers take either result (a self-evaluation result as its evaluation, with its warnings).
  switch (format) {
    case 'json':
      return `${inertJson(JSON.stringify(result, null, 2))}\n`;
    case 'markdown':
      return renderMarkdown(result, { locale });
    case 'html':
      return renderHtml(result, { locale });
    case 'csv':
    case 'tree-csv':
      // A framework's evaluation has no form to fill: its CSV is the scored tree.
      return renderCsv(result, { locale });
    case 'xlsx':
      throw new UsageError(
        '--format xlsx is for jixiao self (the filled 自评表), with --out file.xlsx',
      );
    case 'report':
      return renderReport(result, { locale });
    case 'docx':
      // A document, not text: the commands write it with writeReportDocx (see reportDocx).
      throw new UsageError('--format docx writes a document: give --out file.docx');
    case 'table':
      // Names and notes come from users' files: a terminal must not act on what they hold.
      return terminalSafe(`${renderTable(result, { locale })}\n`);
  }
}

/**
 * Writes output to --out or standard output.
 *
 * @param common - the common options
 * @param text - the output
 * @throws JixiaoError naming the --out file when it cannot be written
 * @example
 * ```ts
 * await emit(common, text);
 * ```
 */
export async function emit(common: Common, text: string | Uint8Array): Promise<void> {
  if (common.out === undefined) {
    if (typeof text !== 'string')
      throw new UsageError(
        `a ${common.format === 'docx' ? 'document' : 'workbook'} needs --out file.${common.format}`,
      );
    common.io.out(text);
    return;
  }
  try {
    await common.io.writeFile(common.out, text);
  } catch (e) {
    throw isErrno(e) ? fsError(e, common.out, true) : e;
  }
}

/**
 * Writes the report of a result as a `.docx` file to --out. The document library is loaded here, on
 * first use, so that no other command loads it.
 *
 * @param common - the common options (--out is required)
 * @param input - an evaluation, a self-evaluation result or a filled table
 * @throws UsageError without --out
 * @example
 * ```ts
 * await emitDocx(common, fillSelfEvaluation(table));
 * ```
 */
export async function emitDocx(
  common: Common,
  input: Evaluation | SelfEvaluationResult | FilledTable,
): Promise<void> {
  if (common.out === undefined)
    throw new UsageError('--format docx writes a document: give --out file.docx');
  const { writeReportDocx } = await import('../io/docx.js');
  await emit(common, await writeReportDocx(input, { locale: common.locale }));
}

/** Where a command writes piece by piece. */
export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens --out (or standard output) for writing piece by piece; a system error names the file.
 *
 * @param common - the common options
 * @returns the sink
 * @example
 * ```ts
 * const sink = await openSink(common);
 * await sink.write('…');
 * await sink.close();
 * ```
 */
export async function openSink(common: Common): Promise<Sink> {
  const path = common.out ?? '-';
  const named = async <T>(p: Promise<T>): Promise<T> => {
    try {
      return await p;
    } catch (e) {
      throw isErrno(e) ? fsError(e, path, true) : e;
    }
  };
  const sink = await named(common.io.openOut(path));
  return {
    write: (text) => named(sink.write(text)),
    close: () => named(sink.close()),
  };
}

/**
 * Prints every issue of a JixiaoError to standard error, made safe for a terminal (paths and
 * messages quote users' text).
 *
 * @param io - the io
 * @param error - the error
 * @param locale - the language
 * @param file - the file concerned, if any
 * @example
 * ```ts
 * printIssues(io, error, 'zh', 'framework.json');
 * ```
 */
export function printIssues(io: CliIo, error: JixiaoError, locale: Locale, file?: string): void {
  const where = file ? `${terminalLine(file)}: ` : '';
  // One line per issue: a key or text holding a line break must not forge another line.
  const lines = [
    locale === 'zh'
      ? `${where}发现 ${error.issues.length} 个问题：\n`
      : `${where}${error.issues.length} problem(s):\n`,
    ...error.issues.map(
      (issue) =>
        `  ${terminalLine(formatPath(issue.path))}  [${issue.code}]  ${terminalLine(issue.message[locale])}\n`,
    ),
  ];
  io.err(lines.join(''));
}
