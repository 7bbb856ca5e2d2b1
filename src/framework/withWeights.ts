/**
 * `withWeights`: a local weight table (本地分值表) applied to a framework document. Leaf weights are
 * replaced, parents become the sums of their children, and rule parameters given in points
 * (deductions, band points, element points) scale with the weight so a rule keeps its meaning
 * ("每超过一个百分点扣分值的10%" stays 10%).
 */
import { ZERO, dec, plain, ulp, type Dec } from '../decimal.js';
import { throwIfAny } from '../errors/JixiaoError.js';
import { objectArgument } from '../errors/arguments.js';
import { makeIssue, type Issue } from '../errors/issue.js';
import type { Rule } from '../rules/registry.js';
import { PositiveNumSchema } from '../schema/common.js';
import {
  FrameworkSchema,
  type FrameworkDocument,
  type FrameworkInput,
  type IndicatorInput,
} from '../schema/framework.js';
import { parseWith } from '../schema/parse.js';
import { allocate } from '../engine/allocate.js';
import type { Framework } from './types.js';

/** Places kept when point parameters are scaled. */
const SCALE_PLACES = 4;

const str = (d: Dec): string => plain(d, 20);

function scaleRule(rule: Rule, f: Dec, weight: Dec): Rule {
  switch (rule.kind) {
    case 'stepDeduction': {
      const deduct = dec(rule.deduct).times(f).round(SCALE_PLACES, 'halfUp');
      return {
        ...rule,
        deduct: str(deduct.isZero() ? ulp(SCALE_PLACES) : deduct),
        ...(rule.floor === undefined
          ? {}
          : { floor: str(dec(rule.floor).times(f).round(SCALE_PLACES, 'halfUp')) }),
      };
    }
    case 'bands':
      return {
        ...rule,
        bands: rule.bands.map((b) =>
          b.points === undefined
            ? b
            : { ...b, points: str(dec(b.points).times(f).round(SCALE_PLACES, 'halfUp')) },
        ),
      };
    case 'elements': {
      const parts = allocate(
        weight,
        rule.items.map((it) => dec(it.points).times(f)),
        Math.max(SCALE_PLACES, weight.decimalPlaces()),
      );
      return {
        ...rule,
        items: rule.items.map((it, i) => ({ ...it, points: str(parts[i] ?? dec(it.points)) })),
      };
    }
    default:
      return rule;
  }
}

/**
 * Applies leaf weights to a framework document and returns the new document (pass it to
 * `defineFramework`, which checks that the total still equals the scale's maximum).
 *
 * @param framework - a framework document, or a framework from `defineFramework`
 * @param weights - new weights by leaf indicator id (numbers or decimal strings)
 * @returns the new framework document (plain JSON)
 * @throws {@link JixiaoError} for unknown ids, inner ids or invalid weights
 * @example
 * ```ts
 * const doc = withWeights(builtinFramework('department2013'), {
 *   'input.allocation.staff': 5, 'input.allocation.keySpending': 2,
 * });
 * const fw = defineFramework(doc); // 在职人员控制率 now 5 points, 0.5 per percentage point
 * ```
 * @category Framework
 */
export function withWeights(
  framework: Framework | FrameworkInput,
  weights: Readonly<Record<string, number | string>>,
): FrameworkDocument {
  objectArgument(framework, 'framework');
  objectArgument(weights, 'weights');
  const source: unknown = 'definition' in framework ? framework.definition : framework;
  const parsed = parseWith(FrameworkSchema, source, []);
  if (!parsed.ok) throwIfAny(parsed.issues);
  const doc = (parsed as { ok: true; value: FrameworkDocument }).value;
  const issues: Issue[] = [];
  const given = new Map<string, Dec>();
  for (const [id, w] of Object.entries(weights)) {
    const p = parseWith(PositiveNumSchema, w, ['weights', id]);
    if (p.ok) given.set(id, dec(p.value));
    else issues.push(...p.issues);
  }
  const used = new Set<string>();
  const visit = (ind: IndicatorInput, at: (string | number)[]): IndicatorInput => {
    if (ind.children) {
      if (given.has(ind.id)) {
        issues.push(
          makeIssue('invalid_input', ['weights', ind.id], {
            zh: `"${ind.id}" 有下级指标：只能设置末级指标的分值，上级分值由下级相加得出`,
            en: `"${ind.id}" has children: set leaf weights only; parents are the sums of their children`,
          }),
        );
        used.add(ind.id);
      }
      const children = ind.children.map((c, i) => visit(c, [...at, 'children', i]));
      const sum = children.reduce((s, c) => s.plus(dec(c.weight)), ZERO);
      return { ...ind, weight: str(sum), children };
    }
    const w = given.get(ind.id);
    if (w === undefined || !ind.rule) return ind;
    used.add(ind.id);
    const f = w.div(dec(ind.weight));
    return { ...ind, weight: str(w), rule: scaleRule(ind.rule as Rule, f, w) };
  };
  const indicators = doc.indicators.map((ind, i) => visit(ind, ['indicators', i]));
  for (const id of given.keys()) {
    if (!used.has(id)) issues.push(makeIssue('unknown_indicator', ['weights', id], { id }));
  }
  throwIfAny(issues);
  return { ...doc, indicators };
}
