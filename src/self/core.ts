/**
 * The core of self-evaluation scoring, shared by `scoreSelfEvaluation` and the audit: reads every
 * row, checks what can be checked before scoring, scores the table on the engine and assembles the
 * result with row flags, budget flags and warnings.
 */
import { ONE, dec, fmt, plain, type Dec } from '../decimal.js';
import { JixiaoError, throwIfAny } from '../errors/JixiaoError.js';
import { makeIssue, type Issue, type Path } from '../errors/issue.js';
import { evaluate } from '../engine/evaluate.js';
import type { Evaluation, ScoredNode } from '../engine/types.js';
import type { Warning } from '../findings/finding.js';
import { compileTrusted } from '../framework/defineFramework.js';
import type { Flag } from '../rules/types.js';
import { allowedPoints, explanationReasons, qualitativePointsNeeded } from '../rules/target.js';
import { pairProblem, readActual, readTarget } from '../target/parse.js';
import { BUDGET_ID, buildSelfEvaluation, rowId } from './build.js';
import type { SelfEvaluationOptions, SelfEvaluationTable } from './schema.js';
import type { ScoredRow, SelfEvaluationResult } from './score.js';
import { splitWarnings } from './split.js';

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
          what: qualitativePointsNeeded(allowedPoints(actual.value, dec(row.weight))),
        }),
      );
    }
    return { target: target.value, actual: actual.value };
  });
  if (dec(doc.budget.adjusted).isZero()) {
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
    dec(doc.budget.weight ?? 10),
  );
  if (!requireTotal) {
    // Auditing: any weights are scored as they stand; the grade is decided by the caller.
    opts = { ...opts, scale: { max: plain(total, 20), bands: [{ label: '—', min: 0 }] } };
  } else if (!total.eq(max)) {
    issues.push(
      makeIssue('total_mismatch', ['rows'], { total: plain(total, 20), max: plain(max, 20) }),
    );
  }
  throwIfAny(issues);

  const built = buildSelfEvaluation(doc, opts);
  let evaluation: Evaluation;
  try {
    evaluation = evaluate(compileTrusted(built.framework), built.data);
  } catch (e) {
    if (!(e instanceof JixiaoError)) throw e;
    // Paths and the indicator ids in messages ("row-4") are jixiao's own: name the table's rows.
    const rowName = (text: string): string => text.replace(/"row-(\d+)"/g, '"rows[$1]"');
    const mapped = e.issues.map((i) => ({
      ...i,
      path: toTablePath(i.path, built.paths),
      message: { zh: rowName(i.message.zh), en: rowName(i.message.en) },
    }));
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
    const why = node.flags.some((f) => f.code === 'explanationMissing')
      ? explanationReasons(node.flags)
      : null;
    if (why) {
      warnings.push({
        code: 'explanation_required',
        indicatorId: node.id,
        message: {
          zh: `第 ${k + 1} 行「${row.l3}」需填写偏差原因（${why.zh}）`,
          en: `row ${k + 1} "${row.l3}" needs a 偏差原因 (${why.en})`,
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
