/**
 * What the readers accept, checked before any reading: JavaScript callers are not checked by
 * `tsc`, and a wrong type must become a {@link JixiaoError} (from `parse*`) or a failure (from
 * `read*`), never a TypeError from deep inside.
 */
import { dec } from '../decimal.js';
import { argumentError } from '../errors/arguments.js';
import { isArrayOf } from '../errors/arrays.js';
import type { JixiaoError } from '../errors/JixiaoError.js';
import type { Path } from '../errors/issue.js';
import type { ReadFailure } from './read.js';

const isText = (v: unknown): boolean => typeof v === 'string';
// Number.isFinite does not coerce: it is false for anything but a finite number.
const isFiniteNumber = (v: unknown): boolean => Number.isFinite(v);

/**
 * Checks a 指标值 argument: text, or the columns `{ op, value?, unit? }`.
 *
 * @param raw - the argument
 * @param name - its name, for the message
 * @returns the error to throw or to turn into a failure, or `null` when it is fine
 * @example
 * ```ts
 * targetArgument(95, 'text')?.issues[0].message.en;
 * // 'argument text must be text such as "≥95" (…), got number 95'
 * ```
 */
export function targetArgument(raw: unknown, name: string): JixiaoError | null {
  if (typeof raw === 'string') return null;
  if (isFiniteNumber(raw)) {
    // Real tables do type a bare 95 into the cell, but a number alone says neither "at least" nor
    // "at most": the schema takes text or columns only, and so does the reader.
    const written = `≥${dec(raw as number).toString()}`;
    return argumentError(
      name,
      {
        zh: `文本，如「${written}」（数字须连同比较符写成文本）`,
        en: `text such as "${written}" (a number must be written as text, with its comparator)`,
      },
      raw,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return argumentError(
      name,
      {
        zh: '文本（如「≥95」）或 { op, value, unit } 三列',
        en: 'text such as "≥95", or the columns { op, value, unit }',
      },
      raw,
    );
  }
  const c = raw as Record<string, unknown>;
  if (!isText(c.op)) return argumentError(`${name}.op`, { zh: '字符串', en: 'a string' }, c.op);
  if (c.value !== undefined && !isText(c.value) && !isFiniteNumber(c.value)) {
    return argumentError(
      `${name}.value`,
      { zh: '有限数字或字符串', en: 'a finite number or a string' },
      c.value,
    );
  }
  if (c.unit !== undefined && !isText(c.unit))
    return argumentError(`${name}.unit`, { zh: '字符串', en: 'a string' }, c.unit);
  return null;
}

/**
 * Checks a 实际完成值 argument: text or a finite number.
 *
 * @param raw - the argument
 * @param name - its name, for the message
 * @returns the error to throw or to turn into a failure, or `null` when it is fine
 * @example
 * ```ts
 * actualArgument(null, 'text')?.issues[0].code; // "invalid_input"
 * ```
 */
export function actualArgument(raw: unknown, name: string): JixiaoError | null {
  if (typeof raw === 'string' || isFiniteNumber(raw)) return null;
  return argumentError(name, { zh: '文本或有限数字', en: 'text or a finite number' }, raw);
}

/**
 * The failure a `read*` function returns for a wrong argument: the message of its error.
 *
 * @param error - from {@link targetArgument} or {@link actualArgument}
 * @returns the message in both languages
 * @example
 * ```ts
 * asFailure(actualArgument(null, 'raw')!).en; // "argument raw must be text or a finite number, got null"
 * ```
 */
export function asFailure(error: JixiaoError): ReadFailure {
  const { zh, en } = error.issues[0].message;
  return { zh, en };
}

/**
 * Checks the path a `parse*` function puts on its error.
 *
 * @param at - the argument
 * @returns the path
 * @throws {@link JixiaoError} when it is not an array of strings and numbers
 * @example
 * ```ts
 * pathArgument(['rows', 3, 'target']); // ['rows', 3, 'target']
 * ```
 */
export function pathArgument(at: unknown): Path {
  if (!isArrayOf(at, (p) => typeof p === 'string' || typeof p === 'number'))
    throw argumentError(
      'at',
      { zh: '由字符串和数字组成的路径数组', en: 'a path, an array of strings and numbers' },
      at,
    );
  return at;
}

/**
 * A number as the readers take it: its exact value written out, never in exponent form (`1e21`
 * is read as 1000000000000000000000, `1e-7` as 0.0000001).
 *
 * @param value - a finite number
 * @returns the plain decimal text
 * @example
 * ```ts
 * numberText(1e21); // "1000000000000000000000"
 * ```
 */
export function numberText(value: number): string {
  return dec(value).toString();
}
