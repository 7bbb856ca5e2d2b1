/**
 * The review's last checks: the printed total against the printed parts and against the rules, and the
 * printed grade against the printed total and against the rule-based total.
 */
import { ZERO, fmt, plain, ulp, type Dec } from '../decimal.js';
import { gradeOf, type GradeScale } from '../grade/scale.js';
import { pointsAgree, type Printed } from './printed.js';
import { msg, type AuditContext } from './result.js';

/** The figures the total and grade checks compare. @internal */
export interface TotalFigures {
  /** The printed total, if printed and readable. */
  readonly totalPublished: Printed | null;
  /** The sum of the printed parts, if every part is printed and readable. */
  readonly sumOfParts: Dec | null;
  /** The rule-based total, if every part could be scored. */
  readonly expectedTotal: Dec | null;
  /** The grade of the rule-based total (null when the weights or the scale are wrong). */
  readonly ruleGrade: string | null;
  /** The printed grade, trimmed. */
  readonly publishedGrade: string | null;
  /** The places totals are shown with. */
  readonly places: number;
  /** The grade scale, if it compiled. */
  readonly scale: GradeScale | null;
}

/**
 * Checks the printed total and grade (total_not_sum, total_differs, grade_not_total, grade_differs).
 *
 * @param ctx - the review's context (discrepancies are added to it)
 * @param f - the figures to compare
 * @returns the grade of the printed total, when it is printed and within the scale
 * @example
 * ```ts
 * const totalGrade = totalChecks(ctx, { totalPublished, sumOfParts, expectedTotal, ruleGrade,
 *   publishedGrade: '优', places: 2, scale });
 * ```
 * @internal
 */
export function totalChecks(ctx: AuditContext, f: TotalFigures): string | null {
  const { totalPublished, sumOfParts, expectedTotal, ruleGrade, publishedGrade, places, scale } = f;
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
  const standing: Pick<Printed, 'text' | 'value' | 'unit'> | null =
    totalPublished ??
    (sumOfParts ? { text: plain(sumOfParts), value: sumOfParts, unit: ulp(2) } : null);
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
  let totalGrade: string | null = null;
  if (
    totalPublished &&
    scale &&
    totalPublished.value.gte(0) &&
    totalPublished.value.lte(scale.max)
  ) {
    totalGrade = gradeOf(scale, totalPublished.value).label.zh;
    if (publishedGrade && publishedGrade !== totalGrade) {
      ctx.add({
        code: 'grade_not_total',
        path: ['publishedGrade'],
        expected: totalGrade,
        published: publishedGrade,
        difference: null,
        severity: 'grade',
        message: msg(
          `印发的等级「${publishedGrade}」与印发的总分 ${totalPublished.text} 对应的等级「${totalGrade}」不符`,
          `the printed grade "${publishedGrade}" does not match the printed total ${totalPublished.text}, which is "${totalGrade}"`,
        ),
      });
    }
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
  return totalGrade;
}
