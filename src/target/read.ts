/**
 * The 指标值 language: comparators in every common spelling, numbers with units, approximate
 * quantities, ranges and qualitative standards — read into plain data, never evaluated.
 *
 * Approximate quantities mean: "30多场次", "2万余份", "95%以上" — at least the number (a lower
 * bound: `approx: "more"`); "近100", "不足100" — at most the number (`"less"`); "约100", "100左右" —
 * about the number (`"about"`). An actual is scored on the number it states.
 */
import type { Dec } from '../decimal.js';
import { readNumber } from './number.js';
import { splitUnit, unitOf, type Unit } from './units.js';

/** Comparison of a quantitative target. */
export type TargetOp = '>=' | '<=' | '=' | '>' | '<';

/** How an approximate quantity bounds the true value. */
export type Approx = 'more' | 'less' | 'about';

/** A number with its unit, as read. */
export interface Quantity {
  /** The value in the unit written, as a decimal string (multipliers such as 万 applied). */
  readonly value: string;
  /** The unit, or `null` when none was written. */
  readonly unit: Unit | null;
  /** Set when the text gives an approximate quantity. */
  readonly approx: Approx | null;
}

/** A failure to read, in both languages. */
export interface ReadFailure {
  readonly zh: string;
  readonly en: string;
}

const PREFIX_OPS: [string, TargetOp][] = (
  [
    ['大于或等于', '>='],
    ['大于等于', '>='],
    ['不低于', '>='],
    ['不少于', '>='],
    ['不小于', '>='],
    ['至少', '>='],
    ['达到', '>='],
    ['>=', '>='],
    ['≥', '>='],
    ['≧', '>='],
    ['=>', '>='],
    ['小于或等于', '<='],
    ['小于等于', '<='],
    ['不高于', '<='],
    ['不超过', '<='],
    ['不大于', '<='],
    ['不多于', '<='],
    ['最多', '<='],
    ['控制在', '<='],
    ['<=', '<='],
    ['≤', '<='],
    ['≦', '<='],
    ['=<', '<='],
    ['等于', '='],
    ['==', '='],
    ['=', '='],
    ['大于', '>'],
    ['高于', '>'],
    ['超过', '>'],
    ['多于', '>'],
    ['>', '>'],
    ['小于', '<'],
    ['低于', '<'],
    ['少于', '<'],
    ['<', '<'],
  ] as [string, TargetOp][]
).sort((a, b) => b[0].length - a[0].length);

const SUFFIX_OPS: [string, TargetOp][] = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
];

/**
 * Normalises text as written: NFKC (full-width digits and signs become ASCII), no spaces, no
 * surrounding quotes.
 *
 * @param text - raw cell text
 * @returns the normalised text
 * @example
 * ```ts
 * normalise(' ≥ ９５％ '); // "≥95%"
 * ```
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '');
}

/**
 * Splits a leading comparator off normalised text.
 *
 * @param text - normalised text
 * @returns the comparator (or `null`) and the rest
 * @example
 * ```ts
 * leadingOp('不少于30场次'); // [">=", "30场次"]
 * ```
 */
export function leadingOp(text: string): [TargetOp | null, string] {
  for (const [word, op] of PREFIX_OPS)
    if (text.startsWith(word)) return [op, text.slice(word.length)];
  return [null, text];
}

/**
 * Splits a trailing 以上 / 以下 / 以内 off normalised text.
 *
 * @param text - normalised text
 * @returns the comparator (or `null`) and the rest
 * @example
 * ```ts
 * trailingOp('95%以上'); // [">=", "95%"]
 * ```
 */
export function trailingOp(text: string): [TargetOp | null, string] {
  for (const [word, op] of SUFFIX_OPS)
    if (text.endsWith(word)) return [op, text.slice(0, -word.length)];
  return [null, text];
}

const NUMBER_PART =
  /^(约|大约|近|将近|接近|不足)?(-?[\d.,]+|[零〇一二两三四五六七八九十百千]+)([十百千万亿]{0,2})(多|余|来)?$/;

/**
 * Reads a number with an optional unit and approximation marks: `"47场次"`, `"2万余份"`,
 * `"4.5万人次"`, `"约100"`, `"100左右"`, `"95%"`.
 *
 * @param text - normalised text without comparators
 * @returns the quantity, or `null` when the text is not one
 * @example
 * ```ts
 * quantity('2万余份'); // { value: '20000', unit: { text: '份', … }, approx: 'more' }
 * ```
 */
export function quantity(text: string): Quantity | null {
  let rest = text;
  let about = false;
  if (rest.endsWith('左右')) {
    about = true;
    rest = rest.slice(0, -2);
  }
  const [head, unitText] = splitUnit(rest);
  const unit = unitText === '' ? null : unitOf(unitText);
  if (unitText !== '' && !unit) return null;
  const m = NUMBER_PART.exec(head);
  if (!m) return null;
  const [, lead, digits = '', mult = '', tail] = m;
  const negative = digits.startsWith('-');
  let value: Dec | null = readNumber(negative ? digits.slice(1) : digits);
  if (!value) return null;
  if (mult !== '') {
    const factor = readNumber(`一${mult}`);
    if (!factor) return null;
    value = value.times(factor);
  }
  if (negative) value = value.neg();
  let approx: Approx | null = null;
  if (tail) approx = 'more';
  if (lead === '约' || lead === '大约' || about) approx = 'about';
  if (lead === '近' || lead === '将近' || lead === '接近' || lead === '不足') approx = 'less';
  return { value: value.toString(), unit, approx };
}

/**
 * True when the text contains an Arabic digit.
 *
 * @param text - normalised text
 * @returns whether a digit occurs
 * @example
 * ```ts
 * looksNumeric('在12月底前完成'); // true
 * ```
 */
export function looksNumeric(text: string): boolean {
  return /\d/.test(text);
}

/**
 * The failure message for text that should be a quantity but is not.
 *
 * @param kind - target or actual
 * @param text - the text as written
 * @param why - the reason, if known
 * @returns the message in both languages
 * @example
 * ```ts
 * failure('target', '≥abc').zh; // "指标值「≥abc」无法识别"
 * ```
 */
export function failure(kind: 'target' | 'actual', text: string, why?: ReadFailure): ReadFailure {
  const what =
    kind === 'target' ? { zh: '指标值', en: 'target' } : { zh: '实际完成值', en: 'actual value' };
  return {
    zh: `${what.zh}「${text}」无法识别${why ? `：${why.zh}` : ''}`,
    en: `cannot read the ${what.en} "${text}"${why ? `: ${why.en}` : ''}`,
  };
}
