/**
 * Terminal display width: Chinese characters take two columns, so tables line up only when
 * padding counts columns, not code units.
 */

const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

/**
 * Columns a string takes in a monospace terminal.
 *
 * @param text - the text
 * @returns its width (wide characters count 2)
 * @example
 * ```ts
 * displayWidth('投入 15'); // 7
 * ```
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    // Below the first wide range (Latin, digits, punctuation), no search.
    w += cp >= 0x1100 && WIDE.some(([lo, hi]) => cp >= lo && cp <= hi) ? 2 : 1;
  }
  return w;
}

/**
 * Pads a string to `width` columns.
 *
 * @param text - the text
 * @param width - target columns
 * @param align - `left` (default) or `right`
 * @returns the padded text
 * @example
 * ```ts
 * pad('得分', 6, 'right'); // "  得分"
 * ```
 */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}
