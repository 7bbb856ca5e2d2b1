/**
 * Turns a self-evaluation table into a framework document (from its shape: layout, weights,
 * targets) and unit data (actual values, points, notes) for the engine, so a table is scored by the
 * same rules, traces and findings as any framework. Every generated indicator can be traced back to
 * the table cell it came from, so problems are reported at table paths.
 */
import { ZERO, dec, plain, type Dec } from '../decimal.js';
import type { Path } from '../errors/issue.js';
import type { FrameworkDocument, IndicatorInput } from '../schema/framework.js';
import type { SelfEvaluationOptions, SelfEvaluationTable } from './schema.js';

/** Id of the budget indicator. */
export const BUDGET_ID = 'budget';
/** Id of the indicator made from row `k`. */
export const rowId = (k: number): string => `row-${k}`;

/** The unit data of a table, as the engine reads it. */
export interface TableData {
  facts: Record<string, string | number>;
  answers: Record<string, Record<string, unknown>>;
}

/**
 * Everything of a table and its options that its framework depends on, and nothing else: the
 * framework is built from this alone, so its values are a complete key for a cache of compiled
 * frameworks (a table re-scored with other actual values, points or notes has the same shape).
 */
export interface TableShape {
  readonly kind: 'project' | 'department' | null;
  readonly unit: string | null;
  readonly project: string | null;
  readonly year: number | null;
  readonly scale: SelfEvaluationOptions['scale'] | null;
  readonly rounding: SelfEvaluationOptions['rounding'] | null;
  readonly overCompletion: SelfEvaluationOptions['overCompletion'] | null;
  /** The budget block's weight, or `null` without a budget block. */
  readonly budgetWeight: SelfEvaluationTable['rows'][number]['weight'] | null;
  readonly rows: readonly {
    readonly l1: string;
    readonly l2: string | null;
    readonly l3: string;
    readonly weight: SelfEvaluationTable['rows'][number]['weight'];
    readonly target: NonNullable<SelfEvaluationTable['rows'][number]['target']> | null;
    readonly standard: string | null;
  }[];
}

/**
 * The shape of a parsed table (see {@link TableShape}).
 *
 * @param table - a parsed table
 * @param options - parsed options
 * @returns the shape
 * @example
 * ```ts
 * JSON.stringify(tableShape(table, {})); // the cache key of its framework
 * ```
 */
export function tableShape(table: SelfEvaluationTable, options: SelfEvaluationOptions): TableShape {
  return {
    kind: table.kind ?? null,
    unit: table.unit ?? null,
    project: table.project ?? null,
    year: table.year ?? null,
    scale: options.scale ?? table.scale ?? null,
    rounding: options.rounding ?? null,
    overCompletion: options.overCompletion ?? null,
    budgetWeight: table.budget ? (table.budget.weight ?? 10) : null,
    rows: table.rows.map((r) => ({
      l1: r.l1,
      l2: r.l2 ?? null,
      l3: r.l3,
      weight: r.weight,
      target: r.target ?? null,
      standard: r.standard ?? null,
    })),
  };
}

/**
 * The cache key of a shape: its values in order, as JSON (every field, by construction: a field
 * added to {@link TableShape} is in the key without another line here).
 *
 * @param shape - a table's shape
 * @returns the key
 * @example
 * ```ts
 * shapeKey(tableShape(table, {})) === shapeKey(tableShape({ ...table, note: 'x' }, {})); // true
 * ```
 */
export function shapeKey(shape: TableShape): string {
  const { rows, ...rest } = shape;
  return JSON.stringify([Object.values(rest), rows.map((r) => Object.values(r))]);
}

/**
 * The unit data of a parsed table: the budget facts, each row's actual, points and note.
 *
 * @param table - a parsed table
 * @returns facts and answers
 * @example
 * ```ts
 * buildData(table).answers['row-0']; // { actual: '47场次' }
 * ```
 */
export function buildData(table: SelfEvaluationTable): TableData {
  const budget = table.budget;
  const answers: Record<string, Record<string, unknown>> = {};
  table.rows.forEach((row, k) => {
    if (row.target === undefined) {
      // A 评分表 row: the evaluator's points, explained by the 扣分原因 or the 评分标准.
      const note = row.note?.trim() ?? '';
      const standard = row.standard?.trim() ?? '';
      const why = note !== '' ? note : standard !== '' ? standard : '按评分标准自评';
      answers[rowId(k)] = { points: row.points, justification: why.slice(0, 2000) };
      return;
    }
    const answer: Record<string, unknown> = { actual: row.actual };
    if (row.points !== undefined) answer.points = row.points;
    // Forms without a 偏差原因 column print one block under the table: it explains every row.
    const note = row.note?.trim() ? row.note : (table.note ?? row.note);
    if (note !== undefined) answer.note = note;
    answers[rowId(k)] = answer;
  });
  return {
    facts: budget ? { 'budget.adjusted': budget.adjusted, 'budget.executed': budget.executed } : {},
    answers,
  };
}

/**
 * Where every generated indicator sits in the table: framework paths (joined with "/") → table
 * paths. Needed only to report a problem, so the hot path never computes it.
 *
 * @param doc - a document made by {@link buildDocument}
 * @returns the path map
 * @example
 * ```ts
 * frameworkPaths(buildDocument(tableShape(table, {}))).get('indicators/0'); // ["budget"]
 * ```
 */
export function frameworkPaths(doc: FrameworkDocument): Map<string, Path> {
  const paths = new Map<string, Path>();
  doc.indicators.forEach((top, i) => {
    const walk = (n: IndicatorInput, at: string): void => {
      if (n.id === BUDGET_ID) paths.set(at, ['budget']);
      const k = /^row-(\d+)$/.exec(n.id)?.[1];
      if (k !== undefined) paths.set(at, ['rows', Number(k)]);
      n.children?.forEach((c, j) => {
        walk(c, `${at}/children/${j}`);
      });
    };
    walk(top, `indicators/${i}`);
  });
  return paths;
}

/**
 * The framework document of a table's shape.
 *
 * @param table - the shape of a table
 * @returns the document
 * @example
 * ```ts
 * buildDocument(tableShape(table, {})).indicators.length;
 * ```
 */
export function buildDocument(table: TableShape): FrameworkDocument {
  const indicators: IndicatorInput[] = [];
  if (table.budgetWeight !== null) {
    indicators.push({
      id: BUDGET_ID,
      name: { zh: '预算执行率', en: 'Budget execution rate' },
      weight: table.budgetWeight,
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
  }
  const l1s = new Map<
    string,
    {
      node: IndicatorInput & { children: IndicatorInput[] };
      l2s: Map<string, IndicatorInput & { children: IndicatorInput[] }>;
    }
  >();
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
    if (row.l2 !== null) {
      let l2 = group.l2s.get(row.l2);
      if (!l2) {
        l2 = { id: `${group.node.id}.l2-${group.l2s.size}`, name: row.l2, weight: 0, children: [] };
        group.l2s.set(row.l2, l2);
        group.node.children.push(l2);
      }
      parent = l2;
    }
    if (row.target === null) {
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
      return;
    }
    parent.children.push({
      id: rowId(k),
      name: row.l3,
      weight: row.weight,
      rule: {
        kind: 'target',
        target: row.target,
        ...(table.year === null ? {} : { year: table.year }),
        ...(table.overCompletion ? { overCompletion: table.overCompletion } : {}),
      },
    });
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
  return {
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
    ...(table.scale ? { scale: table.scale } : {}),
    policies: { rounding: { places: 2, mode: 'halfUp', stage: 'leaf', ...table.rounding } },
    ...(table.budgetWeight !== null
      ? {
          facts: {
            'budget.adjusted': { name: { zh: '全年预算数', en: 'Adjusted budget' }, unit: '万元' },
            'budget.executed': { name: { zh: '全年执行数', en: 'Executed' }, unit: '万元' },
          },
        }
      : {}),
    indicators,
  };
}
