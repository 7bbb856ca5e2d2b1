/**
 * Reviewing many tables: a running tally (constant memory, for streams of any length) and
 * `auditMany` for tables already in memory.
 */
import { argumentError, isRecord } from '../errors/arguments.js';
import { isArrayOf } from '../errors/arrays.js';
import type { AuditResult } from './audit.js';
import { auditSelfEvaluation, unreadableResult } from './audit.js';
import { makeIssue } from '../errors/issue.js';
import {
  DISCREPANCY_CODES,
  type DiscrepancyCode,
  type DiscrepancySeverity,
} from './discrepancy.js';

/**
 * What a batch of reviews found.
 *
 * @category Audit
 */
export interface AuditSummary {
  /** Tables read. */
  readonly tables: number;
  /** Tables that could not be read at all. */
  readonly unreadable: number;
  /** Tables with at least one discrepancy (information included). */
  readonly withDiscrepancies: number;
  /** Tables with a discrepancy that changes points or the grade. */
  readonly withErrors: number;
  /** Tables whose grade would change under the rules. */
  readonly gradeChanges: number;
  /** Labels of those tables (the first 1000). */
  readonly gradeChanged: readonly string[];
  /** Discrepancies per code. */
  readonly byCode: Readonly<Record<DiscrepancyCode, number>>;
  /** Discrepancies per severity. */
  readonly bySeverity: Readonly<Record<DiscrepancySeverity, number>>;
}

/**
 * A running tally of reviews: add results as they come, read the summary at any time. Memory does
 * not grow with the number of tables (but for the first 1000 labels of grade-changing tables).
 *
 * @example
 * ```ts
 * const tally = new AuditTally();
 * for (const t of tables) tally.add(auditSelfEvaluation(t));
 * tally.summary().gradeChanges;
 * ```
 * @category Audit
 */
export class AuditTally {
  private tables = 0;
  private unreadable = 0;
  private withDiscrepancies = 0;
  private withErrors = 0;
  private gradeChanges = 0;
  private readonly gradeChanged: string[] = [];
  private readonly byCode = Object.fromEntries(DISCREPANCY_CODES.map((c) => [c, 0])) as Record<
    DiscrepancyCode,
    number
  >;
  private readonly bySeverity: Record<DiscrepancySeverity, number> = {
    grade: 0,
    points: 0,
    info: 0,
  };

  /**
   * Adds one review.
   *
   * @param result - a review
   */
  add(result: AuditResult): void {
    const given: unknown = result;
    if (
      !isRecord(given) ||
      !isArrayOf(
        given.discrepancies,
        (d) => isRecord(d) && typeof d.code === 'string' && typeof d.severity === 'string',
      )
    )
      throw argumentError('result', { zh: '一份复核结果', en: 'a review result' }, result);
    this.tables++;
    if (!result.readable) this.unreadable++;
    if (result.discrepancies.length > 0) this.withDiscrepancies++;
    if (result.discrepancies.some((d) => d.severity !== 'info')) this.withErrors++;
    if (result.gradeChanges) {
      this.gradeChanges++;
      if (this.gradeChanged.length < 1000) this.gradeChanged.push(result.id ?? `#${this.tables}`);
    }
    for (const d of result.discrepancies) {
      if (Object.hasOwn(this.byCode, d.code)) this.byCode[d.code]++;
      if (Object.hasOwn(this.bySeverity, d.severity)) this.bySeverity[d.severity]++;
    }
  }

  /**
   * The summary so far.
   *
   * @returns a plain copy
   */
  summary(): AuditSummary {
    return {
      tables: this.tables,
      unreadable: this.unreadable,
      withDiscrepancies: this.withDiscrepancies,
      withErrors: this.withErrors,
      gradeChanges: this.gradeChanges,
      gradeChanged: [...this.gradeChanged],
      byCode: { ...this.byCode },
      bySeverity: { ...this.bySeverity },
    };
  }
}

/**
 * Reviews one table of a batch. A failure of jixiao itself (a bug, not the table's fault) is reported
 * as that table's `internal_error`, so the batch goes on.
 *
 * @param table - the table
 * @param options - scoring options
 * @param n - its index in the batch
 * @returns its review
 * @example
 * ```ts
 * auditOne(table, undefined, 0).readable;
 * ```
 */
export function auditOne(table: unknown, options: unknown, n: number): AuditResult {
  try {
    return auditSelfEvaluation(table as never, options as never); // validated by the callee;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return unreadableResult(`#${n + 1}`, [makeIssue('internal_error', [], { message })]);
  }
}

/**
 * Reviews many tables; one bad table never stops the batch.
 *
 * @param tables - tables under review
 * @param options - scoring options for all of them
 * @returns every review and the summary
 * @example
 * ```ts
 * const { results, summary } = auditMany([tableA, tableB]);
 * summary.byCode.total_not_sum;
 * ```
 * @category Audit
 */
export function auditMany(
  tables: Iterable<unknown>,
  options?: unknown,
): { results: AuditResult[]; summary: AuditSummary } {
  const given: unknown = tables;
  if (
    typeof given !== 'object' ||
    given === null ||
    typeof (given as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function'
  )
    throw argumentError(
      'tables',
      { zh: '表的数组或可迭代对象', en: 'an array or iterable of tables' },
      tables,
    );
  const tally = new AuditTally();
  const results: AuditResult[] = [];
  let n = 0;
  for (const table of tables) {
    const r = auditOne(table, options, n++);
    tally.add(r);
    results.push(r);
  }
  return { results, summary: tally.summary() };
}
