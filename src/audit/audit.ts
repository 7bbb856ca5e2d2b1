/**
 * `auditSelfEvaluation`: reviews (复核) a published self-evaluation table — its own arithmetic and its
 * agreement with the rules — and lists every discrepancy with the expected and published figures.
 * A table that cannot be read is reported with its issues, never thrown away.
 */
import { ZERO, dec, fmt, plain, type Dec } from '../decimal.js';
import type { Issue, Path } from '../errors/issue.js';
import type { Warning } from '../findings/finding.js';
import { MOF2020_SCALE, checkScale, gradeOf, type GradeScale } from '../grade/scale.js';
import { parseWith } from '../schema/parse.js';
import {
  SelfEvaluationOptionsSchema,
  type SelfEvaluationOptions,
  type SelfEvaluationOptionsInput,
} from '../self/schema.js';
import { withEmptyRows } from '../self/empty.js';
import { withBudgetRequired } from '../self/schema.js';
import { groupWarnings, sharedWeightWarnings, splitWarnings } from '../self/split.js';
import { budgetChecks, rowChecks } from './checks.js';
import type { Discrepancy, DiscrepancyCode, DiscrepancySeverity } from './discrepancy.js';
import { readPrinted, type Printed } from './printed.js';
import { AuditTableSchema, type AuditTableInput } from './schema.js';
import { msg, unreadableResult, type AuditContext, type AuditResult } from './result.js';
import { scoreAsFarAsPossible, withoutPublished } from './score.js';
import { totalChecks } from './totals.js';

export { unreadableResult, type AuditContext, type AuditResult } from './result.js';

/**
 * Reviews a published self-evaluation table.
 *
 * @param table - the `scoreSelfEvaluation` table plus published figures: per row `publishedPoints`; in
 *   the budget `publishedPoints` and `publishedRate`; `publishedTotal` and `publishedGrade`
 * @param options - the scoring options of `scoreSelfEvaluation`
 * @returns the review: rule-based figures, published figures and every discrepancy
 * @example
 * ```ts
 * const r = auditSelfEvaluation({ ...table, publishedTotal: '98', publishedGrade: '优' });
 * for (const d of r.discrepancies) console.log(d.code, d.severity, d.message.zh);
 * ```
 * @category Audit
 */
export function auditSelfEvaluation(
  table: AuditTableInput,
  options?: SelfEvaluationOptionsInput,
): AuditResult {
  const schemaParsed = parseWith(AuditTableSchema, table, []);
  const budgetMissing = withBudgetRequired(table, []);
  const parsed =
    budgetMissing.length === 0
      ? schemaParsed
      : {
          ok: false as const,
          issues: schemaParsed.ok ? [] : schemaParsed.issues,
        };
  const o =
    options === undefined
      ? { ok: true as const, value: {} }
      : parseWith(SelfEvaluationOptionsSchema, options, ['options']);
  if (!parsed.ok || !o.ok) {
    const issues = [
      ...(parsed.ok
        ? []
        : withBudgetRequired(
            table,
            safely(() => withEmptyRows(table, parsed.issues), parsed.issues),
          )),
      ...(o.ok ? [] : o.issues),
    ];
    // The issues already say what is wrong; a property that throws when read again (a getter of a
    // plain-JS caller) only loses its label here, never the review.
    // A JavaScript caller may pass anything: read it as the unknown it may be.
    const given: unknown = table;
    const field = (k: string): unknown =>
      safely(
        () =>
          typeof given === 'object' && given !== null
            ? (given as Record<string, unknown>)[k]
            : undefined,
        undefined,
      );
    const text = (x: unknown): string | null => (typeof x === 'string' ? x : null);
    const year = field('year');
    return unreadableResult(
      text(field('id')) ?? text(field('project')) ?? text(field('unit')),
      issues,
      {
        unit: text(field('unit')),
        project: text(field('project')),
        year: typeof year === 'number' ? year : null,
      },
    );
  }
  const t = parsed.value;
  const opts: SelfEvaluationOptions = o.value;
  // The total is shown with the places its parts are shown with.
  const places = opts.rounding?.places ?? 2;
  const scaleInput = opts.scale ?? t.scale;
  const compiled = checkScale(
    scaleInput === undefined || scaleInput === 'mof2020' ? MOF2020_SCALE : scaleInput,
    ['scale'],
  );
  const scale = compiled.ok ? compiled.scale : null;
  const doc = withoutPublished(t);
  const score = scoreAsFarAsPossible(doc, opts);
  const issues: Issue[] = [
    ...(compiled.ok ? [] : compiled.issues),
    ...[...score.rowIssues.values()].flat(),
    ...score.budgetIssues,
  ];
  const discrepancies: Discrepancy[] = [];

  // Published figures.
  const unreadable = (path: (string | number)[], text: string) =>
    discrepancies.push({
      code: 'published_unreadable',
      path,
      expected: null,
      published: text,
      difference: null,
      severity: 'info',
      message: msg(`印发的数字「${text}」不是数值`, `the printed figure "${text}" is not a number`),
    });
  const read = (raw: number | string | undefined, path: (string | number)[]): Printed | null => {
    const p = readPrinted(raw);
    if (p === undefined) {
      unreadable(path, String(raw));
      return null;
    }
    return p;
  };
  const rowsPublished = t.rows.map((r, k) =>
    read(r.publishedPoints, ['rows', k, 'publishedPoints']),
  );
  const budgetPublished = t.budget
    ? read(t.budget.publishedPoints, ['budget', 'publishedPoints'])
    : null;
  const ratePublished = t.budget ? read(t.budget.publishedRate, ['budget', 'publishedRate']) : null;
  const totalPublished = read(t.publishedTotal, ['publishedTotal']);
  // A department table has no budget block: its rows are the whole.
  const parts = t.budget ? [budgetPublished, ...rowsPublished] : rowsPublished;
  const sumOfParts = parts.every((p): p is Printed => p !== null)
    ? parts.reduce((s, p) => s.plus(p.value), ZERO)
    : null;
  const base = totalPublished?.value ?? sumOfParts;

  const gradeChange = (published: Dec, expected: Dec): boolean => {
    if (!scale || !base) return false;
    const corrected = base.minus(published).plus(expected);
    const inRange = (x: Dec) => x.gte(0) && x.lte(scale.max);
    return (
      inRange(base) &&
      inRange(corrected) &&
      gradeOf(scale, base).label.zh !== gradeOf(scale, corrected).label.zh
    );
  };
  const ctx: AuditContext = {
    table: t,
    scale: scale ?? (checkScale(MOF2020_SCALE, []) as { ok: true; scale: GradeScale }).scale,
    base,
    explainBelow: dec(opts.explainBelow ?? '0.9'),
    add: (d, effect) => {
      const severity =
        d.severity ??
        (effect && gradeChange(effect.published, effect.expected) ? 'grade' : 'points');
      discrepancies.push({ ...d, severity });
    },
  };

  // Weights: with and without the budget block; and the 10号 split.
  const budgetWeight = t.budget ? dec(t.budget.weight ?? 10) : ZERO;
  const rowWeights = t.rows.reduce((s, r) => s.plus(dec(r.weight)), ZERO);
  const max = ctx.scale.max;
  const weightsOk = budgetWeight.plus(rowWeights).eq(max);
  if (!weightsOk) {
    ctx.add({
      code: 'weights_not_100',
      path: ['rows'],
      expected: plain(max),
      published: plain(budgetWeight.plus(rowWeights)),
      difference: plain(budgetWeight.plus(rowWeights).minus(max)),
      severity: 'points',
      message: msg(
        `分值合计 ${plain(budgetWeight.plus(rowWeights))}（含预算执行率 ${plain(budgetWeight)}；不含为 ${plain(rowWeights)}），应为 ${plain(max)}${rowWeights.eq(max) ? '：绩效指标已占满 100 分，预算执行率被另加在外' : ''}`,
        `the weights add up to ${plain(budgetWeight.plus(rowWeights))} (with the budget block's ${plain(budgetWeight)}; ${plain(rowWeights)} without it), not ${plain(max)}${rowWeights.eq(max) ? ': the indicators already take 100 and the budget block was added on top' : ''}`,
      ),
    });
  }
  // From the whole table, not the scored rows: a row set aside still holds its weight.
  const splits =
    (t.kind ?? 'project') === 'project' ? splitWarnings(doc, opts.layout ?? 'projectSelf2020') : [];
  // The table's warnings that are discrepancies as they stand (no figures to compare): the split,
  // group labels against their rows, and weights the reader shared out (every check below rests on
  // them).
  const asIs: [Warning[], DiscrepancyCode, Path, DiscrepancySeverity][] = [
    [splits, 'split_differs', ['rows'], 'info'],
    [groupWarnings(doc), 'group_points_differ', ['groups'], 'points'],
    [sharedWeightWarnings(doc), 'weights_shared', ['rows'], 'info'],
  ];
  for (const [warnings, code, path, severity] of asIs) {
    for (const w of warnings) {
      ctx.add({
        code,
        path,
        expected: null,
        published: null,
        difference: null,
        severity,
        message: w.message,
      });
    }
  }

  const result = score.result;
  // A row set aside has index -1, which no row of the result has.
  const expectedRows = t.rows.map((_, k) => result?.rows[score.rowIndex[k] ?? -1]?.points ?? null);
  const expectedBudget =
    result?.budget && score.budgetIssues.length === 0 ? result.budget.points : null;
  rowChecks(ctx, rowsPublished, result, score);
  if (t.budget)
    budgetChecks(ctx, t.budget, budgetPublished, ratePublished, expectedBudget, score.budgetIssues);

  // Totals and grades.
  const knownRows = expectedRows.filter((x): x is string => x !== null);
  const expectedTotal =
    (expectedBudget !== null || !t.budget) && knownRows.length === expectedRows.length
      ? knownRows.reduce((s, x) => s.plus(x), dec(expectedBudget ?? 0))
      : null;
  const ruleGrade =
    expectedTotal && weightsOk && scale ? gradeOf(scale, expectedTotal).label.zh : null;
  const publishedGrade = t.publishedGrade?.trim() ?? null;
  const totalGrade = totalChecks(ctx, {
    totalPublished,
    sumOfParts,
    expectedTotal,
    ruleGrade,
    publishedGrade,
    places,
    scale,
  });
  const shownGrade =
    publishedGrade ??
    totalGrade ??
    (sumOfParts && scale ? gradeOf(scale, sumOfParts).label.zh : null);
  return {
    id: t.id ?? t.project ?? t.unit ?? null,
    unit: t.unit ?? null,
    project: t.project ?? null,
    year: t.year ?? null,
    readable: result !== null,
    issues,
    expected: {
      total: expectedTotal ? fmt(expectedTotal, places) : null,
      grade: ruleGrade,
      budget: expectedBudget,
      rows: expectedRows,
    },
    published: {
      total: totalPublished?.text ?? null,
      grade: publishedGrade,
      sumOfParts: sumOfParts ? plain(sumOfParts) : null,
    },
    gradeChanges: ruleGrade !== null && shownGrade !== null && ruleGrade !== shownGrade,
    discrepancies,
  };
}

/** The value of `read()`, or `fallback` when reading throws. */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
