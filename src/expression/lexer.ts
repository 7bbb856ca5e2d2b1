/**
 * The expression tokenizer: numbers, dotted names, operators (ASCII and the × ÷ ≤ ≥ ≠ （ ） ，
 * forms people type in Chinese documents). Bounded by the token limit.
 */
import { EXPRESSION_LIMITS, type ParseFailure } from './limits.js';

/** A token with its 1-based character position. */
export type Tok =
  | { k: 'num'; text: string; pos: number }
  | { k: 'name'; text: string; pos: number }
  | { k: 'op'; text: string; pos: number }
  | { k: 'end'; text: ''; pos: number };

const OPS: Record<string, string> = {
  '×': '*',
  '÷': '/',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '（': '(',
  '）': ')',
  '，': ',',
};
const TWO = new Set(['<=', '>=', '==', '!=', '&&', '||']);
const ONE_CHAR = new Set(['+', '-', '*', '/', '(', ')', ',', '<', '>', '!', '=']);
const NAME_RE = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/y;
const NUM_RE = /\d+(?:\.\d+)?/y;

/** A parse failure carried as an exception inside the parser. */
export class Fail extends Error {
  constructor(readonly failure: ParseFailure) {
    super(failure.en);
  }
}

/** A syntax failure at a position. */
export const syntax = (pos: number, zh: string, en: string): Fail =>
  new Fail({ kind: 'syntax', zh: `第 ${pos} 个字符处${zh}`, en: `at character ${pos}: ${en}` });

/**
 * Splits an expression into tokens.
 *
 * @param src - the expression
 * @returns the tokens, ending with an `end` token
 * @throws Fail on an unknown character or too many tokens
 * @example
 * ```ts
 * tokenize('a × 2').map((t) => t.text); // ["a", "*", "2", ""]
 * ```
 */
export function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (toks.length >= EXPRESSION_LIMITS.tokens) {
      throw new Fail({
        kind: 'limit',
        zh: `超过 ${EXPRESSION_LIMITS.tokens} 个记号`,
        en: `more than ${EXPRESSION_LIMITS.tokens} tokens`,
      });
    }
    NUM_RE.lastIndex = i;
    const num = NUM_RE.exec(src);
    if (num) {
      toks.push({ k: 'num', text: num[0], pos: i + 1 });
      i += num[0].length;
      continue;
    }
    NAME_RE.lastIndex = i;
    const name = NAME_RE.exec(src);
    if (name) {
      toks.push({ k: 'name', text: name[0], pos: i + 1 });
      i += name[0].length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (TWO.has(two)) {
      toks.push({ k: 'op', text: two, pos: i + 1 });
      i += 2;
      continue;
    }
    const op = OPS[ch] ?? (ONE_CHAR.has(ch) ? ch : undefined);
    if (op === undefined || op === '=') {
      throw syntax(i + 1, `出现无法识别的字符 "${ch}"`, `unexpected character "${ch}"`);
    }
    toks.push({ k: 'op', text: op, pos: i + 1 });
    i++;
  }
  toks.push({ k: 'end', text: '', pos: src.length + 1 });
  return toks;
}
