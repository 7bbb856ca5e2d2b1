/**
 * A bounded memo for the pure text readers (units, 指标值, 实际完成值): the same texts recur across
 * rows and tables, so reading each once makes an audit of many tables cheaper.
 */
import { registerCache } from '../caches.js';
import { argumentError } from '../errors/arguments.js';
import { deepFreeze } from '../framework/json.js';

/** Most entries one memo keeps. */
export const MEMO_MAX_ENTRIES = 10_000;

/**
 * Longest text a memo keeps, in characters. Real 指标值 and 实际完成值 are a few dozen characters;
 * a longer text is read every time rather than kept, so a table of huge cells cannot fill memory.
 */
export const MEMO_MAX_KEY_LENGTH = 200;

/**
 * Most characters of keys one memo keeps in all. With what is cached for each key (its text again,
 * a message quoting it) a full memo stays within a few megabytes.
 */
export const MEMO_MAX_CHARS = 500_000;

/** How much a memo keeps. */
export interface MemoLimits {
  /** Most entries (default {@link MEMO_MAX_ENTRIES}). */
  readonly entries?: number;
  /** Longest string key kept (default {@link MEMO_MAX_KEY_LENGTH}). */
  readonly keyLength?: number;
  /** Most characters of string keys kept in all (default {@link MEMO_MAX_CHARS}). */
  readonly chars?: number;
}

/**
 * Wraps a pure reader in a bounded cache. What is returned is deep-frozen, cached or not, so a
 * caller that mutates a returned value gets a TypeError instead of silently changing the answer for
 * everyone after it. The cache stops growing at its limits, and never keeps a long string key, so
 * memory stays bounded however many and however long the texts that pass through.
 *
 * @param read - a pure function of its key
 * @param limits - how much to keep at most
 * @returns `read`, answering repeated keys from the cache
 * @example
 * ```ts
 * const square = memo((n: number) => ({ n2: n * n }));
 * square(3) === square(3); // true: the same frozen object
 * ```
 * @internal
 */
export function memo<K, V>(read: (key: K) => V, limits: MemoLimits = {}): (key: K) => V {
  if (typeof read !== 'function')
    throw argumentError('read', { zh: '函数', en: 'a function' }, read);
  const given: unknown = limits;
  if (typeof given !== 'object' || given === null)
    throw argumentError('limits', { zh: '对象', en: 'an object' }, limits);
  const entries = limitOf(limits, 'entries', MEMO_MAX_ENTRIES);
  const keyLength = limitOf(limits, 'keyLength', MEMO_MAX_KEY_LENGTH);
  const maxChars = limitOf(limits, 'chars', MEMO_MAX_CHARS);
  const cache = new Map<K, V>();
  let chars = 0;
  registerCache(() => {
    cache.clear();
    chars = 0;
  });
  return (key) => {
    const size = typeof key === 'string' ? key.length : 0;
    // A long key is not even looked up: hashing it costs as much as the miss.
    if (size > keyLength) return deepFreeze(read(key));
    if (cache.has(key)) return cache.get(key) as V;
    const value = deepFreeze(read(key));
    if (cache.size < entries && chars + size <= maxChars) {
      cache.set(key, value);
      chars += size;
    }
    return value;
  };
}

function limitOf(limits: MemoLimits, name: keyof MemoLimits, fallback: number): number {
  const value = (limits as Partial<Record<keyof MemoLimits, unknown>>)[name] ?? fallback;
  if (typeof value !== 'number' || !(value >= 0))
    throw argumentError(`limits.${name}`, { zh: '非负数', en: 'a number ≥ 0' }, value);
  return value;
}
