/**
 * The review of many tables (复核) as a workbook: a summary sheet, one row a table (published and
 * rule-based totals and grades, the count of discrepancies), then a sheet a table listing its
 * discrepancies — what a finance bureau hands back to the units it reviewed.
 */
import type { AuditResult } from '../audit/audit.js';
import { AuditTally } from '../audit/summary.js';
import { argumentError } from '../errors/arguments.js';
import { path, severityName } from '../report/audit.js';
import { auditResultArgument, localeArgument } from '../report/check.js';
import type { Locale } from '../report/model.js';
import { cellName } from './grid.js';
import type { CellStyles } from './xlsx-styles.js';
import { writeWorkbook, type StyledGrid } from './write.js';

/**
 * Options of {@link writeAuditWorkbook}.
 *
 * @category Files
 */
export interface AuditWorkbookOptions {
  /** The language of headings and messages (default `zh`). */
  readonly locale?: Locale;
  /**
   * The most tables given a sheet of their own (default 200); every table is in the summary whatever
   * their number.
   */
  readonly sheets?: number;
}

const T = {
  zh: {
    summary: '汇总',
    head: [
      '序号',
      '表',
      '单位',
      '项目',
      '年度',
      '公布总分（括号内为各项之和）',
      '按规则总分',
      '公布等级',
      '按规则等级',
      '等级变化',
      '差异',
      '影响分数或等级',
    ],
    detail: ['级别', '代码', '位置', '公布', '按规则', '差额', '说明'],
    yes: '是',
    no: '否',
    unreadable: '无法读取',
    none: '未发现差异。',
    issues: '无法读取的原因',
    totals: (n: number, e: number, g: number, u: number) =>
      `共 ${n} 张：${e} 张有影响分数或等级的差异，${g} 张等级会变，${u} 张无法读取`,
    more: (k: number) => `另有 ${k} 张表只列在汇总中`,
  },
  en: {
    summary: 'Summary',
    head: [
      'No.',
      'Table',
      'Unit',
      'Project',
      'Year',
      'Published total (in brackets: sum of parts)',
      'Total by the rules',
      'Published grade',
      'Grade by the rules',
      'Grade changes',
      'Discrepancies',
      'Changing points or grade',
    ],
    detail: ['Severity', 'Code', 'Where', 'Published', 'By the rules', 'Difference', 'Message'],
    yes: 'yes',
    no: 'no',
    unreadable: 'unreadable',
    none: 'No discrepancy found.',
    issues: 'Why it cannot be read',
    totals: (n: number, e: number, g: number, u: number) =>
      `${n} tables: ${e} with discrepancies changing points or grade, ${g} whose grade changes, ${u} unreadable`,
    more: (k: number) => `${k} more tables are in the summary only`,
  },
} as const;

/** A row of styles: `style` for every cell of row `r` from column 0 to `width`. */
function rowStyles(
  out: Record<string, CellStyles[string]>,
  r: number,
  width: number,
  style: CellStyles[string],
): void {
  for (let c = 0; c < width; c++) out[cellName(r, c)] = style;
}

/**
 * Writes the reviews of many tables as an `.xlsx` workbook: a summary sheet (a row a table: its
 * label, unit, project, year, published and rule-based totals and grades, whether the grade changes,
 * and its discrepancies; rows whose grade changes highlighted; the totals below), then a sheet a table
 * with each discrepancy (severity, code, where, published, by the rules, difference, message), or why
 * the table could not be read. The same reviews give the same bytes.
 *
 * @param results - the reviews (from `auditSelfEvaluation` or `auditMany`)
 * @param options - the language, and how many tables get a sheet of their own (default 200)
 * @returns the workbook's bytes
 * @throws `JixiaoError` when `results` is not a list of reviews, or an option is wrong
 * @example
 * ```ts
 * const { results } = auditMany(tables);
 * writeFileSync('复核结果.xlsx', writeAuditWorkbook(results));
 * ```
 * @category Files
 */
export function writeAuditWorkbook(
  results: readonly AuditResult[],
  options: AuditWorkbookOptions = {},
): Uint8Array {
  if (!Array.isArray(results) || results.length === 0)
    throw argumentError('results', { zh: '至少一份复核结果', en: 'one or more reviews' }, results);
  const checked = results.map((r, k) => auditResultArgument(r, `results[${k}]`));
  const given: unknown = options;
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw argumentError('options', { zh: '选项对象', en: 'an options object' }, options);
  const locale =
    options.locale === undefined ? 'zh' : localeArgument(options.locale, ['options', 'locale']);
  // From JavaScript, `sheets: null` is a mistake to report, not a default.
  const sheetsGiven: unknown = options.sheets;
  const most = sheetsGiven === undefined ? 200 : sheetsGiven;
  if (typeof most !== 'number' || !Number.isInteger(most) || most < 0)
    throw argumentError(
      'options.sheets',
      { zh: '非负整数', en: 'a whole number, 0 or more' },
      most,
    );
  const t = T[locale];

  // The summary.
  const head = [...t.head];
  const cells: string[][] = [head];
  const styles: Record<string, CellStyles[string]> = {};
  rowStyles(styles, 0, head.length, 'header');
  const tally = new AuditTally();
  checked.forEach((r, k) => {
    tally.add(r);
    const serious = r.discrepancies.filter((d) => d.severity !== 'info').length;
    cells.push([
      String(k + 1),
      r.id ?? `#${k + 1}`,
      r.unit ?? '',
      r.project ?? '',
      r.year === null ? '' : String(r.year),
      r.published.total ?? (r.published.sumOfParts === null ? '' : `(${r.published.sumOfParts})`),
      r.readable ? (r.expected.total ?? '') : t.unreadable,
      r.published.grade ?? '',
      r.expected.grade ?? '',
      r.gradeChanges ? t.yes : t.no,
      String(r.discrepancies.length),
      String(serious),
    ]);
    rowStyles(styles, k + 1, head.length, r.gradeChanges || !r.readable ? 'highlight' : 'center');
    for (const c of [1, 2, 3])
      styles[cellName(k + 1, c)] = r.gradeChanges || !r.readable ? 'highlight' : 'cell';
  });
  const s = tally.summary();
  cells.push([]);
  cells.push([t.totals(s.tables, s.withErrors, s.gradeChanges, s.unreadable)]);
  const hidden = Math.max(0, checked.length - most);
  if (hidden > 0) cells.push([t.more(hidden)]);
  const sheets: StyledGrid[] = [{ name: t.summary, cells, styles }];

  // A sheet a table.
  checked.slice(0, most).forEach((r, k) => {
    const title = `${k + 1} ${r.id ?? r.project ?? r.unit ?? ''}`.trim();
    const rows: string[][] = [[title]];
    const st: Record<string, CellStyles[string]> = { A1: 'title' };
    if (!r.readable) {
      rows.push([t.issues]);
      st[cellName(1, 0)] = 'header';
      for (const i of r.issues) {
        rows.push([`${path(i.path)} ${i.message[locale]}`.trim()]);
        st[cellName(rows.length - 1, 0)] = 'cell';
      }
    } else if (r.discrepancies.length === 0) {
      rows.push([t.none]);
    } else {
      const detail = [...t.detail];
      rows.push(detail);
      rowStyles(st, 1, detail.length, 'header');
      for (const d of r.discrepancies) {
        rows.push([
          severityName(d.severity, locale),
          d.code,
          path(d.path),
          d.published ?? '',
          d.expected ?? '',
          d.difference ?? '',
          d.message[locale],
        ]);
        const at = rows.length - 1;
        rowStyles(st, at, detail.length, d.severity === 'info' ? 'center' : 'highlight');
        for (const c of [2, 6]) st[cellName(at, c)] = d.severity === 'info' ? 'cell' : 'highlight';
      }
    }
    sheets.push({ name: title || String(k + 1), cells: rows, styles: st });
  });
  return writeWorkbook(sheets);
}
