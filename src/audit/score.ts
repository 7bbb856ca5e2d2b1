/**
 * Scores a table under review as far as it can be scored: rows that cannot be read are set aside
 * (and reported), the rest are scored by the rules as they stand, whatever their weights.
 */
import { JixiaoError } from '../errors/JixiaoError.js';
import type { Issue } from '../errors/issue.js';
import { scoreTable } from '../self/core.js';
import type { SelfEvaluationOptions, SelfEvaluationTable } from '../self/schema.js';
import type { SelfEvaluationResult } from '../self/score.js';
import type { AuditTable } from './schema.js';

/** What could be scored. */
export interface PartialScore {
  /** The scoring of the readable rows (and budget), or `null` when nothing could be scored. */
  readonly result: SelfEvaluationResult | null;
  /** Index in `result.rows` of each table row, or -1 for a row set aside. */
  readonly rowIndex: readonly number[];
  /** Problems per row set aside. */
  readonly rowIssues: ReadonlyMap<number, readonly Issue[]>;
  /** Problems of the budget block (then its rule score is unknown). */
  readonly budgetIssues: readonly Issue[];
}

/**
 * The table without its published figures, as `scoreSelfEvaluation` reads it.
 *
 * @param t - a parsed table under review
 * @returns the self-evaluation table
 * @example
 * ```ts
 * const doc = withoutPublished(parsed); // rows without publishedPoints, etc.
 * ```
 */
export function withoutPublished(t: AuditTable): SelfEvaluationTable {
  const { id: _id, publishedTotal: _t, publishedGrade: _g, budget, rows, ...rest } = t;
  if (!budget) return { ...rest, rows: rows.map(({ publishedPoints: _pp, ...row }) => row) };
  const { publishedPoints: _p, publishedRate: _r, ...plainBudget } = budget;
  return {
    ...rest,
    budget: plainBudget,
    rows: rows.map(({ publishedPoints: _pp, ...row }) => row),
  };
}

/**
 * Scores what can be scored.
 *
 * @param doc - the table without published figures
 * @param options - scoring options
 * @returns the partial score
 * @example
 * ```ts
 * const { result, rowIssues } = scoreAsFarAsPossible(doc, {});
 * ```
 */
export function scoreAsFarAsPossible(
  doc: SelfEvaluationTable,
  options: SelfEvaluationOptions,
): PartialScore {
  const rowIssues = new Map<number, Issue[]>();
  const budgetIssues: Issue[] = [];
  // Each attempt sets aside what failed in the one before (rows are checked before the engine
  // runs, the budget block only by the engine), until the rest scores or nothing is left.
  for (let attempt = 0; attempt < 4; attempt++) {
    const keep = doc.rows.map((_, k) => !rowIssues.has(k));
    const rowIndex: number[] = [];
    let n = 0;
    for (const k of doc.rows.keys()) rowIndex.push(keep[k] ? n++ : -1);
    const rows = doc.rows.filter((_, k) => keep[k]);
    if (rows.length === 0) return { result: null, rowIndex, rowIssues, budgetIssues };
    // A budget block that cannot be scored is replaced by a neutral one; its score stays unknown.
    // Rows are scored by their own weights, so the neutral block takes the default weight (10, on
    // any rounding grid): the table's weight may be what cannot be scored.
    const budget =
      budgetIssues.length > 0 && doc.budget ? { adjusted: 1, executed: 1 } : doc.budget;
    try {
      return {
        result: scoreTable({ ...doc, budget, rows }, options, false),
        rowIndex,
        rowIssues,
        budgetIssues,
      };
    } catch (e) {
      if (!(e instanceof JixiaoError)) throw e;
      // A JixiaoError carries at least one issue, so every failed attempt sets something aside.
      // An issue of no row in particular (the weight of a group of rows, from a row's weight) is
      // the budget block's only when no row failed: else the retry without those rows tells.
      const ofRow = (i: Issue) => i.path[0] === 'rows' && typeof i.path[1] === 'number';
      const rowFailed = e.issues.some(ofRow);
      for (const issue of e.issues) {
        if (ofRow(issue)) {
          // Paths of a retry count the rows kept; map them back to the table.
          const original = rowIndex.indexOf(issue.path[1] as number);
          rowIssues.set(original, [...(rowIssues.get(original) ?? []), issue]);
        } else if (!rowFailed || issue.path[0] === 'budget') budgetIssues.push(issue);
      }
    }
  }
  return { result: null, rowIndex: doc.rows.map(() => -1), rowIssues, budgetIssues };
}
