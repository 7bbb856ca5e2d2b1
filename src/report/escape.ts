/**
 * Text that leaves jixiao is made safe for where it lands. Names, notes and 指标值 come from users'
 * tables, so any of them may hold what a terminal, a spreadsheet or a Markdown viewer would act on.
 */

// C0 and C1 controls (but tab and line feed), DEL, and the bidirectional overrides that can make
// a terminal line read differently from what it holds.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// ANSI escape sequences: CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \) and two-byte escapes.
// eslint-disable-next-line no-control-regex
const ANSI =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])|\u009b[0-?]*[ -/]*[@-~]/g;

/**
 * Text for a terminal: escape sequences and control characters removed (tab and line feed kept),
 * so a name in a table cannot move the cursor, recolour the screen or hide text.
 *
 * @param text - any text
 * @returns the text without control characters
 * @example
 * ```ts
 * terminalSafe('a\u001b[2Jb'); // "ab"
 * ```
 */
export function terminalSafe(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, '');
}
