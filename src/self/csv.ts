/**
 * Reads a self-evaluation table saved as CSV from Excel, with the usual Chinese column headers.
 *
 * Layout: optional lines `单位,…` / `项目名称,…` / `年度,…` before a header row holding
 * 一级指标, 三级指标, 年度指标值 (or 指标值), 实际完成值 (or 完成值), 分值 (or 权重), and optionally
 * 二级指标, 得分, 偏差原因 (偏差原因分析及改进措施, 未完成原因分析), or the 101号 columns 指标性质 and
 * 度量单位. The budget block is a row whose 一级指标 is 预算执行率 (预算执行情况, 项目资金): its
 * 年度指标值 is 全年预算数 and its 实际完成值 is 全年执行数 (or columns 全年预算数 / 全年执行数 /
 * 年初预算数). A 合计 / 总分 row and a 评价等级 line carry what the table published.
 */
import { describeValue, stringArgument } from '../errors/arguments.js';
import { makeIssue, type Issue } from '../errors/issue.js';
import { orThrow, safely, type SafeResult } from '../errors/safe.js';
import { gridOptionIssues, readGridTable, type GridOptions, type GridTable } from './grid.js';

/**
 * A table read from CSV, with what it published (得分, 合计, 评价等级) kept apart.
 *
 * @category Files
 */
export type CsvTable = GridTable;

/**
 * Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, CRLF or LF), dropping a
 * byte-order mark.
 *
 * @param text - CSV text
 * @returns the records
 * @example
 * ```ts
 * csvRecords('a,"b,c"\n1,2'); // [["a", "b,c"], ["1", "2"]]
 * ```
 * @category Files
 */
export function csvRecords(text: string): string[][] {
  return csvRows(stringArgument(text, 'text')).filter((r) => r.some((c) => c.trim() !== ''));
}

/**
 * Every record of CSV text, blank ones included, so that record k is the row k + 1 a spreadsheet
 * shows.
 *
 * @param text - CSV text
 * @returns the records
 * @example
 * ```ts
 * csvRows('a\n\nb'); // [["a"], [""], ["b"]]
 * ```
 * @category Files
 */
export function csvRows(text: string): string[][] {
  const src = stringArgument(text, 'text').replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (quoted) {
      if (ch === '"' && src.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src.charAt(i + 1) === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * Reads a self-evaluation table from CSV text (internal reading, collecting its issues).
 *
 * @param text - the CSV
 * @param options - layouts and the name used in messages
 * @returns the table, or the problems
 * @example
 * ```ts
 * readCsvTable(text, { name: 'a.csv' }).ok; // true
 * ```
 */
export function readCsvTable(
  text: string,
  options: GridOptions & { readonly name?: string } = {},
): { ok: true; value: CsvTable } | { ok: false; issues: Issue[] } {
  if (typeof text !== 'string') {
    const got = describeValue(text);
    return {
      ok: false,
      issues: [
        makeIssue('invalid_input', ['text'], {
          zh: `参数 text 应为已解码的 CSV 文本（字符串），实际为 ${got}；文件请先按其编码解码`,
          en: `argument text must be CSV text (a string), got ${got}; decode a file with its encoding first`,
        }),
      ],
    };
  }
  // Checked before it is spread: a string spread into an object is one key per character.
  const optionIssues = gridOptionIssues(options);
  if (optionIssues.length > 0) return { ok: false, issues: optionIssues };
  const rows = csvRows(text);
  const name = options.name ?? 'csv';
  // "'=8个": the apostrophe jixiao (and others) put before a cell a spreadsheet would run as a formula.
  const cells = rows.map((r) => r.map((c) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c)));
  return readGridTable({ name, cells }, { ...options, extraCells: 'error' });
}

/**
 * Reads a self-evaluation table from CSV text, in any layout {@link readSelfEvaluationGrid} knows
 * (the national form, the provincial layouts, the user's own).
 *
 * @param text - the CSV (e.g. saved from Excel; a BOM is fine); decode bytes with `decodeTableText`
 * @param options - extra layouts, the one layout to use, and the name used in messages (default "csv")
 * @returns the table (ready for `scoreSelfEvaluation`) and its published figures
 * @throws {@link JixiaoError} listing every problem, each naming its row and column
 * @example
 * ```ts
 * const { table } = readSelfEvaluationCsv(decodeTableText(readFileSync('自评表.csv')).text);
 * scoreSelfEvaluation(table).total;
 * ```
 * @category Files
 */
export function readSelfEvaluationCsv(
  text: string,
  options: GridOptions & { readonly name?: string } = {},
): CsvTable {
  return orThrow(readCsvTable(text, options));
}

/**
 * Reads a self-evaluation table from CSV text without throwing.
 *
 * @param text - the CSV
 * @param options - extra layouts, the one layout to use, and the name used in messages
 * @returns `{ success: true, data }` (the table and its published figures) or `{ success: false, error }`
 * @example
 * ```ts
 * const r = safeReadSelfEvaluationCsv(text, { name: '自评表.csv' });
 * if (r.success) scoreSelfEvaluation(r.data.table);
 * else for (const i of r.error.issues) console.log(i.message.zh);
 * ```
 * @category Files
 */
export function safeReadSelfEvaluationCsv(
  text: string,
  options: GridOptions & { readonly name?: string } = {},
): SafeResult<CsvTable> {
  return safely(() => readSelfEvaluationCsv(text, options));
}
