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

async function* itemsOf(common: Common, file: string): AsyncGenerator<Item> {
  const { io } = common;
  if (/\.(ndjson|jsonl)$/i.test(file)) {
    let n = 0;
    for await (const line of io.lines(file)) {
      n++;
      if (line.trim() === '') continue;
      const name = `${file}:${n}`;
      try {
        yield { name, table: parseJson(line, name) };
      } catch (e) {
        yield { name, error: e as JixiaoError };
      }
    }
    return;
  }
  const text = await io.readText(file);
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const csv = /\.csv$/i.test(file) || !(body.startsWith('{') || body.startsWith('['));
  if (csv) {
    const r = readSelfEvaluationCsv(text);
    if (r.ok) yield { name: file, table: withPublished(r.value, file) };
    else
      yield {
        name: file,
        error: new JixiaoError([r.issues[0] ?? unreachable(), ...r.issues.slice(1)]),
      };
    return;
  }
  const lines = body.split('\n').filter((l) => l.trim() !== '');
  if (file === '-' && lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'))) {
    for (const [i, line] of lines.entries()) {
      try {
        yield { name: `-:${i + 1}`, table: parseJson(line, `line ${i + 1}`) };
      } catch (e) {
        yield { name: `-:${i + 1}`, error: e as JixiaoError };
      }
    }
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
  const sink = common.out === undefined ? null : await io.openOut(common.out);
  const write = async (text: string): Promise<void> => {
    if (text === '') return;
    if (sink) await sink.write(text);
    else io.out(text);
  };
  const tally = new AuditTally();
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
        const n = tally.summary().tables;
        if (io.errIsTTY && n % 100 === 0)
          io.err(locale === 'zh' ? `\r已复核 ${n} 张` : `\r${n} tables`);
      }
    }
  }
  const summary = tally.summary();
  if (io.errIsTTY) io.err('\r');
  await write(auditFoot(summary, format, locale));
  await sink?.close();
  if (format === 'csv' || format === 'json' || common.out !== undefined) {
    io.err(auditFoot(summary, 'table', locale).trimStart());
  }
  return summary.unreadable === 0 && summary.withErrors === 0 ? 0 : 1;
}
