/**
 * JSON text to a value, with a message a person can act on: the line and column of the first
 * mistake (V8's messages give neither on Node 20), and "empty" said as such.
 */
import { JixiaoError } from '../errors/JixiaoError.js';
import { makeIssue } from '../errors/issue.js';
import { emptyError, nameOf } from './problems.js';

const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** A string read from its opening quote: where it ends, or where its mistake is. */
function readString(text: string, from: number): { ok: boolean; i: number } {
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return { ok: true, i: i + 1 };
    if (c < 0x20) return { ok: false, i };
    if (c === 0x5c) {
      const e = text.charAt(i + 1);
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
      else if (ESCAPES.has(e)) i++;
      else return { ok: false, i: i + 1 };
    }
  }
  return { ok: false, i: text.length };
}

/**
 * The offset of the first syntax error in JSON text (only called once JSON.parse has failed, so
 * it is written for clarity, not speed; iterative, so deep nesting cannot overflow the stack).
 *
 * @param text - JSON text
 * @returns the offset of the first mistake, `text.length` when it ends too soon, -1 when valid
 * @example
 * ```ts
 * syntaxErrorAt('{"a":1,}'); // 7
 * ```
 */
export function syntaxErrorAt(text: string): number {
  const closers: number[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const skip = (): void => {
    while (i < text.length && isWs(text.charCodeAt(i))) i++;
  };
  for (;;) {
    skip();
    const c = text.charCodeAt(i);
    if (state === 'after') {
      if (closers.length === 0) return i < text.length ? i : -1;
      if (c === 0x2c) state = closers.at(-1) === 0x7d ? 'key' : 'value';
      else if (c === closers.at(-1)) closers.pop();
      else return i;
      i++;
    } else if (state === 'key') {
      if (c !== 0x22) return i;
      const s = readString(text, i);
      if (!s.ok) return s.i;
      i = s.i;
      skip();
      if (text.charCodeAt(i) !== 0x3a) return i;
      i++;
      state = 'value';
    } else if (c === 0x7b || c === 0x5b) {
      i++;
      skip();
      // '{' + 2 is '}' and '[' + 2 is ']'.
      if (text.charCodeAt(i) === c + 2) {
        i++;
        state = 'after';
      } else {
        closers.push(c + 2);
        state = c === 0x7b ? 'key' : 'value';
      }
    } else if (c === 0x22) {
      const s = readString(text, i);
      if (!s.ok) return s.i;
      i = s.i;
      state = 'after';
    } else {
      NUMBER.lastIndex = i;
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (word !== undefined) i += word.length;
      else if (NUMBER.test(text)) i = NUMBER.lastIndex;
      else return i;
      state = 'after';
    }
  }
}

/** Where a piece of JSON text starts in its file, for positions in messages. */
export interface Origin {
  readonly line: number;
  readonly column: number;
}

/**
 * Parses JSON text, turning a syntax error into a JixiaoError naming the file and the line and
 * column of the mistake; empty text is said to be empty.
 *
 * @param text - the text (a leading BOM is ignored)
 * @param file - its name, for the message
 * @param origin - where the text starts in the file (for one element of a streamed array)
 * @returns the parsed value
 * @example
 * ```ts
 * parseJson('{"a":1}', 'a.json'); // { a: 1 }
 * ```
 */
export function parseJson(
  text: string,
  file: string,
  origin: Origin = { line: 1, column: 1 },
): unknown {
  const body = text.replace(/^\uFEFF/, '');
  // A text that cannot start a JSON value (a line of prose in an NDJSON batch) is refused without
  // asking V8, whose SyntaxError costs more than the rest of reporting it.
  if (!VALUE_START.test(body)) throw syntaxError(body, file, origin, null);
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    throw syntaxError(body, file, origin, e);
  }
}

/** Optional JSON white space, then the first character of a JSON value. */
const VALUE_START = /^[ \t\n\r]*[{["\-0-9tfn]/;

/**
 * The JixiaoError for a text that is not JSON: empty, or the line and column of the mistake.
 *
 * @param body - the text, without BOM
 * @param file - its name
 * @param origin - where the text starts in the file
 * @param thrown - what JSON.parse threw, if it was asked
 * @returns the error
 */
function syntaxError(body: string, file: string, origin: Origin, thrown: unknown): JixiaoError {
  const name = nameOf(file);
  if (body.trim() === '') return emptyError(file);
  const at = syntaxErrorAt(body);
  if (at < 0) {
    // The scan above and V8 disagree (it should not happen): V8's own words, then.
    const why = thrown instanceof Error ? thrown.message : String(thrown);
    return new JixiaoError([
      makeIssue('invalid_input', [], {
        zh: `${name.zh} 不是有效的 JSON：${why}`,
        en: `${name.en} is not valid JSON: ${why}`,
      }),
    ]);
  }
  const lines = body.slice(0, at).split('\n');
  const line = origin.line + lines.length - 1;
  const column = (lines.length === 1 ? origin.column : 1) + (lines.at(-1) ?? '').length;
  const char = JSON.stringify(body.charAt(at));
  const what =
    at >= body.length
      ? { zh: '意外结束（可能被截断）', en: 'unexpected end (truncated?)' }
      : { zh: `意外的字符 ${char}`, en: `unexpected character ${char}` };
  return new JixiaoError([
    makeIssue('invalid_input', [], {
      zh: `${name.zh} 不是有效的 JSON（第 ${line} 行第 ${column} 列：${what.zh}）`,
      en: `${name.en} is not valid JSON (line ${line}, column ${column}: ${what.en})`,
    }),
  ]);
}
