/**
 * The core of self-evaluation scoring, shared by `scoreSelfEvaluation` and the audit: reads every
 * row, checks what can be checked before scoring, scores the table on the engine and assembles the
 * result with row flags, budget flags and warnings.
 */
import { ONE, ZERO, dec, fmt, plain, type Dec } from '../decimal.js';
import { JixiaoError, throwIfAny } from '../errors/JixiaoError.js';
import { makeIssue, type Issue, type Path } from '../errors/issue.js';
import { evaluate } from '../engine/evaluate.js';
import type { Evaluation, ScoredNode } from '../engine/types.js';
import type { Framework } from '../framework/types.js';
import type { Warning } from '../findings/finding.js';
import { compileTrusted } from '../framework/defineFramework.js';
import type { Flag } from '../rules/types.js';
import { allowedPoints, explanationReasons, qualitativePointsNeeded } from '../rules/target.js';
import { pairProblem, readActual, readTarget } from '../target/parse.js';
import { registerCache } from '../caches.js';
import {
  BUDGET_ID,
  buildData,
  buildDocument,
  frameworkPaths,
  rowId,
  shapeKey,
  tableShape,
  type TableShape,
} from './build.js';
import type { SelfEvaluationOptions, SelfEvaluationTable } from './schema.js';
import type { ScoredRow, SelfEvaluationResult } from './score.js';
import { groupWarnings, sharedWeightWarnings, splitWarnings } from './split.js';
import { located, rowLabel } from './where.js';

/**
 * Compiled frameworks by table shape (least recently used out). Tables of one layout, weights and
 * targets — a form re-scored as its actual values change, a batch run again, the audit of a table
 * after its scoring — compile once. Only successes are kept.
 */
const compiledTables = new Map<string, Framework>();
/** Most shapes kept in {@link compiledTables}. */
const COMPILED_TABLES = 64;
/** Longest shape text kept (a table of several hundred rows); longer ones compile every time. */
const COMPILED_KEY = 200_000;
registerCache(() => {
  compiledTables.clear();
});

/** The compiled framework of a table's shape, from the cache or compiled now. */
function compiledTable(shape: TableShape): Framework {
  const key = shapeKey(shape);
  const known = compiledTables.get(key);
  if (known) {
    compiledTables.delete(key);
    compiledTables.set(key, known);
    return known;
  }
  const built = compileTrusted(buildDocument(shape));
  if (key.length <= COMPILED_KEY) {
    if (compiledTables.size >= COMPILED_TABLES) {
      const oldest = compiledTables.keys().next();
      if (!oldest.done) compiledTables.delete(oldest.value);
    }
    compiledTables.set(key, built);
  }
  return built;
}

/** Maps an engine or framework path back to the table cell it came from. */
function toTablePath(path: Path, frameworkPaths: ReadonlyMap<string, Path>): Path {
  const [head, second, ...rest] = path;
  if (head === 'answers' && typeof second === 'string') {
    if (second === BUDGET_ID) return ['budget', ...rest];
    const k = /^row-(\d+)$/.exec(second)?.[1];
    if (k !== undefined) return ['rows', Number(k), ...rest];
  }
  if (head === 'facts')
    return second === undefined ? ['budget'] : ['budget', String(second).replace('budget.', '')];
  if (head === 'indicators') {
    for (let n = path.length; n > 0; n--) {
      const hit = frameworkPaths.get(path.slice(0, n).join('/'));
      if (hit) {
        const tail = path.slice(n).filter((p) => p !== 'rule');
        return [...hit, ...tail];
      }
    }
    return ['rows'];
  }
  return path;
}

const flag = (code: string, zh: string, en: string): Flag => ({ code, message: { zh, en } });

/** The points the `tierTop` / `tierMid` policies give a qualitative row (2 places, inside the tier). */
function defaultPoints(
  allowed: ReturnType<typeof allowedPoints>,
  policy: 'tierTop' | 'tierMid',
): string {
  const cent = dec('0.01');
  if (policy === 'tierTop') return fmt(allowed.hiIn ? allowed.hi : allowed.hi.minus(cent), 2);
  // The middle, rounded down to a cent so it stays inside a tier whose top is open.
  const mid = allowed.lo.plus(allowed.hi).div(2);
  return fmt(mid.times(100).floor().div(100), 2);
}

/**
 * Scores a parsed table. With `requireTotal`, weights must add up to the scale's maximum; without
 * it (auditing), the table is scored as it stands and its grade is left to the caller (`"—"`).
 *
 * @param doc - a parsed table
 * @param options - parsed options
 * @param requireTotal - whether weights must add up to the maximum
 * @returns the result
 * @throws {@link JixiaoError} listing every problem with its table path
 * @example
 * ```ts
 * scoreTable(parsedTable, {}, true).total;
 * ```
 */
export function scoreTable(
  doc: SelfEvaluationTable,
  options: SelfEvaluationOptions,
  requireTotal: boolean,
): SelfEvaluationResult {
  let opts = options;
  const issues: Issue[] = [];
  const policy = opts.qualitative ?? 'require';
  const defaulted = new Map<number, Flag>();
  let rowsIn = doc.rows;
  const parsed = doc.rows.map((row, k) => {
    if (row.target === undefined && row.actual === undefined) {
      // A 评分表 row: the evaluator scores it.
      if (row.points === undefined) {
        issues.push(
          makeIssue('missing_input', ['rows', k, 'points'], {
            id: `rows[${k}]`,
            what: {
              zh: `得分（本行没有指标值和实际完成值，由评价人按评分标准给分，区间 [0, ${plain(dec(row.weight))}]）`,
              en: `points (the row has no target or actual: the evaluator scores it within [0, ${plain(dec(row.weight))}])`,
            },
          }),
        );
      }
      return null;
    }
    if (row.target === undefined || row.actual === undefined) {
      const missing = row.target === undefined ? 'target' : 'actual';
      issues.push(
        makeIssue('missing_input', ['rows', k, missing], {
          id: `rows[${k}]`,
          what:
            missing === 'target'
              ? { zh: '年度指标值（已填实际完成值）', en: 'the target (the actual is given)' }
              : { zh: '实际完成值（已填年度指标值）', en: 'the actual (the target is given)' },
        }),
      );
      return null;
    }
    const target = readTarget(row.target);
    if (!target.ok)
      issues.push(makeIssue('target_unparseable', ['rows', k, 'target'], target.failure));
    const actual = readActual(row.actual);
    if (!actual.ok)
      issues.push(makeIssue('actual_unparseable', ['rows', k, 'actual'], actual.failure));
    if (!target.ok || !actual.ok) return null;
    const problem = pairProblem(target.value, actual.value);
    if (problem)
      issues.push(makeIssue(problem.code, ['rows', k, 'actual'], problem.params as never));
    if (target.value.kind === 'qualitative' && row.points === undefined) {
      const allowed = allowedPoints(actual.value, dec(row.weight));
      const given = policy === 'require' || !allowed.tier ? null : defaultPoints(allowed, policy);
      if (given === null) {
        issues.push(
          makeIssue('missing_input', ['rows', k, 'points'], {
            id: `rows[${k}]`,
            what: qualitativePointsNeeded(allowed),
          }),
        );
      } else {
        if (rowsIn === doc.rows) rowsIn = [...doc.rows];
        rowsIn[k] = { ...row, points: given };
        const how = policy === 'tierTop' ? ['档内最高', 'top'] : ['档内中值', 'middle'];
        defaulted.set(
          k,
          flag(
            'qualitativeDefaulted',
            `定性指标未填得分，按${how[0]}取 ${given} 分（「${allowed.tier?.zh ?? ''}」档 ${allowed.text}），须由评价人确认`,
            `qualitative row without points: ${given} taken as the ${how[1]} of "${allowed.tier?.en ?? ''}" ${allowed.text}; the evaluator must confirm`,
          ),
        );
      }
    }
    return { target: target.value, actual: actual.value };
  });
  const kind = doc.kind ?? 'project';
  const budgetIn = doc.budget;
  if (!budgetIn && kind === 'project') {
    issues.push(
      makeIssue('missing_input', ['budget'], {
        id: 'budget',
        what: {
          zh: '预算执行情况（全年预算数、全年执行数）；部门整体支出表请写 kind: "department"',
          en: 'the budget block (adjusted and executed); for a department table write kind: "department"',
        },
      }),
    );
  }
  if (budgetIn && dec(budgetIn.adjusted).isZero()) {
    // The rate is jixiao's own formula: say what is zero in the table's words.
    issues.push(
      makeIssue('division_by_zero', ['budget', 'adjusted'], {
        id: '预算执行率',
        expr: '全年执行数 ÷ 全年预算数',
        why: {
          zh: '全年预算数为 0，无法计算预算执行率',
          en: 'the adjusted budget is 0, so the budget execution rate cannot be computed',
        },
      }),
    );
  }
  const scale = opts.scale ?? doc.scale;
  const max = dec(typeof scale === 'object' ? (scale.max ?? 100) : 100);
  const total = doc.rows.reduce(
    (sum, row) => sum.plus(dec(row.weight)),
    budgetIn ? dec(budgetIn.weight ?? 10) : ZERO,
  );
  if (!requireTotal) {
    // Auditing: any weights are scored as they stand; the grade is decided by the caller.
    opts = { ...opts, scale: { max: plain(total, 20), bands: [{ label: '—', min: 0 }] } };
  } else if (!total.eq(max)) {
    issues.push(
      makeIssue('total_mismatch', ['rows'], { total: plain(total, 20), max: plain(max, 20) }),
    );
  }
  throwIfAny(located(issues, doc));

  const table: SelfEvaluationTable = rowsIn === doc.rows ? doc : { ...doc, rows: rowsIn };
  const shape = tableShape(table, opts);
  const data = buildData(table);
  let evaluation: Evaluation;
  try {
    evaluation = evaluate(compiledTable(shape), data);
  } catch (e) {
    if (!(e instanceof JixiaoError)) throw e;
    // Paths and the indicator ids in messages ("row-4") are jixiao's own: name the table's rows.
    const rowName = (text: string): string => text.replace(/"row-(\d+)"/g, '"rows[$1]"');
    const paths = frameworkPaths(buildDocument(shape));
    const mapped = e.issues.map((i) => ({
      ...i,
      path: toTablePath(i.path, paths),
      message: { zh: rowName(i.message.zh), en: rowName(i.message.en) },
    }));
    const [first, ...rest] = located(mapped, doc);
    throw new JixiaoError([first ?? e.issues[0], ...rest]);
  }

  const nodes = new Map<string, ScoredNode>();
  const index = (n: ScoredNode): void => {
    nodes.set(n.id, n);
    n.children.forEach(index);
  };
  evaluation.tree.forEach(index);
  const warnings: Warning[] = [...evaluation.warnings];

  const rows: ScoredRow[] = doc.rows.map((row, k) => {
    const node = nodes.get(rowId(k));
    if (!node) throw new TypeError(`unreachable: row ${k}`);
    const p = parsed[k] ?? null;
    const why = node.flags.some((f) => f.code === 'explanationMissing')
      ? explanationReasons(node.flags)
      : null;
    if (why) {
      warnings.push({
        code: 'explanation_required',
        indicatorId: node.id,
        message: {
          zh: `${rowLabel(doc, k, 'zh', 'note')}需填写偏差原因（${why.zh}）`,
          en: `${rowLabel(doc, k, 'en', 'note')} needs a 偏差原因 (${why.en})`,
        },
      });
    }
    // A 得分 the table prints for a row the rule scores: both numbers, when they differ.
    if (
      p &&
      (p.target.kind === 'quantitative' || p.target.kind === 'range') &&
      row.points !== undefined
    ) {
      const typed = dec(row.points);
      if (!typed.eq(dec(node.points))) {
        warnings.push({
          code: 'points_differ',
          indicatorId: node.id,
          message: {
            zh: `${rowLabel(doc, k, 'zh', 'points')}填写的得分 ${plain(typed)} 与按指标值和实际完成值计算的 ${node.points} 分不同`,
            en: `${rowLabel(doc, k, 'en', 'points')} gives ${plain(typed)} points, but its target and actual score ${node.points}`,
          },
        });
      }
    }
    if (
      !p &&
      row.points !== undefined &&
      dec(row.points).lt(dec(row.weight)) &&
      !row.note?.trim()
    ) {
      warnings.push({
        code: 'deduction_unexplained',
        indicatorId: node.id,
        message: {
          zh: `${rowLabel(doc, k, 'zh')}扣 ${node.lost} 分，未填写扣分原因`,
          en: `${rowLabel(doc, k, 'en')} loses ${node.lost} points without a reason`,
        },
      });
    }
    const extra = [defaulted.get(k), row.weightFrom === undefined ? undefined : sharedFlag(row)];
    const more = extra.filter((f): f is Flag => f !== undefined);
    // Object.assign, not a spread: on Node 20 each property written after a spread costs ~1 µs.
    return Object.assign({}, rowsIn[k] ?? row, {
      parsed: p,
      rate: node.rate ?? '0.0000',
      points: node.points,
      lost: node.lost,
      flags: more.length > 0 ? [...node.flags, ...more] : node.flags,
    });
  });
  warnings.push(...groupWarnings(doc), ...sharedWeightWarnings(doc));

  const budget = budgetIn ? budgetResult(budgetIn, nodes, opts, warnings, doc.note) : null;
  if (kind === 'project') warnings.push(...splitWarnings(doc, opts.layout ?? 'projectSelf2020'));

  return {
    kind,
    unit: doc.unit ?? null,
    project: doc.project ?? null,
    year: doc.year ?? null,
    budget,
    rows,
    total: evaluation.total,
    max: evaluation.max,
    grade: evaluation.grade,
    gradeLabel: evaluation.gradeLabel,
    findings: evaluation.findings,
    warnings,
    evaluation,
  };
}

/** The flag of a row whose 分值 is a share of a label's points (`weightFrom`). */
const sharedFlag = (row: SelfEvaluationTable['rows'][number]): Flag =>
  flag(
    'weightShared',
    `分值未印出：取「${row.weightFrom ?? ''}」按指标个数平分的 ${plain(dec(row.weight))} 分`,
    `no 分值 printed: ${plain(dec(row.weight))} points, an equal share of "${row.weightFrom ?? ''}"`,
  );

/** The budget block's result and flags (and its warning when a reason is missing). */
function budgetResult(
  b: NonNullable<SelfEvaluationTable['budget']>,
  nodes: ReadonlyMap<string, ScoredNode>,
  opts: SelfEvaluationOptions,
  warnings: Warning[],
  tableNote: string | undefined,
): NonNullable<SelfEvaluationResult['budget']> {
  const budgetNode = nodes.get(BUDGET_ID);
  if (!budgetNode) throw new TypeError('unreachable: budget');
  const adjusted = dec(b.adjusted);
  const rate: Dec = dec(b.executed).div(adjusted);
  const explainBelow = dec(opts.explainBelow ?? '0.9');
  const budgetFlags: Flag[] = [];
  if (rate.lt(explainBelow)) {
    budgetFlags.push(
      flag(
        'explanationRequired',
        `预算执行率 ${fmt(rate.times(100), 2)}% 低于 ${plain(explainBelow.times(100))}%，需说明原因`,
        `budget execution ${fmt(rate.times(100), 2)}% is below ${plain(explainBelow.times(100))}%: a reason is required`,
      ),
    );
    const first = budgetFlags[0];
    if (first && !b.note?.trim() && !tableNote?.trim()) {
      warnings.push({
        code: 'explanation_required',
        indicatorId: BUDGET_ID,
        message: first.message,
      });
    }
  }
  if (rate.gt(ONE)) {
    budgetFlags.push(
      flag(
        'overExecuted',
        `执行数超过预算数（${fmt(rate.times(100), 2)}%），得分以分值为限`,
        `execution exceeds the budget (${fmt(rate.times(100), 2)}%); points capped at the weight`,
      ),
    );
  }
  return {
    initial: b.initial === undefined ? null : plain(dec(b.initial), 20),
    unit: b.unit ?? '万元',
    adjusted: plain(adjusted, 20),
    executed: plain(dec(b.executed), 20),
    weight: budgetNode.weight,
    rate: fmt(rate, 4),
    ratePercent: `${fmt(rate.times(100), 2)}%`,
    points: budgetNode.points,
    flags: budgetFlags,
  };
}
