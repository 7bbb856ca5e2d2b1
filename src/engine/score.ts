/**
 * Scores every applicable leaf with its prepared rule. Faults become issues with paths into the
 * unit data; under the `zero` missing-input policy a missing input scores 0 instead.
 */
import { ONE, ZERO, dec, type Dec, type Num } from '../decimal.js';
import { JixiaoInternalError } from '../errors/internal.js';
import { makeIssue, type Issue } from '../errors/issue.js';
import type { LocalMessage } from '../errors/messages.js';
import { ExprFault, type ExprEnv } from '../expression/compile.js';
import type { Compiled } from '../framework/types.js';
import { RuleFault, type Flag, type RuleOutcome, type TraceEntry } from '../rules/types.js';
import type { Policies } from '../schema/options.js';
import type { NodeStatus } from './types.js';
import type { ReadInput } from './input.js';

/** A leaf's score before weights and rounding. */
export interface LeafScore {
  status: NodeStatus;
  /** Share of the weight earned. */
  rate: Dec;
  /** Points at the base weight. */
  points: Dec;
  trace: readonly TraceEntry[];
  explain?: ((lost: string) => LocalMessage) | undefined;
  veto?: 'parent' | 'all' | undefined;
  flags?: readonly Flag[] | undefined;
  /** What was missing (status `missing`). */
  missing?: string;
  /** The gate that vetoed this leaf (status `vetoed`). */
  vetoedBy?: string;
}

/** Fact and metric values of one evaluation, each computed at most once. */
class Env implements ExprEnv {
  private readonly cache = new Map<string, Dec>();
  constructor(
    private readonly facts: Readonly<Record<string, Num>>,
    private readonly c: Compiled,
  ) {}
  value(name: string): Dec {
    let v = this.cache.get(name);
    if (v !== undefined) return v;
    const metric = this.c.symbols.metrics.get(name);
    if (metric) v = metric.fn(this);
    else {
      const raw = Object.hasOwn(this.facts, name) ? this.facts[name] : undefined;
      if (raw === undefined) throw new ExprFault('missing', [name]);
      v = dec(raw);
    }
    this.cache.set(name, v);
    return v;
  }
}

const missingScore = (what: string): LeafScore => ({
  status: 'missing',
  rate: ZERO,
  points: ZERO,
  trace: [{ key: 'missing', value: what }],
  missing: what,
});

/**
 * Scores the applicable leaves. Returns one entry per node index (`undefined` for inner nodes and
 * not-applicable leaves).
 *
 * @param c - the compiled framework
 * @param input - the read unit data
 * @param policies - the policies in force
 * @param issues - where problems go
 * @returns scores by node index
 * @example
 * ```ts
 * const scores = scoreLeaves(compiled, input, DEFAULT_POLICIES, issues);
 * ```
 */
export function scoreLeaves(
  c: Compiled,
  input: ReadInput,
  policies: Policies,
  issues: Issue[],
): (LeafScore | undefined)[] {
  const env = new Env(input.facts, c);
  const out: (LeafScore | undefined)[] = new Array<undefined>(c.nodes.length).fill(undefined);
  const lenient = policies.missing === 'zero';
  for (const node of c.nodes) {
    if (!node.scorer || input.na[node.idx] || input.rejected[node.idx]) continue;
    const absent = node.facts.filter((f) => !Object.hasOwn(input.facts, f));
    const [first] = absent;
    if (first !== undefined) {
      const what = absent.map((f) => `${f}（${c.symbols.facts.get(f)?.name.zh ?? f}）`).join('、');
      if (lenient) out[node.idx] = missingScore(what);
      else issues.push(makeIssue('missing_input', ['facts', first], { id: node.id, what }));
      continue;
    }
    let outcome: RuleOutcome;
    try {
      outcome = node.scorer({ answer: input.answers[node.idx], env });
    } catch (e) {
      if (e instanceof RuleFault) {
        if (e.code === 'missing_input' && lenient) {
          const { what } = e.params as { what: string | LocalMessage };
          out[node.idx] = missingScore(typeof what === 'string' ? what : what.zh);
        } else {
          for (const f of [e, ...e.also])
            issues.push(makeIssue(f.code, ['answers', node.id, ...f.at], f.params as never));
        }
        continue;
      }
      // A rule reads only the facts in `node.facts`, all present (checked above): the one fault
      // an expression can still raise is a division by zero.
      if (e instanceof ExprFault && e.code === 'division_by_zero') {
        issues.push(makeIssue('division_by_zero', ['facts'], { expr: node.expr, id: node.id }));
        continue;
      }
      throw e;
    }
    checkOutcome(node.id, node.kind ?? '', node.base, outcome);
    out[node.idx] = {
      status: 'scored',
      rate: outcome.rate,
      points: outcome.points,
      trace: outcome.trace,
      explain: outcome.explain,
      veto: outcome.veto,
      flags: outcome.flags,
    };
  }
  applyVetoes(c, input, out);
  return out;
}

/**
 * The one central check of what every rule returns: a rate within [0, 1] and points = rate ×
 * weight exactly, so that the points lie within [0, weight] (weights are positive). A rule that
 * breaks it is a bug in jixiao; its score must never be shown.
 */
function checkOutcome(id: string, kind: string, weight: Dec, o: RuleOutcome): void {
  if (o.rate.isNeg() || o.rate.gt(ONE) || !o.points.eq(o.rate.times(weight))) {
    throw new JixiaoInternalError(
      `the ${kind} rule of indicator "${id}" returned ${o.points.toString()} points at rate ${o.rate.toString()} for a weight of ${weight.toString()}`,
    );
  }
}

/** Zeroes the leaves under a failed gate's veto scope. */
function applyVetoes(c: Compiled, input: ReadInput, out: (LeafScore | undefined)[]): void {
  for (const node of c.nodes) {
    const s = out[node.idx];
    if (!s?.veto) continue;
    const scopeRoot = s.veto === 'parent' ? node.parent : -1;
    for (const other of c.nodes) {
      const o = out[other.idx];
      // The gate itself has a veto, so it is skipped with the other gates.
      if (!o || input.na[other.idx] || o.veto) continue;
      if (scopeRoot >= 0 && !isUnder(c, other.idx, scopeRoot)) continue;
      out[other.idx] = {
        status: 'vetoed',
        rate: ZERO,
        points: ZERO,
        trace: [...o.trace, { key: 'vetoedBy', value: node.id }],
        vetoedBy: node.name.zh,
      };
    }
  }
}

function isUnder(c: Compiled, idx: number, ancestor: number): boolean {
  for (let p = c.nodes[idx]?.parent ?? -1; p >= 0; p = c.nodes[p]?.parent ?? -1) {
    if (p === ancestor) return true;
  }
  return false;
}
