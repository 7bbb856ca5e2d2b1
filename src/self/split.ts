/**
 * Compares a table's weights with a layout (the 10 / 50 / 30 / 10 of 财预〔2020〕10号 by default).
 * Local forms differ, so a difference is a warning that states both splits, never an error.
 */
import { ZERO, dec, plain, type Dec } from '../decimal.js';
import type { Warning } from '../findings/finding.js';
import { SELF_EVALUATION_LAYOUTS } from './layouts.js';
import type { SelfEvaluationTable } from './schema.js';

/** The layouts' group patterns, compiled once each (a handful, fixed by jixiao). */
const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) {
    re = new RegExp(source);
    patterns.set(source, re);
  }
  return re;
}

/**
 * Warnings when the table's split differs from the layout's.
 *
 * @param table - a parsed table
 * @param layoutId - a layout id, or `none`
 * @returns zero or one warning (`split_differs`)
 * @example
 * ```ts
 * splitWarnings(table, 'projectSelf2020'); // [] for 10 / 50 / 30 / 10
 * ```
 */
export function splitWarnings(table: SelfEvaluationTable, layoutId: string): Warning[] {
  const layout = Object.hasOwn(SELF_EVALUATION_LAYOUTS, layoutId)
    ? SELF_EVALUATION_LAYOUTS[layoutId]
    : undefined;
  if (!layout) return [];
  const actual = new Map<string, Dec>();
  const other = new Map<string, Dec>();
  for (const row of table.rows) {
    const group = layout.groups.find((g) => patternOf(g.pattern).test(row.l1));
    const map = group ? actual : other;
    const key = group ? group.key : row.l1;
    map.set(key, (map.get(key) ?? ZERO).plus(dec(row.weight)));
  }
  const budget = dec(table.budget?.weight ?? 10);
  const same =
    budget.eq(layout.budget) &&
    other.size === 0 &&
    layout.groups.every((g) => (actual.get(g.key) ?? ZERO).eq(g.weight));
  if (same) return [];
  const expected = [
    `预算执行率 ${layout.budget}`,
    ...layout.groups.map((g) => `${g.name.zh} ${g.weight}`),
  ].join(' / ');
  const expectedEn = [
    `budget ${layout.budget}`,
    ...layout.groups.map((g) => `${g.name.en} ${g.weight}`),
  ].join(' / ');
  const found = [
    `预算执行率 ${plain(budget)}`,
    ...layout.groups.map((g) => `${g.name.zh} ${plain(actual.get(g.key) ?? ZERO)}`),
    ...[...other].map(([k, v]) => `${k} ${plain(v)}`),
  ].join(' / ');
  const foundEn = [
    `budget ${plain(budget)}`,
    ...layout.groups.map((g) => `${g.name.en} ${plain(actual.get(g.key) ?? ZERO)}`),
    ...[...other].map(([k, v]) => `${k} ${plain(v)}`),
  ].join(' / ');
  return [
    {
      code: 'split_differs',
      indicatorId: null,
      message: {
        zh: `分值结构为 ${found}，与${layout.name.zh}（${expected}）不同`,
        en: `the weights are ${foundEn}, not the ${layout.name.en} (${expectedEn})`,
      },
    },
  ];
}

/**
 * Warnings when a group label's points ("产出指标(50分)", "年度绩效目标1(80分)") differ from the sum
 * of the 分值 of the rows under it.
 *
 * @param table - a parsed table
 * @returns one `group_points_differ` warning per group that does not add up
 * @example
 * ```ts
 * groupWarnings({ ...table, groups: [{ l1: '产出指标', weight: 50 }] }); // [] when its rows sum to 50
 * ```
 */
export function groupWarnings(table: SelfEvaluationTable): Warning[] {
  const out: Warning[] = [];
  for (const g of table.groups ?? []) {
    const rows = table.rows.filter((r) => r.l1 === g.l1 && (g.l2 === undefined || r.l2 === g.l2));
    const sum = rows.reduce((s, r) => s.plus(dec(r.weight)), ZERO);
    const printed = dec(g.weight);
    if (sum.eq(printed)) continue;
    const name = g.l2 === undefined ? g.l1 : `${g.l1} / ${g.l2}`;
    out.push({
      code: 'group_points_differ',
      indicatorId: null,
      message: {
        zh: `「${name}」标注 ${plain(printed)} 分，其下 ${rows.length} 行分值合计 ${plain(sum)} 分`,
        en: `"${name}" is labelled ${plain(printed)} points, but its ${rows.length} rows' weights add up to ${plain(sum)}`,
      },
    });
  }
  return out;
}

/**
 * Warnings for rows given equal shares of a label's points because the table prints no 分值
 * (`weightFrom`, set by the readers under `unprintedWeights: "equal"`): one per label, with the
 * shares, so that nobody takes them for printed weights.
 *
 * @param table - a parsed table
 * @returns one `weights_shared` warning per label shared
 * @example
 * ```ts
 * sharedWeightWarnings(table)[0]?.code; // "weights_shared" when a row has weightFrom
 * ```
 */
export function sharedWeightWarnings(table: SelfEvaluationTable): Warning[] {
  const by = new Map<string, string[]>();
  for (const r of table.rows) {
    if (r.weightFrom === undefined) continue;
    const list = by.get(r.weightFrom) ?? [];
    list.push(plain(dec(r.weight)));
    by.set(r.weightFrom, list);
  }
  return [...by].map(([label, shares]) => ({
    code: 'weights_shared' as const,
    indicatorId: null,
    message: {
      zh: `表中未印分值：「${label}」的分值按其下 ${shares.length} 个指标平分（${shares.join('、')} 分），须由单位确认`,
      en: `no 分值 printed: the points of "${label}" were shared equally among its ${shares.length} rows (${shares.join(', ')}); the unit must confirm them`,
    },
  }));
}
