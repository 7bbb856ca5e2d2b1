/**
 * `jixiao audit`: reviews tables from files, folders or standard input — JSON (one table or an
 * array, streamed), NDJSON (one table per line) and the CSV layout of `jixiao self` with its 得分 /
 * 合计 / 评价等级 — writing each review as it goes, then the summary. Memory stays flat however
 * many tables there are, and one table that cannot be read, or that trips a bug, is reported as
 * such while the others are reviewed.
 */
import { unreadableResult, auditSelfEvaluation, type AuditResult } from '../audit/audit.js';
import { AuditTally } from '../audit/summary.js';
import { JixiaoError } from '../errors/JixiaoError.js';
import { makeIssue } from '../errors/issue.js';
import { auditFoot, auditHead, auditSection, type AuditFormat } from '../report/audit.js';
import { terminalSafe } from '../report/escape.js';
import type { Locale } from '../report/model.js';
import { itemsOf, type Item } from './items.js';
import { UsageError, emit, openSink, type Common } from './output.js';
import { Progress } from './progress.js';
import { asJixiaoError, fileError, internalIssue } from './problems.js';
import { readJson } from './read.js';
import { layoutOption } from './tables.js';

const EXTENSIONS = /\.(json|ndjson|jsonl|csv|xlsx|xlsm|xls|et|ods)$/i;

/** One table's review and its section of the report; a throw is that table's failure, not the batch's. */
function review(
  item: Item,
  options: unknown,
  format: AuditFormat,
  locale: Locale,
): { result: AuditResult; section: string } {
  let result: AuditResult;
  let section: string;
  try {
    result = item.error
      ? unreadableResult(item.name, item.error.issues)
      : auditSelfEvaluation(item.table as never, options as never);
    section = auditSection(result, item.name, format, locale);
  } catch (e) {
    result = unreadableResult(item.name, e instanceof JixiaoError ? e.issues : [internalIssue(e)]);
    section = auditSection(result, item.name, format, locale);
  }
  // The text format is for a terminal, and names, notes and paths come from users' files.
  return { result, section: format === 'table' ? terminalSafe(section) : section };
}

/** The files to read for one argument: itself, or the tables in a folder. */
async function filesOf(common: Common, path: string): Promise<readonly string[] | Item> {
  try {
    const listed = await common.io.listDir(path);
    if (listed === null) return [path];
    const files = listed.filter((f) => EXTENSIONS.test(f));
    if (files.length > 0) return files;
    return {
      name: path,
      error: fileError(
        path,
        '目录中没有 .xlsx、.xls、.csv、.json、.ndjson 或 .jsonl 文件',
        'the folder holds no .xlsx, .xls, .csv, .json, .ndjson or .jsonl file',
      ),
    };
  } catch (e) {
    return { name: path, error: asJixiaoError(e, path) };
  }
}

/**
 * `jixiao audit`: reviews every table found in the given files, folders or standard input.
 *
 * @param common - common options (format: table, markdown, html, csv or json)
 * @param positionals - files, folders, or `-`
 * @param values - the options file
 * @returns 0 when every table is readable and nothing changes points or grades, 1 otherwise
 * @example
 * ```ts
 * await auditCommand(common, ['tables/'], {});
 * ```
 */
export async function auditCommand(
  common: Common,
  positionals: readonly string[],
  values: {
    options?: string | undefined;
    layout?: string | undefined;
    'unprinted-weights'?: string | undefined;
  },
): Promise<number> {
  if (positionals.length === 0) throw new UsageError('missing files, folders or - to review');
  const layouts = await layoutOption(common.io, values.layout, values['unprinted-weights']);
  const workbook = common.format === 'xlsx';
  if (common.format === 'report' || common.format === 'docx' || common.format === 'tree-csv')
    throw new UsageError('audit writes table, markdown, html, csv, json or xlsx');
  if (workbook && common.out === undefined)
    throw new UsageError('--format xlsx writes a workbook: give --out file.xlsx');
  // A workbook is written at the end, from every review; the sections go nowhere meanwhile.
  const format: AuditFormat = workbook ? 'json' : common.format;
  const { io, locale } = common;
  const options = values.options === undefined ? undefined : await readJson(io, values.options);
  const reviews: AuditResult[] = [];
  const sink = workbook
    ? { write: () => Promise.resolve(), close: () => Promise.resolve() }
    : await openSink(common);
  // Sections are gathered and written 64 KiB at a time (one system call per line was a sixth of
  // the time of a large batch); what is gathered is written within 50 ms all the same, so output
  // still follows slow input.
  let gathered = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();
  let failed: Error | null = null;
  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (gathered !== '') {
      const text = gathered;
      gathered = '';
      chain = chain
        .then(() => sink.write(text))
        .catch((e: unknown) => {
          failed ??= e instanceof Error ? e : new Error(String(e));
        });
    }
    return chain.then(() => {
      if (failed !== null) throw failed;
    });
  };
  const write = async (text: string): Promise<void> => {
    if (failed !== null) throw failed;
    gathered += text;
    if (gathered.length >= 65_536) await flush();
    else if (timer === null && gathered !== '')
      timer = setTimeout(() => {
        flush().catch(() => undefined); // kept in `failed`, thrown by the next write or flush
      }, 50);
  };
  const tally = new AuditTally();
  let n = 0;
  // Tables done, and the share of the files done (known once the folders are listed).
  const shown = new Progress(
    io,
    locale,
    { zh: '张', en: 'tables' },
    common.quiet === true,
    common.out === undefined && !workbook,
  );
  let share: number | null = null;
  const handle = async (item: Item): Promise<void> => {
    const { result, section } = review(item, options, format, locale);
    tally.add(result);
    if (workbook) reviews.push(result);
    await write(section);
    n++;
    shown.tick(n, share);
  };
  await write(auditHead(format, locale));
  // Files first, so that a terminal can be told how far the batch is (files done / total).
  const lists = [];
  for (const path of positionals) lists.push(await filesOf(common, path));
  const total = lists.reduce((s, l) => s + ('name' in l ? 1 : l.length), 0);
  let done = 0;
  const progress = (): void => {
    done++;
    if (total > 1) {
      share = done / total;
      shown.tick(n, share);
    }
  };
  for (const files of lists) {
    if ('name' in files) await handle(files);
    else
      for (const file of files) {
        for await (const item of itemsOf(io, file, layouts)) await handle(item);
        progress();
      }
  }
  const summary = tally.summary();
  shown.end();
  const foot = auditFoot(summary, format, locale);
  await write(format === 'table' ? terminalSafe(foot) : foot);
  await flush();
  await sink.close();
  if (workbook && reviews.length === 0)
    throw new JixiaoError([
      makeIssue('invalid_input', [], {
        zh: '没有读到可复核的表，未写出工作簿',
        en: 'no table was read to review: no workbook written',
      }),
    ]);
  if (workbook) {
    const { writeAuditWorkbook } = await import('../io/write-audit.js');
    await emit(common, writeAuditWorkbook(reviews, { locale }));
  }
  if (
    (format === 'csv' || format === 'json' || common.out !== undefined) &&
    common.quiet !== true
  ) {
    io.err(terminalSafe(auditFoot(summary, 'table', locale).trimStart()));
  }
  return summary.unreadable === 0 && summary.withErrors === 0 ? 0 : 1;
}
