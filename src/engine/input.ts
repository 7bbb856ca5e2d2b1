/**
 * Reads unit data against a compiled framework: facts must be declared, answers must name
 * indicators and carry only the fields their rule reads, and not-applicable marks need a reason.
 * Not-applicable status is propagated down (a branch) and up (a node whose children all are).
 */
import type { Num } from '../decimal.js';
import { makeIssue, type Issue } from '../errors/issue.js';
import type { Warning } from '../findings/finding.js';
import type { Compiled } from '../framework/types.js';
import { parseWith } from '../schema/parse.js';
import { UnitDataSchema, type UnitInfo } from '../schema/unitData.js';

/** Unit data checked against a framework. */
export interface ReadInput {
  readonly unit: UnitInfo | null;
  readonly facts: Readonly<Record<string, Num>>;
  /** Validated answers by node index. */
  readonly answers: readonly (Readonly<Record<string, unknown>> | undefined)[];
  /** Not applicable, by node index (declared or inherited). */
  readonly na: readonly boolean[];
  /** The reason given where not-applicable was declared. */
  readonly naReason: readonly (string | undefined)[];
  /** Leaves whose answer was rejected (already reported): not scored, so nothing cascades. */
  readonly rejected: readonly boolean[];
  /** False when the document itself is unreadable (nothing can be scored). */
  readonly readable: boolean;
}

const NO_FACTS: Record<string, Num> = {};

/**
 * Parses and checks unit data; problems go to `issues`, notes to `warnings`.
 *
 * @param c - the compiled framework
 * @param data - untrusted unit data
 * @param issues - problems found
 * @param warnings - warnings produced
 * @returns the read input (meaningful only when no issue was added)
 * @example
 * ```ts
 * const issues = []; readInput(compiled, { facts: {} }, issues, []);
 * ```
 */
export function readInput(
  c: Compiled,
  data: unknown,
  issues: Issue[],
  warnings: Warning[],
): ReadInput {
  const n = c.nodes.length;
  const answers: (Record<string, unknown> | undefined)[] = new Array<undefined>(n).fill(undefined);
  const na: boolean[] = new Array<boolean>(n).fill(false);
  const naReason: (string | undefined)[] = new Array<undefined>(n).fill(undefined);
  const rejected: boolean[] = new Array<boolean>(n).fill(false);
  const parsed = parseWith(UnitDataSchema, data, []);
  if (!parsed.ok) {
    issues.push(...parsed.issues);
    return { unit: null, facts: NO_FACTS, answers, na, naReason, rejected, readable: false };
  }
  const doc = parsed.value;
  const facts = doc.facts ?? NO_FACTS;
  for (const name of Object.keys(facts)) {
    if (!c.symbols.facts.has(name))
      issues.push(makeIssue('unknown_fact', ['facts', name], { name }));
  }
  for (const name of Object.keys(doc.sources ?? {})) {
    if (!c.symbols.facts.has(name))
      issues.push(makeIssue('unknown_fact', ['sources', name], { name }));
  }
  for (const [id, raw] of Object.entries(doc.answers ?? {})) {
    const node = c.nodes[c.byId.get(id) ?? -1];
    if (!node) {
      issues.push(makeIssue('unknown_indicator', ['answers', id], { id }));
      continue;
    }
    const idx = node.idx;
    const a = parseWith(node.answer, raw, ['answers', id]);
    if (!a.ok) {
      issues.push(...a.issues);
      rejected[idx] = true;
      continue;
    }
    answers[idx] = a.value;
    if (a.value.notApplicable === true) {
      const reason = (a.value.reason as string | undefined)?.trim() ?? '';
      if (reason === '')
        issues.push(
          makeIssue('justification_required', ['answers', id, 'reason'], {
            id,
            what: 'notApplicable',
          }),
        );
      na[idx] = true;
      naReason[idx] = reason;
    }
  }
  // Down: everything under a not-applicable node is not applicable.
  for (const node of c.nodes) {
    if (node.parent >= 0 && na[node.parent] && !na[node.idx]) {
      na[node.idx] = true;
      const a = answers[node.idx];
      if (a && Object.keys(a).some((k) => k !== 'note' && k !== 'evidence')) {
        warnings.push({
          code: 'answer_ignored',
          indicatorId: node.id,
          message: {
            zh: `${node.name.zh}：上级指标不适用，此项填报的数据未使用`,
            en: `${node.name.en}: a parent indicator is not applicable, so this answer was not used`,
          },
        });
      }
    }
  }
  // Up: a node whose children are all not applicable is not applicable.
  for (let i = n - 1; i >= 0; i--) {
    const node = c.nodes[i];
    if (node && node.children.length > 0 && !na[i] && node.children.every((ch) => na[ch]))
      na[i] = true;
  }
  if (c.roots.every((r) => na[r])) issues.push(makeIssue('nothing_applicable', ['answers'], {}));
  return { unit: doc.unit ?? null, facts, answers, na, naReason, rejected, readable: true };
}
