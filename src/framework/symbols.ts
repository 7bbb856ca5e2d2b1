/**
 * The framework's symbol table: declared facts and named metrics, each metric's expression parsed,
 * type-checked, resolved and compiled once, with cycles reported.
 */
import { makeIssue, type Issue, type Path } from '../errors/issue.js';
import {
  compileCondition,
  compileNumber,
  typeOfExpression,
  type ConditionFn,
  type ExprType,
  type NumberFn,
} from '../expression/compile.js';
import { readExpression, referencesOf } from '../expression/parse.js';
import { localText, type LocalText } from '../schema/common.js';
import type { FrameworkDocument } from '../schema/framework.js';

/** A declared fact. */
export interface FactInfo {
  readonly name: LocalText;
  readonly unit: string;
  readonly description?: LocalText;
}

/** A compiled metric. */
export interface MetricInfo {
  readonly name: LocalText;
  readonly expr: string;
  readonly unit: string;
  readonly fn: NumberFn;
  /** Every fact the metric needs, directly or through other metrics. */
  readonly facts: readonly string[];
}

/** Facts and metrics of a framework. */
export interface SymbolTable {
  readonly facts: ReadonlyMap<string, FactInfo>;
  readonly metrics: ReadonlyMap<string, MetricInfo>;
  /** Every declared name, including metrics rejected for their own problems. */
  readonly declared: ReadonlySet<string>;
}

/** A compiled expression with the facts it needs. */
export interface CompiledExpr<F> {
  readonly fn: F;
  /** Facts needed, directly or through metrics. */
  readonly facts: readonly string[];
  /** The unit, when the expression is a bare metric or fact name that declares one. */
  readonly unit: string;
}

/**
 * Builds the symbol table, reporting bad names, bad expressions, unknown references and cycles.
 *
 * @param doc - the parsed framework
 * @param issues - where problems are collected
 * @returns the table (metrics with problems are left out)
 * @example
 * ```ts
 * const issues = [];
 * buildSymbols({ ...doc, facts: { a: { name: 'A' } }, metrics: { r: { name: 'R', expr: 'a * 2' } } }, issues);
 * ```
 */
export function buildSymbols(doc: FrameworkDocument, issues: Issue[]): SymbolTable {
  const facts = new Map<string, FactInfo>();
  for (const [key, f] of Object.entries(doc.facts ?? {})) {
    facts.set(key, {
      name: localText(f.name),
      unit: f.unit ?? '',
      ...(f.description ? { description: localText(f.description) } : {}),
    });
  }
  const defs = Object.entries(doc.metrics ?? {});
  const declared = new Set([...facts.keys(), ...defs.map(([k]) => k)]);
  const parsed = new Map<string, { node: Parameters<typeof compileNumber>[0]; refs: string[] }>();
  for (const [key, m] of defs) {
    const at: Path = ['metrics', key, 'expr'];
    if (facts.has(key)) {
      issues.push(makeIssue('duplicate_id', ['metrics', key], { id: key, what: 'metric' }));
      continue;
    }
    const node = checkExpression(m.expr, at, 'number', declared, issues);
    if (node) parsed.set(key, { node, refs: referencesOf(node) });
  }

  // Cycles: depth-first search over metric → metric references.
  const state = new Map<string, 'open' | 'done'>();
  const inCycle = new Set<string>();
  const visit = (key: string, trail: string[]): void => {
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'open') {
      const cycle = [...trail.slice(trail.indexOf(key)), key];
      if (!cycle.some((k) => inCycle.has(k))) {
        issues.push(
          makeIssue('metric_cycle', ['metrics', key, 'expr'], { cycle: cycle.join(' → ') }),
        );
      }
      cycle.forEach((k) => inCycle.add(k));
      return;
    }
    state.set(key, 'open');
    for (const ref of parsed.get(key)?.refs ?? []) if (parsed.has(ref)) visit(ref, [...trail, key]);
    state.set(key, 'done');
  };
  for (const key of parsed.keys()) visit(key, []);

  const metrics = new Map<string, MetricInfo>();
  const factsOf = (key: string, seen: Set<string>): string[] => {
    const out = new Set<string>();
    for (const ref of parsed.get(key)?.refs ?? []) {
      if (facts.has(ref)) out.add(ref);
      else if (!seen.has(ref)) factsOf(ref, new Set([...seen, ref])).forEach((f) => out.add(f));
    }
    return [...out];
  };
  for (const [key, m] of defs) {
    const p = parsed.get(key);
    if (!p || inCycle.has(key) || p.refs.some((r) => !facts.has(r) && !parsed.has(r))) continue;
    metrics.set(key, {
      name: localText(m.name),
      expr: m.expr,
      unit: m.unit ?? '',
      fn: compileNumber(p.node),
      facts: factsOf(key, new Set([key])),
    });
  }
  return { facts, metrics, declared };
}

function checkExpression(
  src: string,
  at: Path,
  expected: ExprType,
  known: ReadonlySet<string>,
  issues: Issue[],
): Parameters<typeof compileNumber>[0] | null {
  const p = readExpression(src);
  if (!p.ok) {
    issues.push(
      p.failure.kind === 'limit'
        ? makeIssue('expression_limit', at, {
            expr: src,
            limit: `${p.failure.zh} / ${p.failure.en}`,
          })
        : makeIssue('expression_syntax', at, { expr: src, zh: p.failure.zh, en: p.failure.en }),
    );
    return null;
  }
  let ok = true;
  for (const name of referencesOf(p.node)) {
    if (!known.has(name)) {
      issues.push(makeIssue('unknown_reference', at, { name, expr: src }));
      ok = false;
    }
  }
  if (typeOfExpression(p.node) !== expected) {
    issues.push(makeIssue('expression_type', at, { expr: src, expected }));
    ok = false;
  }
  return ok ? p.node : null;
}

/**
 * Compiles an expression used by a rule against the symbol table.
 *
 * @param src - the expression
 * @param at - its path in the framework
 * @param expected - `number` or `condition`
 * @param symbols - the framework's facts and metrics
 * @param issues - where problems are collected
 * @returns the compiled expression, or `null`
 * @example
 * ```ts
 * compileRuleExpression('rate', ['indicators', 0, 'rule', 'metric'], 'number', symbols, issues);
 * ```
 */
export function compileRuleExpression(
  src: string,
  at: Path,
  expected: 'number',
  symbols: SymbolTable,
  issues: Issue[],
): CompiledExpr<NumberFn> | null;
export function compileRuleExpression(
  src: string,
  at: Path,
  expected: 'condition',
  symbols: SymbolTable,
  issues: Issue[],
): CompiledExpr<ConditionFn> | null;
export function compileRuleExpression(
  src: string,
  at: Path,
  expected: ExprType,
  symbols: SymbolTable,
  issues: Issue[],
): CompiledExpr<NumberFn> | CompiledExpr<ConditionFn> | null {
  // A metric rejected for its own problems still counts as declared: it is reported once, there.
  const node = checkExpression(src, at, expected, symbols.declared, issues);
  if (!node) return null;
  const facts = new Set<string>();
  for (const ref of referencesOf(node)) {
    if (symbols.facts.has(ref)) facts.add(ref);
    else symbols.metrics.get(ref)?.facts.forEach((f) => facts.add(f));
  }
  const bare =
    node.t === 'ref' ? (symbols.metrics.get(node.name) ?? symbols.facts.get(node.name)) : undefined;
  const unit = bare?.unit ?? '';
  return expected === 'number'
    ? { fn: compileNumber(node), facts: [...facts], unit }
    : { fn: compileCondition(node), facts: [...facts], unit };
}
