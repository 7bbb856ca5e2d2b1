/**
 * `jixiao audit`: reviews tables from files, folders or standard input — JSON (one table or an
 * array), NDJSON (one table per line) and the CSV layout of `jixiao self` with its 得分 / 合计 /
 * 评价等级 — writing each review as it goes, then the summary. Memory stays flat however many
 * tables there are.
 */
import { unreadableResult, auditSelfEvaluation, type AuditResult } from '../audit/audit.js';
import { AuditTally } from '../audit/summary.js';
import { JixiaoError } from '../errors/JixiaoError.js';
import { auditFoot, auditHead, auditSection } from '../report/audit.js';
import { readSelfEvaluationCsv, type CsvTable } from '../self/csv.js';
import { parseJson } from './commands.js';
import { UsageError, type Common } from './output.js';

const EXTENSIONS = /\.(json|ndjson|jsonl|csv)$/i;

/** A table (or the reason it is not one) with its label. */
interface Item {
  readonly name: string;
  readonly table?: unknown;
  readonly error?: JixiaoError;
}

/** Merges the published figures read from CSV into the table under review. */
function withPublished(csv: CsvTable, name: string): Record<string, unknown> {
  const t = { id: name, ...csv.table } as Record<string, unknown>;
  const p = csv.published;
  const rows = (t.rows as Record<string, unknown>[]).map((r, i) =>
    p.rows[i] === undefined ? r : { ...r, publishedPoints: p.rows[i] },
  );
  const budget = { ...(t.budget as Record<string, unknown> | undefined) };
  if (p.budgetPoints !== undefined) budget.publishedPoints = p.budgetPoints;
  if (p.budgetRate !== undefined) budget.publishedRate = p.budgetRate;
  return {
    ...t,
    rows,
    budget,
    ...(p.total === undefined ? {} : { publishedTotal: p.total }),
    ...(p.grade === undefined ? {} : { publishedGrade: p.grade }),
  };
}

/** One NDJSON line as an item: its table, or why it is not JSON. */
function lineItem(line: string, name: string): Item {
  try {
    return { name, table: parseJson(line, name) };
  } catch (e) {
    return { name, error: e as JixiaoError };
  }
}

/** Whether a line is a whole JSON object on its own (so the input is NDJSON). */
function isObjectLine(line: string): boolean {
  if (!line.trimStart().startsWith('{')) return false;
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/**
 * Standard input, streamed: when its first line is a whole JSON object, every line is a table
 * (NDJSON) and is reviewed as it arrives; otherwise the input is one document (JSON or CSV).
 */
async function* stdinItems(common: Common): AsyncGenerator<Item> {
  const buffered: string[] = [];
  let ndjson: boolean | null = null;
  let held: Item | null = null;
  let items = 0;
  let n = 0;
  for await (const raw of common.io.lines('-')) {
    const line = n === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    n++;
    if (ndjson === null && line.trim() !== '') ndjson = isObjectLine(line);
    if (ndjson !== true) buffered.push(line);
    else if (line.trim() !== '') {
      // Each table is yielded when the next arrives, so that a lone one-line object is named "-".
      if (held) yield held;
      held = lineItem(line, `-:${n}`);
      items++;
    }
  }
  if (held) yield items === 1 ? { ...held, name: '-' } : held;
  if (ndjson !== true) yield* documentItems(buffered.join('\n'), '-');
}

async function* itemsOf(common: Common, file: string): AsyncGenerator<Item> {
  if (file === '-') {
    yield* stdinItems(common);
    return;
  }
  if (/\.(ndjson|jsonl)$/i.test(file)) {
    let n = 0;
    for await (const line of common.io.lines(file)) {
      n++;
      if (line.trim() !== '') yield lineItem(line, `${file}:${n}`);
    }
    return;
  }
  yield* documentItems(await common.io.readText(file), file, /\.csv$/i.test(file));
}

/** A whole document: a CSV table, one JSON table, or a JSON array of tables. */
function* documentItems(text: string, file: string, csvByName = false): Generator<Item> {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (csvByName || !(body.startsWith('{') || body.startsWith('['))) {
    const r = readSelfEvaluationCsv(text);
    if (r.ok) yield { name: file, table: withPublished(r.value, file) };
    else
      yield {
        name: file,
        error: new JixiaoError([r.issues[0] ?? unreachable(), ...r.issues.slice(1)]),
      };
    return;
  }
  let value: unknown;
  try {
    value = parseJson(text, file);
  } catch (e) {
    yield { name: file, error: e as JixiaoError };
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, table] of value.entries()) yield { name: `${file}[${i}]`, table };
  } else yield { name: file, table: value };
}

function unreachable(): never {
  throw new TypeError('unreachable: a failed read has issues');
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
  values: { options?: string | undefined },
): Promise<number> {
  if (positionals.length === 0) throw new UsageError('missing files, folders or - to review');
  if (common.format === 'report')
    throw new UsageError('audit writes table, markdown, html, csv or json');
  const format = common.format;
  const { io, locale } = common;
  const options =
    values.options === undefined
      ? undefined
      : parseJson(await io.readText(values.options), values.options);
  const sink = await io.openOut(common.out ?? '-');
  const write = async (text: string): Promise<void> => {
    if (text !== '') await sink.write(text);
  };
  const tally = new AuditTally();
  let n = 0;
  await write(auditHead(format, locale));
  for (const path of positionals) {
    const listed = await io.listDir(path);
    const files = listed ? listed.filter((f) => EXTENSIONS.test(f)) : [path];
    for (const file of files) {
      for await (const item of itemsOf(common, file)) {
        const result: AuditResult = item.error
          ? unreadableResult(item.name, item.error.issues)
          : auditSelfEvaluation(item.table, options);
        tally.add(result);
        await write(auditSection(result, item.name, format, locale));
        n++;
        if (io.errIsTTY && n % 100 === 0)
          io.err(locale === 'zh' ? `\r已复核 ${n} 张` : `\r${n} tables`);
      }
    }
  }
  const summary = tally.summary();
  if (io.errIsTTY) io.err('\r');
  await write(auditFoot(summary, format, locale));
  await sink.close();
  if (format === 'csv' || format === 'json' || common.out !== undefined) {
    io.err(auditFoot(summary, 'table', locale).trimStart());
  }
  return summary.unreadable === 0 && summary.withErrors === 0 ? 0 : 1;
}
