/**
 * Progress of a long batch on standard error, for a person at a terminal: how many done, and where the
 * whole is known (files of a folder, bytes of a file), the percentage and the time left. Shown only
 * when standard error is a terminal and `--quiet` is not given; at most a few times a second.
 */
import type { Locale } from '../report/model.js';
import type { CliIo } from './io.js';

/** What is counted, in both languages: `{ zh: '张', en: 'tables' }`. */
export interface ProgressNoun {
  readonly zh: string;
  readonly en: string;
}

/**
 * Seconds as a person reads them: "42s", "3m05s", "1h02m".
 *
 * @param seconds - a duration
 * @returns the short form
 * @example
 * ```ts
 * duration(185); // "3m05s"
 * ```
 */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * One progress line, the text only (tested without a clock).
 *
 * @param locale - zh or en
 * @param noun - what is counted
 * @param done - how many so far
 * @param fraction - how far through the whole (0–1), when known
 * @param elapsed - seconds since the start
 * @returns the line, without `\r`
 * @example
 * ```ts
 * progressLine('en', { zh: '张', en: 'tables' }, 500, 0.25, 10); // "500 tables, 25%, 30s left"
 * ```
 */
export function progressLine(
  locale: Locale,
  noun: ProgressNoun,
  done: number,
  fraction: number | null,
  elapsed: number,
): string {
  const count = locale === 'zh' ? `已处理 ${done} ${noun.zh}` : `${done} ${noun.en}`;
  if (fraction === null || !(fraction > 0)) return count;
  const f = Math.min(1, fraction);
  const percent = `${Math.floor(f * 100)}%`;
  // The time left is only an estimate once some time has passed and some part is done.
  const left = elapsed >= 1 && f < 1 ? duration((elapsed * (1 - f)) / f) : null;
  if (locale === 'zh') return `${count}，${percent}${left === null ? '' : `，剩余约 ${left}`}`;
  return `${count}, ${percent}${left === null ? '' : `, ${left} left`}`;
}

/** A progress display on standard error. */
export class Progress {
  private readonly io: CliIo;
  private readonly locale: Locale;
  private readonly noun: ProgressNoun;
  private readonly on: boolean;
  private readonly now: () => number;
  private readonly start: number;
  private last = -Infinity;
  private shown = false;

  /**
   * @param io - the io (its `errIsTTY` and `now`)
   * @param locale - zh or en
   * @param noun - what is counted
   * @param quiet - `--quiet`: show nothing
   * @param toScreen - whether the results go to standard output: then, when that is the same terminal,
   *   no progress is drawn (it would be drawn over the results)
   */
  constructor(io: CliIo, locale: Locale, noun: ProgressNoun, quiet: boolean, toScreen = false) {
    this.io = io;
    this.locale = locale;
    this.noun = noun;
    this.on = io.errIsTTY && !quiet && !(toScreen && io.outIsTTY === true);
    this.now = io.now ?? Date.now;
    this.start = this.now();
  }

  /**
   * Shows how far the batch is (at most five times a second).
   *
   * @param done - how many so far
   * @param fraction - how far through the whole (0–1), or `null` when the whole is not known
   */
  tick(done: number, fraction: number | null = null): void {
    if (!this.on) return;
    const t = this.now();
    if (t - this.last < 200) return;
    this.last = t;
    this.shown = true;
    const line = progressLine(this.locale, this.noun, done, fraction, (t - this.start) / 1000);
    this.io.err(`\r${line}\u001b[K`);
  }

  /** Clears the line (before the summary is written). */
  end(): void {
    if (this.shown) this.io.err('\r\u001b[K');
    this.shown = false;
  }
}
