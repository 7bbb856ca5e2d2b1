/**
 * The one non-throwing shape of jixiao's API, zod's: `{ success: true, data }` or `{ success: false,
 * error }`. Every function that throws a `JixiaoError` on bad input has a `safe…` twin returning it.
 */
import { JixiaoError } from './JixiaoError.js';
import type { Issue } from './issue.js';

/**
 * What a `safe…` function returns: the value, or the `JixiaoError` its twin would throw.
 *
 * @example
 * ```ts
 * const r: SafeResult<ParsedTarget> = safeParseTarget('≥95%');
 * if (r.success) r.data.kind; // "quantitative"
 * else r.error.issues; // every problem, with its path and message
 * ```
 * @category Errors
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: JixiaoError };

/**
 * Runs a function that throws `JixiaoError` on bad input and returns its outcome as a
 * {@link SafeResult}; any other error (a bug) is thrown on.
 *
 * @param f - the throwing twin, called with its arguments
 * @returns the value or the error
 * @example
 * ```ts
 * const r = safely(() => parseTarget(text));
 * ```
 */
export function safely<T>(f: () => T): SafeResult<T> {
  try {
    return { success: true, data: f() };
  } catch (e) {
    if (e instanceof JixiaoError) return { success: false, error: e };
    throw e;
  }
}

/**
 * The value of an internal reading, or the `JixiaoError` of its issues.
 *
 * @param r - a reading: `{ ok: true, value }` or `{ ok: false, issues }`
 * @returns the value
 * @throws JixiaoError with the reading's issues
 * @example
 * ```ts
 * const text = orThrow(readTableText(bytes));
 * ```
 */
export function orThrow<T>(r: { ok: true; value: T } | { ok: false; issues: Issue[] }): T {
  if (r.ok) return r.value;
  const [first, ...rest] = r.issues;
  if (first === undefined) throw new Error('jixiao: a failed reading without issues');
  throw new JixiaoError([first, ...rest]);
}
