/**
 * `auditSelfEvaluation`: reviews (复核) a published self-evaluation table — its own arithmetic and its
 * agreement with the rules — and lists every discrepancy with the expected and published figures.
 * A table that cannot be read is reported with its issues, never thrown away.
 */
import { ZERO, dec, fmt, plain, ulp, type Dec } from '../decimal.js';
import { argumentError } from '../errors/arguments.js';
import { isIssue, type Issue } from '../errors/issue.js';
import type { LocalMessage } from '../errors/messages.js';
import { MOF2020_SCALE, compileScale, gradeOf, type GradeScale } from '../grade/scale.js';
import { parseWith } from '../schema/parse.js';
import { SelfEvaluationOptionsSchema, type SelfEvaluationOptions } from '../self/schema.js';
import { withEmptyRows } from '../self/empty.js';
import { splitWarnings } from '../self/split.js';
import { budgetChecks, rowChecks } from './checks.js';
import type { Discrepancy, DiscrepancySeverity } from './discrepancy.js';
import { pointsAgree, readPrinted, type Printed } from './printed.js';
import { AuditTableSchema, type AuditTable } from './schema.js';
import { scoreAsFarAsPossible, withoutPublished } from './score.js';

/** The review of one table. */
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

const msg = (zh: string, en: string): LocalMessage => ({ zh, en });

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
  const given: readonly unknown[] | null = Array.isArray(issues) ? issues : null;
  if (!given || given.length === 0 || !given.every(isIssue))
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
 */
export function auditSelfEvaluation(table: unknown, options?: unknown): AuditResult {
  const parsed = parseWith(AuditTableSchema, table, []);
  const o =
    options === undefined
      ? { ok: true as const, value: {} }
      : parseWith(SelfEvaluationOptionsSchema, options, ['options']);
  if (!parsed.ok || !o.ok) {
    const issues = [
      ...(parsed.ok ? [] : withEmptyRows(table, parsed.issues)),
      ...(o.ok ? [] : o.issues),
    ];
    const raw = (typeof table === 'object' && table !== null ? table : {}) as Record<
      string,
      unknown
    >;
    const text = (x: unknown): string | null => (typeof x === 'string' ? x : null);
    return unreadableResult(text(raw.id) ?? text(raw.project) ?? text(raw.unit), issues, {
      unit: text(raw.unit),
      project: text(raw.project),
      year: typeof raw.year === 'number' ? raw.year : null,
    });
  }
  const t = parsed.value;
  const opts: SelfEvaluationOptions = o.value;
  // The total is shown with the places its parts are shown with.
  const places = opts.rounding?.places ?? 2;
  const scaleInput = opts.scale ?? t.scale;
  const compiled = compileScale(
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
  const budgetPublished = read(t.budget.publishedPoints, ['budget', 'publishedPoints']);
  const ratePublished = read(t.budget.publishedRate, ['budget', 'publishedRate']);
  const totalPublished = read(t.publishedTotal, ['publishedTotal']);
  const parts = [budgetPublished, ...rowsPublished];
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
    scale: scale ?? (compileScale(MOF2020_SCALE, []) as { ok: true; scale: GradeScale }).scale,
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
  const budgetWeight = dec(t.budget.weight ?? 10);
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
  for (const w of splitWarnings(doc, opts.layout ?? 'projectSelf2020')) {
    ctx.add({
      code: 'split_differs',
      path: ['rows'],
      expected: null,
      published: null,
      difference: null,
      severity: 'info',
      message: w.message,
    });
  }

  const result = score.result;
  const expectedRows = t.rows.map((_, k) => {
    const i = score.rowIndex[k] ?? -1;
    return i >= 0 ? (result?.rows[i]?.points ?? null) : null;
  });
  const expectedBudget = result && score.budgetIssues.length === 0 ? result.budget.points : null;
  rowChecks(ctx, rowsPublished, result, score);
  budgetChecks(ctx, budgetPublished, ratePublished, expectedBudget, score.budgetIssues);

  // Totals and grades.
  const knownRows = expectedRows.filter((x): x is string => x !== null);
  const expectedTotal =
    expectedBudget !== null && knownRows.length === expectedRows.length
      ? knownRows.reduce((s, x) => s.plus(x), dec(expectedBudget))
      : null;
  const ruleGrade =
    expectedTotal && weightsOk && scale ? gradeOf(scale, expectedTotal).label.zh : null;
  if (totalPublished && sumOfParts && !pointsAgree(totalPublished, sumOfParts)) {
    ctx.add(
      {
        code: 'total_not_sum',
        path: ['publishedTotal'],
        expected: plain(sumOfParts),
        published: totalPublished.text,
        difference: plain(totalPublished.value.minus(sumOfParts)),
        message: msg(
          `印发的总分 ${totalPublished.text} 不等于印发的各项得分之和 ${plain(sumOfParts)}`,
          `the printed total ${totalPublished.text} is not the sum of the printed parts, ${plain(sumOfParts)}`,
        ),
      },
      { published: totalPublished.value, expected: sumOfParts },
    );
  }
  // Without a printed total, the sum of the printed parts is what the table stands on.
  const standing: Printed | null =
    totalPublished ??
    (sumOfParts
      ? { text: plain(sumOfParts), value: sumOfParts, unit: ulp(2), percent: false }
      : null);
  if (standing && expectedTotal && !pointsAgree(standing, expectedTotal)) {
    const what = totalPublished
      ? { zh: `印发的总分 ${standing.text}`, en: `the printed total is ${standing.text}` }
      : {
          zh: `印发的各项得分之和 ${standing.text}`,
          en: `the printed parts add up to ${standing.text}`,
        };
    ctx.add(
      {
        code: 'total_differs',
        path: [totalPublished ? 'publishedTotal' : 'rows'],
        expected: fmt(expectedTotal, places),
        published: standing.text,
        difference: plain(standing.value.minus(expectedTotal)),
        message: msg(
          `${what.zh}，按规则应为 ${fmt(expectedTotal, places)}`,
          `${what.en}; by the rules it is ${fmt(expectedTotal, places)}`,
        ),
      },
      { published: standing.value, expected: expectedTotal },
    );
  }
  const publishedGrade = t.publishedGrade?.trim() ?? null;
  const totalGrade =
    totalPublished && scale && totalPublished.value.gte(0) && totalPublished.value.lte(scale.max)
      ? gradeOf(scale, totalPublished.value).label.zh
      : null;
  if (publishedGrade && totalGrade && publishedGrade !== totalGrade) {
    ctx.add({
      code: 'grade_not_total',
      path: ['publishedGrade'],
      expected: totalGrade,
      published: publishedGrade,
      difference: null,
      severity: 'grade',
      message: msg(
        `印发的等级「${publishedGrade}」与印发的总分 ${totalPublished?.text ?? ''} 对应的等级「${totalGrade}」不符`,
        `the printed grade "${publishedGrade}" does not match the printed total ${totalPublished?.text ?? ''}, which is "${totalGrade}"`,
      ),
    });
  }
  if (publishedGrade && ruleGrade && publishedGrade !== ruleGrade) {
    ctx.add({
      code: 'grade_differs',
      path: ['publishedGrade'],
      expected: ruleGrade,
      published: publishedGrade,
      difference: null,
      severity: 'grade',
      message: msg(
        `印发的等级「${publishedGrade}」，按规则总分 ${fmt(expectedTotal ?? ZERO, places)} 应为「${ruleGrade}」`,
        `the printed grade is "${publishedGrade}"; by the rules the total is ${fmt(expectedTotal ?? ZERO, places)}, grade "${ruleGrade}"`,
      ),
    });
  }
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
