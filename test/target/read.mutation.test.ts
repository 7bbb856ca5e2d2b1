/**
 * The building blocks of the 指标值 language (src/target/read.ts): argument checks, the failure
 * message, quoting, the reason a text is no quantity, normalisation and approximation marks.
 */
import { describe, expect, it } from 'vitest';
import { readActual, readTarget } from '../../src/target/parse.js';
import { MAX_NUMBER_LENGTH } from '../../src/target/number.js';
import {
  MAX_QUOTED,
  failure,
  leadingOp,
  looksNumeric,
  normalise,
  quantity,
  quote,
  trailingOp,
  whyNotQuantity,
} from '../../src/target/read.js';
import { issuesOf } from '../helpers.js';
import { unitOf } from '../../src/target/units.js';

/** The one issue a call throws, as code, path and message. */
function thrown(call: () => unknown): [string, readonly (string | number)[], string, string] {
  const issues = issuesOf(call);
  expect(issues).toHaveLength(1);
  const [i] = issues;
  return [i!.code, i!.path, i!.message.zh, i!.message.en];
}

describe('read.ts: a wrong argument is named in the error', () => {
  // Each reader checks its text argument and names it; a JavaScript caller learns which one.
  it.each([
    ['normalise', 'text', (v: unknown) => normalise(v as string)],
    ['leadingOp', 'text', (v: unknown) => leadingOp(v as string)],
    ['trailingOp', 'text', (v: unknown) => trailingOp(v as string)],
    ['quantity', 'text', (v: unknown) => quantity(v as string)],
    ['looksNumeric', 'text', (v: unknown) => looksNumeric(v as string)],
    ['quote', 'text', (v: unknown) => quote(v as string)],
    ['failure', 'text', (v: unknown) => failure('target', v as string)],
    ['whyNotQuantity', 'body', (v: unknown) => whyNotQuantity(v as string)],
  ])('%s(95) names %s', (_name, param, call) => {
    expect(thrown(() => call(95))).toEqual([
      'invalid_input',
      [param],
      `参数 ${param} 应为字符串，实际为 number 95`,
      `argument ${param} must be a string, got number 95`,
    ]);
  });

  it('failure() takes only "target" or "actual" as its kind', () => {
    expect(thrown(() => failure('both' as 'target', '95'))).toEqual([
      'invalid_input',
      ['kind'],
      '参数 kind 应为"target" 或 "actual"，实际为 string "both"',
      'argument kind must be "target" or "actual", got string "both"',
    ]);
  });

  it.each([
    // no reason at all: null is not "left out"
    [null, 'null'],
    // zh missing
    [{ en: 'x' }, 'object'],
    // en missing
    [{ zh: 'x' }, 'object'],
    // en present but not text
    [{ zh: 'x', en: 5 }, 'object'],
    // zh present but not text
    [{ zh: 5, en: 'x' }, 'object'],
  ])('failure() rejects the reason %j', (why, got) => {
    expect(
      thrown(() => failure('actual', '95', why as unknown as { zh: string; en: string })),
    ).toEqual([
      'invalid_input',
      ['why'],
      `参数 why 应为{ zh, en } 文本，实际为 ${got}`,
      `argument why must be a { zh, en } text, got ${got}`,
    ]);
  });
});

describe('failure(): the message for an unreadable cell', () => {
  it.each([
    // a target without a reason: no trailing colon
    ['target', undefined, '指标值「≥abc」无法识别', 'cannot read the target "≥abc"'],
    // an actual without a reason
    ['actual', undefined, '实际完成值「≥abc」无法识别', 'cannot read the actual value "≥abc"'],
    // with a reason, both languages carry it after their own colon
    [
      'actual',
      { zh: '为空', en: 'it is empty' },
      '实际完成值「≥abc」无法识别：为空',
      'cannot read the actual value "≥abc": it is empty',
    ],
  ] as const)('%s, reason %j', (kind, why, zh, en) => {
    expect(failure(kind, '≥abc', why)).toEqual({ zh, en });
  });
});

describe('quote(): long texts are cut at MAX_QUOTED characters', () => {
  const a = (n: number): string => 'a'.repeat(n);
  it.each([
    // exactly at the limit: whole, no ellipsis
    [a(MAX_QUOTED), a(MAX_QUOTED)],
    // one over: cut to the limit, with an ellipsis
    [a(MAX_QUOTED + 1), `${a(MAX_QUOTED)}…`],
    // the cut would end on the first half of 😀: that half goes too
    [`${a(MAX_QUOTED - 1)}😀b`, `${a(MAX_QUOTED - 1)}…`],
    // a surrogate pair early in the text is kept, and the cut still ends at the limit
    [`😀${a(MAX_QUOTED)}`, `😀${a(MAX_QUOTED - 2)}…`],
  ])('quote(%#)', (text, quoted) => {
    expect(MAX_QUOTED).toBe(100);
    expect(quote(text)).toBe(quoted);
  });
});

describe('whyNotQuantity(): the reason a text is no quantity', () => {
  it.each([
    // exactly MAX_NUMBER_LENGTH digits is not "too long" (no more precise reason applies)
    ['400 digits', '9'.repeat(MAX_NUMBER_LENGTH), null],
    // one digit more is
    [
      '401 digits',
      '9'.repeat(MAX_NUMBER_LENGTH + 1),
      {
        zh: `数值超过 ${MAX_NUMBER_LENGTH} 个字符`,
        en: `the number is longer than ${MAX_NUMBER_LENGTH} characters`,
      },
    ],
    // a number followed by Latin letters that are no unit (a Chinese word would be a unit of its own)
    ['12xq', '12xq', { zh: '未知的计量单位「xq」', en: 'unknown unit "xq"' }],
    // a negative number: the unit quoted is the word, not "-12xq" (the minus belongs to the number)
    ['-12xq', '-12xq', { zh: '未知的计量单位「xq」', en: 'unknown unit "xq"' }],
    // a word before the number: the whole text is quoted, not the word minus the digits
    ['abc12xq', 'abc12xq', { zh: '未知的计量单位「abc12xq」', en: 'unknown unit "abc12xq"' }],
    // the text ends in a known unit: something else is wrong, no reason more precise
    ['12斤元', '12斤元', null],
    // no digit at all
    ['abc', 'abc', null],
    // the word does not run to the end ("xq" then a digit): not "number then unknown unit"
    ['12xq3', '12xq3', null],
  ])('whyNotQuantity(%s)', (_label, body, why) => {
    expect(whyNotQuantity(body)).toEqual(why);
  });

  it('is the reason a target or an actual gives', () => {
    expect(readTarget('≥-12xq')).toEqual({
      ok: false,
      failure: {
        zh: '指标值「≥-12xq」无法识别：未知的计量单位「xq」',
        en: 'cannot read the target "≥-12xq": unknown unit "xq"',
      },
    });
    expect(readActual('-12xq')).toEqual({
      ok: false,
      failure: {
        zh: '实际完成值「-12xq」无法识别：未知的计量单位「xq」',
        en: 'cannot read the actual value "-12xq": unknown unit "xq"',
      },
    });
  });
});

describe('normalise(): text as written, without spaces and surrounding quotes', () => {
  it.each([
    // full-width digits and signs, spaces inside and around
    [' ≥ ９５％ ', '≥95%'],
    // a run of spaces and a full-width space
    ['≥95 \u3000 %', '≥95%'],
    // quotes around
    ['“≥95%”', '≥95%'],
    ['\'"≥95%"\'', '≥95%'],
    // quotes inside stay
    ['≥"95"%', '≥"95"%'],
    // nothing but quotes: nothing (the loops stop at the other end)
    ['""', ''],
    ['“”‘’', ''],
    // nothing at all
    ['', ''],
  ])('normalise(%j) is %j', (text, normalised) => {
    expect(normalise(text)).toBe(normalised);
  });
});

describe('quantity(): numbers with approximation marks and multipliers', () => {
  it.each([
    // every "about" lead: 约 and 大约 (大约 is not 大 + 约)
    ['约100', { value: '100', unit: null, approx: 'about' }],
    ['大约100', { value: '100', unit: null, approx: 'about' }],
    // every "at most" lead
    ['近100', { value: '100', unit: null, approx: 'less' }],
    ['将近100', { value: '100', unit: null, approx: 'less' }],
    ['接近100', { value: '100', unit: null, approx: 'less' }],
    ['不足100', { value: '100', unit: null, approx: 'less' }],
    // 左右 after the number
    ['100左右', { value: '100', unit: null, approx: 'about' }],
    // 多 / 余 / 来 after the multiplier: at least
    // (a multiplier without a unit marks the value as scaled: it counts the other side's base unit)
    ['2万余', { value: '20000', unit: null, approx: 'more', scaled: true }],
    // two multipliers make one factor: 5 百万
    ['5百万', { value: '5000000', unit: null, approx: null, scaled: true }],
    // no multiplier, no mark
    ['5', { value: '5', unit: null, approx: null }],
    ['5万元', { value: '5', unit: unitOf('万元'), approx: null }],
    // "百百" is no factor: not a quantity
    ['5百百', null],
    ['5千百', null],
  ])('quantity(%j)', (text, q) => {
    expect(quantity(text)).toEqual(q);
  });

  it('reads approximation leads in targets and actuals', () => {
    expect(readActual('将近3万人次')).toMatchObject({
      ok: true,
      value: { value: '3', approx: 'less', unit: { text: '万人次', factor: '10000' } },
    });
    expect(readTarget('≥大约500人')).toMatchObject({
      ok: true,
      value: { op: '>=', value: '500', approx: 'about', unit: { text: '人' } },
    });
    expect(readTarget('≥5百百')).toEqual({
      ok: false,
      failure: {
        zh: '指标值「≥5百百」无法识别：未知的计量单位「百百」',
        en: 'cannot read the target "≥5百百": unknown unit "百百"',
      },
    });
  });
});

describe('looksNumeric()', () => {
  it.each([
    ['在12月底前完成', true],
    ['效果明显', false],
    ['九十五', false],
  ])('looksNumeric(%j) is %s', (text, yes) => {
    expect(looksNumeric(text)).toBe(yes);
  });
});
