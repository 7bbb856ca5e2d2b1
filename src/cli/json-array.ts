/**
 * A top-level JSON array, split into its elements as the text arrives, so a file of any size is
 * read with one element and one chunk in memory (a 130 MB array read whole peaked at 1.27 GB).
 *
 * The scanner follows only what decides where an element ends — brackets, strings and their
 * escapes — and leaves the rest of the syntax to JSON.parse on each element. So a mistake inside
 * one element (a missing quote, a stray comma) costs only that element; a mistake in the brackets
 * themselves leaves no way to know where the next element begins, and the rest is reported as
 * unreadable.
 */
import type { LocalMessage } from '../errors/messages.js';

/** An element's text with where it starts, or what went wrong (and whether it ends the reading). */
export type Piece =
  | {
      readonly kind: 'element';
      readonly index: number;
      readonly line: number;
      readonly column: number;
      readonly text: string;
    }
  | {
      readonly kind: 'error';
      /** The element concerned; `null` for the array as a whole. */
      readonly index: number | null;
      /** Whether every element from `index` on is lost. */
      readonly rest: boolean;
      readonly message: LocalMessage;
    };

const BEFORE = 0; // before '['
const FIRST = 1; // after '[': an element or ']'
const VALUE = 2; // inside an element
const AFTER = 3; // after an element: ',' or ']'
const NEXT = 4; // after ',': an element
const DONE = 5; // after ']': only white space
const FAILED = 6; // lost: the rest is ignored
// Nesting beyond this is no table, and would let a stack of brackets grow without bound.
const MAX_DEPTH = 10_000;

const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const show = (c: number): string => JSON.stringify(String.fromCharCode(c));

/**
 * Splits a JSON array into its elements' texts, chunk by chunk.
 *
 * @example
 * ```ts
 * const s = new ArrayScanner(1e6);
 * [...s.push('[{"a":1},'), ...s.push('{"b":2}]'), ...s.end()].map((p) => p.kind); // element ×2
 * ```
 */
export class ArrayScanner {
  private readonly limit: number;
  private state = BEFORE;
  private index = 0;
  private line: number;
  private lineStart = 0; // offset of the current line's start, counted over all chunks
  private consumed = 0; // characters in earlier chunks
  private origin = { line: 1, column: 1 };
  private parts: string[] = [];
  private size = 0;
  private tooLarge = false;
  private readonly closers: number[] = [];
  private inString = false;
  private escaped = false;
  private scalar = false;

  /**
   * @param limit - the most characters one element may have (a larger one is reported, skipped)
   * @param line - the line the text starts on
   */
  constructor(limit: number, line = 1) {
    this.limit = limit;
    this.line = line;
  }

  /**
   * Reads the next chunk of text.
   *
   * @param chunk - text
   * @returns the elements (and errors) it completes
   */
  push(chunk: string): Piece[] {
    const out: Piece[] = [];
    let start = 0; // where the current element's text begins in this chunk
    for (let i = 0; i < chunk.length && this.state !== FAILED; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 0x0a) {
        this.line++;
        this.lineStart = this.consumed + i + 1;
      }
      if (this.state === VALUE) {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === 0x5c) this.escaped = true;
          else if (c === 0x22) {
            this.inString = false;
            if (this.closers.length === 0) this.finish(chunk.slice(start, i + 1), out);
          }
        } else if (this.scalar) {
          // A number or literal ends where a delimiter begins; the delimiter is read as such.
          if (isWs(c) || c === 0x2c || c === 0x5d) {
            this.finish(chunk.slice(start, i), out);
            if (c === 0x2c) this.state = NEXT;
            else if (c === 0x5d) this.state = DONE;
          }
        } else if (c === 0x22) this.inString = true;
        else if (c === 0x7b || c === 0x5b) this.open(c, out);
        else if (c === 0x7d || c === 0x5d) {
          const expected = this.closers.pop();
          if (expected !== c) {
            const want = expected === undefined ? '' : show(expected);
            this.fail(
              out,
              `括号不匹配（${want ? `应为 ${want}，` : ''}却是 ${show(c)}）`,
              `brackets do not match (${want ? `expected ${want}, ` : ''}got ${show(c)})`,
            );
          } else if (this.closers.length === 0) this.finish(chunk.slice(start, i + 1), out);
        }
      } else if (isWs(c)) continue;
      else if (this.state === BEFORE) {
        if (c === 0x5b) this.state = FIRST;
        else
          this.fail(
            out,
            `不是数组（开头是 ${show(c)}）`,
            `not an array (it starts with ${show(c)})`,
          );
      } else if (this.state === AFTER) {
        if (c === 0x2c) this.state = NEXT;
        else if (c === 0x5d) this.state = DONE;
        else
          this.fail(
            out,
            `元素之后应为 "," 或 "]"，却是 ${show(c)}`,
            `a comma or "]" should follow an element, got ${show(c)}`,
          );
      } else if (this.state === DONE) {
        out.push(this.error(null, false, '数组之后还有其他内容', 'there is more after the array'));
        this.state = FAILED;
      } else if (c === 0x5d) {
        if (this.state === NEXT)
          out.push(this.error(null, false, '数组末尾多了一个逗号', 'a comma ends the array'));
        this.state = DONE;
      } else {
        start = i;
        this.begin(c, i, out);
      }
    }
    if (this.state === VALUE) this.keep(chunk.slice(start));
    this.consumed += chunk.length;
    return out;
  }

  /**
   * Ends the text.
   *
   * @returns what its end completes: a last number or literal, or what was cut short
   */
  end(): Piece[] {
    const out: Piece[] = [];
    if (this.state === VALUE && this.scalar) this.finish('', out);
    if (this.state === VALUE) {
      out.push(
        this.error(
          this.index,
          false,
          '文件在此元素中途结束（可能被截断）',
          'the file ends inside this element (truncated?)',
        ),
      );
    } else if (this.state !== DONE && this.state !== FAILED) {
      out.push(
        this.error(
          null,
          false,
          '数组没有以 "]" 结束（文件可能被截断）',
          'the array does not end with "]" (truncated file?)',
        ),
      );
    }
    this.state = FAILED;
    return out;
  }

  private begin(c: number, i: number, out: Piece[]): void {
    this.state = VALUE;
    this.origin = { line: this.line, column: this.consumed + i - this.lineStart + 1 };
    this.parts = [];
    this.size = 0;
    this.tooLarge = false;
    this.scalar = false;
    if (c === 0x22) this.inString = true;
    else if (c === 0x7b || c === 0x5b) this.open(c, out);
    else if (c === 0x7d) this.fail(out, '元素不能以 "}" 开头', 'an element cannot start with "}"');
    else this.scalar = true;
  }

  private open(c: number, out: Piece[]): void {
    if (this.closers.length >= MAX_DEPTH)
      this.fail(out, `嵌套超过 ${MAX_DEPTH} 层`, `nested more than ${MAX_DEPTH} deep`);
    // '{' + 2 is '}' and '[' + 2 is ']'.
    else this.closers.push(c + 2);
  }

  private keep(text: string): void {
    if (this.tooLarge) return;
    this.size += text.length;
    if (this.size <= this.limit) this.parts.push(text);
    else {
      this.tooLarge = true;
      this.parts = [];
    }
  }

  private finish(text: string, out: Piece[]): void {
    this.keep(text);
    out.push(
      this.tooLarge
        ? this.error(
            this.index,
            false,
            `元素超过 ${this.limit} 个字符的上限，未读取`,
            `the element is larger than the limit of ${this.limit} characters and was skipped`,
          )
        : { kind: 'element', index: this.index, ...this.origin, text: this.parts.join('') },
    );
    this.parts = [];
    this.index++;
    this.state = AFTER;
  }

  private fail(out: Piece[], zh: string, en: string): void {
    out.push(
      this.error(
        this.index,
        true,
        `第 ${this.line} 行：${zh}；此后各元素的边界无法确定，余下部分未读取`,
        `line ${this.line}: ${en}; the elements after it cannot be told apart and were not read`,
      ),
    );
    this.parts = [];
    this.state = FAILED;
  }

  private error(index: number | null, rest: boolean, zh: string, en: string): Piece {
    return { kind: 'error', index, rest, message: { zh, en } };
  }
}
