/**
 * Reads a 自评表 from a grid of cells — a sheet of an `.xlsx` file, a CSV file, or any table typed
 * by hand — in any known column layout: the national form of 财预〔2020〕10号 with its title,
 * project lines, funds block, 年度总体目标, two-row headers and 总分; the provincial layouts of
 * {@link TABLE_LAYOUTS}; and the user's own. Merged and blank group cells are filled down, "其中…"
 * lines kept as unscored parts, ★ / 核心 markers kept, "产出指标(50分)" labels checked. Every row
 * remembers its cells, so every later problem names the cell ("Sheet1!E12").
 */
import { dec } from '../decimal.js';
import { makeIssue, type Issue } from '../errors/issue.js';
import * as z from 'zod/mini';
import { GridSchema, cellName, filledCells, type Grid } from '../io/grid.js';
import { parseWith } from '../schema/parse.js';
import { orThrow, safely, type SafeResult } from '../errors/safe.js';
import type { SelfEvaluationTableInput } from './schema.js';
import { placeText } from './where.js';
import {
  TABLE_LAYOUTS,
  TableLayoutSchema,
  headerKey,
  type TableField,
  type TableLayout,
} from './table-layouts.js';

/**
 * A table read from a grid, with what it published kept apart.
 *
 * @category Files
 */
export interface GridTable {
  /**
   * The table in the shape `scoreSelfEvaluation` takes, ready to pass to it; its values are checked
   * there (a 指标值 that does not read is reported by the scorer, naming its cell).
   */
  readonly table: SelfEvaluationTableInput;
  /** Published figures: per row 得分, the budget's 得分 and 执行率, the total and grade. */
  readonly published: {
    readonly rows: readonly (string | undefined)[];
    readonly budgetPoints?: string;
    readonly budgetRate?: string;
    readonly total?: string;
    readonly grade?: string;
  };
  /** The layout the table was read in. */
  readonly layout: string;
  /** The sheet's name. */
  readonly sheet: string;
}

/**
 * Options of {@link readSelfEvaluationGrid}.
 *
 * @category Files
 */
export interface GridOptions {
  /** Layouts to try before the built-in ones (e.g. a province's own, from JSON). */
  readonly layouts?: readonly TableLayout[];
  /** Read only in this layout (an id of a built-in or given layout). */
  readonly layout?: string;
  /**
   * Cells right of the header in a data row: `error` (CSV: an unquoted "1,200" shifts the cells
   * after it) or `ignore` (default: notes beside a sheet's table).
   */
  readonly extraCells?: 'error' | 'ignore';
  /**
   * Rows without 分值 under a label that prints points ("年度绩效目标1(40分)", the 湖北 form, whose
   * columns are 年初目标值(A) | 实际完成值(B) | 得分 only): `error` (default: each such row is a
   * problem naming its cell) or `equal` (the label's points, less any 分值 printed under it, shared
   * equally among its rows to the cent, the first rows taking the remainder, as some provinces'
   * instructions say: "三级指标分按三级指标个数平均确定"). Rows so weighted carry `weightFrom`, which
   * scoring flags and review reports.
   */
  readonly unprintedWeights?: 'error' | 'equal';
}

interface Header {
  readonly layout: TableLayout;
  readonly row: number;
  readonly rows: number;
  readonly col: Partial<Record<TableField, number>>;
  readonly score: number;
}

const TOTAL = /^(总分|合计|总计|自评总分|综合得分|自评得分合计|得分合计)$/;
/** A block under the table explaining its deviations, in forms without a 偏差原因 column. */
const NOTE_BLOCK =
  /^(偏差原因分析及改进措施|偏差原因分析|偏差原因|偏差大或目标未完成原因分析|目标未完成原因分析|未完成原因分析|原因分析及改进措施|改进措施及结果应用方案|改进措施)/;
/** A total printed above the indicator header (not 合计, which also ends a funds block). */
const HEAD_TOTAL = /^(总分|自评总分|综合得分|自评得分合计|得分合计)$/;
const GRADE = /^(优|良|中|差|优秀|良好|合格|不合格|及格|不及格)$/;
const GRADE_LABEL = /^(评价等级|自评等级|等级|自评结论|评价结论|绩效等级)$/;
const BUDGET_ROW = /^(预算执行率|预算执行情况|项目资金|预算执行|资金执行率)/;
const STOP = /^(其他需要说明事项|填表人|填报人|单位负责人|财务负责人|联系电话|说明|备注|注[:：\d])/;
const BLANK = /^[-—–/／\\]*$/;

/** A label's points: "产出指标(50分)" → ["产出指标", "50"]. */
function labelPoints(text: string): [string, string | null] {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(.*?)\((\d{1,4}(?:\.\d{1,4})?)分\)$/.exec(t);
  return m?.[1] && m[2] ? [m[1], m[2]] : [t, null];
}

/** A number cell as written: "1,234.50", "10分", "１０" → "1234.50" / "10"; blank and dashes → "". */
function numberText(text: string): string {
  const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/分$/, '');
  if (BLANK.test(t)) return '';
  return /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t;
}

const isNumber = (t: string): boolean => /^-?\d{1,30}(\.\d{1,20})?$/.test(t);

/** A layout's header texts (normalised) → fields: worked out once a call, for every row it tries. */
function fieldsOf(layout: TableLayout): ReadonlyMap<string, TableField> {
  const m = new Map<string, TableField>();
  for (const c of layout.columns) for (const h of c.headers) m.set(headerKey(h), c.field);
  return m;
}

/** The header of one layout in rows `r` (and `r + 1` for a two-row header). */
function matchHeader(
  keys: readonly (readonly string[])[],
  layout: TableLayout,
  fieldOf: ReadonlyMap<string, TableField>,
  r: number,
  rows: 1 | 2,
): Header | null {
  const top = keys[r];
  if (!top) return null;
  const under = rows === 2 ? keys[r + 1] : undefined;
  if (rows === 2 && !under) return null;
  const col: Partial<Record<TableField, number>> = {};
  for (let c = 0; c < top.length; c++) {
    const below = under?.[c];
    const f =
      (below !== undefined && below !== '' ? fieldOf.get(below) : undefined) ??
      fieldOf.get(top[c] ?? '');
    if (f !== undefined && col[f] === undefined) col[f] = c;
  }
  if (!layout.columns.every((c) => !c.required || col[c.field] !== undefined)) return null;
  // A header naming a column the layout excludes is another layout's.
  const excluded = new Set((layout.excludes ?? []).map(headerKey));
  if (excluded.size > 0 && [...top, ...(under ?? [])].some((k) => excluded.has(k))) return null;
  // A two-row header is one header: its 三级指标 cell (merged over both rows) is in the top row.
  if (rows === 2 && fieldOf.get(top[col.l3 ?? -1] ?? '') !== 'l3') return null;
  return { layout, row: r, rows, col, score: Object.keys(col).length };
}

const GridOptionsSchema = z.strictObject({
  layouts: z.optional(z.array(TableLayoutSchema).check(z.maxLength(100))),
  layout: z.optional(z.string().check(z.maxLength(64))),
  extraCells: z.optional(z.enum(['error', 'ignore'])),
  name: z.optional(z.string().check(z.maxLength(200))),
  unprintedWeights: z.optional(z.enum(['error', 'equal'])),
});

/**
 * The problems of options passed to the grid readers (for JavaScript callers).
 *
 * @param options - the options as given
 * @returns the issues, at `["options", …]`; none when they are valid
 * @example
 * ```ts
 * gridOptionIssues({ layout: 5 })[0]?.path; // ["options", "layout"]
 * ```
 */
export function gridOptionIssues(options: unknown): Issue[] {
  const o = parseWith(GridOptionsSchema, options, ['options']);
  return o.ok ? [] : o.issues;
}

/** Checks what a JavaScript caller passes: the grid and the options, with every problem. */
function gridArguments(
  grid: unknown,
  options: unknown,
): { ok: true } | { ok: false; issues: Issue[] } {
  const g = parseWith(GridSchema, grid, ['grid']);
  const o = parseWith(GridOptionsSchema, options, ['options']);
  const issues = [...(g.ok ? [] : g.issues), ...(o.ok ? [] : o.issues)];
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}

/** The layout nearest to a row that matched none, and what it lacks. */
function nearest(
  keys: readonly (readonly string[])[],
  layouts: readonly TableLayout[],
): { row: number; headers: string[]; layout: TableLayout | null; missing: string[] } {
  let best = { row: -1, hits: 0, layout: null as TableLayout | null, missing: [] as string[] };
  keys.slice(0, 80).forEach((row, r) => {
    const set = new Set(row);
    for (const layout of layouts) {
      if ((layout.excludes ?? []).some((h) => set.has(headerKey(h)))) continue;
      const hit = layout.columns.filter((c) => c.headers.some((h) => set.has(headerKey(h))));
      const missing = layout.columns
        .filter((c) => c.required && !hit.includes(c))
        .map((c) => c.headers[0] ?? c.field);
      // The nearest layout lacks the fewest required columns, then names the most.
      const better =
        hit.length > 0 &&
        (best.layout === null ||
          missing.length < best.missing.length ||
          (missing.length === best.missing.length && hit.length > best.hits));
      if (better) best = { row: r, hits: hit.length, layout, missing };
    }
  });
  const r = best.row < 0 ? keys.findIndex((row) => row.some((k) => k !== '')) : best.row;
  const headers = [...new Set((keys[r] ?? []).filter((k) => k !== ''))].slice(0, 20);
  return { row: r, headers, layout: best.layout, missing: best.missing };
}

/**
 * Reads a self-evaluation table from a grid of cells (internal reading, collecting its issues).
 *
 * @param grid - a sheet
 * @param options - layouts
 * @returns the table, or the problems
 * @example
 * ```ts
 * readGridTable({ name: 'Sheet1', cells }).ok; // true
 * ```
 */
export function readGridTable(
  grid: Grid,
  options: GridOptions = {},
): { ok: true; value: GridTable } | { ok: false; issues: Issue[] } {
  const args = gridArguments(grid, options);
  if (!args.ok) return args;
  const sheet = grid.name;
  const cells = filledCells(grid);
  // Each cell's text with its white space collapsed, once: rows read a cell several times.
  const shown = cells.map((row) => row.map((v) => v.replace(/\s+/g, ' ').trim()));
  const text = (r: number, c: number | undefined): string =>
    c === undefined ? '' : (shown[r]?.[c] ?? '');
  const keys = cells.map((row) => row.map((v) => headerKey(v)));
  const all = [...(options.layouts ?? []), ...TABLE_LAYOUTS];
  const layouts = options.layout === undefined ? all : all.filter((l) => l.id === options.layout);
  const issue = (r: number, c: number | null, zh: string, en: string): Issue => {
    const cell = c === null ? undefined : cellName(r, c);
    return makeIssue('invalid_input', [sheet, cell ?? r + 1], {
      zh: `${placeText(sheet, r + 1, cell, 'zh')}：${zh}`,
      en: `${placeText(sheet, r + 1, cell, 'en')}: ${en}`,
    });
  };
  if (layouts.length === 0) {
    return {
      ok: false,
      issues: [
        makeIssue('invalid_input', ['options', 'layout'], {
          zh: `没有编号为“${options.layout ?? ''}”的表格格式；内置格式：${TABLE_LAYOUTS.map((l) => l.id).join('、')}`,
          en: `no layout "${options.layout ?? ''}"; built in: ${TABLE_LAYOUTS.map((l) => l.id).join(', ')}`,
        }),
      ],
    };
  }

  // The header: the first row (or pair of rows) some layout recognises; the layout naming most columns.
  const fields = new Map(layouts.map((l) => [l, fieldsOf(l)] as const));
  let header: Header | null = null;
  for (let r = 0; r < Math.min(keys.length, 200) && !header; r++) {
    for (const layout of layouts) {
      for (const rows of [1, 2] as const) {
        const h = matchHeader(keys, layout, fields.get(layout) ?? fieldsOf(layout), r, rows);
        if (h && (!header || h.score > header.score)) header = h;
      }
    }
  }
  if (!header) {
    const n = nearest(keys, layouts);
    const found = n.headers.join(' | ');
    const foundEn = n.headers.map((h) => `"${h}"`).join(' | ');
    const like = n.layout
      ? {
          zh: `；最接近「${n.layout.name.zh}」（${n.layout.id}），但缺少${n.missing.map((m) => `“${m}”`).join('')}列`,
          en: `; the nearest layout is "${n.layout.name.en}" (${n.layout.id}), which also needs ${n.missing.map((m) => `"${m}"`).join(', ')}`,
        }
      : { zh: '', en: '' };
    if (n.row < 0) {
      return {
        ok: false,
        issues: [
          makeIssue('invalid_input', [sheet], {
            zh: `${sheet}：表中没有文字`,
            en: `sheet "${sheet}": it holds no text`,
          }),
        ],
      };
    }
    return {
      ok: false,
      issues: [
        makeIssue('invalid_input', [sheet], {
          zh: `${sheet}：没有认得的表头行（如“三级指标 | 年度指标值 | 实际完成值 | 分值”）。第 ${n.row + 1} 行的表头为：${found}${like.zh}。可用 layouts 选项加入本地格式`,
          en: `sheet "${sheet}": no header row of a known layout (one such as "三级指标 | 年度指标值 | 实际完成值 | 分值"). Row ${n.row + 1} holds: ${foundEn}${like.en}. A local layout can be added with the layouts option`,
        }),
      ],
    };
  }
  const { layout, col } = header;
  const issues: Issue[] = [];
  const table: Record<string, unknown> = { layout: layout.id };
  if (layout.kind === 'department') table.kind = 'department';
  const published: {
    rows: (string | undefined)[];
    budgetPoints?: string;
    budgetRate?: string;
    total?: string;
    grade?: string;
  } = { rows: [] };

  readHead(cells, keys, header.row, text, table, published, issues, issue, sheet);

  const get = (r: number, f: TableField): string => text(r, col[f]);
  const rows: Record<string, unknown>[] = [];
  const groups = new Map<string, { l1: string; l2?: string; weight: string }>();
  let l1 = '';
  let l2 = '';
  let prevL1Cell = '';
  let prevL2Cell = '';
  // A label with points in a header row, outside the layout's columns ("年度绩效目标1(40分)"): the
  // rows under it, up to the next such header, share its points when they print no 分值.
  const usedCols = new Set(Object.values(col));
  const sectionOf = (r: number): { label: string; points: string } | null => {
    for (let c = 0; c < (cells[r] ?? []).length; c++) {
      if (usedCols.has(c)) continue;
      const label = text(r, c);
      const [, points] = labelPoints(label);
      if (points) return { label, points };
    }
    return null;
  };
  let section = sectionOf(header.row);
  const sections: {
    label: string;
    points: string;
    printed: string[];
    rows: Record<string, unknown>[];
    first: number;
  }[] = [];
  const unweighted: { r: number; l3: string; label: string }[] = [];
  const notes: [string, string][] = [];
  const first = header.row + header.rows;
  const headerRow = grid.cells[header.row] ?? [];
  const headerWidth =
    headerRow.length -
    [...headerRow].reverse().findIndex((v) => typeof v === 'string' && v.trim() !== '');
  for (let r = first; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const nonEmpty = row.map((_, c) => text(r, c)).filter((t) => t !== '');
    if (nonEmpty.length === 0) continue;
    const lead = headerKey(nonEmpty[0] ?? '');
    const leadAtL3 = headerKey(get(r, 'l3'));
    if (TOTAL.test(lead) || TOTAL.test(leadAtL3)) {
      const t = numberText(get(r, 'points'));
      const numbers = row.map((_, c) => numberText(text(r, c))).filter(isNumber);
      const total = isNumber(t) ? t : numbers[numbers.length - 1];
      if (total !== undefined) published.total = total;
      const grade = nonEmpty.find((v) => GRADE.test(headerKey(v)));
      if (grade) published.grade = headerKey(grade);
      continue;
    }
    if (GRADE_LABEL.test(lead)) {
      const g = nonEmpty.slice(1).find((v) => headerKey(v) !== lead);
      if (g) published.grade = g;
      continue;
    }
    // A block under the table (the filled form prints one even with a 偏差原因 column).
    if (NOTE_BLOCK.test(lead)) {
      const note = nonEmpty.find((v) => headerKey(v) !== lead);
      if (note) notes.push([nonEmpty[0] ?? lead, note]);
      continue;
    }
    if (STOP.test(lead)) continue;
    if (options.extraCells === 'error' && row.slice(headerWidth).some((v) => v.trim() !== '')) {
      const width = row.length - [...row].reverse().findIndex((v) => v.trim() !== '');
      issues.push(
        issue(
          r,
          null,
          `单元格多于表头（${width} 个，表头 ${headerWidth} 个）：含逗号的数字（如 1,200）须加引号或去掉千分位`,
          `more cells than the header (${width}, not ${headerWidth}): a number with a comma (such as 1,200) must be quoted or written without it`,
        ),
      );
      continue;
    }
    // A line of one merged text (a note under the table), or a second header row.
    if (new Set(nonEmpty).size === 1 && nonEmpty.length > 1) continue;
    if (
      headerKey(get(r, 'l3')) !== '' &&
      layout.columns.some(
        (c) => c.field === 'l3' && c.headers.some((h) => headerKey(h) === headerKey(get(r, 'l3'))),
      )
    ) {
      section = sectionOf(r);
      continue;
    }
    const at = (f: TableField): string | undefined =>
      col[f] === undefined ? undefined : cellName(r, col[f]);
    // The budget as a row (the simplified layout of earlier jixiao CSV files).
    if (layout.kind === 'project' && BUDGET_ROW.test(headerKey(get(r, 'l1') || lead))) {
      const budget: Record<string, unknown> = {
        adjusted: numberText(get(r, 'target')),
        executed: numberText(get(r, 'actual')),
        at: { sheet, row: r + 1, cells: { adjusted: at('target'), executed: at('actual') } },
      };
      const bw = numberText(get(r, col.share === undefined ? 'weight' : 'share')).replace(/%$/, '');
      if (bw) budget.weight = bw;
      if (get(r, 'note')) budget.note = get(r, 'note');
      const money = /^(元|千元|万元|亿元)$/.exec(headerKey(get(r, 'unit')))?.[1];
      if (money) budget.unit = money;
      table.budget ??= budget;
      const p = numberText(get(r, col.share === undefined ? 'points' : 'converted'));
      if (p) published.budgetPoints = p;
      continue;
    }
    // Group names: a new 一级 cell (merged cells repeat the same text) starts a new group.
    const l1Cell = get(r, 'l1');
    if (l1Cell && l1Cell !== prevL1Cell) {
      const [name, points] = labelPoints(l1Cell);
      l1 = name;
      l2 = '';
      prevL2Cell = '';
      if (points) groups.set(name, { l1: name, weight: points });
    }
    prevL1Cell = l1Cell || prevL1Cell;
    const l2Cell = get(r, 'l2');
    if (l2Cell && l2Cell !== prevL2Cell) {
      const [name, points] = labelPoints(l2Cell);
      l2 = name;
      if (points) groups.set(`${l1}\u0000${name}`, { l1, l2: name, weight: points });
    }
    prevL2Cell = l2Cell || prevL2Cell;
    // "指标1工程资金金额": the template's numbering left before the name.
    const [l3Name, l3Points] = labelPoints(get(r, 'l3').replace(/^指标\d+[:：]?(?=\S)/, ''));
    let l3 = l3Points === null ? get(r, 'l3').replace(/^指标\d+[:：]?(?=\S)/, '') : l3Name;
    // A weight written as a share of the 100 points ("20%") is that many points.
    const weightCell = numberText(get(r, 'weight')).replace(/^(\d{1,3}(?:\.\d+)?)%$/, '$1');
    // Without a 分值 column, the points in the name ("相关性(5分)") are the weight.
    // A 权重占比 column (layout "weighted") holds the row's share of the 100 points: that is its
    // weight, and its 折算得分 the points it printed (指标分值 and 单项指标得分 are the same on the
    // row's own scale).
    const shareCell = numberText(get(r, 'share')).replace(/%$/, '');
    const weight =
      col.share !== undefined && shareCell !== ''
        ? shareCell
        : col.weight === undefined
          ? (l3Points ?? '')
          : weightCell;
    const target = get(r, 'target') || get(r, 'initialTarget');
    const actual = get(r, 'actual');
    const pointsText = numberText(
      col.converted !== undefined && col.share !== undefined
        ? get(r, 'converted')
        : get(r, 'points'),
    );
    // Template rows left blank ("指标2", "……") carry nothing to score.
    if (!weight && !target && !actual && !pointsText) continue;
    // A 三级指标 cell filled from a merge with the group cells beside it holds no indicator.
    const rawL3 = col.l3 === undefined ? '' : (grid.cells[r]?.[col.l3] ?? '').trim();
    const mergedName = rawL3 === '' && (get(r, 'l3') === l2Cell || get(r, 'l3') === l1Cell);
    if (l3 === '' || mergedName) {
      if (!weight) continue;
      issues.push(issue(r, col.l3 ?? null, '三级指标为空', 'the indicator name is blank'));
      continue;
    }
    // "其中…" lines without 分值: parts of the row above.
    if (l3.startsWith('其中') && !weight) {
      const prev = rows[rows.length - 1];
      if (prev) {
        const part: Record<string, unknown> = { l3 };
        if (target) part.target = target;
        if (actual) part.actual = actual;
        if (get(r, 'note')) part.note = get(r, 'note');
        prev.parts = [...((prev.parts as unknown[] | undefined) ?? []), part];
      }
      continue;
    }
    let core = false;
    if (/^[★☆*]|[★☆]$|[(（[【]核心[)）\]】]/.test(l3)) {
      core = true;
      l3 = l3.replace(/^[★☆*]+|[★☆]+$|[(（[【]核心(指标)?[)）\]】]/g, '').trim();
    }
    if (/^(是|√|✓|★|Y|YES)$/i.test(get(r, 'core'))) core = true;
    if (!weight && col.weight === undefined && col.share === undefined && section) {
      // No 分值 column: the row's share of its label's points, worked out after the last row.
      unweighted.push({ r, l3, label: section.label });
    } else if (!weight) {
      issues.push(issue(r, col.weight ?? null, `「${l3}」的分值为空`, `"${l3}" has no weight`));
      continue;
    }
    if (weight && !isNumber(weight)) {
      issues.push(
        issue(
          r,
          col.weight ?? null,
          `「${l3}」的分值“${weight}”不是数值`,
          `"${l3}": the weight "${weight}" is not a number`,
        ),
      );
      continue;
    }
    const out: Record<string, unknown> = { l1: l1 || '绩效指标', l3, weight };
    if (l2) out.l2 = l2;
    const hasTarget = col.target !== undefined || col.initialTarget !== undefined;
    if (hasTarget) {
      // 指标性质 in 重庆's form is 定量指标 / 定性指标, not a comparator.
      const nature = get(r, 'op');
      const kind = /^定[量性](?=(指标)?$)/.exec(headerKey(nature))?.[0];
      const op = kind === '定量' ? '' : kind === '定性' ? '定性' : nature;
      if (col.op !== undefined && op) {
        out.target = { op, value: target, ...(get(r, 'unit') ? { unit: get(r, 'unit') } : {}) };
      } else if (target) {
        out.target =
          col.unit !== undefined && get(r, 'unit') && /\d$/.test(target)
            ? target + get(r, 'unit')
            : target;
      }
      if (actual) out.actual = actual;
    }
    if (pointsText && isNumber(pointsText)) out.points = pointsText;
    if (get(r, 'note')) out.note = get(r, 'note');
    if (get(r, 'standard')) out.standard = get(r, 'standard');
    if (core) out.core = true;
    const cellsOf: Record<string, string> = {};
    for (const f of ['l3', 'target', 'actual', 'weight', 'points', 'note'] as const) {
      const name =
        f === 'target' && !get(r, 'target') && col.initialTarget !== undefined
          ? at('initialTarget')
          : at(f);
      if (name) cellsOf[f] = name;
    }
    out.at = { sheet, row: r + 1, cells: cellsOf };
    rows.push(out);
    published.rows.push(pointsText || undefined);
    if (section) {
      let s = sections[sections.length - 1];
      if (s?.label !== section.label || s.points !== section.points) {
        s = { ...section, printed: [], rows: [], first: -1 };
        sections.push(s);
      }
      if (weight) s.printed.push(weight);
      else {
        if (s.rows.length === 0) s.first = r;
        s.rows.push(out);
      }
    }
  }
  if (unweighted.length > 0 && options.unprintedWeights !== 'equal') {
    for (const u of unweighted) {
      issues.push(
        issue(
          u.r,
          col.l3 ?? null,
          `「${u.l3}」没有分值：表中没有分值列，只有“${u.label}”的总分；可加一列分值，或按指标个数平分（unprintedWeights: "equal"，命令行 --unprinted-weights equal）`,
          `"${u.l3}" has no weight: the table has no 分值 column, only the points of "${u.label}"; add a 分值 column, or share them equally among its rows (unprintedWeights: "equal", --unprinted-weights equal on the command line)`,
        ),
      );
    }
  }
  for (const s of sections) {
    if (s.rows.length === 0 || options.unprintedWeights !== 'equal') continue;
    const left = s.printed.reduce((sum, w) => sum.minus(w), dec(s.points));
    const places = Math.max(2, left.decimalPlaces());
    const each = left.div(s.rows.length).round(places, 'down');
    if (!each.gt(0)) {
      issues.push(
        issue(
          s.first,
          col.l3 ?? null,
          `“${s.label}”的分值已被本组印出的分值用完，余下 ${s.rows.length} 个指标无分可分`,
          `the points of "${s.label}" are used up by the 分值 printed under it: nothing is left for the ${s.rows.length} row(s) without one`,
        ),
      );
      continue;
    }
    // The cents left over go one each to the first rows: the shares add up to the label exactly.
    let extra = left.minus(each.times(s.rows.length));
    const cent = dec(`0.${'0'.repeat(places - 1)}1`);
    for (const row of s.rows) {
      const w = extra.gt(0) ? each.plus(cent) : each;
      if (extra.gt(0)) extra = extra.minus(cent);
      row.weight = w.toFixed(places);
      row.weightFrom = s.label;
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  // One block is the note; several ("偏差大或目标未完成原因分析", "改进措施及结果应用方案") keep their labels.
  if (notes.length === 1) table.note = notes[0]?.[1];
  else if (notes.length > 1) table.note = notes.map(([k, v]) => `${k}：${v}`).join('\n');
  table.rows = rows;
  if (groups.size > 0) table.groups = [...groups.values()];
  return {
    ok: true,
    value: { table: table as SelfEvaluationTableInput, published, layout: layout.id, sheet },
  };
}

const KEY_FIELDS: readonly [RegExp, 'project' | 'unit' | 'department' | 'year'][] = [
  [/^项目名称$/, 'project'],
  [/^(实施单位|单位名称|预算单位|部门名称|单位|部门)$/, 'unit'],
  [/^主管部门$/, 'department'],
  [/^(年度|评价年度)$/, 'year'],
];

// 重庆's department form prints 全年(调整)预算数 | 全年执行数 | 执行率(%) | 执行率权重 | 执行率得分(分).
const FUNDS: Record<string, RegExp> = {
  initial: /^(年初预算数|年初预算)$/,
  adjusted: /^(全年预算数|全年\(调整\)预算数|调整后预算数|调整预算数|预算数)$/,
  executed: /^(全年执行数|预算执行数|执行数)$/,
  weight: /^(分值|执行率权重|权重)$/,
  rate: /^执行率$/,
  points: /^(得分|执行率得分)$/,
};

/** Title, project lines, funds block and 年度总体目标: everything above the indicator header. */
function readHead(
  cells: readonly (readonly string[])[],
  keys: readonly (readonly string[])[],
  end: number,
  text: (r: number, c: number | undefined) => string,
  table: Record<string, unknown>,
  published: { budgetPoints?: string; budgetRate?: string; total?: string },
  issues: Issue[],
  issue: (r: number, c: number | null, zh: string, en: string) => Issue,
  sheet: string,
): void {
  let department: string | undefined;
  const firstText = cells
    .slice(0, end)
    .flatMap((row, r) => row.map((_, c) => text(r, c)))
    .find((t) => t !== '');
  if (firstText && /自评表|评分表|评价表|得分表/.test(firstText)) table.title = firstText;
  const yearOf = (t: string): number | undefined => {
    const m = /(19|20)\d{2}(?=\s*年)/.exec(t);
    return m ? Number(m[0]) : undefined;
  };
  for (let r = 0; r < end; r++) {
    const row = keys[r] ?? [];
    const line = (cells[r] ?? []).join('');
    const y = yearOf(line);
    if (y !== undefined && table.year === undefined && /年度|自评表/.test(line)) table.year = y;
    for (let c = 0; c < row.length; c++) {
      const raw = text(r, c);
      // "自评总分(分) | 97.6" in the head (重庆's department form): the total it printed.
      if (HEAD_TOTAL.test(row[c] ?? '')) {
        const n = (cells[r] ?? []).map((_, d) => numberText(text(r, d))).slice(c + 1);
        const total = n.find(isNumber);
        if (total !== undefined) published.total ??= total;
        continue;
      }
      const kv = /^([^:：]{2,6})[:：](.+)$/.exec(raw);
      const [k, inline] = kv?.[1] && kv[2] ? [headerKey(kv[1]), kv[2].trim()] : [row[c] ?? '', ''];
      const hit = KEY_FIELDS.find(([re]) => re.test(k));
      if (!hit) continue;
      let value = inline;
      for (let d = c + 1; !value && d < row.length; d++) {
        const v = text(r, d);
        if (v && headerKey(v) !== k) value = v;
      }
      if (!value || KEY_FIELDS.some(([re]) => re.test(headerKey(value)))) continue;
      if (hit[1] === 'year') {
        const yy = yearOf(`${value}年`);
        if (yy !== undefined) table.year = yy;
      } else if (hit[1] === 'department') department ??= value;
      else if (table[hit[1]] === undefined) table[hit[1]] = value;
    }
  }
  if (table.unit === undefined && department !== undefined) table.unit = department;

  // The funds block: a header row naming 全年执行数 (or 执行数), then 年度资金总额 and its 其中 lines.
  const fundsAt = keys.slice(0, end).findIndex((row) => row.some((k) => FUNDS.executed?.test(k)));
  if (fundsAt >= 0) {
    const fcol: Record<string, number> = {};
    for (const [f, re] of Object.entries(FUNDS)) {
      const c = (keys[fundsAt] ?? []).findIndex((k) => re.test(k));
      if (c >= 0) fcol[f] = c;
    }
    const numCols = Object.values(fcol);
    const firstNum = Math.min(...numCols);
    const headLabel =
      (keys[fundsAt] ?? [])
        .slice(0, firstNum)
        .filter((k) => k !== '')
        .pop() ?? '';
    const parts: Record<string, unknown>[] = [];
    for (let r = fundsAt + 1; r < end; r++) {
      const labels = (keys[r] ?? [])
        .slice(0, firstNum)
        .filter((k) => (k !== '' && !/^项目资金|^资金/.test(k)) || /资金总额|合计/.test(k));
      const label = labels[labels.length - 1] ?? '';
      const num = (f: string): string => numberText(text(r, fcol[f]));
      // 重庆's form prints the amounts right under the header, its label merged over both rows.
      const unlabelled =
        r === fundsAt + 1 &&
        (label === '' || label === headLabel) &&
        (num('adjusted') !== '' || num('executed') !== '');
      if (!unlabelled && (!label || /年度总体目标|预期目标|绩效指标/.test(label))) break;
      if (unlabelled || /资金总额|^合计/.test(label)) {
        const budget: Record<string, unknown> = {};
        const cellsOf: Record<string, string> = {};
        for (const f of ['initial', 'adjusted', 'executed', 'weight'] as const) {
          const v = num(f);
          if (v !== '' && fcol[f] !== undefined) {
            if (!isNumber(v)) {
              issues.push(
                issue(
                  r,
                  fcol[f] ?? null,
                  `资金数“${v}”不是数值`,
                  `the amount "${v}" is not a number`,
                ),
              );
              continue;
            }
            budget[f] = v;
            cellsOf[f] = cellName(r, fcol[f] ?? 0);
          }
        }
        for (const f of ['adjusted', 'executed'] as const) {
          // A cell that holds no number has been named above.
          if (budget[f] === undefined && num(f) === '') {
            issues.push(
              issue(
                r,
                fcol[f] ?? null,
                `年度资金总额的${f === 'adjusted' ? '全年预算数' : '全年执行数'}为空`,
                `the funds total has no ${f === 'adjusted' ? 'adjusted budget' : 'executed amount'}`,
              ),
            );
          }
        }
        // No 分值 column: the points in the block's label ("预算执行情况(万元)(20分)").
        if (fcol.weight === undefined) {
          const label = (cells[fundsAt] ?? [])
            .map((_, c) => labelPoints(text(fundsAt, c))[1])
            .find((p) => p !== null);
          if (label) budget.weight = label;
        }
        budget.at = { sheet, row: r + 1, cells: cellsOf };
        // "项目资金（元）", "资金情况(万元)": the unit the amounts are printed in.
        const unit = /[(（](元|千元|万元|亿元)[)）]/.exec(
          (cells[fundsAt] ?? []).concat(cells[r] ?? []).join(''),
        )?.[1];
        if (unit) budget.unit = unit;
        table.budget = budget;
        const p = num('points');
        if (p) published.budgetPoints = p;
        const rate = text(r, fcol.rate);
        if (rate && !BLANK.test(rate)) published.budgetRate = rate;
      } else {
        const part: Record<string, unknown> = { name: label.replace(/^其中[:：]?/, '') };
        for (const f of ['initial', 'adjusted', 'executed'] as const) {
          const v = num(f);
          if (isNumber(v)) part[f] = v;
        }
        parts.push(part);
      }
    }
    const budget = table.budget as Record<string, unknown> | undefined;
    if (budget && parts.length > 0) budget.parts = parts;
  }

  // 年度总体目标: the texts under 预期目标 and 实际完成情况.
  const goalAt = keys.slice(0, end).findIndex((row) => row.includes('预期目标'));
  if (goalAt >= 0) {
    const head = keys[goalAt] ?? [];
    const ec = head.indexOf('预期目标');
    const ac = head.findIndex((k) => k.startsWith('实际完成情况'));
    const goal: Record<string, string> = {};
    const expected = text(goalAt + 1, ec);
    const achieved = ac >= 0 ? text(goalAt + 1, ac) : '';
    if (expected && goalAt + 1 < end) goal.expected = expected;
    if (achieved && goalAt + 1 < end) goal.achieved = achieved;
    if (Object.keys(goal).length > 0) table.goal = goal;
  }
}

/**
 * Reads a self-evaluation table from a grid of cells: the national form of 财预〔2020〕10号 or any
 * provincial layout (told by its header row), or the one `options.layout` names.
 *
 * @param grid - a sheet: its name, cells as displayed, merged ranges
 * @param options - extra layouts, or the one layout to use
 * @returns the table (ready for `scoreSelfEvaluation`), its published figures and its layout
 * @throws {@link JixiaoError} listing every problem, each naming its cell ("Sheet1!E12")
 * @example
 * ```ts
 * const { table, layout } = readSelfEvaluationGrid({ name: 'Sheet1', cells: records });
 * scoreSelfEvaluation(table).total;
 * ```
 * @category Files
 */
export function readSelfEvaluationGrid(grid: Grid, options: GridOptions = {}): GridTable {
  return orThrow(readGridTable(grid, options));
}

/**
 * Reads a self-evaluation table from a grid of cells without throwing.
 *
 * @param grid - a sheet: its name, cells as displayed, merged ranges
 * @param options - extra layouts, or the one layout to use
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const r = safeReadSelfEvaluationGrid({ name: 'Sheet1', cells: records });
 * if (r.success) scoreSelfEvaluation(r.data.table);
 * ```
 * @category Files
 */
export function safeReadSelfEvaluationGrid(
  grid: Grid,
  options: GridOptions = {},
): SafeResult<GridTable> {
  return safely(() => readSelfEvaluationGrid(grid, options));
}
