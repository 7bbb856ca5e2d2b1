import { describe, expect, it } from 'vitest';
import {
  MEMO_MAX_CHARS,
  MEMO_MAX_ENTRIES,
  MEMO_MAX_KEY_LENGTH,
  memo,
} from '../../src/target/memo.js';
import { readActual, readTarget } from '../../src/target/parse.js';
import { issuesOf } from '../helpers.js';

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
    const read = memo(
      (k: number) => {
        calls += 1;
        return k * 2;
      },
      { entries: 2 },
    );
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

describe('issue 8 defect 7: the reader memo is bounded by size', () => {
  it('issue 8 defect 7: the limits are named constants', () => {
    expect(MEMO_MAX_ENTRIES).toBe(10_000);
    expect(MEMO_MAX_KEY_LENGTH).toBe(200);
    expect(MEMO_MAX_CHARS).toBe(500_000);
  });

  it('issue 8 defect 7: a long text is read again, never kept; a short one is kept', () => {
    const short = `≥${'9'.repeat(MEMO_MAX_KEY_LENGTH - 2)}%`;
    expect(short.length).toBe(MEMO_MAX_KEY_LENGTH);
    expect(readTarget(short)).toBe(readTarget(short));
    const longer = `≥${'9'.repeat(MEMO_MAX_KEY_LENGTH - 1)}%`;
    expect(readTarget(longer)).not.toBe(readTarget(longer));
    expect(readTarget(longer)).toEqual(readTarget(longer));
    expect(Object.isFrozen(readTarget(longer))).toBe(true);
    const text = '达成'.repeat(MEMO_MAX_KEY_LENGTH);
    expect(readActual(text)).not.toBe(readActual(text));
    expect(readActual('达成')).toBe(readActual('达成'));
  });

  it('issue 8 defect 7: the memo stops keeping keys at its character budget', () => {
    let calls = 0;
    const read = memo(
      (k: string) => {
        calls += 1;
        return k.length;
      },
      { keyLength: 5, chars: 8 },
    );
    read('aaaa');
    read('bbbb');
    read('cccc'); // over the 8-character budget: read, not kept
    read('dddddd'); // longer than 5: read, not kept
    expect(calls).toBe(4);
    read('aaaa');
    read('bbbb');
    expect(calls).toBe(4);
    read('cccc');
    read('dddddd');
    expect(calls).toBe(6);
  });
});

describe('memo: its limits, one at a time', () => {
  /** A memo of a string reader that counts its calls. */
  function counted(limits: Parameters<typeof memo>[1]): {
    read: (k: string) => number;
    calls: () => number;
  } {
    let calls = 0;
    const read = memo((k: string) => {
      calls += 1;
      return k.length;
    }, limits);
    return { read, calls: () => calls };
  }

  it('keeps a key exactly keyLength long, not one a character longer', () => {
    const m = counted({ keyLength: 3 });
    m.read('abc');
    m.read('abc');
    expect(m.calls()).toBe(1);
    m.read('abcd');
    m.read('abcd');
    expect(m.calls()).toBe(3);
  });

  it('keeps nothing with entries: 0, and still answers', () => {
    const m = counted({ entries: 0 });
    expect([m.read('a'), m.read('a')]).toEqual([1, 1]);
    expect(m.calls()).toBe(2);
  });

  it('returns a function as it is: only data is frozen', () => {
    const shared = (): number => 1;
    const read = memo((_k: string) => shared);
    expect(read('f')).toBe(shared);
    expect(Object.isFrozen(shared)).toBe(false);
  });

  it.each([
    // not a function
    [() => memo(5 as never), 'read', '函数', 'a function', 'number 5'],
    // limits that are no object
    [() => memo(String, null as never), 'limits', '对象', 'an object', 'null'],
    [() => memo(String, 5 as never), 'limits', '对象', 'an object', 'number 5'],
    // a limit below zero, or not a number
    [() => memo(String, { entries: -1 }), 'limits.entries', '非负数', 'a number ≥ 0', 'number -1'],
    [
      () => memo(String, { entries: '5' as never }),
      'limits.entries',
      '非负数',
      'a number ≥ 0',
      'string "5"',
    ],
    [
      () => memo(String, { keyLength: NaN }),
      'limits.keyLength',
      '非负数',
      'a number ≥ 0',
      'number NaN',
    ],
    [() => memo(String, { chars: -0.5 }), 'limits.chars', '非负数', 'a number ≥ 0', 'number -0.5'],
  ])('rejects %#: %s', (call, name, zh, en, got) => {
    expect(issuesOf(call)).toEqual([
      {
        code: 'invalid_input',
        path: [name],
        message: {
          zh: `参数 ${name} 应为${zh}，实际为 ${got}`,
          en: `argument ${name} must be ${en}, got ${got}`,
        },
      },
    ]);
  });
});
