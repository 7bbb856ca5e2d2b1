/**
 * `defineFramework`: validates a framework document (schema, then meaning), reports every problem
 * at once, and compiles it once into a frozen framework the engine reuses.
 */
import * as z from 'zod/mini';
import { ZERO, dec, placesOf, plain, type Dec } from '../decimal.js';
import { JixiaoError, throwIfAny } from '../errors/JixiaoError.js';
import { makeIssue, type Issue, type Path } from '../errors/issue.js';
import { BUILTIN_SCALES, checkScale, type GradeScale } from '../grade/scale.js';
import { RULE_KINDS, type Rule, type RuleKindName } from '../rules/registry.js';
import type { PrepareContext, RuleKind, Scorer } from '../rules/types.js';
import { localText } from '../schema/common.js';
import {
  FrameworkSchema,
  type FrameworkDocument,
  type FrameworkInput,
  type IndicatorInput,
} from '../schema/framework.js';
import { DEFAULT_POLICIES, resolvePolicies } from '../schema/options.js';
import { parseWith } from '../schema/parse.js';
import { commonAnswer } from '../schema/unitData.js';
import { VERSION } from '../version.js';
import { deepFreeze, omitAt } from './json.js';
import { buildSymbols, compileRuleExpression, type SymbolTable } from './symbols.js';
import type { CNode, Compiled, Framework, IndicatorInfo } from './types.js';

const INNER_ANSWER = z.strictObject(commonAnswer);
const LEAF_ANSWER = Object.fromEntries(
  Object.values(RULE_KINDS).map((r) => [r.kind, z.strictObject({ ...commonAnswer, ...r.answer })]),
) as unknown as Record<RuleKindName, z.ZodMiniType<Record<string, unknown>>>;

const internals = new WeakMap<object, Compiled>();

/**
 * The brand on every framework `defineFramework` returns, registered with `Symbol.for` so that the
 * ESM and CommonJS builds (two copies of this module) recognise each other's frameworks.
 */
const FRAMEWORK_BRAND: unique symbol = Symbol.for('jixiao.Framework') as never;

/**
 * The compiled internals of a framework made by {@link defineFramework} (for the engine). A
 * framework made by another copy of jixiao (the CommonJS build beside the ESM one) is compiled here
 * from its validated `definition`, once.
 *
 * @param framework - a framework (anything: plain-JS callers may pass anything)
 * @returns its internals, or `undefined` when it was not made by `defineFramework`
 * @example
 * ```ts
 * compiledOf(defineFramework(doc)) !== undefined; // true
 * ```
 */
export function compiledOf(framework: unknown): Compiled | undefined {
  if (typeof framework !== 'object' || framework === null) return undefined;
  const own = internals.get(framework);
  if (own) return own;
  if ((framework as Record<symbol, unknown>)[FRAMEWORK_BRAND] === undefined) return undefined;
  const r = safeDefineFramework((framework as { definition?: unknown }).definition);
  const compiled = r.success ? internals.get(r.data) : undefined;
  if (compiled) internals.set(framework, compiled);
  return compiled;
}

/**
 * Validates and compiles a framework document. Problems of every kind are collected and thrown
 * together: schema errors (with unknown keys), duplicate ids, weights that do not add up exactly,
 * a total that is not the scale's maximum, leaves without rules and inner nodes with rules,
 * incoherent rule parameters, and metric expressions that do not parse, refer to undeclared
 * names or form cycles.
 *
 * @param input - the framework as plain JSON (e.g. `JSON.parse` of a file)
 * @returns the frozen, compiled framework
 * @throws {@link JixiaoError} listing every problem with its path
 * @example
 * ```ts
 * const fw = defineFramework({
 *   id: 'demo', version: '1', name: '示例',
 *   indicators: [{ id: 'exec', name: '预算执行率', weight: 100,
 *     rule: { kind: 'ratio', fullAt: 100 } }],
 * });
 * fw.indicators[0].weight; // "100"
 * ```
 * @category Framework
 */
export function defineFramework(input: FrameworkInput): Framework {
  // Unknown keys (typos) do not stop the checks of meaning: they are reported together with them.
  const issues: Issue[] = [];
  let parsed = parseWith(FrameworkSchema, input, []);
  if (!parsed.ok && parsed.issues.every((i) => i.code === 'unknown_key')) {
    issues.push(...parsed.issues);
    parsed = parseWith(
      FrameworkSchema,
      parsed.issues.reduce<unknown>((v, i) => omitAt(v, i.path), input),
      [],
    );
  }
  if (!parsed.ok) throwIfAny(parsed.issues);
  return compileDocument((parsed as { ok: true; value: FrameworkDocument }).value, issues, false);
}

/**
 * Compiles a framework document that is already valid in shape — one built by jixiao itself from
 * validated input (a self-evaluation table) — skipping the schema pass and the defensive deep copy;
 * every check of meaning still runs. Not for documents from outside: use {@link defineFramework}.
 *
 * @param doc - a framework document of the right shape
 * @returns the compiled framework
 * @throws {@link JixiaoError} for problems of meaning
 * @example
 * ```ts
 * const fw = compileTrusted(buildDocument(tableShape(table, {})));
 * ```
 */
export function compileTrusted(doc: FrameworkDocument): Framework {
  return compileDocument(doc, [], true);
}

function compileDocument(doc: FrameworkDocument, issues: Issue[], internal: boolean): Framework {
  let scale: GradeScale | null = null;
  const scaleInput =
    doc.scale === undefined || doc.scale === 'mof2020' ? BUILTIN_SCALES.mof2020 : doc.scale;
  if (scaleInput) {
    const s = checkScale(scaleInput, ['scale']);
    if (s.ok) scale = s.scale;
    else issues.push(...s.issues);
  }
  const symbols = buildSymbols(doc, issues);
  const nodes: CNode[] = [];
  const seen = new Map<string, Path>();

  const walk = (
    ind: IndicatorInput,
    at: Path,
    level: number,
    parent: number,
    above: readonly string[],
  ): CNode => {
    const idx = nodes.length;
    if (seen.has(ind.id)) issues.push(makeIssue('duplicate_id', [...at, 'id'], { id: ind.id }));
    else seen.set(ind.id, at);
    const base = dec(ind.weight);
    const name = localText(ind.name);
    const names = [...above, name.zh];
    const placeholder = { idx } as CNode;
    nodes.push(placeholder);
    const children: number[] = [];
    let scorer: Scorer | null = null;
    let facts: readonly string[] = [];
    if (ind.children) {
      if (ind.rule) issues.push(makeIssue('inner_with_rule', [...at, 'rule'], { id: ind.id }));
      let sum = ZERO;
      ind.children.forEach((c, i) => {
        const child = walk(c, [...at, 'children', i], level + 1, idx, names);
        children.push(child.idx);
        sum = sum.plus(child.base);
      });
      if (!sum.eq(base)) {
        issues.push(
          makeIssue('weight_mismatch', [...at, 'weight'], {
            id: ind.id,
            weight: plain(base, 20),
            sum: plain(sum, 20),
          }),
        );
      }
    } else if (!ind.rule) {
      issues.push(makeIssue('leaf_without_rule', at, { id: ind.id }));
    } else {
      const prepared = prepareRule(
        ind.rule as Rule, // validated; read only
        { id: ind.id, name, weight: base, at: [...at, 'rule'] },
        symbols,
        issues,
      );
      scorer = prepared.scorer;
      facts = prepared.facts;
    }
    const kind = ind.children ? null : (ind.rule?.kind ?? null);
    const rule = ind.rule as { metric?: string; condition?: string } | undefined;
    const node: CNode = {
      idx,
      id: ind.id,
      name,
      names,
      level,
      parent,
      children,
      base,
      baseText: plain(base, 20),
      at,
      kind,
      scorer,
      expr: rule?.metric ?? rule?.condition ?? '',
      facts,
      answer: kind ? LEAF_ANSWER[kind] : INNER_ANSWER,
    };
    nodes[idx] = node;
    return node;
  };
  const roots = doc.indicators.map((ind, i) => walk(ind, ['indicators', i], 1, -1, []).idx);

  const total = roots.reduce<Dec>((s, r) => s.plus(nodes[r]?.base ?? ZERO), ZERO);
  if (scale && !total.eq(scale.max)) {
    issues.push(
      makeIssue('total_mismatch', ['indicators'], {
        total: plain(total, 20),
        max: plain(scale.max, 20),
      }),
    );
  }
  throwIfAny(issues);
  if (!scale) throw new TypeError('unreachable: scale without issues');

  const policies = resolvePolicies(DEFAULT_POLICIES, doc.policies);
  const compiled: Compiled = {
    nodes,
    roots,
    byId: new Map(nodes.map((n) => [n.id, n.idx])),
    symbols,
    scale,
    policies,
    weightPlaces: Math.max(...nodes.map((n) => placesOf(n.base))),
    weightText: new Map(),
    weights: new Map(),
  };
  // A framework handed to callers is a frozen copy; one used only inside jixiao need not be.
  const described = describe(doc, compiled, !internal);
  Object.defineProperty(described, FRAMEWORK_BRAND, { value: VERSION });
  const framework: Framework = internal ? Object.freeze(described) : deepFreeze(described);
  internals.set(framework, compiled);
  return framework;
}

function prepareRule(
  rule: Rule,
  base: Pick<PrepareContext, 'id' | 'name' | 'weight' | 'at'>,
  symbols: SymbolTable,
  issues: Issue[],
): { scorer: Scorer | null; facts: readonly string[] } {
  const facts = new Set<string>();
  const ctx: PrepareContext = {
    id: base.id,
    name: base.name,
    weight: base.weight,
    at: base.at,
    incoherent: (at, zh, en) =>
      issues.push(makeIssue('rule_incoherent', at, { id: base.id, zh, en })),
    problem: (code, at, params) => {
      issues.push(makeIssue(code, at, params));
    },
    numberExpr: (src, at, unit) => {
      const c = compileRuleExpression(src, at, 'number', symbols, issues);
      if (!c) return null;
      c.facts.forEach((f) => facts.add(f));
      return { src, fn: c.fn, unit: unit ?? c.unit };
    },
    conditionExpr: (src, at) => {
      const c = compileRuleExpression(src, at, 'condition', symbols, issues);
      if (!c) return null;
      c.facts.forEach((f) => facts.add(f));
      return { src, fn: c.fn, unit: '' };
    },
  };
  const kind = RULE_KINDS[rule.kind] as RuleKind<Rule>;
  const scorer = kind.prepare(rule, ctx);
  return { scorer, facts: [...facts] };
}

function describe(doc: FrameworkDocument, c: Compiled, copy: boolean): Framework {
  const indicators: IndicatorInfo[] = [];
  const visit = (ind: IndicatorInput, idx: number): void => {
    const n = c.nodes[idx];
    if (!n) return;
    indicators.push({
      id: n.id,
      name: n.name,
      level: n.level,
      weight: n.baseText,
      parentId: n.parent < 0 ? null : (c.nodes[n.parent]?.id ?? null),
      path: n.names,
      rule: n.kind,
      description: ind.description ? localText(ind.description) : null,
      formula: ind.formula ? localText(ind.formula) : null,
    });
    ind.children?.forEach((child, i) => {
      const childIdx = n.children[i];
      if (childIdx !== undefined) visit(child, childIdx);
    });
  };
  doc.indicators.forEach((ind, i) => {
    const r = c.roots[i];
    if (r !== undefined) visit(ind, r);
  });
  const facts: Record<string, { name: ReturnType<typeof localText>; unit: string }> = {};
  for (const [k, f] of c.symbols.facts) facts[k] = { name: f.name, unit: f.unit };
  return {
    id: doc.id,
    version: doc.version,
    name: localText(doc.name),
    description: doc.description ? localText(doc.description) : null,
    max: plain(c.scale.max, 20),
    scale: {
      id: c.scale.id,
      max: plain(c.scale.max, 20),
      bands: c.scale.bands.map((b) => ({
        label: b.label,
        min: plain(b.min, 20),
        minInclusive: b.minInclusive,
      })),
    },
    policies: c.policies,
    facts,
    indicators,
    definition: copy ? structuredClone(doc) : doc,
  };
}

/**
 * Like {@link defineFramework}, but returns the problems instead of throwing.
 *
 * @param input - the framework as plain JSON
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const r = safeDefineFramework({});
 * if (!r.success) console.log(r.error.issues.length);
 * ```
 * @category Framework
 */
export function safeDefineFramework(
  input: unknown,
): { success: true; data: Framework } | { success: false; error: JixiaoError } {
  try {
    return { success: true, data: defineFramework(input as FrameworkInput) };
  } catch (e) {
    if (e instanceof JixiaoError) return { success: false, error: e };
    throw e;
  }
}
