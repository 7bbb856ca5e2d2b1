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

/** A table read from CSV, with what it published (得分, 合计, 评价等级) kept apart. */
export interface CsvTable {
  /** The table in the shape `scoreSelfEvaluation` takes (not yet validated). */
  readonly table: Record<string, unknown>;
  /** Published figures: per row 得分, the budget's 得分 and 执行率, the total and grade. */
  readonly published: {
    readonly rows: readonly (string | undefined)[];
    readonly budgetPoints?: string;
    readonly budgetRate?: string;
    readonly total?: string;
    readonly grade?: string;
  };
}

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
 */
export function csvRecords(text: string): string[][] {
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
  return records.filter((r) => r.some((c) => c.trim() !== ''));
}

const HEADERS: Record<string, readonly string[]> = {
  l1: ['一级指标'],
  l2: ['二级指标'],
  l3: ['三级指标'],
  target: ['年度指标值', '指标值', '目标值', '年度目标值'],
  op: ['指标性质'],
  unit: ['度量单位', '计量单位'],
  actual: ['实际完成值', '完成值', '全年实际值', '实际值'],
  weight: ['分值', '权重'],
  points: ['得分', '自评得分'],
  note: ['偏差原因分析及改进措施', '偏差原因分析', '偏差原因', '未完成原因分析', '原因', '备注'],
  adjusted: ['全年预算数', '调整后预算数'],
  executed: ['全年执行数', '预算执行数'],
  initial: ['年初预算数', '年初预算'],
  rate: ['执行率', '预算执行率'],
};
const BUDGET = /^(预算执行率|预算执行情况|项目资金|预算执行|资金执行率)/;
const TOTAL = /^(合计|总分|总计|自评得分)$/;

const clean = (s: string | undefined): string =>
  (s ?? '').replace(/\s+/g, '').replace(/[（(]\d+分[)）]$/, '');

/**
 * Reads a self-evaluation table from CSV text.
 *
 * @param text - the CSV (e.g. saved from Excel; a BOM is fine)
 * @returns the table and its published figures, or the problems (paths `["csv", line, column]`)
 * @example
 * ```ts
 * const r = readSelfEvaluationCsv(readFileSync('table.csv', 'utf8'));
 * if (r.ok) scoreSelfEvaluation(r.value.table);
 * ```
 */
export function readSelfEvaluationCsv(
  text: string,
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
  const records = csvRecords(text);
  const issues: Issue[] = [];
  const headerAt = records.findIndex((r) => r.some((c) => clean(c) === '三级指标'));
  if (headerAt < 0) {
    return {
      ok: false,
      issues: [
        makeIssue('invalid_input', ['csv'], {
          zh: 'CSV 中没有含“三级指标”的表头行',
          en: 'the CSV has no header row with "三级指标"',
        }),
      ],
    };
  }
  const header = (records[headerAt] ?? []).map(clean);
  const col: Record<string, number> = {};
  for (const [key, names] of Object.entries(HEADERS)) {
    const i = header.findIndex((h) => names.includes(h));
    if (i >= 0) col[key] = i;
  }
  for (const need of ['l1', 'l3', 'target', 'actual', 'weight']) {
    if (col[need] === undefined) {
      issues.push(
        makeIssue('invalid_input', ['csv', headerAt + 1], {
          zh: `表头缺少“${HEADERS[need]?.[0] ?? need}”列`,
          en: `the header lacks a "${HEADERS[need]?.[0] ?? need}" column`,
        }),
      );
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const table: Record<string, unknown> = {};
  for (const r of records.slice(0, headerAt)) {
    const key = clean(r[0]);
    const value = (r[1] ?? '').trim();
    if (/^(单位|实施单位|单位名称)$/.test(key)) table.unit = value;
    else if (/^项目名称$/.test(key)) table.project = value;
    else if (/^(年度|评价年度)$/.test(key) && /^\d{4}$/.test(value)) table.year = Number(value);
  }
  const get = (r: string[], key: string): string => {
    const i = col[key];
    return i === undefined ? '' : (r[i] ?? '').trim();
  };
  const rows: Record<string, unknown>[] = [];
  const published: {
    rows: (string | undefined)[];
    budgetPoints?: string;
    budgetRate?: string;
    total?: string;
    grade?: string;
  } = { rows: [] };
  let l1 = '';
  let l2 = '';
  for (const [k, r] of records.slice(headerAt + 1).entries()) {
    const first = clean(r[0]);
    if (/^(评价等级|自评等级|等级|自评结论)$/.test(first)) {
      published.grade = (r.slice(1).find((c) => c.trim() !== '') ?? '').trim();
      continue;
    }
    if (TOTAL.test(first)) {
      const last = [...r.slice(1)].reverse().find((c) => /\d/.test(c)) ?? '';
      const t = get(r, 'points') === '' ? last : get(r, 'points');
      if (t) published.total = t.trim();
      continue;
    }
    if (r.slice(header.length).some((c) => c.trim() !== '')) {
      // More cells than the header: an unquoted "1,200" or a stray comma shifts every cell after it.
      const line = headerAt + k + 2;
      issues.push(
        makeIssue('invalid_input', ['csv', line], {
          zh: `第 ${line} 行的单元格多于表头（${r.length} 个，表头 ${header.length} 个）：含逗号的数字（如 1,200）须加引号或去掉千分位`,
          en: `line ${line} has more cells than the header (${r.length}, not ${header.length}): a number with a comma (such as 1,200) must be quoted or written without it`,
        }),
      );
      continue;
    }
    if (BUDGET.test(first)) {
      const budget: Record<string, unknown> = {
        adjusted: get(r, 'adjusted') || get(r, 'target'),
        executed: get(r, 'executed') || get(r, 'actual'),
      };
      if (get(r, 'initial')) budget.initial = get(r, 'initial');
      if (get(r, 'weight')) budget.weight = get(r, 'weight');
      if (get(r, 'note')) budget.note = get(r, 'note');
      table.budget = budget;
      if (get(r, 'points')) published.budgetPoints = get(r, 'points');
      if (get(r, 'rate')) published.budgetRate = get(r, 'rate');
      continue;
    }
    // Template rows left blank ("指标2", "……") carry nothing to score.
    if (!get(r, 'target') && !get(r, 'actual') && !get(r, 'weight')) continue;
    // Merged cells come out empty in CSV: carry the 一级 / 二级 names down.
    if (get(r, 'l1')) {
      l1 = clean(get(r, 'l1'));
      l2 = '';
    }
    if (get(r, 'l2')) l2 = clean(get(r, 'l2'));
    const op = get(r, 'op');
    const target = op
      ? { op, value: get(r, 'target'), ...(get(r, 'unit') ? { unit: get(r, 'unit') } : {}) }
      : get(r, 'target');
    const row: Record<string, unknown> = {
      l1,
      l3: get(r, 'l3'),
      target,
      actual: get(r, 'actual'),
      weight: get(r, 'weight'),
    };
    if (l2) row.l2 = l2;
    if (get(r, 'points')) row.points = get(r, 'points');
    if (get(r, 'note')) row.note = get(r, 'note');
    rows.push(row);
    published.rows.push(get(r, 'points') || undefined);
  }
  if (issues.length > 0) return { ok: false, issues };
  table.rows = rows;
  return { ok: true, value: { table, published } };
}
