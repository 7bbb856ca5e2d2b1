/**
 * Figures as tables print them, and when a printed figure agrees with a computed one. A figure that
 * differs by at most one unit in its last printed digit agrees ("86%" for 86.20%, "8.61" for 8.615).
 * For points the allowance is capped at half a point: a score printed as a whole number must still
 * be the rounding of the rule's score, so a stepped "9" for a proportional 9.90 is caught.
 */
import { dec, ulp, type Dec } from '../decimal.js';
import { MAX_NUMBER_LENGTH } from '../target/number.js';
import { normalise } from '../target/read.js';

/** A printed figure, read. */
export interface Printed {
  /** As printed. */
  readonly text: string;
  /** Its value (a percentage stays in percent). */
  readonly value: Dec;
  /** One unit in the last printed digit. */
  readonly unit: Dec;
  /** Whether it was printed with a percent sign. */
  readonly percent: boolean;
}

const HALF = dec('0.5');

/**
 * Reads a printed figure: "9", "9.90", "9.90分", "86.19%", "１００％". Blank, "—" and "/" mean "not
 * printed" (`null`); anything else that is not a number is `undefined` (unreadable).
 *
 * @param raw - the figure as printed
 * @returns the figure, `null` when not printed, `undefined` when unreadable
 * @example
 * ```ts
 * readPrinted('86.19%')?.unit.toString(); // "0.01"
 * ```
 */
export function readPrinted(raw: number | string | undefined): Printed | null | undefined {
  if (raw === undefined) return null;
  // Anything but a number or text (a JavaScript caller's object) is unreadable, not a crash.
  if (typeof raw !== 'number' && typeof raw !== 'string') return undefined;
  if (typeof raw === 'number') {
    // A JSON number is the decimal it prints (1e-7 is 0.0000001), never text with an exponent.
    if (!Number.isFinite(raw)) return undefined;
    const value = dec(raw);
    const places = value.decimalPlaces();
    return { text: value.toString(), value, unit: ulp(places), percent: false };
  }
  const text = raw.trim();
  const t = normalise(text).replace(/分$/, '');
  if (t === '' || /^[-—–/／]+$/.test(t)) return null;
  const m = /^(-?\d+(?:\.(\d+))?)(%?)$/.exec(t.replace(/,/g, ''));
  // A figure longer than any number a table prints is unreadable, not a value to compute with.
  if (!m?.[1] || m[1].length > MAX_NUMBER_LENGTH) return undefined;
  const places = m[2]?.length ?? 0;
  return { text, value: dec(m[1]), unit: ulp(places), percent: m[3] === '%' };
}

/**
 * Whether a printed score agrees with the computed one.
 *
 * @param printed - the printed figure
 * @param computed - the rule's value
 * @returns true within one unit of the last printed digit, at most half a point
 * @example
 * ```ts
 * pointsAgree(readPrinted('9')!, dec('9.90')); // false — a stepped score
 * pointsAgree(readPrinted('8.61')!, dec('8.615')); // true
 * ```
 */
export function pointsAgree(printed: Pick<Printed, 'value' | 'unit'>, computed: Dec): boolean {
  const allowance = printed.unit.gt(HALF) ? HALF : printed.unit;
  return printed.value.minus(computed).abs().lte(allowance);
}

/**
 * Whether a printed 执行率 agrees with the computed share. Without a percent sign, a decimal of at
 * most 1 is read as a share ("0.8620"); a whole number or anything larger as percent ("86", "0").
 *
 * @param printed - the printed figure
 * @param share - the computed 执行率 as a share (0.862037…)
 * @returns true within one unit of the last printed digit
 * @example
 * ```ts
 * rateAgrees(readPrinted('86%')!, dec('0.862037')); // true
 * ```
 */
export function rateAgrees(printed: Printed, share: Dec): boolean {
  const asPercent = printed.percent || printed.value.gt(1) || !printed.text.includes('.');
  const computed = asPercent ? share.times(100) : share;
  return printed.value.minus(computed).abs().lte(printed.unit);
}
