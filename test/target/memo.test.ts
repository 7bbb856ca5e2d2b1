import { describe, expect, it } from 'vitest';
import { memo } from '../../src/target/memo.js';
import { readTarget } from '../../src/target/parse.js';

describe('memo', () => {
  it('answers a repeated key from the cache, with the same frozen value', () => {
    let calls = 0;
    const read = memo((k: string) => {
      calls += 1;
      return { k, inner: { list: [k] } };
    });
    const a = read('x');
    expect(read('x')).toBe(a);
    expect(calls).toBe(1);
    expect(Object.isFrozen(a.inner.list)).toBe(true);
    expect(() => a.inner.list.push('y')).toThrow(TypeError);
  });

  it('stops caching at the limit but still answers', () => {
    let calls = 0;
    const read = memo((k: number) => {
      calls += 1;
      return k * 2;
    }, 2);
    expect([read(1), read(2), read(3), read(3)]).toEqual([2, 4, 6, 6]);
    expect(calls).toBe(4);
    read(1);
    expect(calls).toBe(4);
  });

  it('protects readTarget: a caller mutating a result cannot change the next answer', () => {
    const first = readTarget('≥95%');
    expect(() => {
      (first as { ok: boolean }).ok = false;
    }).toThrow(TypeError);
    expect(readTarget('≥95%').ok).toBe(true);
  });
});
