/**
 * Guards run before any schema. JSON nested deeper than any real document could be (or a cyclic
 * object from a JavaScript caller) would only exhaust the stack of a recursive parser; and a key
 * `"__proto__"`, which `JSON.parse` keeps as an ordinary key, would vanish when a schema copies the
 * object (assigning it sets the prototype instead), so it is reported like any unknown key. The walk
 * is iterative, so it cannot overflow itself.
 */
import { makeIssue, type Issue, type Path } from '../errors/issue.js';

/** Deepest nesting accepted in an input document. */
export const MAX_INPUT_DEPTH = 64;

/** Most objects and arrays an input document may hold. */
export const MAX_INPUT_NODES = 1_000_000;

const PROTO = '__proto__';

interface Frame {
  readonly value: object;
  readonly depth: number;
  readonly parent: Frame | null;
  readonly key: string | number;
}

function pathOf(frame: Frame, at: Path): Path {
  const keys: (string | number)[] = [];
  let f = frame;
  while (f.parent) {
    keys.push(f.key);
    f = f.parent;
  }
  return [...at, ...keys.reverse()];
}

function visit(frame: Frame, at: Path, stack: Frame[], issues: Issue[]): void {
  const value = frame.value;
  if (Array.isArray(value)) {
    value.forEach((child: unknown, i) => {
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, depth: frame.depth + 1, parent: frame, key: i });
    });
    return;
  }
  if (Object.hasOwn(value, PROTO))
    issues.push(makeIssue('unknown_key', [...pathOf(frame, at), PROTO], { key: PROTO }));
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (key !== PROTO && child !== null && typeof child === 'object')
      stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
  }
}

/**
 * Every structural problem of an input: nesting deeper than `max` (or a cycle, or more than
 * {@link MAX_INPUT_NODES} objects), and each own `"__proto__"` key.
 *
 * @param input - untrusted input
 * @param at - path of the input in its document
 * @param max - deepest allowed nesting
 * @returns the issues, empty when the structure is sound
 * @example
 * ```ts
 * structureIssues(JSON.parse('{"facts":{"__proto__":1}}'), [])[0]?.path; // ["facts", "__proto__"]
 * ```
 */
export function structureIssues(input: unknown, at: Path, max = MAX_INPUT_DEPTH): Issue[] {
  if (input === null || typeof input !== 'object') return [];
  const issues: Issue[] = [];
  const stack: Frame[] = [{ value: input, depth: 0, parent: null, key: '' }];
  let visited = 0;
  while (stack.length > 0) {
    const frame = stack.pop();
    if (!frame) break;
    if (frame.depth >= max || ++visited > MAX_INPUT_NODES) {
      issues.push(
        makeIssue('invalid_input', at, {
          zh: `输入嵌套超过 ${max} 层、含循环引用或过大`,
          en: `input is nested deeper than ${max} levels, cyclic or too large`,
        }),
      );
      break;
    }
    try {
      visit(frame, at, stack, issues);
    } catch {
      // A getter or proxy of a JavaScript caller that throws: the input cannot be read as data.
      issues.push(
        makeIssue('invalid_input', pathOf(frame, at), {
          zh: '输入无法作为数据读取（读取属性时出错）',
          en: 'the input cannot be read as data (reading a property failed)',
        }),
      );
      break;
    }
  }
  return issues;
}

/**
 * Returns an issue when `input` nests objects or arrays deeper than `max` (or is cyclic).
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
  return structureIssues(input, at, max).find((i) => i.code === 'invalid_input') ?? null;
}
