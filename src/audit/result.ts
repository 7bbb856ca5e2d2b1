/**
 * What a review returns (`AuditResult`), the context the checks share, and the review of a table that
 * cannot be read at all.
 */
import type { Dec } from '../decimal.js';
import { argumentError } from '../errors/arguments.js';
import { isArrayOf } from '../errors/arrays.js';
import { isIssue, type Issue } from '../errors/issue.js';
import type { LocalMessage } from '../errors/messages.js';
import type { GradeScale } from '../grade/scale.js';
import type { Discrepancy, DiscrepancySeverity } from './discrepancy.js';
import type { AuditTable } from './schema.js';

/**
 * The review of one table.
 *
 * @category Audit
 */
export interface AuditResult {
  /** A label: the table's `id`, else 项目名称, else 单位. */
  readonly id: string | null;
  readonly unit: string | null;
  readonly project: string | null;
  readonly year: number | null;
  /** Whether the table could be read and scored (possibly without some rows). */
  readonly readable: boolean;
  /** Problems met reading it. */
  readonly issues: readonly Issue[];
  /** What the rules give: total, grade, budget points and each row's points (`null` where unknown). */
  readonly expected: {
    readonly total: string | null;
    readonly grade: string | null;
    readonly budget: string | null;
    readonly rows: readonly (string | null)[];
  };
  /** What the table prints. */
  readonly published: {
    readonly total: string | null;
    readonly grade: string | null;
    readonly sumOfParts: string | null;
  };
  /** Whether the rule-based grade differs from the published one (or from the grade of the published total). */
  readonly gradeChanges: boolean;
  readonly discrepancies: readonly Discrepancy[];
}

/** Context the checks share (internal to the audit). @internal */
export interface AuditContext {
  readonly table: AuditTable;
  readonly scale: GradeScale;
  /** The total the table stands on (published total, else the sum of published parts), for severities. */
  readonly base: Dec | null;
  /** The 执行率 below which a reason is required. */
  readonly explainBelow: Dec;
  /** Records a discrepancy; with `effect`, its severity is `grade` when the correction changes the grade. */
  add(
    d: Omit<Discrepancy, 'severity'> & { severity?: DiscrepancySeverity },
    effect?: { published: Dec; expected: Dec },
  ): void;
}

/** A message in both languages. @internal */
export const msg = (zh: string, en: string): LocalMessage => ({ zh, en });

/**
 * The review of a table that cannot be read at all: its issues and one `unreadable` discrepancy.
 *
 * @param id - a label for the table
 * @param issues - why it cannot be read
 * @param about - unit, project and year when known
 * @returns the review
 * @example
 * ```ts
 * unreadableResult('a.csv', issues).discrepancies[0]?.code; // "unreadable"
 * ```
 */
export function unreadableResult(
  id: string | null,
  issues: readonly Issue[],
  about: { unit?: string | null; project?: string | null; year?: number | null } = {},
): AuditResult {
  // Plain-JS callers are not checked by tsc.
  const given: unknown = issues;
  if (!isArrayOf(given, isIssue) || given.length === 0)
    throw argumentError('issues', { zh: '至少一个问题', en: 'at least one issue' }, issues);
  if (id !== null && typeof (id as unknown) !== 'string')
    throw argumentError('id', { zh: '字符串或 null', en: 'a string or null' }, id);
  if (typeof (about as unknown) !== 'object' || (about as unknown) === null)
    throw argumentError('about', { zh: '对象', en: 'an object' }, about);
  return {
    id,
    unit: about.unit ?? null,
    project: about.project ?? null,
    year: about.year ?? null,
    readable: false,
    issues,
    expected: { total: null, grade: null, budget: null, rows: [] },
    published: { total: null, grade: null, sumOfParts: null },
    gradeChanges: false,
    discrepancies: [
      {
        code: 'unreadable',
        path: [],
        expected: null,
        published: null,
        difference: null,
        severity: 'grade',
        message: msg(
          `自评表无法读取（${issues.length} 个问题），未能复核：${issues
            .slice(0, 3)
            .map((i) => i.message.zh)
            .join('；')}`,
          `the table cannot be read (${issues.length} problem${issues.length === 1 ? '' : 's'}) and was not reviewed: ${issues
            .slice(0, 3)
            .map((i) => i.message.en)
            .join('; ')}`,
        ),
      },
    ],
  };
}
