/**
 * A small shape checker for the renderers' arguments: it walks what a renderer will read and
 * records every field that is missing or of the wrong type, each as an issue with its path.
 */
import { describeValue, isRecord } from '../errors/arguments.js';
import { formatPath, makeIssue, type Issue, type Path } from '../errors/issue.js';
import { MAX_INPUT_DEPTH } from '../schema/depth.js';

/** What a value should have been, in words. */
export interface Expected {
  readonly zh: string;
  readonly en: string;
}

/** A test of one value. */
export type Check = (value: unknown) => boolean;

/** The words of the checks' messages. */
export const T = {
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  string: { zh: '字符串', en: 'a string' },
  decimal: { zh: '十进制数字符串', en: 'a decimal string' },
  decimalOrNull: { zh: '十进制数字符串或 null', en: 'a decimal string or null' },
  stringOrNull: { zh: '字符串或 null', en: 'a string or null' },
  number: { zh: '数', en: 'a number' },
  numberOrNull: { zh: '数或 null', en: 'a number or null' },
  boolean: { zh: '布尔值', en: 'a boolean' },
  text: { zh: '{ zh, en } 文本', en: 'a { zh, en } text' },
  locale: { zh: "'zh' 或 'en'", en: "'zh' or 'en'" },
  tree: {
    zh: `树中只出现一次、深度不超过 ${MAX_INPUT_DEPTH} 的指标`,
    en: `a node met once in the tree, at most ${MAX_INPUT_DEPTH} deep`,
  },
} as const satisfies Record<string, Expected>;

/** A string. */
export const isString: Check = (v) => typeof v === 'string';
/** A string or null. */
export const isStringOrNull: Check = (v) => v === null || typeof v === 'string';
/** A number. */
export const isNumber: Check = (v) => typeof v === 'number';
/** A plain decimal string, as jixiao writes scores (`"97.94"`, `"-0.50"`). */
export const isDecimal: Check = (v) => typeof v === 'string' && /^-?\d+(?:\.\d+)?$/.test(v);
/** A `{ zh, en }` text. */
export const isText: Check = (v) => isRecord(v) && isString(v.zh) && isString(v.en);

/**
 * Collects every wrong field under one argument, to throw them together.
 *
 * @example
 * ```ts
 * const s = new Shape(['evaluation']);
 * s.fields(value, [], { total: [isDecimal, T.decimal] });
 * throwIfAny(s.issues);
 * ```
 */
export class Shape {
  readonly issues: Issue[] = [];
  /**
   * @param root - the argument's path, e.g. `["evaluation"]`
   */
  constructor(private readonly root: Path) {}

  /** Records a problem at `path` (below the argument) unless `ok`. */
  want(ok: boolean, path: Path, expected: Expected, value: unknown): void {
    if (ok) return;
    const at = [...this.root, ...path];
    const where = formatPath(at);
    const got = describeValue(value);
    this.issues.push(
      makeIssue('invalid_input', at, {
        zh: `参数 ${where} 应为${expected.zh}，实际为 ${got}`,
        en: `argument ${where} must be ${expected.en}, got ${got}`,
      }),
    );
  }

  /** The fields of an object, checked; false (recorded) when it is not an object. */
  fields(value: unknown, path: Path, checks: Readonly<Record<string, [Check, Expected]>>): boolean {
    if (!isRecord(value)) {
      this.want(false, path, T.object, value);
      return false;
    }
    for (const [key, [check, expected]] of Object.entries(checks))
      this.want(check(value[key]), [...path, key], expected, value[key]);
    return true;
  }

  /** Each item of an array field, when it is one. */
  each(value: unknown, path: Path, item: (v: unknown, p: Path) => void): void {
    if (!Array.isArray(value)) this.want(false, path, T.array, value);
    // entries() reads a hole as undefined, where forEach would skip it (and the renderer then meet it).
    else for (const [i, v] of (value as unknown[]).entries()) item(v, [...path, i]);
  }
}
