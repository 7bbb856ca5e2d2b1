/**
 * Numbers as people write them in 自评表: full-width digits (normalised by NFKC before this runs),
 * thousands separators ("1,086"), decimals, and Chinese numerals ("三", "十二", "两万").
 */
import { dec, type Dec } from '../decimal.js';

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/**
 * Reads an Arabic number with optional thousands separators.
 *
 * @param text - e.g. `"1,086"`, `"43.2"`
 * @returns the exact value, or `null`
 * @example
 * ```ts
 * arabic('1,086')?.toString(); // "1086"
 * ```
 */
export function arabic(text: string): Dec | null {
  return ARABIC.test(text) ? dec(text.replace(/,/g, '')) : null;
}

/**
 * Reads a whole number written in Chinese numerals (up to 亿).
 *
 * @param text - e.g. `"十二"`, `"三百零五"`, `"两万"`
 * @returns the value, or `null` when the text is not such a numeral
 * @example
 * ```ts
 * chinese('十二')?.toString(); // "12"
 * ```
 */
export function chinese(text: string): Dec | null {
  if (text === '' || !/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return null;
  // Integers only; the arithmetic stays below 2^53, so plain numbers are exact here.
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return null; // "三四" is not a number
      digit = d;
      continue;
    }
    const small = SMALL[ch];
    if (small !== undefined) {
      section += (digit ?? (small === 10 ? 1 : 0)) * small;
      if (digit === null && small !== 10) return null;
      digit = null;
      continue;
    }
    const large = LARGE[ch] ?? 1;
    section += digit ?? 0;
    if (section === 0) return null;
    total = (total + section) * large;
    section = 0;
    digit = null;
  }
  return dec(total + section + (digit ?? 0));
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
