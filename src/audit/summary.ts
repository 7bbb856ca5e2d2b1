/**
 * Reviewing many tables: a running tally (constant memory, for streams of any length) and
 * `auditMany` for tables already in memory.
 */
import type { AuditResult } from './audit.js';
import { auditSelfEvaluation } from './audit.js';
import {
  DISCREPANCY_CODES,
  type DiscrepancyCode,
  type DiscrepancySeverity,
} from './discrepancy.js';

/** What a batch of reviews found. */
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
    this.tables++;
    if (!result.readable) this.unreadable++;
    if (result.discrepancies.length > 0) this.withDiscrepancies++;
    if (result.discrepancies.some((d) => d.severity !== 'info')) this.withErrors++;
    if (result.gradeChanges) {
      this.gradeChanges++;
      if (this.gradeChanged.length < 1000) this.gradeChanged.push(result.id ?? `#${this.tables}`);
    }
    for (const d of result.discrepancies) {
      this.byCode[d.code]++;
      this.bySeverity[d.severity]++;
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
 */
export function auditMany(
  tables: Iterable<unknown>,
  options?: unknown,
): { results: AuditResult[]; summary: AuditSummary } {
  const tally = new AuditTally();
  const results: AuditResult[] = [];
  for (const table of tables) {
    const r = auditSelfEvaluation(table, options);
    tally.add(r);
    results.push(r);
  }
  return { results, summary: tally.summary() };
}
