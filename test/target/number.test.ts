/**
 * Numbers as 自评表 write them (src/target/number.ts): argument checks, the length limit at its
 * boundary, text that is only partly a numeral, and 万 / 亿 groups.
 */
import { describe, expect, it } from 'vitest';
import { MAX_NUMBER_LENGTH, arabic, chinese, readNumber } from '../../src/target/number.js';
import { issuesOf } from '../helpers.js';

describe('number.ts: a wrong argument is named', () => {
  it.each([
    ['arabic', (v: unknown) => arabic(v as string)],
    ['chinese', (v: unknown) => chinese(v as string)],
    ['readNumber', (v: unknown) => readNumber(v as string)],
  ])('%s(null)', (_name, call) => {
    expect(issuesOf(() => call(null))).toEqual([
      {
        code: 'invalid_input',
        path: ['text'],
        message: {
          zh: '参数 text 应为字符串，实际为 null',
          en: 'argument text must be a string, got null',
        },
      },
    ]);
  });
});

describe('chinese()', () => {
  it.each([
    // exactly MAX_NUMBER_LENGTH characters: read
    ['零'.repeat(MAX_NUMBER_LENGTH), '0'],
    // one more: not read
    ['零'.repeat(MAX_NUMBER_LENGTH + 1), null],
    // a numeral and something else after it
    ['三a', null],
    // something else between two numerals
    ['三a三', null],
    // something else before
    ['a三', null],
    // nothing
    ['', null],
    // a smaller group after a larger one adds
    ['三亿五千万', '350000000'],
    // a larger multiplier takes in the smaller groups before it: (10000 + 500) × 亿
    ['一万零五百亿', '1050000000000'],
    // 万 first: there is no group before it to take in
    ['五万', '50000'],
    // 万 and 亿 in a row multiply
    ['三万亿', '3000000000000'],
    // a multiplier takes in every smaller group before it, not only the last: (2亿 + 3万 + 4) × 亿亿
    ['二亿三万四亿亿', '2000300040000000000000000'],
    // the same multiplier twice is not a numeral (not 70000)
    ['三万四万', null],
    ['三亿五千万六千万', null],
    ['一万零五百亿二亿', null],
  ])('chinese(%j) is %s', (text, value) => {
    expect(MAX_NUMBER_LENGTH).toBe(400);
    expect(chinese(text)?.toString() ?? null).toBe(value);
  });
});
