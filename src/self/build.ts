/**
 * Turns a self-evaluation table into a framework document and unit data for the engine, so a
 * table is scored by the same rules, traces and findings as any framework. Every generated
 * indicator remembers the table cell it came from, so problems are reported at table paths.
 */
import { ZERO, dec, plain, type Dec } from '../decimal.js';
import type { Path } from '../errors/issue.js';
import type { FrameworkDocument, IndicatorInput } from '../schema/framework.js';
import type { SelfEvaluationOptions, SelfEvaluationTable } from './schema.js';

/** Id of the budget indicator. */
export const BUDGET_ID = 'budget';
/** Id of the indicator made from row `k`. */
export const rowId = (k: number): string => `row-${k}`;

/** What {@link buildSelfEvaluation} produces. */
export interface BuiltTable {
  readonly framework: FrameworkDocument;
  readonly data: {
    facts: Record<string, string | number>;
    answers: Record<string, Record<string, unknown>>;
  };
  /** Framework paths (joined with "/") of generated indicators → table paths. */
  readonly paths: ReadonlyMap<string, Path>;
}

/**
 * Builds the framework and data of a parsed table: the budget block as a `ratio` leaf
 * (全年执行数 ÷ 全年预算数, capped), rows as `target` leaves grouped under their 一级 and 二级指标.
 *
 * @param table - a parsed table
 * @param options - parsed options
 * @returns framework document, unit data and the path map
 * @example
 * ```ts
 * const { framework, data } = buildSelfEvaluation(table, {});
 * evaluate(defineFramework(framework), data);
 * ```
 */
export function buildSelfEvaluation(
  table: SelfEvaluationTable,
  options: SelfEvaluationOptions,
): BuiltTable {
  const paths = new Map<string, Path>();
  const budget = table.budget;
  const indicators: IndicatorInput[] = [];
  if (budget) {
    indicators.push({
      id: BUDGET_ID,
      name: { zh: '预算执行率', en: 'Budget execution rate' },
      weight: budget.weight ?? 10,
      formula: {
        zh: '预算执行率=全年执行数÷全年预算数×100%',
        en: 'executed ÷ adjusted budget × 100%',
      },
      rule: {
        kind: 'ratio',
        metric: 'budget.executed / budget.adjusted * 100',
        unit: '%',
        fullAt: 100,
      },
    });
    paths.set('indicators/0', ['budget']);
  }
  const l1s = new Map<
    string,
    {
      node: IndicatorInput & { children: IndicatorInput[] };
      l2s: Map<string, IndicatorInput & { children: IndicatorInput[] }>;
    }
  >();
  const answers: Record<string, Record<string, unknown>> = {};
  table.rows.forEach((row, k) => {
    let group = l1s.get(row.l1);
    if (!group) {
      group = {
        node: { id: `l1-${l1s.size}`, name: row.l1, weight: 0, children: [] },
        l2s: new Map(),
      };
      l1s.set(row.l1, group);
      indicators.push(group.node);
    }
    let parent = group.node;
    if (row.l2 !== undefined) {
      let l2 = group.l2s.get(row.l2);
      if (!l2) {
        l2 = { id: `${group.node.id}.l2-${group.l2s.size}`, name: row.l2, weight: 0, children: [] };
        group.l2s.set(row.l2, l2);
        group.node.children.push(l2);
      }
      parent = l2;
    }
    if (row.target === undefined) {
      // A 评分表 row: the evaluator's points, explained by the 扣分原因 or the 评分标准.
      parent.children.push({
        id: rowId(k),
        name: row.l3,
        weight: row.weight,
        rule: {
          kind: 'manual',
          ...(row.standard ? { guidance: { zh: row.standard, en: row.standard } } : {}),
        },
      });
      const note = row.note?.trim() ?? '';
      const standard = row.standard?.trim() ?? '';
      const why = note !== '' ? note : standard !== '' ? standard : '按评分标准自评';
      answers[rowId(k)] = { points: row.points, justification: why.slice(0, 2000) };
      return;
    }
    parent.children.push({
      id: rowId(k),
      name: row.l3,
      weight: row.weight,
      rule: {
        kind: 'target',
        target: row.target,
        ...(table.year === undefined ? {} : { year: table.year }),
        ...(options.overCompletion ? { overCompletion: options.overCompletion } : {}),
      },
    });
    const answer: Record<string, unknown> = { actual: row.actual };
    if (row.points !== undefined) answer.points = row.points;
    // Forms without a 偏差原因 column print one block under the table: it explains every row.
    const note = row.note?.trim() ? row.note : (table.note ?? row.note);
    if (note !== undefined) answer.note = note;
    answers[rowId(k)] = answer;
  });
  // Parents' weights are the sums of their children, exactly (as decimal strings).
  const sum = (n: IndicatorInput): Dec => {
    if (!n.children) return dec(n.weight);
    const total = plain(
      n.children.map(sum).reduce((a, b) => a.plus(b), ZERO),
      20,
    );
    (n as { weight: string | number }).weight = total;
    return dec(total);
  };
  indicators.forEach(sum);
  // Record where every row leaf sits in the framework.
  indicators.forEach((top, i) => {
    const walk = (n: IndicatorInput, at: string): void => {
      const k = /^row-(\d+)$/.exec(n.id)?.[1];
      if (k !== undefined) paths.set(at, ['rows', Number(k)]);
      n.children?.forEach((c, j) => {
        walk(c, `${at}/children/${j}`);
      });
    };
    walk(top, `indicators/${i}`);
  });
  const framework: FrameworkDocument = {
    id: 'self-evaluation',
    version: '1',
    name:
      table.kind === 'department'
        ? {
            zh: table.unit ?? table.project ?? '部门整体支出绩效自评表',
            en: table.unit ?? table.project ?? 'Department self-evaluation',
          }
        : {
            zh: table.project ?? '项目支出绩效自评表',
            en: table.project ?? 'Project self-evaluation',
          },
    ...((options.scale ?? table.scale) ? { scale: options.scale ?? table.scale } : {}),
    policies: { rounding: { places: 2, mode: 'halfUp', stage: 'leaf', ...options.rounding } },
    ...(budget
      ? {
          facts: {
            'budget.adjusted': { name: { zh: '全年预算数', en: 'Adjusted budget' }, unit: '万元' },
            'budget.executed': { name: { zh: '全年执行数', en: 'Executed' }, unit: '万元' },
          },
        }
      : {}),
    indicators,
  };
  return {
    framework,
    data: {
      facts: budget
        ? { 'budget.adjusted': budget.adjusted, 'budget.executed': budget.executed }
        : {},
      answers,
    },
    paths,
  };
}
