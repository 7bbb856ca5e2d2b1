import { isArrayOf } from './arrays.js';
import { MESSAGES, type IssueCode, type IssueParams, type LocalMessage } from './messages.js';

/**
 * A location inside an input document: object keys and array indexes from its root.
 *
 * @category Errors
 */
export type Path = readonly (string | number)[];

/**
 * One problem found in an input, with where it is and what is wrong, in Chinese and English.
 * Issues are plain data: they serialize, and callers branch on `code`.
 * @category Errors
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
 * @category Errors
 */
export function formatPath(path: Path): string {
  // Tolerant of what a JavaScript caller may pass: this runs while errors are being reported.
  if (!Array.isArray(path)) return '(root)';
  let out = '';
  for (const part of path as readonly unknown[]) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key =
        typeof part === 'string' ? part : typeof part === 'symbol' ? '(symbol)' : text(part);
      out += out === '' ? key : `.${key}`;
    }
  }
  return out === '' ? '(root)' : out;
}

/**
 * Whether a value has the shape of an {@link Issue} (for checks of what JavaScript callers pass).
 *
 * @param value - anything
 * @returns true for `{ code, path, message: { zh, en } }`
 * @example
 * ```ts
 * isIssue({ code: 'unknown_key', path: ['a'], message: { zh: '…', en: '…' } }); // true
 * ```
 */
export function isIssue(value: unknown): value is Issue {
  if (typeof value !== 'object' || value === null) return false;
  const i = value as Partial<Issue>;
  return (
    typeof i.code === 'string' &&
    isArrayOf(i.path, (p) => typeof p === 'string' || typeof p === 'number') &&
    typeof i.message === 'object' &&
    typeof i.message.zh === 'string' &&
    typeof i.message.en === 'string'
  );
}

/** A path element a JavaScript caller passed, as text, without ever throwing. */
function text(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '(?)';
  }
}
