/**
 * The row and budget checks of a review: published points against the rule's, against the weight
 * and zero; points lost on met targets; 偏差原因 required and missing; the budget block's points,
 * cap and printed 执行率.
 */
import { ONE, ZERO, dec, fmt, plain, type Dec } from '../decimal.js';
import { explanationReasons } from '../rules/target.js';
import type { Issue } from '../errors/issue.js';
import type { SelfEvaluationResult } from '../self/score.js';
import type { AuditContext } from './result.js';
import type { AuditTable } from './schema.js';
import { rowLabel } from '../self/where.js';
import { pointsAgree, rateAgrees, type Printed } from './printed.js';
import type { PartialScore } from './score.js';

const msg = (zh: string, en: string) => ({ zh, en });
const issuesText = (issues: readonly Issue[], locale: 'zh' | 'en') =>
  issues.map((i) => i.message[locale]).join(locale === 'zh' ? '；' : '; ');

/**
 * Checks every row.
 *
 * @param ctx - the review context
 * @param published - each row's printed points (`null` when not printed)
 * @param result - the rule-based scoring of the readable rows
 * @param score - which rows were scored and the problems of the others
 * @example
 * ```ts
 * rowChecks(ctx, printedRows, score.result, score);
 * ```
 */
export function rowChecks(
  ctx: AuditContext,
  published: readonly (Printed | null)[],
  result: SelfEvaluationResult | null,
  score: PartialScore,
): void {
  ctx.table.rows.forEach((row, k) => {
    const p = published[k] ?? null;
    const w = dec(row.weight);
    const where = (field: string) => ['rows', k, field];
    const bad = score.rowIssues.get(k);
    if (bad) {
      ctx.add({
        code: 'row_unreadable',
        path: ['rows', k],
        expected: null,
        published: p?.text ?? null,
        difference: null,
        severity: 'points',
        message: msg(
          `${rowLabel(ctx.table, k, 'zh')}无法按规则核算：${issuesText(bad, 'zh')}`,
          `${rowLabel(ctx.table, k, 'en')} cannot be checked against the rules: ${issuesText(bad, 'en')}`,
        ),
      });
    }
    if (p?.value.isNeg()) {
      ctx.add(
        {
          code: 'negative_points',
          path: where('publishedPoints'),
          expected: '0',
          published: p.text,
          difference: plain(p.value),
          message: msg(
            `${rowLabel(ctx.table, k, 'zh', 'points')}得分 ${p.text} 为负数`,
            `${rowLabel(ctx.table, k, 'en', 'points')} has negative points, ${p.text}`,
          ),
        },
        { published: p.value, expected: ZERO },
      );
    }
    if (p?.value.gt(w)) {
      ctx.add(
        {
          code: 'points_above_weight',
          path: where('publishedPoints'),
          expected: plain(w),
          published: p.text,
          difference: plain(p.value.minus(w)),
          message: msg(
            `${rowLabel(ctx.table, k, 'zh', 'points')}得分 ${p.text} 超过分值 ${plain(w)}`,
            `${rowLabel(ctx.table, k, 'en', 'points')} scores ${p.text}, above its weight ${plain(w)}`,
          ),
        },
        { published: p.value, expected: w },
      );
    }
    // A row set aside has index -1, which no row of the result has.
    const i = score.rowIndex[k] ?? -1;
    const rule = result?.rows[i];
    if (!rule) return;
    const r = dec(rule.points);
    const noted = (row.note ?? '').trim() !== '' || (ctx.table.note ?? '').trim() !== '';
    if (p && !p.value.isNeg() && !p.value.gt(w) && !pointsAgree(p, r)) {
      const reason = result.findings.find((f) => f.indicatorId === `row-${i}`)?.message;
      const parsed = rule.parsed;
      const because =
        reason ??
        (parsed
          ? {
              zh: `指标值「${parsed.target.text}」，实际完成「${parsed.actual.text}」，已完成，应得满分 ${plain(w)} 分`,
              en: `target "${parsed.target.text}", actual "${parsed.actual.text}": met, full ${plain(w)} points`,
            }
          : { zh: '评价人给分', en: "the evaluator's points" });
      ctx.add(
        {
          code: 'row_points_differ',
          path: where('publishedPoints'),
          expected: rule.points,
          published: p.text,
          difference: plain(p.value.minus(r)),
          message: msg(
            `${rowLabel(ctx.table, k, 'zh', 'points')}得分 ${p.text}，按规则应为 ${rule.points}（${because.zh}）`,
            `${rowLabel(ctx.table, k, 'en', 'points')} scores ${p.text}; by the rules ${rule.points} (${because.en})`,
          ),
        },
        { published: p.value, expected: r },
      );
    }
    if (p && r.eq(w) && p.value.lt(w) && !pointsAgree(p, w) && !noted) {
      ctx.add({
        code: 'loss_unexplained',
        path: where('note'),
        expected: plain(w),
        published: p.text,
        difference: plain(p.value.minus(w)),
        severity: 'info',
        message: msg(
          `${rowLabel(ctx.table, k, 'zh', 'points')}已完成指标值，却扣分（得 ${p.text} / ${plain(w)}），且未说明原因`,
          `${rowLabel(ctx.table, k, 'en', 'points')} met its target but lost points (${p.text} of ${plain(w)}) with no reason given`,
        ),
      });
    }
    const required = noted ? null : explanationReasons(rule.flags);
    if (required) {
      ctx.add({
        code: 'explanation_missing',
        path: where('note'),
        expected: null,
        published: null,
        difference: null,
        severity: 'info',
        message: msg(
          `${rowLabel(ctx.table, k, 'zh', 'note')}未填写偏差原因（${required.zh}）`,
          `${rowLabel(ctx.table, k, 'en', 'note')} has no 偏差原因 (${required.en})`,
        ),
      });
    }
  });
}

/**
 * Checks the budget block.
 *
 * @param ctx - the review context
 * @param b - the table's budget block
 * @param published - the printed 得分
 * @param rate - the printed 执行率
 * @param expected - the rule's points (`null` when the block cannot be scored)
 * @param issues - problems scoring the block
 * @example
 * ```ts
 * budgetChecks(ctx, table.budget, printedPoints, printedRate, '8.62', []);
 * ```
 */
export function budgetChecks(
  ctx: AuditContext,
  b: NonNullable<AuditTable['budget']>,
  published: Printed | null,
  rate: Printed | null,
  expected: string | null,
  issues: readonly Issue[],
): void {
  const w = dec(b.weight ?? 10);
  const adjusted = dec(b.adjusted);
  if (issues.length > 0) {
    ctx.add({
      code: 'budget_unreadable',
      path: ['budget'],
      expected: null,
      published: published?.text ?? null,
      difference: null,
      severity: 'points',
      message: msg(
        `预算执行率无法核算：${issuesText(issues, 'zh')}`,
        `the budget block cannot be checked: ${issuesText(issues, 'en')}`,
      ),
    });
  }
  const share: Dec | null = adjusted.isZero() ? null : dec(b.executed).div(adjusted);
  const pctText = share ? `${fmt(share.times(100), 2)}%` : '—';
  if (published && expected !== null) {
    const e = dec(expected);
    if (share?.gt(ONE) && published.value.gt(w)) {
      ctx.add(
        {
          code: 'budget_over_weight',
          path: ['budget', 'publishedPoints'],
          expected: plain(w),
          published: published.text,
          difference: plain(published.value.minus(w)),
          message: msg(
            `执行率 ${pctText} 超过 100%，得分 ${published.text} 超过分值 ${plain(w)}；得分应以分值为限`,
            `execution of ${pctText} exceeds 100% and was scored ${published.text}, above the weight ${plain(w)}; points are capped at the weight`,
          ),
        },
        { published: published.value, expected: w },
      );
    } else if (!pointsAgree(published, e)) {
      const stepped = published.value.isInteger() && !e.isInteger();
      ctx.add(
        {
          code: 'budget_points_differ',
          path: ['budget', 'publishedPoints'],
          expected,
          published: published.text,
          difference: plain(published.value.minus(e)),
          message: msg(
            `预算执行率得分 ${published.text}，按“执行率 ${pctText} × 分值 ${plain(w)}”应为 ${expected}${stepped ? '（印发的得分似按档次取整，规则为按比例计分）' : ''}`,
            `the budget block scores ${published.text}; execution ${pctText} × weight ${plain(w)} gives ${expected}${stepped ? ' (the printed score looks stepped; the rule is proportional)' : ''}`,
          ),
        },
        { published: published.value, expected: e },
      );
    }
  }
  if (rate && share && !rateAgrees(rate, share)) {
    ctx.add({
      code: 'rate_misprinted',
      path: ['budget', 'publishedRate'],
      expected: pctText,
      published: rate.text,
      difference: null,
      severity: 'info',
      message: msg(
        `印发的执行率 ${rate.text} 与 全年执行数 ÷ 全年预算数 = ${pctText} 不符`,
        `the printed execution rate ${rate.text} is not executed ÷ adjusted = ${pctText}`,
      ),
    });
  }
  if (
    share?.lt(ctx.explainBelow) &&
    (b.note ?? '').trim() === '' &&
    (ctx.table.note ?? '').trim() === ''
  ) {
    ctx.add({
      code: 'explanation_missing',
      path: ['budget', 'note'],
      expected: null,
      published: null,
      difference: null,
      severity: 'info',
      message: msg(
        `预算执行率 ${pctText} 低于 ${plain(ctx.explainBelow.times(100))}%，未说明原因`,
        `budget execution ${pctText} is below ${plain(ctx.explainBelow.times(100))}% and no reason is given`,
      ),
    });
  }
}
