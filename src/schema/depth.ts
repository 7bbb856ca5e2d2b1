/**
 * A guard run before any schema: JSON nested deeper than any real document could be would only
 * exhaust the stack of a recursive parser. Iterative, so it cannot overflow itself.
 */
import { makeIssue, type Issue, type Path } from '../errors/issue.js';

/** Deepest nesting accepted in an input document. */
export const MAX_INPUT_DEPTH = 64;

/**
 * Returns an issue when `input` nests objects or arrays deeper than `max`.
 *
 * @param input - untrusted input
 * @param at - path of the input in its document
 * @param max - deepest allowed nesting
 * @returns the issue, or `null`
 * @example
 * ```ts
 * depthIssue({ a: { b: 1 } }, []); // null
 * ```
 */
export function depthIssue(input: unknown, at: Path, max = MAX_INPUT_DEPTH): Issue | null {
  const stack: [unknown, number][] = [[input, 0]];
  let visited = 0;
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const [value, depth] = top;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= max || ++visited > 1_000_000) {
      return makeIssue('invalid_input', at, {
        zh: `输入嵌套超过 ${max} 层或过大`,
        en: `input is nested deeper than ${max} levels or too large`,
      });
    }
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return null;
}
