/**
 * The score table as data, shared by every renderer: one group per top-level indicator, one row
 * per leaf with its 一级 / 二级 / 三级 names, weight, points and the reason points were lost.
 */
import type { Evaluation, ScoredNode } from '../engine/types.js';

/**
 * Output language.
 *
 * @category Report
 */
export type Locale = 'zh' | 'en';

/** One leaf of the score table. */
export interface ScoreRow {
  readonly id: string;
  /** 一级 name. */
  readonly l1: string;
  /** 二级 name ('' when the leaf sits directly under 一级). */
  readonly l2: string;
  /** 三级 name (deeper levels joined with " / "; '' for a top-level leaf). */
  readonly l3: string;
  readonly weight: string;
  readonly points: string;
  readonly lost: string;
  readonly status: ScoredNode['status'];
  /** Why points were lost ('' when none were). */
  readonly reason: string;
}

/** One top-level indicator with its rows. */
export interface ScoreGroup {
  readonly node: ScoredNode;
  readonly name: string;
  readonly rows: readonly ScoreRow[];
}

/** Words every renderer uses. */
export const WORDS = {
  zh: {
    head: ['一级指标', '二级指标', '三级指标', '分值', '得分', '扣分原因'],
    subtotal: '小计',
    total: '合计',
    grade: '评价等级',
    result: (t: string, m: string, g: string) => `总分 ${t} / ${m}，评价等级：${g}`,
    findings: '扣分明细',
    warnings: '提示',
    na: '不适用',
    none: '（无扣分）',
    unit: '单位',
    year: '年度',
    scoreTable: '评分表',
  },
  en: {
    head: ['Level 1', 'Level 2', 'Level 3', 'Weight', 'Points', 'Why points were lost'],
    subtotal: 'subtotal',
    total: 'Total',
    grade: 'Grade',
    result: (t: string, m: string, g: string) => `Total ${t} / ${m}, grade: ${g}`,
    findings: 'Points lost',
    warnings: 'Notes',
    na: 'not applicable',
    none: '(no points lost)',
    unit: 'Unit',
    year: 'Year',
    scoreTable: 'score table',
  },
} as const;

/**
 * The score table of an evaluation, grouped by top-level indicator.
 *
 * @param evaluation - the result of `evaluate`
 * @param locale - language of names and reasons
 * @returns the groups in tree order
 * @example
 * ```ts
 * scoreGroups(result, 'zh')[0]?.rows[0]?.l3; // "绩效目标合理性"
 * ```
 */
export function scoreGroups(evaluation: Evaluation, locale: Locale): ScoreGroup[] {
  const reasons = new Map(evaluation.findings.map((f) => [f.indicatorId, f.message[locale]]));
  const na = WORDS[locale].na;
  return evaluation.tree.map((top) => {
    const rows: ScoreRow[] = [];
    const walk = (node: ScoredNode, names: string[]): void => {
      const here = [...names, node.name[locale]];
      if (node.children.length > 0) {
        node.children.forEach((c) => {
          walk(c, here);
        });
        return;
      }
      rows.push({
        id: node.id,
        l1: here[0] ?? '',
        l2: here.length > 2 ? (here[1] ?? '') : '',
        l3: here.length > 2 ? here.slice(2).join(' / ') : (here[1] ?? ''),
        weight: node.weight,
        points: node.points,
        lost: node.lost,
        status: node.status,
        reason: node.status === 'notApplicable' ? na : (reasons.get(node.id) ?? ''),
      });
    };
    walk(top, []);
    return { node: top, name: top.name[locale], rows };
  });
}

/**
 * The grade's name in a language.
 *
 * @param evaluation - an evaluation
 * @param locale - the language
 * @returns e.g. `"优"` or `"Excellent"`
 * @example
 * ```ts
 * gradeName(result, 'en'); // "Excellent"
 * ```
 */
export function gradeName(evaluation: Evaluation, locale: Locale): string {
  return evaluation.gradeLabel[locale];
}

/**
 * Names from the top-level indicator down to each indicator, in a language, by id.
 *
 * @param evaluation - an evaluation
 * @param locale - the language
 * @returns id → names
 * @example
 * ```ts
 * pathNames(result, 'en').get('input.allocation.staff'); // ["Input", "Budget allocation", "Staff control rate"]
 * ```
 */
export function pathNames(evaluation: Evaluation, locale: Locale): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (n: ScoredNode, above: string[]): void => {
    const here = [...above, n.name[locale]];
    out.set(n.id, here);
    n.children.forEach((c) => {
      walk(c, here);
    });
  };
  evaluation.tree.forEach((n) => {
    walk(n, []);
  });
  return out;
}
