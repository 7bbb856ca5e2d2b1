/**
 * A bounded memo for the pure text readers (units, 指标值, 实际完成值): the same texts recur across
 * rows and tables, so reading each once makes an audit of many tables cheaper. What is cached is
 * deep-frozen, so a caller that mutates a returned value gets a TypeError instead of silently
 * changing the answer for everyone after it; the cache stops growing at `limit` entries, so memory
 * stays bounded however many distinct texts pass through.
 *
 * @param read - a pure function of its key
 * @param limit - how many entries to keep at most
 * @returns `read`, answering repeated keys from the cache
 * @example
 * ```ts
 * const square = memo((n: number) => ({ n2: n * n }));
 * square(3) === square(3); // true: the same frozen object
 * ```
 * @internal
 */
export function memo<K, V>(read: (key: K) => V, limit = 10_000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = deepFreeze(read(key));
    if (cache.size < limit) cache.set(key, value);
    return value;
  };
}

function deepFreeze<V>(value: V): V {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
