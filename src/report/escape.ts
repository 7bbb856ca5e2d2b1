/**
 * Text that leaves jixiao is made safe for where it lands. Names, notes and 指标值 come from users'
 * tables, so any of them may hold what a terminal, a spreadsheet or a Markdown viewer would act on.
 */
/* eslint-disable no-control-regex -- control characters are what this file is about */

// C0 and C1 controls (but tab and line feed), DEL, and the bidirectional overrides that can make
// a terminal line read differently from what it holds.
const CONTROL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// ANSI escape sequences: CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \) and two-byte escapes.
const ANSI =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])|\u009b[0-?]*[ -/]*[@-~]/g;
// Everything a reader takes for the end of a line, so one value cannot forge a row or a heading.
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

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

/**
 * Text for one line of a terminal: {@link terminalSafe}, and every line break or tab a space, so a
 * value keeps to its cell or line.
 *
 * @param text - any text
 * @returns one line without control characters
 * @example
 * ```ts
 * terminalLine('a\r\nb\tc'); // "a b c"
 * ```
 */
export function terminalLine(text: string): string {
  return terminalSafe(text.replace(LINE_BREAK, ' ')).replace(/\t/g, ' ');
}

// A plain decimal number, as jixiao writes points ("-1.50", "97.94") and rates ("86.20%").
const NUMBER = /^[+-]?\d+(?:\.\d+)?%?$/;
// What makes Excel, WPS, LibreOffice or Google Sheets read a cell as a formula: = + - @ (ASCII or
// full width) as its first visible character, or a leading tab or carriage return.
const FORMULA = /^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/**
 * A CSV cell: neutralised against formula injection (OWASP), then quoted when it needs it
 * (RFC 4180). A cell whose first visible character is `=`, `+`, `-`, `@` or their full-width forms
 * `＝＋－＠`, or that starts with a tab or carriage return, gets a leading `'` so a spreadsheet shows
 * it as text; a plain number (`/^[+-]?\d+(\.\d+)?%?$/`, e.g. `-1.50`, `97.94`, `86.20%`) stays as
 * it is so spreadsheets still add it up.
 *
 * @param text - the cell's text
 * @returns the cell as written to the file
 * @example
 * ```ts
 * csvCell('=HYPERLINK("http://x","y")'); // "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
 * csvCell('-1.50'); // "-1.50"
 * ```
 */
export function csvCell(text: string): string {
  const safe = FORMULA.test(text) && !NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// Characters that start Markdown or GFM syntax anywhere in a line. `<`, `>` and `&` become
// entities so no raw HTML or entity survives even in renderers that skip backslash escapes.
const MARKDOWN: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};
const MARKDOWN_SPECIAL = /[\\`*_~[\](){}|!#$&<>@]|:(?=\/\/)|(?<=www)\./gi;

/**
 * Text for Markdown (CommonMark and GFM): one line, and inert. Line breaks become spaces and
 * control characters go ({@link terminalLine}); `\` and the characters that open emphasis, code,
 * links, images, tables, math or headings (`` \ ` * _ ~ [ ] ( ) { } | ! # $ @ ``) are
 * backslash-escaped; `&`, `<` and `>` become entities so raw HTML and autolinks cannot form; `:`
 * before `//` and `.` after `www` are escaped so GFM does not turn a bare URL into a link; a
 * leading `-`, `+` or `=`, or the `.` of a leading `1.`, is escaped so the text cannot start a
 * list or a heading. A plain number such as `-1.50` is left as it is.
 *
 * @param text - any text
 * @returns the text, safe inside a table cell, a heading or a list item
 * @example
 * ```ts
 * markdownText('z\\|w'); // "z\\\\\\|w"
 * markdownText('[x](javascript:alert(1))'); // "\\[x\\]\\(javascript:alert\\(1\\)\\)"
 * ```
 */
export function markdownText(text: string): string {
  const line = terminalLine(text);
  if (NUMBER.test(line)) return line;
  return line
    .replace(MARKDOWN_SPECIAL, (c) => MARKDOWN[c] ?? `\\${c}`)
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d{1,9})\.(?=\s|$)/, '$1\\.');
}

// Characters HTML forbids or that change how a line reads: C0 controls but tab, line feed and
// carriage return; DEL and C1; the bidirectional controls; the noncharacters U+FFFE and U+FFFF.
const HTML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text HTML can carry: characters HTML forbids and bidirectional controls removed, and a lone
 * surrogate (which no encoder can write) replaced by U+FFFD. Escaping is `escapeHtml`'s job.
 *
 * @param text - any text
 * @returns the text without invalid characters
 * @example
 * ```ts
 * htmlChars('a\u0000b\u202ec'); // "abc"
 * ```
 */
export function htmlChars(text: string): string {
  return text.replace(HTML_INVALID, '').replace(LONE_SURROGATE, '\ufffd');
}

// Characters JSON may leave raw inside strings but a terminal or a JavaScript parser acts on.
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text made inert for a terminal: DEL, C1 controls, bidirectional controls and U+2028/U+2029
 * written as `\uXXXX` escapes. They can only stand inside strings, so the JSON means the same.
 *
 * @param json - text from `JSON.stringify`
 * @returns the same JSON with those characters escaped
 * @example
 * ```ts
 * inertJson(JSON.stringify('a\u009bb')); // "\"a\\u009bb\""
 * ```
 */
export function inertJson(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
