import { isArrayOf } from './arrays.js';
import { formatPath, isIssue, type Issue } from './issue.js';

/**
 * The brand every JixiaoError carries, registered globally with `Symbol.for`: the ESM and CommonJS
 * builds (or two installed copies) each have their own class, and the brand lets each recognise the
 * other's errors.
 */
const BRAND: unique symbol = Symbol.for('jixiao.JixiaoError') as never;

/**
 * The one error jixiao throws for bad input. It lists every problem found, never just the first,
 * each with its path and a message in Chinese and English.
 *
 * @example
 * ```ts
 * try {
 *   defineFramework({ id: 'x' });
 * } catch (e) {
 *   if (e instanceof JixiaoError) for (const i of e.issues) console.log(i.code, i.path, i.message.zh);
 * }
 * ```
 * @category Errors
 */
export class JixiaoError extends Error {
  /** Every problem found, at least one. */
  readonly issues: readonly [Issue, ...Issue[]];

  /**
   * `instanceof JixiaoError` is true for an error of any copy of jixiao (ESM or CommonJS build).
   *
   * @param value - anything
   * @returns whether it is a JixiaoError of some copy of jixiao
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isJixiaoError(value);
  }

  /**
   * @param issues - the problems, at least one
   */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    if (!isArrayOf(issues, isIssue) || issues.length === 0) {
      // A JavaScript caller built it wrongly: say so with an issue of our own, never a TypeError.
      issues = [
        {
          code: 'invalid_input',
          path: ['issues'],
          message: {
            zh: 'JixiaoError 须由至少一个问题 { code, path, message: { zh, en } } 构成',
            en: 'a JixiaoError needs at least one issue { code, path, message: { zh, en } }',
          },
        },
      ];
    }
    const head = issues
      .slice(0, 5)
      .map((i) => `${formatPath(i.path)}: ${i.message.en}`)
      .join('; ');
    const more = issues.length > 5 ? ` (+${issues.length - 5} more)` : '';
    super(`${issues.length} issue${issues.length === 1 ? '' : 's'}: ${head}${more}`);
    this.name = 'JixiaoError';
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** Plain JSON form: `{ name, issues }`. */
  toJSON(): { name: string; issues: readonly Issue[] } {
    return { name: this.name, issues: this.issues };
  }
}

/**
 * Whether a value is a {@link JixiaoError} thrown by any copy of jixiao (the ESM and the CommonJS
 * build each have their own class; this check, like `instanceof JixiaoError`, knows both).
 *
 * @param value - anything, typically a caught error
 * @returns true for a JixiaoError
 * @example
 * ```ts
 * try { evaluate(fw, data); } catch (e) { if (isJixiaoError(e)) console.log(e.issues.length); }
 * ```
 * @category Errors
 */
export function isJixiaoError(value: unknown): value is JixiaoError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true &&
    Array.isArray((value as { issues?: unknown }).issues)
  );
}

/**
 * Throws a {@link JixiaoError} when `issues` is not empty.
 *
 * @param issues - problems collected so far
 * @throws JixiaoError with all of them
 * @example
 * ```ts
 * throwIfAny([]); // returns
 * ```
 */
export function throwIfAny(issues: readonly Issue[]): void {
  const [first, ...rest] = issues;
  if (first) throw new JixiaoError([first, ...rest]);
}
