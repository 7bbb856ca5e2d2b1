/**
 * Argument checks for the exported functions. TypeScript callers are checked by `tsc`; callers
 * from plain JavaScript are not, so every export checks what it is given and answers a wrong
 * argument with a {@link JixiaoError} naming the argument, never a TypeError from deep inside.
 */
import { JixiaoError } from './JixiaoError.js';
import { makeIssue } from './issue.js';

/**
 * How a value looks to a reader of an error message: its type, or a short quote of a string.
 *
 * @param value - any value
 * @returns e.g. `null`, `number 95`, `object`, `array`, `Buffer`
 * @example
 * ```ts
 * describeValue(null); // "null"
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return `${typeof value} ${String(value)}`;
  if (typeof value === 'string')
    return `string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'symbol') return 'symbol';
  if (typeof value === 'function') return 'function';
  if (value instanceof Uint8Array) return 'Buffer';
  return typeof value;
}

/**
 * The error for a wrong argument.
 *
 * @param name - the parameter's name, which becomes the issue's path
 * @param expected - what it should be, in Chinese and English
 * @param value - what was given
 * @returns the error (to throw)
 * @example
 * ```ts
 * throw argumentError('text', { zh: '文本', en: 'a string' }, 95);
 * ```
 */
export function argumentError(
  name: string,
  expected: { zh: string; en: string },
  value: unknown,
): JixiaoError {
  const got = describeValue(value);
  return new JixiaoError([
    makeIssue('invalid_input', [name], {
      zh: `参数 ${name} 应为${expected.zh}，实际为 ${got}`,
      en: `argument ${name} must be ${expected.en}, got ${got}`,
    }),
  ]);
}

/**
 * Checks that an argument is a string.
 *
 * @param value - the argument
 * @param name - its name
 * @returns the string
 * @throws {@link JixiaoError} when it is not one
 * @example
 * ```ts
 * const text = stringArgument(input, 'text');
 * ```
 */
export function stringArgument(value: unknown, name: string): string {
  if (typeof value !== 'string') throw argumentError(name, { zh: '字符串', en: 'a string' }, value);
  return value;
}

/**
 * Checks that an argument is a plain object (not null, not an array).
 *
 * @param value - the argument
 * @param name - its name
 * @returns the object
 * @throws {@link JixiaoError} when it is not one
 * @example
 * ```ts
 * const weights = objectArgument(input, 'weights');
 * ```
 */
export function objectArgument(value: unknown, name: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw argumentError(name, { zh: '对象', en: 'an object' }, value);
  return value as Record<string, unknown>;
}

/**
 * Whether a value is a non-null object that is not an array (a JSON object).
 *
 * @param value - anything
 * @returns true for a plain object
 * @example
 * ```ts
 * isRecord({}); // true
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
