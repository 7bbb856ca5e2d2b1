import { MESSAGES, type IssueCode, type IssueParams, type LocalMessage } from './messages.js';

/** A location inside an input document: object keys and array indexes from its root. */
export type Path = readonly (string | number)[];

/**
 * One problem found in an input, with where it is and what is wrong, in Chinese and English.
 * Issues are plain data: they serialize, and callers branch on `code`.
 */
export interface Issue {
  /** What kind of problem (stable, for programs). */
  readonly code: IssueCode;
  /** Where in the input, from its root (e.g. `["indicators", 0, "children", 2, "weight"]`). */
  readonly path: Path;
  /** The problem in words. */
  readonly message: LocalMessage;
}

/**
 * Builds an issue from its code, path and the code's parameters.
 *
 * @param code - the issue code
 * @param path - where in the input
 * @param params - the values the message names
 * @returns the issue, with its zh and en message
 * @example
 * ```ts
 * makeIssue('duplicate_id', ['indicators', 3, 'id'], { id: 'a' }).message.en;
 * // 'Indicator id "a" is used more than once'
 * ```
 */
export function makeIssue<K extends IssueCode>(code: K, path: Path, params: IssueParams[K]): Issue {
  return { code, path, message: MESSAGES[code](params) };
}

/**
 * Renders a path as a dotted string, e.g. `indicators[0].children[2].weight`.
 *
 * @param path - the path
 * @returns the dotted form; `(root)` for the empty path
 * @example
 * ```ts
 * formatPath(['indicators', 0, 'weight']); // "indicators[0].weight"
 * ```
 */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}
