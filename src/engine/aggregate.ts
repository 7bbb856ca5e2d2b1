/**
 * From leaf scores and effective weights to displayed points. Stage `leaf`: each leaf is rounded,
 * every parent and the total are exact sums of what is displayed. Stage `total`: leaves stay
 * exact, the total is rounded once, and the displayed parts are allocated top-down (largest
 * remainder) so that each level still adds up to the one above. Either way the displayed total is
 * the sum of the displayed parts, and the grade is decided on it.
 */
import { ZERO, round, type Dec } from '../decimal.js';
import type { CNode, Compiled } from '../framework/types.js';
import type { Policies } from '../schema/options.js';
import { allocate } from './allocate.js';
import type { LeafScore } from './score.js';

/** Displayed points by node index, and the displayed total. */
export interface Displayed {
  readonly points: Dec[];
  readonly total: Dec;
  /** Leaves whose displayed points differ from their own rounding (stage `total` only). */
  readonly adjusted: CNode[];
}

/**
 * Computes the displayed points of every node and the total.
 *
 * @param c - the compiled framework
 * @param scores - leaf scores by node index
 * @param eff - effective weights by node index
 * @param policies - the policies in force
 * @returns displayed points, total and adjusted leaves
 * @example
 * ```ts
 * const shown = displayPoints(compiled, scores, weights, DEFAULT_POLICIES);
 * ```
 */
export function displayPoints(
  c: Compiled,
  scores: readonly (LeafScore | undefined)[],
  eff: readonly Dec[],
  policies: Policies,
): Displayed {
  const { places, mode, stage } = policies.rounding;
  const n = c.nodes.length;
  // Exact points of every leaf at its effective weight; inner nodes get exact sums.
  const exact: Dec[] = new Array<Dec>(n).fill(ZERO);
  for (let i = n - 1; i >= 0; i--) {
    const node = c.nodes[i];
    if (!node) continue;
    if (node.children.length > 0) {
      exact[i] = node.children.reduce((s, ch) => s.plus(exact[ch] ?? ZERO), ZERO);
      continue;
    }
    const s = scores[i];
    const w = eff[i] ?? ZERO;
    if (s?.status !== 'scored') exact[i] = ZERO;
    else exact[i] = w.eq(node.base) ? s.points : s.rate.times(w);
  }
  const shown: Dec[] = new Array<Dec>(n).fill(ZERO);
  const adjusted: CNode[] = [];
  if (stage === 'leaf') {
    for (let i = n - 1; i >= 0; i--) {
      const node = c.nodes[i];
      if (!node) continue;
      shown[i] =
        node.children.length > 0
          ? node.children.reduce((s, ch) => s.plus(shown[ch] ?? ZERO), ZERO)
          : exact[i] === eff[i]
            ? (eff[i] ?? ZERO) // full points on a weight that is on the grid already
            : round(exact[i] ?? ZERO, places, mode);
    }
    const total = c.roots.reduce((s, r) => s.plus(shown[r] ?? ZERO), ZERO);
    return { points: shown, total, adjusted };
  }
  const sum = c.roots.reduce((s, r) => s.plus(exact[r] ?? ZERO), ZERO);
  const total = round(sum, places, mode);
  const spread = (ids: readonly number[], target: Dec): void => {
    const parts = allocate(
      target,
      ids.map((i) => exact[i] ?? ZERO),
      places,
    );
    ids.forEach((i, k) => {
      const node = c.nodes[i];
      const part = parts[k] ?? ZERO;
      shown[i] = part;
      if (!node) return;
      if (node.children.length > 0) spread(node.children, part);
      else if (!part.eq(round(exact[i] ?? ZERO, places, mode))) adjusted.push(node);
    });
  };
  spread(c.roots, total);
  return { points: shown, total, adjusted };
}
