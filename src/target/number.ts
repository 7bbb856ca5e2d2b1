/**
 * Numbers as people write them in 自评表: full-width digits (normalised by NFKC before this runs),
 * thousands separators ("1,086"), decimals, and Chinese numerals ("三", "十二", "两万", "三万亿").
 */
import { dec, type Dec } from '../decimal.js';
import { stringArgument } from '../errors/arguments.js';

/**
 * The longest number jixiao reads, in characters. Every finite JavaScript number written out in
 * full fits (5e-324 takes 326), and no figure a table means comes near it; past it, reading would
 * only cost time and memory on hostile text.
 */
export const MAX_NUMBER_LENGTH = 400;

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
// Maps, not object literals: the text is the user's, and an object would answer "constructor".
const DIGITS = new Map([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const SMALL = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);
const LARGE = new Map([
  ['万', BigInt(10_000)],
  ['亿', BigInt(100_000_000)],
]);
const ZERO_N = BigInt(0);

/**
 * Reads an Arabic number with optional thousands separators.
 *
 * @param text - e.g. `"1,086"`, `"43.2"`
 * @returns the exact value, or `null` (also for a number longer than {@link MAX_NUMBER_LENGTH})
 * @example
 * ```ts
 * arabic('1,086')?.toString(); // "1086"
 * ```
 */
export function arabic(text: string): Dec | null {
  stringArgument(text, 'text');
  if (text.length > MAX_NUMBER_LENGTH || !ARABIC.test(text)) return null;
  return dec(text.replace(/,/g, ''));
}

/**
 * Reads a whole number written in Chinese numerals, exactly however large: 万 and 亿 combine as
 * people write them ("三亿五千万" is 350000000, "三万亿" 3×10¹², "一亿亿" 10¹⁶).
 *
 * @param text - e.g. `"十二"`, `"三百零五"`, `"两万"`
 * @returns the value, or `null` when the text is not such a numeral
 * @example
 * ```ts
 * chinese('十二')?.toString(); // "12"
 * ```
 */
export function chinese(text: string): Dec | null {
  stringArgument(text, 'text');
  if (text.length > MAX_NUMBER_LENGTH) return null;
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return null;
  // Groups already closed by 万/亿, each with the multiplier that closed it; a larger multiplier
  // takes in the smaller groups before it ("一万零五百亿": (10000 + 500) × 亿). Each group is
  // taken in once, so the reading is linear.
  const groups: { value: bigint; level: bigint }[] = [];
  let section = 0;
  let digit: number | null = null;
  // Every character the pattern above allows is one UTF-16 unit, so indexes are characters.
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    const d = DIGITS.get(ch);
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return null; // "三四" is not a number
      digit = d;
      continue;
    }
    const small = SMALL.get(ch);
    if (small !== undefined) {
      if (digit === null && small !== 10) return null;
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    // 万 and 亿 in a row are one multiplier: 万亿 is 10¹², 亿亿 10¹⁶.
    let level = LARGE.get(ch) ?? BigInt(1);
    while (LARGE.has(text.charAt(i + 1))) {
      i += 1;
      level *= LARGE.get(text.charAt(i)) ?? BigInt(1);
    }
    let value = BigInt(section + (digit ?? 0));
    for (let top = groups.at(-1); top !== undefined && top.level < level; top = groups.at(-1)) {
      value += top.value;
      groups.pop();
    }
    if (value === ZERO_N) return null;
    // The same multiplier twice ("三万四万") is two numbers, not one.
    if (groups.at(-1)?.level === level) return null;
    groups.push({ value: value * level, level });
    section = 0;
    digit = null;
  }
  const total = groups.reduce((sum, g) => sum + g.value, BigInt(section + (digit ?? 0)));
  return dec(total);
}

/**
 * Reads a number written either way.
 *
 * @param text - Arabic or Chinese numerals
 * @returns the value, or `null`
 * @example
 * ```ts
 * readNumber('两万')?.toString(); // "20000"
 * ```
 */
export function readNumber(text: string): Dec | null {
  return arabic(text) ?? chinese(text);
}
