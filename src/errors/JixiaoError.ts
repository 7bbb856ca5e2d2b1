import { formatPath, type Issue } from './issue.js';

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
 */
export class JixiaoError extends Error {
  /** Every problem found, at least one. */
  readonly issues: readonly [Issue, ...Issue[]];

  /**
   * @param issues - the problems, at least one
   */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    const head = issues
      .slice(0, 5)
      .map((i) => `${formatPath(i.path)}: ${i.message.en}`)
      .join('; ');
    const more = issues.length > 5 ? ` (+${issues.length - 5} more)` : '';
    super(`${issues.length} issue${issues.length === 1 ? '' : 's'}: ${head}${more}`);
    this.name = 'JixiaoError';
    this.issues = issues;
  }

  /** Plain JSON form: `{ name, issues }`. */
  toJSON(): { name: string; issues: readonly Issue[] } {
    return { name: this.name, issues: this.issues };
  }
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
