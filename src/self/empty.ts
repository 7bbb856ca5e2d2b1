/**
 * Empty rows: a template row left in a 自评表 (every cell blank) or an empty `{}` is one mistake,
 * so it is one issue at the row — not one per missing cell.
 */
import { isRecord } from '../errors/arguments.js';
import { makeIssue, type Issue } from '../errors/issue.js';

/** Keys of a table that come before its rows. */
const BEFORE_ROWS = new Set(['$schema', 'unit', 'project', 'year', 'source', 'budget', 'id']);

const blank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * The rows of a table (as given, unvalidated) that are objects with nothing but blank cells.
 *
 * @param table - a self-evaluation table as given
 * @returns one issue per empty row, at `rows[k]`
 * @example
 * ```ts
 * emptyRowIssues({ rows: [{ l3: 'a' }, {}] })[0]?.path; // ["rows", 1]
 * ```
 */
export function emptyRowIssues(table: unknown): Issue[] {
  if (!isRecord(table) || !Array.isArray(table.rows)) return [];
  const issues: Issue[] = [];
  (table.rows as unknown[]).forEach((row, k) => {
    if (isRecord(row) && Object.values(row).every(blank)) {
      issues.push(
        makeIssue('invalid_input', ['rows', k], {
          zh: `第 ${k + 1} 行为空（是否为模板中未删除的空行？），请删除或填写`,
          en: `row ${k + 1} is empty (a template row left in?): delete it or fill it in`,
        }),
      );
    }
  });
  return issues;
}

/**
 * Replaces the schema's issues inside empty rows by the one issue per empty row.
 *
 * @param table - the table as given
 * @param issues - the schema's issues
 * @returns the issues, with each empty row reported once
 * @example
 * ```ts
 * const issues = withEmptyRows(table, parsed.issues);
 * ```
 */
export function withEmptyRows(table: unknown, issues: readonly Issue[]): Issue[] {
  const empty = emptyRowIssues(table);
  if (empty.length === 0) return [...issues];
  const rows = new Set(empty.map((i) => i.path[1]));
  const out = issues.filter((i) => !(i.path[0] === 'rows' && rows.has(i.path[1])));
  // In document order: after what precedes the rows, among the rows by index.
  for (const issue of empty) {
    const k = Number(issue.path[1]);
    const at = out.findIndex((i) =>
      i.path[0] === 'rows' ? Number(i.path[1]) > k : !BEFORE_ROWS.has(String(i.path[0])),
    );
    if (at < 0) out.push(issue);
    else out.splice(at, 0, issue);
  }
  return out;
}
