import { describe, expect, it } from 'vitest';
import { isArrayOf } from '../../src/errors/arrays.js';

const isText = (x: unknown): x is string => typeof x === 'string';

describe('isArrayOf', () => {
  it('accepts an array whose every element passes, and an empty one', () => {
    expect(isArrayOf(['a', 'b'], isText)).toBe(true);
    expect(isArrayOf([], isText)).toBe(true);
  });

  it('refuses anything that is not an array, and an element that fails', () => {
    expect(isArrayOf('ab', isText)).toBe(false);
    expect(isArrayOf({ length: 0 }, isText)).toBe(false);
    expect(isArrayOf(null, isText)).toBe(false);
    expect(isArrayOf(['a', 1], isText)).toBe(false);
  });

  it('tests a hole as undefined, where every() would skip it', () => {
    // eslint-disable-next-line no-sparse-arrays
    const holes = [, 'a'];
    expect(holes.every(isText)).toBe(true);
    expect(isArrayOf(holes, isText)).toBe(false);
    expect(isArrayOf(new Array(3), isText)).toBe(false);
    expect(isArrayOf(new Array(3), (x) => x === undefined)).toBe(true);
  });
});
