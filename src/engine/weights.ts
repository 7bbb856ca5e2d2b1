/**
 * Effective weights under the not-applicable policy. `redistribute` gives a not-applicable node's
 * weight to its applicable siblings in proportion to their weights (up the tree when a whole
 * branch is out); `rescale` spreads it over every applicable leaf (the total becomes earned ÷
 * applicable × maximum); `zero` keeps every weight. Shares are allocated on the rounding grid so
 * that the weights still add up exactly to their parent's.
 */
import { ZERO, type Dec } from '../decimal.js';
import type { Compiled } from '../framework/types.js';
import type { Policies } from '../schema/options.js';
import { allocate } from './allocate.js';

/**
 * Computes each node's effective weight.
 *
 * @param c - the compiled framework
 * @param na - not applicable, by node index
 * @param policies - the policies in force
 * @returns weights by node index (0 for not-applicable nodes, except under `zero`)
 * @example
 * ```ts
 * effectiveWeights(compiled, na, DEFAULT_POLICIES)[0]?.toString();
 * ```
 */
export function effectiveWeights(
  c: Compiled,
  na: readonly boolean[],
  policies: Policies,
): readonly Dec[] {
  let key = `${policies.notApplicable}|${policies.rounding.places}|`;
  for (const x of na) key += x ? '1' : '0';
  const known = c.weights.get(key);
  if (known) return known;
  const eff = Object.freeze(computeWeights(c, na, policies));
  if (c.weights.size >= WEIGHT_CACHE_SIZE) c.weights.clear();
  c.weights.set(key, eff);
  return eff;
}

/** Most not-applicable patterns whose weights a compiled framework keeps. */
const WEIGHT_CACHE_SIZE = 64;

function computeWeights(c: Compiled, na: readonly boolean[], policies: Policies): Dec[] {
  const eff = c.nodes.map((n) => n.base);
  const anyNa = na.some(Boolean);
  if (!anyNa || policies.notApplicable === 'zero') return eff;
  const places = policies.rounding.places;
  // Every weight is recomputed below; a not-applicable node keeps 0.
  eff.fill(ZERO);

  if (policies.notApplicable === 'rescale') {
    const leaves = c.nodes.filter((n) => n.children.length === 0 && !na[n.idx]);
    const sum = leaves.reduce((s, n) => s.plus(n.base), ZERO);
    const shares = allocate(
      c.scale.max,
      leaves.map((n) => n.base.times(c.scale.max).div(sum)),
      places,
    );
    leaves.forEach((n, i) => (eff[n.idx] = shares[i] ?? ZERO));
    for (let i = c.nodes.length - 1; i >= 0; i--) {
      const n = c.nodes[i];
      if (n && n.children.length > 0)
        eff[i] = n.children.reduce((s, ch) => s.plus(eff[ch] ?? ZERO), ZERO);
    }
    return eff;
  }

  // `total` split over the applicable ones of `ids` in proportion to their base weights (exactly
  // their base weights when nothing among them is out and the total is theirs).
  const share = (ids: readonly number[], total: Dec): void => {
    const live = ids.filter((i) => !na[i]);
    const bases = live.map((i) => c.nodes[i]?.base ?? ZERO);
    const sum = bases.reduce((s, b) => s.plus(b), ZERO);
    const parts = allocate(
      total,
      bases.map((b) => b.times(total).div(sum)),
      places,
    );
    live.forEach((i, k) => (eff[i] = parts[k] ?? ZERO));
  };
  share(c.roots, c.scale.max);
  // Tree order: a node's weight is set before its children share it. Under a not-applicable node
  // every child is not applicable, so its 0 reaches nobody.
  for (const n of c.nodes) if (n.children.length > 0) share(n.children, eff[n.idx] ?? ZERO);
  return eff;
}
