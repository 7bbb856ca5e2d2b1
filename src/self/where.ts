/**
 * Where a problem is, in the words of the person who filled in the table: the sheet, row and
 * column as shown on screen ("Sheet1!E12", "第 12 行 E 列") and the 三级指标, never `rows[6]`.
 */
import type { Issue } from '../errors/issue.js';
import type { LocalMessage } from '../errors/messages.js';
import type { SelfEvaluationTable } from './schema.js';

const FIELD_NAMES: Record<string, LocalMessage> = {
  target: { zh: '年度指标值', en: 'target' },
  actual: { zh: '实际完成值', en: 'actual' },
  weight: { zh: '分值', en: 'weight' },
  points: { zh: '得分', en: 'points' },
  note: { zh: '偏差原因', en: 'reason' },
  adjusted: { zh: '全年预算数', en: 'adjusted budget' },
  executed: { zh: '全年执行数', en: 'executed' },
};

type Origin = NonNullable<SelfEvaluationTable['rows'][number]['at']>;

/**
 * A place as users see it: "Sheet1!E12（第 12 行 E 列）" for a cell, "Sheet1!第 12 行" for a row; in
 * English `sheet "Sheet1", cell E12 (row 12, column E)`.
 *
 * @param sheet - the sheet's name, if known
 * @param row - the row as numbered on screen (from 1)
 * @param cell - the cell's name ("E12"), or `undefined` for the whole row
 * @param locale - the language
 * @returns the place in words
 * @example
 * ```ts
 * placeText('Sheet1', 12, 'E12', 'zh'); // "Sheet1!E12（第 12 行 E 列）"
 * ```
 */
export function placeText(
  sheet: string | undefined,
  row: number,
  cell: string | undefined,
  locale: 'zh' | 'en',
): string {
  const col = cell?.replace(/\d+$/, '');
  const zh = sheet ? `${sheet}!` : '';
  const en = sheet ? `sheet "${sheet}", ` : '';
  if (cell) {
    return locale === 'zh'
      ? `${zh}${cell}（第 ${row} 行 ${col} 列）`
      : `${en}cell ${cell} (row ${row}, column ${col})`;
  }
  return locale === 'zh' ? `${zh}第 ${row} 行` : `${en}row ${row}`;
}

/** The place of `field` in a row or block read from a sheet (its cell, or the row). */
const cellText = (at: Origin, field: string | undefined, locale: 'zh' | 'en'): string =>
  placeText(at.sheet, at.row, field === undefined ? undefined : at.cells?.[field], locale);

/**
 * How a row is named in messages: its cell when the table was read from a file, its place
 * otherwise, and its 三级指标.
 *
 * @param doc - the table
 * @param k - the row's index
 * @param locale - the language
 * @param field - the field concerned (its cell is named)
 * @returns e.g. `Sheet1!E12（第 12 行 E 列）「培训人次」`
 * @example
 * ```ts
 * rowLabel(table, 0, 'zh'); // "第 1 行「培训人次」"
 * ```
 */
export function rowLabel(
  doc: SelfEvaluationTable,
  k: number,
  locale: 'zh' | 'en',
  field?: string,
): string {
  const row = doc.rows[k];
  const name = row ? (locale === 'zh' ? `「${row.l3}」` : ` "${row.l3}"`) : '';
  if (row?.at) return `${cellText(row.at, field, locale)}${name}`;
  return locale === 'zh' ? `第 ${k + 1} 行${name}` : `row ${k + 1}${name}`;
}

/**
 * The issues with each row named as the user sees it: the `rows[k]` in a message becomes the
 * row's cell and 三级指标; an issue that does not name it is prefixed with them.
 *
 * @param issues - issues with table paths
 * @param doc - the table
 * @returns the issues, paths unchanged, messages located
 * @example
 * ```ts
 * located(issues, table)[0]?.message.zh; // "指标 Sheet1!D12（第 12 行 D 列）「培训人次」 缺少…"
 * ```
 */
export function located(issues: readonly Issue[], doc: SelfEvaluationTable): Issue[] {
  return issues.map((issue) => {
    const [head, k, field] = issue.path;
    if (head === 'rows' && typeof k === 'number' && doc.rows[k]) {
      const f = typeof field === 'string' ? field : undefined;
      const zh = rowLabel(doc, k, 'zh', f);
      const en = rowLabel(doc, k, 'en', f);
      const id = new RegExp(`"?rows\\[${k}\\]"?`, 'g');
      // The field is named in words when the row has no cell for it.
      const what = f && !doc.rows[k].at?.cells?.[f] ? FIELD_NAMES[f] : undefined;
      // Without a cell, a message that does not name the row keeps its words (the path says where).
      const cellKnown = doc.rows[k].at !== undefined;
      const put = (text: string, label: string, suffix: string, sep: string): string =>
        id.test(text)
          ? text.replace(id, label)
          : cellKnown
            ? `${label}${suffix}${sep}${text}`
            : text;
      return {
        ...issue,
        message: {
          zh: put(issue.message.zh, zh, what ? `的${what.zh}` : '', '：'),
          en: put(issue.message.en, en, what ? `, ${what.en}` : '', ': '),
        },
      };
    }
    const at = doc.budget?.at;
    if (head === 'budget' && at) {
      const f = typeof k === 'string' ? k : undefined;
      return {
        ...issue,
        message: {
          zh: `${cellText(at, f, 'zh')}：${issue.message.zh}`,
          en: `${cellText(at, f, 'en')}: ${issue.message.en}`,
        },
      };
    }
    return issue;
  });
}
