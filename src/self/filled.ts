/**
 * The filled 自评表: a table scored and laid out as the national form of 财预〔2020〕10号 prints it
 * (title, project lines, funds block, 年度总体目标, indicator rows, 总分 and grade), as a grid of cells
 * with its merged ranges, so that it can be handed in as a workbook or CSV and read back to the same
 * result. Pure: the workbook writer (`jixiao/xlsx`) and the CSV renderer only lay these cells out.
 */
import { argumentError } from '../errors/arguments.js';
import type { Grid } from '../io/grid.js';
import { cellName, type CellRange } from '../io/grid.js';
import { csvCell } from '../report/escape.js';
import { BUDGET_ID } from './build.js';
import { scoreSelfEvaluation, type ScoredRow, type SelfEvaluationResult } from './score.js';
import type {
  SelfEvaluationOptionsInput,
  SelfEvaluationTable,
  SelfEvaluationTableInput,
} from './schema.js';

/**
 * The column headers of the filled form (the national layout, read back by `national2020`).
 *
 * @example
 * ```ts
 * FILLED_HEADERS.at(-1); // "扣分说明"
 * ```
 * @category Self-evaluation
 */
export const FILLED_HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
  '扣分说明',
] as const;

/**
 * A filled table: its sheet, the result it shows, and where the rows that need a 偏差原因 are.
 *
 * @category Self-evaluation
 */
export interface FilledTable {
  /** The cells and merged ranges (read back by `readSelfEvaluationGrid`). */
  readonly grid: Grid & { readonly cells: string[][]; readonly merges: CellRange[] };
  /** The result the cells show. */
  readonly result: SelfEvaluationResult;
  /** Cells (A1 names) of the rows that need a 偏差原因 and have none, for a writer to mark. */
  readonly needsExplanation: readonly string[];
}

const WIDTH = FILLED_HEADERS.length;

/** A 指标值 as written: the text, or the 101号 columns joined ("≥" "95" "%" → "≥95%"). */
function targetText(row: ScoredRow): string {
  const t = row.target;
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  if (/^(定性|qualitative)$/i.test(t.op)) return `${t.value}`;
  return `${t.op}${t.value}${t.unit ?? ''}`;
}

/** What a row lost, and why, from its findings. */
function lossText(result: SelfEvaluationResult, k: number): string {
  const row = result.rows[k];
  if (!row || /^0(\.0+)?$/.test(row.lost)) return '';
  const why = result.findings.find((f) => f.indicatorId === `row-${k}`)?.message.zh;
  return why ?? `扣 ${row.lost} 分`;
}

/**
 * Scores a self-evaluation table and lays it out as the filled national form: 得分, 执行率, 总分 and
 * 评价等级 filled in, the points each row lost and why in a 扣分说明 column, the rows that still need a
 * 偏差原因 listed. Reading the cells back with `readSelfEvaluationGrid` gives the same table, and
 * scoring it gives the same result.
 *
 * @param table - the table (as `scoreSelfEvaluation` takes it)
 * @param options - the scoring options
 * @returns the sheet (cells and merged ranges), the result and the cells to mark
 * @throws {@link JixiaoError} listing every problem of the table or options
 * @example
 * ```ts
 * const filled = fillSelfEvaluation(table);
 * filled.grid.cells[0]?.[0]; // "项目支出绩效自评表"
 * renderFilledCsv(filled); // the CSV to hand in
 * ```
 * @category Self-evaluation
 */
export function fillSelfEvaluation(
  table: SelfEvaluationTableInput,
  options?: SelfEvaluationOptionsInput,
): FilledTable {
  const result = scoreSelfEvaluation(table, options);
  // scoreSelfEvaluation has validated it: the fields below are the schema's.
  return layoutFilled(result, table as SelfEvaluationTable);
}

/** What the form prints of the table beyond its result: title, funds lines, goal, group labels, note. */
type FormParts = Partial<
  Pick<SelfEvaluationTable, 'title' | 'budget' | 'goal' | 'groups' | 'note'>
>;

/**
 * The filled form of a result alone, as {@link fillSelfEvaluation} lays it out from the table, without
 * what only the table holds (its own title, the "其中" funds lines, 年度总体目标, the points printed in
 * group labels, the note under the table). A budget block needs a 偏差原因 when the result warns so.
 *
 * @param result - a result of `scoreSelfEvaluation` (checked by the caller)
 * @returns the sheet, the result and the cells to mark
 * @example
 * ```ts
 * filledFromResult(scoreSelfEvaluation(table)).grid.cells[0]?.[0]; // "项目支出绩效自评表"
 * ```
 */
export function filledFromResult(result: SelfEvaluationResult): FilledTable {
  return layoutFilled(result, null);
}

function layoutFilled(
  result: SelfEvaluationResult,
  table: SelfEvaluationTable | null,
): FilledTable {
  const doc: FormParts = table ?? {};
  const cells: string[][] = [];
  const merges: CellRange[] = [];
  const needsExplanation: string[] = [];
  const line = (...values: string[]): number => {
    cells.push([...values, ...new Array<string>(WIDTH - values.length).fill('')].slice(0, WIDTH));
    return cells.length - 1;
  };
  const merge = (r0: number, c0: number, r1: number, c1: number): void => {
    if (r1 > r0 || c1 > c0) merges.push({ s: { r: r0, c: c0 }, e: { r: r1, c: c1 } });
  };
  const department = result.kind === 'department';

  const title = line(doc.title ?? (department ? '部门整体支出绩效自评表' : '项目支出绩效自评表'));
  merge(title, 0, title, WIDTH - 1);
  if (result.year !== null) {
    const r = line(`（${result.year}年度）`);
    merge(r, 0, r, WIDTH - 1);
  }
  if (result.project !== null) {
    const r = line('项目名称', result.project);
    merge(r, 1, r, WIDTH - 1);
  }
  if (result.unit !== null) {
    const r = line(department ? '单位名称' : '实施单位', result.unit);
    merge(r, 1, r, WIDTH - 1);
  }

  const b = result.budget;
  if (b) {
    const head = line(
      `项目资金（${b.unit}）`,
      '',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
    );
    merge(head, 0, head, 1);
    const total = line(
      '',
      '年度资金总额',
      b.initial ?? '',
      b.adjusted,
      b.executed,
      b.weight,
      b.ratePercent,
      b.points,
    );
    for (const p of doc.budget?.parts ?? []) {
      line(
        '',
        `其中：${p.name}`,
        p.initial === undefined ? '' : String(p.initial),
        p.adjusted === undefined ? '' : String(p.adjusted),
        p.executed === undefined ? '' : String(p.executed),
        '—',
        '—',
        '—',
      );
    }
    merge(total, 0, cells.length - 1, 0);
    const missing = table
      ? b.flags.some((f) => f.code === 'explanationRequired') &&
        !doc.budget?.note?.trim() &&
        !doc.note?.trim()
      : // Without the table its notes are unknown; scoring warned when they were missing.
        result.warnings.some(
          (w) => w.code === 'explanation_required' && w.indicatorId === BUDGET_ID,
        );
    if (missing) needsExplanation.push(cellName(total, 6));
  }
  if (doc.goal) {
    const g = line('年度总体目标', '预期目标', '', '', '实际完成情况');
    line('', doc.goal.expected ?? '', '', '', doc.goal.achieved ?? '');
    merge(g, 0, g + 1, 0);
    merge(g, 1, g, 3);
    merge(g, 4, g, WIDTH - 1);
    merge(g + 1, 1, g + 1, 3);
    merge(g + 1, 4, g + 1, WIDTH - 1);
  }

  line(...FILLED_HEADERS);
  // Group cells merged over their rows, as printed.
  let l1Start = -1;
  let l2Start = -1;
  const closeGroups = (end: number, both: boolean): void => {
    if (l2Start >= 0) merge(l2Start, 1, end, 1);
    l2Start = -1;
    if (both && l1Start >= 0) merge(l1Start, 0, end, 0);
    if (both) l1Start = -1;
  };
  // A group's cell with the points its label printed ("产出指标(50分)"), which the reader checks.
  const labelled = (l1: string, l2?: string): string => {
    const g = doc.groups?.find((x) => x.l1 === l1 && x.l2 === l2);
    const name = l2 ?? l1;
    return g ? `${name}(${String(g.weight)}分)` : name;
  };
  result.rows.forEach((row, k) => {
    const prev = result.rows[k - 1];
    const newL1 = prev?.l1 !== row.l1;
    const newL2 = newL1 || prev.l2 !== row.l2;
    if (newL1) closeGroups(cells.length - 1, true);
    else if (newL2) closeGroups(cells.length - 1, false);
    const values = [
      newL1 ? labelled(row.l1) : row.l1,
      row.l2 === undefined ? '' : newL2 ? labelled(row.l1, row.l2) : row.l2,
      row.core ? `★${row.l3}` : row.l3,
      targetText(row),
      row.actual === undefined ? '' : `${row.actual}`,
      `${row.weight}`,
      row.points,
      row.note ?? '',
      lossText(result, k),
    ];
    // Merged cells show their first value: the rows below it are blank under the merge.
    if (!newL1) values[0] = '';
    if (!newL2) values[1] = '';
    const r = line(...values);
    if (newL1) l1Start = r;
    if (newL2) l2Start = row.l2 === undefined ? -1 : r;
    if (row.flags.some((f) => f.code === 'explanationMissing'))
      needsExplanation.push(cellName(r, 7));
    for (const p of row.parts ?? []) {
      line('', '', p.l3, p.target ?? '', p.actual ?? '', '', '', p.note ?? '');
    }
  });
  closeGroups(cells.length - 1, true);

  const max = result.evaluation.max;
  const t = line('总分', '', '', '', '', max, result.total, result.evaluation.gradeLabel.zh);
  merge(t, 0, t, 4);
  if (doc.note?.trim()) {
    const n = line('偏差原因分析及改进措施', doc.note);
    merge(n, 1, n, WIDTH - 1);
  }
  return { grid: { name: '自评表', cells, merges }, result, needsExplanation };
}

/**
 * The filled table as CSV: one record a row of the form (merged cells repeat nothing: only their
 * first cell holds the text), UTF-8 with a byte-order mark so that Excel and WPS open it as UTF-8,
 * CRLF line ends, and no cell that a spreadsheet would run as a formula.
 *
 * @param filled - from {@link fillSelfEvaluation}
 * @returns the CSV text
 * @throws JixiaoError when `filled` is not a filled table
 * @example
 * ```ts
 * renderFilledCsv(fillSelfEvaluation(table)).startsWith('\uFEFF项目支出绩效自评表'); // true
 * ```
 * @category Self-evaluation
 */
export function renderFilledCsv(filled: FilledTable): string {
  const cells = (filled as { grid?: { cells?: unknown } } | null)?.grid?.cells;
  if (
    !Array.isArray(cells) ||
    !cells.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string'))
  )
    throw argumentError(
      'filled',
      { zh: 'fillSelfEvaluation 的结果', en: 'a result of fillSelfEvaluation' },
      filled,
    );
  return `\uFEFF${cells.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
