/**
 * `evaluate`: a compiled framework and a unit's data in, an exact, explained result out.
 */
import { ZERO, fmt, placesOf, plain } from '../decimal.js';
import { JixiaoError, throwIfAny } from '../errors/JixiaoError.js';
import { makeIssue, type Issue } from '../errors/issue.js';
import type { Finding, Warning } from '../findings/finding.js';
import { lossFinding } from '../findings/build.js';
import { compiledOf } from '../framework/defineFramework.js';
import type { Compiled, Framework, GradeScaleInfo } from '../framework/types.js';
import { MOF2020_SCALE, checkScale, gradeOf, type GradeScale } from '../grade/scale.js';
import {
  EvaluateOptionsSchema,
  resolvePolicies,
  type EvaluateOptionsInput,
  type Policies,
} from '../schema/options.js';
import type { UnitDataInput } from '../schema/unitData.js';
import { parseWith } from '../schema/parse.js';
import type { Flag } from '../rules/types.js';
import { VERSION } from '../version.js';
import { displayPoints } from './aggregate.js';
import { readInput } from './input.js';
import { scoreLeaves } from './score.js';
import type { Evaluation, NodeStatus, ScoredNode } from './types.js';
import { effectiveWeights } from './weights.js';

const FULL_RATE = '1.0000';
const NO_FLAGS: readonly Flag[] = Object.freeze([]);

function resolveOptions(
  c: Compiled,
  framework: Framework,
  options: unknown,
  issues: Issue[],
): { policies: Policies; scale: GradeScale; scaleInfo: GradeScaleInfo } | null {
  if (options === undefined)
    return { policies: c.policies, scale: c.scale, scaleInfo: framework.scale };
  const parsed = parseWith(EvaluateOptionsSchema, options, ['options']);
  if (!parsed.ok) {
    issues.push(...parsed.issues);
    return null;
  }
  const policies = resolvePolicies(c.policies, parsed.value);
  const s = parsed.value.scale;
  if (s === undefined) return { policies, scale: c.scale, scaleInfo: framework.scale };
  const compiled = checkScale(s === 'mof2020' ? MOF2020_SCALE : s, ['options', 'scale']);
  if (!compiled.ok) {
    issues.push(...compiled.issues);
    return null;
  }
  const scale = compiled.scale;
  if (!scale.max.eq(c.scale.max)) {
    issues.push(
      makeIssue('total_mismatch', ['options', 'scale', 'max'], {
        total: plain(c.scale.max, 20),
        max: plain(scale.max, 20),
      }),
    );
    return null;
  }
  const scaleInfo = {
    id: scale.id,
    max: plain(scale.max, 20),
    bands: scale.bands.map((b) => ({
      label: b.label,
      min: plain(b.min, 20),
      minInclusive: b.minInclusive,
    })),
  };
  return { policies, scale, scaleInfo };
}

/**
 * Scores a unit's data against a framework. Every problem in the data or options is collected and
 * thrown together; nothing partial or invalid ever yields a plausible-looking score.
 *
 * @param framework - a framework from `defineFramework`
 * @param data - the unit data: `{ unit?, facts?, answers? }` as plain JSON
 * @param options - policies overriding the framework's (`notApplicable`, `missing`, `rounding`, `scale`)
 * @returns the evaluation: total, grade, scored tree, findings, warnings and the policies used
 * @throws {@link JixiaoError} listing every problem with its path
 * @example
 * ```ts
 * const fw = defineFramework({ id: 'demo', version: '1', name: '示例',
 *   facts: { executed: { name: '执行数' }, adjusted: { name: '预算数' } },
 *   indicators: [{ id: 'exec', name: '预算执行率', weight: 100,
 *     rule: { kind: 'ratio', metric: 'executed / adjusted * 100', unit: '%' } }] });
 * const r = evaluate(fw, { facts: { executed: '86.19', adjusted: 100 } });
 * r.total; // "86.19"
 * r.grade; // "良"
 * ```
 * @category Evaluate
 */
export function evaluate(
  framework: Framework,
  data: UnitDataInput,
  options?: EvaluateOptionsInput,
): Evaluation {
  const c = compiledOf(framework);
  if (!c) {
    throw new JixiaoError([
      makeIssue('invalid_input', ['framework'], {
        zh: '不是由 defineFramework 生成的指标体系',
        en: 'not a framework made by defineFramework',
      }),
    ]);
  }
  const issues: Issue[] = [];
  const warnings: Warning[] = [];
  const resolved = resolveOptions(c, framework, options, issues);
  const input = readInput(c, data, issues, warnings);
  // Say every problem at once: a document that can be read is scored as far as it goes, so an
  // unknown fact does not hide the missing inputs behind it.
  if (!resolved || !input.readable) throwIfAny(issues);
  if (!resolved) throw new TypeError('unreachable: options without issues');
  const { policies, scale, scaleInfo } = resolved;
  const places = policies.rounding.places;
  if (c.weightPlaces > places) {
    for (const n of c.nodes) {
      if (placesOf(n.base) > places) {
        issues.push(
          makeIssue('weight_precision', [...n.at, 'weight'], {
            id: n.id,
            weight: n.baseText,
            places: String(places),
          }),
        );
      }
    }
  }
  const scores = scoreLeaves(c, input, policies, issues);
  throwIfAny(issues);

  const eff = effectiveWeights(c, input.na, policies);
  const shown = displayPoints(c, scores, eff, policies);
  const band = gradeOf(scale, shown.total);
  const findings: Finding[] = [];

  // Most nodes keep their full weight: their strings are reused, not recomputed (the hot path).
  let baseText = c.weightText.get(places);
  if (!baseText) {
    baseText = c.nodes.map((n) => fmt(n.base, places));
    c.weightText.set(places, baseText);
  }
  const zeroText = fmt(ZERO, places);
  const build = (idx: number): ScoredNode => {
    const node = c.nodes[idx];
    if (!node) throw new TypeError(`unreachable: node ${idx}`);
    const w = eff[idx] ?? ZERO;
    const p = shown.points[idx] ?? ZERO;
    const s = scores[idx];
    const children = node.children.map(build);
    const status: NodeStatus = input.na[idx] ? 'notApplicable' : (s?.status ?? 'scored');
    const weightText = w === node.base ? (baseText[idx] ?? fmt(w, places)) : fmt(w, places);
    const full = p.eq(w);
    const lost = full ? ZERO : w.minus(p);
    const shownText = {
      weight: weightText,
      points: full ? weightText : fmt(p, places),
      lost: full ? zeroText : fmt(lost, places),
    };
    if (!full && node.children.length === 0) {
      findings.push(lossFinding(node, s, status, w, lost, shownText, input.naReason[idx]));
    }
    return {
      id: node.id,
      name: node.name,
      level: node.level,
      weight: weightText,
      baseWeight: node.baseText,
      points: shownText.points,
      lost: shownText.lost,
      rate: w.isZero() ? null : full ? FULL_RATE : fmt(p.div(w), 4),
      status,
      rule: node.kind,
      trace: s?.trace ?? [],
      flags: s?.flags ?? NO_FLAGS,
      children,
    };
  };
  const tree = c.roots.map(build);
  warnings.push(...naWarnings(c, input.na, input.naReason, policies));
  for (const node of shown.adjusted) {
    const text = fmt(shown.points[node.idx] ?? ZERO, places);
    warnings.push({
      code: 'rounding_allocated',
      indicatorId: node.id,
      message: {
        zh: `${node.name.zh}：按总分舍入后分配尾差，显示 ${text} 分`,
        en: `${node.name.en}: shows ${text} after the rounded total was allocated`,
      },
    });
  }
  return {
    framework: { id: framework.id, version: framework.version, name: framework.name },
    library: { name: 'jixiao', version: VERSION },
    unit: input.unit,
    total: fmt(shown.total, places),
    max: fmt(scale.max, places),
    grade: band.label.zh,
    gradeLabel: band.label,
    tree,
    findings,
    warnings,
    policies: { ...policies, scale: scaleInfo },
  };
}

function naWarnings(
  c: Compiled,
  na: readonly boolean[],
  reasons: readonly (string | undefined)[],
  policies: Policies,
): Warning[] {
  if (policies.notApplicable === 'zero') return [];
  const out: Warning[] = [];
  for (const node of c.nodes) {
    // Report where not-applicable starts, not every node under it.
    if (!na[node.idx] || (node.parent >= 0 && na[node.parent])) continue;
    const where =
      policies.notApplicable === 'rescale'
        ? { zh: '全部适用的末级指标', en: 'all applicable leaf indicators' }
        : { zh: '同级适用指标', en: 'its applicable siblings' };
    const reason = reasons[node.idx];
    out.push({
      code: 'weight_redistributed',
      indicatorId: node.id,
      message: {
        zh: `${node.name.zh} 不适用${reason ? `（${reason}）` : ''}，其分值 ${node.baseText} 按比例分配给${where.zh}`,
        en: `${node.name.en} is not applicable${reason ? ` (${reason})` : ''}: its weight ${node.baseText} went to ${where.en} in proportion`,
      },
    });
  }
  return out;
}

/**
 * Like {@link evaluate}, but returns problems instead of throwing.
 *
 * @param framework - a framework from `defineFramework`
 * @param data - the unit data
 * @param options - policies
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const r = safeEvaluate(fw, { facts: {} });
 * if (!r.success) for (const i of r.error.issues) console.log(i.path, i.message.zh);
 * ```
 * @category Evaluate
 */
export function safeEvaluate(
  framework: Framework,
  data: unknown,
  options?: unknown,
): { success: true; data: Evaluation } | { success: false; error: JixiaoError } {
  try {
    return {
      success: true,
      data: evaluate(framework, data as UnitDataInput, options as EvaluateOptionsInput),
    };
  } catch (e) {
    if (e instanceof JixiaoError) return { success: false, error: e };
    throw e;
  }
}
