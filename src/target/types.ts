/**
 * What the readers of 指标值 and 实际完成值 return: plain, JSON-ready data.
 */
import type { Approx, Quantity, ReadFailure, TargetOp } from './read.js';
import type { Unit } from './units.js';

/**
 * A 指标值, read.
 *
 * @category Self-evaluation
 */
export type ParsedTarget =
  | {
      readonly kind: 'quantitative';
      readonly op: TargetOp;
      /** The number, in the unit written, as a decimal string. */
      readonly value: string;
      readonly unit: Unit | null;
      readonly approx: Approx | null;
      /** True when no comparator was written and `>=` (正向) was assumed. */
      readonly implicitOp: boolean;
      /** Present when a multiplier stood for the unit ("200万"): see {@link Quantity.scaled}. */
      readonly scaled?: true;
      readonly text: string;
    }
  | {
      readonly kind: 'range';
      readonly min: string;
      readonly max: string;
      readonly unit: Unit | null;
      readonly text: string;
    }
  | { readonly kind: 'qualitative'; readonly standard: string; readonly text: string }
  | {
      /** A deadline (时效指标): done by the end of this day. */
      readonly kind: 'deadline';
      /** `null` when not written (the table's year). */
      readonly year: number | null;
      readonly month: number;
      readonly day: number;
      readonly text: string;
    };

/**
 * The three tiers of a qualitative result (财预〔2020〕10号).
 *
 * @category Self-evaluation
 */
export type Tier = 'achieved' | 'partial' | 'unachieved';

/**
 * A 实际完成值, read.
 *
 * @category Self-evaluation
 */
export type ParsedActual =
  | ({ readonly kind: 'quantitative'; readonly text: string } & Quantity)
  | {
      readonly kind: 'qualitative';
      /** The tier the text states, or `null` when it names none. */
      readonly tier: Tier | null;
      readonly text: string;
    }
  | {
      /** A date the work was done ("2023年11月20日", "已于10月完成"). */
      readonly kind: 'date';
      /** `null` when not written. */
      readonly year: number | null;
      readonly month: number;
      /** `null` for a month ("2023年11月"). */
      readonly day: number | null;
      readonly text: string;
    };

/**
 * A 指标值 in the 101号 layout: comparator, value and unit in separate columns.
 *
 * @category Self-evaluation
 */
export interface TargetColumns {
  /** 指标性质: "≥", "≤", "=", "定性" … */
  readonly op: string;
  /** 指标值: a number, or the standard's words for 定性. */
  readonly value?: number | string | undefined;
  /** 度量单位. */
  readonly unit?: string | undefined;
}

/** The outcome of reading a cell: the value, or why it cannot be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; failure: ReadFailure };
