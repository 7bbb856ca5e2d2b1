/**
 * `scoreSelfEvaluation`: a 项目支出绩效自评表 as people write it, scored by the official rules on the
 * engine, with every lost point explained and every row that needs a 偏差原因 flagged.
 */
import { ONE, dec, fmt, plain, type Dec } from '../decimal.js';
import { JixiaoError, throwIfAny } from '../errors/JixiaoError.js';
import { makeIssue, type Issue, type Path } from '../errors/issue.js';
import type { Evaluation, ScoredNode } from '../engine/types.js';
import { evaluate } from '../engine/evaluate.js';
import type { Finding, Warning } from '../findings/finding.js';
import { defineFramework } from '../framework/defineFramework.js';
import type { Flag } from '../rules/types.js';
import { depthIssue } from '../schema/depth.js';
import { parseWith } from '../schema/parse.js';
import {
  pairProblem,
  readActual,
  readTarget,
  type ParsedActual,
  type ParsedTarget,
} from '../target/parse.js';
import { BUDGET_ID, buildSelfEvaluation, rowId } from './build.js';
import { splitWarnings } from './split.js';
import {
  SelfEvaluationOptionsSchema,
  SelfEvaluationTableSchema,
  type SelfEvaluationOptions,
  type SelfEvaluationRow,
  type SelfEvaluationTable,
} from './schema.js';

/** A scored row: the input, what was read from it, and its score. */
export interface ScoredRow extends SelfEvaluationRow {
  readonly parsed: { readonly target: ParsedTarget; readonly actual: ParsedActual };
  /** Share of the weight earned (4 places). */
  readonly rate: string;
  readonly points: string;
  readonly lost: string;
  readonly flags: readonly Flag[];
}

/** The result of {@link scoreSelfEvaluation}: plain JSON, decimal strings. */
export interface SelfEvaluationResult {
  readonly unit: string | null;
  readonly project: string | null;
  readonly year: number | null;
  readonly budget: {
    readonly initial: string | null;
    readonly adjusted: string;
    readonly executed: string;
    readonly weight: string;
    /** 执行率 as a share (4 places), e.g. `"0.9997"`. */
    readonly rate: string;
    /** 执行率 as printed, e.g. `"99.97%"`. */
    readonly ratePercent: string;
    readonly points: string;
    readonly flags: readonly Flag[];
  };
  readonly rows: readonly ScoredRow[];
  readonly total: string;
  readonly grade: string;
  readonly findings: readonly Finding[];
  readonly warnings: readonly Warning[];
  /** The full engine evaluation (tree, traces, policies), for renderers. */
  readonly evaluation: Evaluation;
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

/**
 * Scores a self-evaluation table (项目支出绩效自评表). The budget block scores min(执行率, 100%) ×
 * its weight; each row scores by its 指标值 and 实际完成值 as 财预〔2020〕10号 and production systems
 * do; rows are rounded to 2 places half-up and summed; the grade follows 财预〔2020〕10号. The table
 * is checked: weights must add up to the scale's maximum (100), and a split other than the 10号
 * default (10 / 50 / 30 / 10) is a warning.
 *
 * @param table - the table as plain JSON (numbers may be numbers or decimal strings)
 * @param options - over-completion threshold and policy, 执行率 threshold, layout, rounding, scale
 * @returns budget, rows, total, grade, findings, warnings and the engine evaluation
 * @throws {@link JixiaoError} listing every problem with its table path
 * @example
 * ```ts
 * const r = scoreSelfEvaluation({
 *   budget: { adjusted: 100, executed: 95 },
 *   rows: [{ l1: '产出指标', l2: '数量指标', l3: '培训人次', target: '≥500人次', actual: '450人次', weight: 90 }],
 * });
 * r.total; // "90.50" (9.50 + 81.00)
 * ```
 */
export function scoreSelfEvaluation(table: unknown, options?: unknown): SelfEvaluationResult {
  const deep = depthIssue(table, []);
  if (deep) throw new JixiaoError([deep]);
  const issues: Issue[] = [];
  const t = parseWith(SelfEvaluationTableSchema, table, []);
  const o =
    options === undefined
      ? { ok: true as const, value: {} }
      : parseWith(SelfEvaluationOptionsSchema, options, ['options']);
  if (!t.ok) issues.push(...t.issues);
  if (!o.ok) issues.push(...o.issues);
  throwIfAny(issues);
  const doc = (t as { value: SelfEvaluationTable }).value;
  const opts = (o as { value: SelfEvaluationOptions }).value;

  const parsed = doc.rows.map((row, k) => {
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
      issues.push(
        makeIssue('missing_input', ['rows', k, 'points'], {
          id: `rows[${k}]`,
          what: 'points（定性指标须由评价人在档次区间内给分）',
        }),
      );
    }
    return { target: target.value, actual: actual.value };
  });
  const scale = opts.scale ?? doc.scale;
  const max = dec(typeof scale === 'object' ? (scale.max ?? 100) : 100);
  const total = doc.rows.reduce(
    (sum, row) => sum.plus(dec(row.weight)),
    dec(doc.budget.weight ?? 10),
  );
  if (!total.eq(max)) {
    issues.push(
      makeIssue('total_mismatch', ['rows'], { total: plain(total, 20), max: plain(max, 20) }),
    );
  }
  throwIfAny(issues);

  const built = buildSelfEvaluation(doc, opts);
  let evaluation: Evaluation;
  try {
    evaluation = evaluate(defineFramework(built.framework), built.data);
  } catch (e) {
    if (!(e instanceof JixiaoError)) throw e;
    const mapped = e.issues.map((i) => ({ ...i, path: toTablePath(i.path, built.paths) }));
    throw new JixiaoError([mapped[0] ?? e.issues[0], ...mapped.slice(1)]);
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
    const p = parsed[k];
    if (!node || !p) throw new TypeError(`unreachable: row ${k}`);
    const missing = node.flags.some((f) => f.code === 'explanationMissing');
    if (missing) {
      const why = node.flags
        .filter((f) => f.code === 'explanationRequired')
        .map((f) => f.message.zh.replace('需说明偏差原因：', ''));
      warnings.push({
        code: 'explanation_required',
        indicatorId: node.id,
        message: {
          zh: `第 ${k + 1} 行「${row.l3}」需填写偏差原因（${why.join('；')}）`,
          en: `row ${k + 1} "${row.l3}" needs a 偏差原因 (${node.flags
            .filter((f) => f.code === 'explanationRequired')
            .map((f) => f.message.en.replace('a 偏差原因 is required: ', ''))
            .join('; ')})`,
        },
      });
    }
    return {
      ...row,
      parsed: p,
      rate: node.rate ?? '0.0000',
      points: node.points,
      lost: node.lost,
      flags: node.flags,
    };
  });

  const budgetNode = nodes.get(BUDGET_ID);
  if (!budgetNode) throw new TypeError('unreachable: budget');
  const adjusted = dec(doc.budget.adjusted);
  const rate: Dec = dec(doc.budget.executed).div(adjusted);
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
    if (first && !doc.budget.note?.trim()) {
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
  warnings.push(...splitWarnings(doc, opts.layout ?? 'projectSelf2020'));

  return {
    unit: doc.unit ?? null,
    project: doc.project ?? null,
    year: doc.year ?? null,
    budget: {
      initial: doc.budget.initial === undefined ? null : plain(dec(doc.budget.initial), 20),
      adjusted: plain(adjusted, 20),
      executed: plain(dec(doc.budget.executed), 20),
      weight: budgetNode.weight,
      rate: fmt(rate, 4),
      ratePercent: `${fmt(rate.times(100), 2)}%`,
      points: budgetNode.points,
      flags: budgetFlags,
    },
    rows,
    total: evaluation.total,
    grade: evaluation.grade,
    findings: evaluation.findings,
    warnings,
    evaluation,
  };
}

/**
 * Like {@link scoreSelfEvaluation}, but returns problems instead of throwing.
 *
 * @param table - the table
 * @param options - options
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const r = safeScoreSelfEvaluation({ budget: { adjusted: 0, executed: 0 }, rows: [] });
 * if (!r.success) console.log(r.error.issues.map((i) => i.path.join('.')));
 * ```
 */
export function safeScoreSelfEvaluation(
  table: unknown,
  options?: unknown,
): { success: true; data: SelfEvaluationResult } | { success: false; error: JixiaoError } {
  try {
    return { success: true, data: scoreSelfEvaluation(table, options) };
  } catch (e) {
    if (e instanceof JixiaoError) return { success: false, error: e };
    throw e;
  }
}
