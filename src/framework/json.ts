/** Small helpers for JSON-like values. */
import type { Path } from '../errors/issue.js';

/**
 * A copy of `value` without the key at `path` (objects on the path are copied, nothing else).
 *
 * @param value - a JSON-like value
 * @param path - where the key to drop is
 * @returns the copy
 * @example
 * ```ts
 * omitAt({ a: { b: 1, c: 2 } }, ['a', 'b']); // { a: { c: 2 } }
 * ```
 */
export function omitAt(value: unknown, path: Path): unknown {
  const [head, ...rest] = path;
  if (head === undefined || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const list: unknown[] = value;
    return typeof head === 'number' ? list.map((v, i) => (i === head ? omitAt(v, rest) : v)) : list;
  }
  const key = String(head);
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([k]) => rest.length > 0 || k !== key)
    .map(([k, v]): [string, unknown] => [k, k === key ? omitAt(v, rest) : v]);
  return Object.fromEntries(entries);
}

/**
 * Freezes a JSON-like value and everything in it.
 *
 * @param value - the value
 * @returns the same value, frozen
 * @example
 * ```ts
 * Object.isFrozen(deepFreeze({ a: [1] }).a); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
