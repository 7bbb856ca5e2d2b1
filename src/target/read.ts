/**
 * The 指标值 language: comparators in every common spelling, numbers with units, approximate
 * quantities, ranges and qualitative standards — read into plain data, never evaluated.
 *
 * Approximate quantities mean: "30多场次", "2万余份", "95%以上" — at least the number (a lower
 * bound: `approx: "more"`); "近100", "不足100" — at most the number (`"less"`); "约100", "100左右" —
 * about the number (`"about"`). An actual is scored on the number it states.
 */
import type { Dec } from '../decimal.js';
import { argumentError, stringArgument } from '../errors/arguments.js';
import { MAX_NUMBER_LENGTH, readNumber } from './number.js';
import { splitUnit, unitOf, type Unit } from './units.js';

/**
 * Comparison of a quantitative target.
 *
 * @category Self-evaluation
 */
export type TargetOp = '>=' | '<=' | '=' | '>' | '<';

/**
 * How an approximate quantity bounds the true value.
 *
 * @category Self-evaluation
 */
export type Approx = 'more' | 'less' | 'about';

/**
 * A number with its unit, as read.
 *
 * @category Self-evaluation
 */
export interface Quantity {
  /** The value in the unit written, as a decimal string (multipliers such as 万 applied). */
  readonly value: string;
  /** The unit, or `null` when none was written. */
  readonly unit: Unit | null;
  /** Set when the text gives an approximate quantity. */
  readonly approx: Approx | null;
  /**
   * Present when a 十/百/千/万/亿 multiplier was applied to a number written without a unit
   * ("200万" is 2000000): the value then counts the base unit of what the other side measures
   * (200万 against "195.5万元" is 2000000 元), where a bare number is in the other side's unit.
   */
  readonly scaled?: true;
}

/**
 * A failure to read, in both languages.
 *
 * @category Self-evaluation
 */
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
    ['不得少于', '>='],
    ['不得低于', '>='],
    ['大于或者等于', '>='],
    ['高于或等于', '>='],
    ['至少', '>='],
    ['达到', '>='],
    ['>=', '>='],
    ['≥', '>='],
    ['≧', '>='],
    ['⩾', '>='],
    ['≯', '<='],
    ['=>', '>='],
    ['小于或等于', '<='],
    ['小于等于', '<='],
    ['不高于', '<='],
    ['不超过', '<='],
    ['不得超过', '<='],
    ['不得高于', '<='],
    ['小于或者等于', '<='],
    ['低于或等于', '<='],
    ['不大于', '<='],
    ['不多于', '<='],
    ['最多', '<='],
    ['控制在', '<='],
    ['<=', '<='],
    ['≤', '<='],
    ['≦', '<='],
    ['⩽', '<='],
    ['≮', '>='],
    ['=<', '<='],
    ['等于', '='],
    ['==', '='],
    ['=', '='],
    ['═', '='],
    ['〓', '='],
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
  const t = stringArgument(text, 'text')
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '');
  // Index loops, not /["']+$/: a regex for trailing quotes retries from every quote of a long run,
  // quadratic in its length.
  let start = 0;
  let end = t.length;
  while (start < end && QUOTES.includes(t.charAt(start))) start += 1;
  while (end > start && QUOTES.includes(t.charAt(end - 1))) end -= 1;
  return t.slice(start, end);
}

const QUOTES = `"'“”‘’`;

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
  stringArgument(text, 'text');
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
  stringArgument(text, 'text');
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
  let rest = stringArgument(text, 'text');
  let about = false;
  if (rest.endsWith('左右')) {
    about = true;
    rest = rest.slice(0, -2);
  }
  // splitUnit returns "" or a unit unitOf knows; unitOf("") is null.
  const [head, unitText] = splitUnit(rest);
  const unit = unitOf(unitText);
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
  return mult !== '' && unit === null
    ? { value: value.toString(), unit, approx, scaled: true }
    : { value: value.toString(), unit, approx };
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
  return /\d/.test(stringArgument(text, 'text'));
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
  const given: { kind: unknown; why: unknown } = { kind, why };
  if (given.kind !== 'target' && given.kind !== 'actual')
    throw argumentError('kind', { zh: '"target" 或 "actual"', en: '"target" or "actual"' }, kind);
  stringArgument(text, 'text');
  const w = given.why as Partial<Record<'zh' | 'en', unknown>> | null | undefined;
  if (w !== undefined && (typeof w?.zh !== 'string' || typeof w.en !== 'string'))
    throw argumentError('why', { zh: '{ zh, en } 文本', en: 'a { zh, en } text' }, why);
  const what =
    kind === 'target' ? { zh: '指标值', en: 'target' } : { zh: '实际完成值', en: 'actual value' };
  return {
    zh: `${what.zh}「${quote(text)}」无法识别${why ? `：${why.zh}` : ''}`,
    en: `cannot read the ${what.en} "${quote(text)}"${why ? `: ${why.en}` : ''}`,
  };
}

/** Most characters of a text a message quotes; a longer one is cut, so a message stays short. */
export const MAX_QUOTED = 100;

/**
 * A text as a message quotes it: whole, or its first {@link MAX_QUOTED} characters and "…".
 *
 * @param text - the text
 * @returns the text to quote
 * @example
 * ```ts
 * quote('≥95%'); // "≥95%"
 * ```
 * @internal
 */
export function quote(text: string): string {
  if (stringArgument(text, 'text').length <= MAX_QUOTED) return text;
  const cut = text.slice(0, MAX_QUOTED);
  // Never end on half of a surrogate pair.
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * Why text that should be a quantity is not, when it can be told: a number too long to be a
 * figure, or a number followed by a word that is no unit ("5toString").
 *
 * @param body - normalised text without comparators
 * @returns the reason, or `null` when none more precise than "not a quantity" applies
 * @example
 * ```ts
 * whyNotQuantity('12斤两')?.en; // 'unknown unit "斤两"'
 * ```
 * @internal
 */
export function whyNotQuantity(body: string): ReadFailure | null {
  const digits = /^-?[\d.,]*/.exec(stringArgument(body, 'body'))?.[0] ?? '';
  if (digits.length > MAX_NUMBER_LENGTH) {
    return {
      zh: `数值超过 ${MAX_NUMBER_LENGTH} 个字符`,
      en: `the number is longer than ${MAX_NUMBER_LENGTH} characters`,
    };
  }
  const [, unitText] = splitUnit(body);
  if (unitText !== '' || !/\d[^\d.,%‰]+$/.test(body)) return null;
  const unit = quote(body.replace(/^-?[\d.,]+/, ''));
  return { zh: `未知的计量单位「${unit}」`, en: `unknown unit "${unit}"` };
}

/** Words around a number that say nothing about it: "全年", "累计", "已完成", "覆盖". */
const LEAD_FILLER =
  /^(?:全年|年度|每年|年均|累计|共计|合计|总计|共|全部|已经|已|实际|完成|实现|共完成|各|每|均)+/;
/** Words after the number: "100%覆盖", "95%(百分比)". Stripped in a loop, never by an unanchored /(…)+$/. */
const TRAIL_WORDS = ['覆盖', '完成', '达标', '(百分比)', '百分比'];
function withoutTrailWords(t: string): string {
  let out = t;
  for (let found = true; found;) {
    found = false;
    for (const w of TRAIL_WORDS) {
      if (out.endsWith(w)) {
        out = out.slice(0, -w.length);
        found = true;
      }
    }
  }
  return out;
}
/** A label before the number it names: "覆盖率100%", "满意率达95%". */
const LABEL =
  /^\p{Script=Han}{1,10}?(?:率|度|数|量|面积|长度|金额|比例|占比)(?:达到|达|为|是)?(?=[\d≥≤<>=])/u;
/** Change words: "提升10%" asks for a change of at least the number. */
const CHANGE = /^(?:提升|提高|增长|增加|降低|减少|下降|压减|节约|缩短)(?:了)?(?=\d)/;

/**
 * The number inside decorations, when there is one: "100%覆盖", "覆盖率100%", "95%(百分比)",
 * "提升10%", "已完成100%", "全年不少于4期", "至少全年完成2次".
 *
 * @param text - normalised text, comparators possibly already split off
 * @returns the comparator it implies (or `null`) and the text that is left, or `null` when the text
 * is not a decorated number
 * @example
 * ```ts
 * undecorate('覆盖率100%'); // [null, "100%"]
 * undecorate('全年不少于4期'); // [">=", "4期"]
 * ```
 * @internal
 */
export function undecorate(text: string): [TargetOp | null, string] | null {
  let t = stringArgument(text, 'text');
  let op: TargetOp | null = null;
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = withoutTrailWords(t.replace(LEAD_FILLER, '').replace(LABEL, ''));
    if (CHANGE.test(t)) {
      op = '>=';
      t = t.replace(CHANGE, '');
    }
    const [pre, rest] = leadingOp(t);
    if (pre) [op, t] = [op ?? pre, rest];
    const [post, body] = trailingOp(t);
    if (post) [op, t] = [op ?? post, body];
    if (t === before) break;
  }
  return t !== text && quantity(t) ? [op, t] : null;
}
