/**
 * The metric expression language (计算公式), parsed by hand: numbers, dotted fact names,
 * + − × ÷, parentheses, unary minus, min/max/abs, comparisons and and/or/not.
 * Nothing is ever evaluated as JavaScript. Length, token count and nesting are bounded.
 */
import { MAX_LITERAL, dec, type Dec } from '../decimal.js';
import { Fail, syntax, tokenize, type Tok } from './lexer.js';
import { JixiaoError } from '../errors/JixiaoError.js';
import { argumentError } from '../errors/arguments.js';
import { pathArgument } from '../target/args.js';
import { makeIssue, type Path } from '../errors/issue.js';
import { safely, type SafeResult } from '../errors/safe.js';
import { EXPRESSION_LIMITS, type ParseFailure } from './limits.js';

export { EXPRESSION_LIMITS, type ParseFailure } from './limits.js';

/**
 * A parsed expression. `num` nodes hold their exact value, converted once.
 *
 * @category Framework
 */
export type ExprNode =
  | { readonly t: 'num'; readonly v: Dec }
  | { readonly t: 'ref'; readonly name: string }
  | { readonly t: 'neg'; readonly a: ExprNode }
  | { readonly t: 'not'; readonly a: ExprNode }
  | {
      readonly t: 'bin';
      readonly op: '+' | '-' | '*' | '/';
      readonly a: ExprNode;
      readonly b: ExprNode;
    }
  | { readonly t: 'cmp'; readonly op: CmpOp; readonly a: ExprNode; readonly b: ExprNode }
  | { readonly t: 'logic'; readonly op: 'and' | 'or'; readonly a: ExprNode; readonly b: ExprNode }
  | { readonly t: 'call'; readonly fn: 'min' | 'max' | 'abs'; readonly args: readonly ExprNode[] };

/**
 * Comparison operators.
 *
 * @category Framework
 */
export type CmpOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

const RESERVED = new Set(['and', 'or', 'not', 'min', 'max', 'abs']);

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok {
    return this.toks[this.i] ?? { k: 'end', text: '', pos: 0 };
  }
  private next(): Tok {
    const t = this.peek();
    this.i++;
    return t;
  }
  private isOp(...texts: string[]): boolean {
    const t = this.peek();
    return (t.k === 'op' || t.k === 'name') && texts.includes(t.text);
  }
  private expect(text: string): void {
    const t = this.next();
    if (t.text !== text) throw this.unexpected(t, text);
  }
  private unexpected(t: Tok, wanted?: string): Fail {
    const got = t.k === 'end' ? '表达式结尾' : `"${t.text}"`;
    const gotEn = t.k === 'end' ? 'end of expression' : `"${t.text}"`;
    return wanted
      ? syntax(t.pos, `应为 "${wanted}"，实际为 ${got}`, `expected "${wanted}", found ${gotEn}`)
      : syntax(t.pos, `出现意外的 ${got}`, `unexpected ${gotEn}`);
  }
  private nest<T>(fn: () => T): T {
    if (++this.depth > EXPRESSION_LIMITS.depth) {
      throw new Fail({
        kind: 'limit',
        zh: `嵌套超过 ${EXPRESSION_LIMITS.depth} 层`,
        en: `nested more than ${EXPRESSION_LIMITS.depth} levels`,
      });
    }
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  parse(): ExprNode {
    const node = this.or();
    const t = this.peek();
    if (t.k !== 'end') throw this.unexpected(t);
    return node;
  }
  private or(): ExprNode {
    let a = this.and();
    while (this.isOp('or', '||')) {
      this.next();
      a = { t: 'logic', op: 'or', a, b: this.and() };
    }
    return a;
  }
  private and(): ExprNode {
    let a = this.not();
    while (this.isOp('and', '&&')) {
      this.next();
      a = { t: 'logic', op: 'and', a, b: this.not() };
    }
    return a;
  }
  private not(): ExprNode {
    if (this.isOp('not', '!')) {
      this.next();
      return this.nest(() => ({ t: 'not', a: this.not() }));
    }
    return this.cmp();
  }
  private cmp(): ExprNode {
    const a = this.add();
    if (this.isOp('<', '<=', '>', '>=', '==', '!=')) {
      const op = this.next().text as CmpOp;
      const b = this.add();
      if (this.isOp('<', '<=', '>', '>=', '==', '!=')) {
        const t = this.peek();
        throw syntax(
          t.pos,
          '比较不能连写，请用 and 连接',
          'comparisons cannot be chained; use and',
        );
      }
      return { t: 'cmp', op, a, b };
    }
    return a;
  }
  private add(): ExprNode {
    let a = this.mul();
    while (this.isOp('+', '-')) {
      const op = this.next().text as '+' | '-';
      a = { t: 'bin', op, a, b: this.mul() };
    }
    return a;
  }
  private mul(): ExprNode {
    let a = this.unary();
    while (this.isOp('*', '/')) {
      const op = this.next().text as '*' | '/';
      a = { t: 'bin', op, a, b: this.unary() };
    }
    return a;
  }
  private unary(): ExprNode {
    if (this.isOp('-')) {
      this.next();
      return this.nest(() => ({ t: 'neg', a: this.unary() }));
    }
    if (this.isOp('+')) {
      this.next();
      return this.nest(() => this.unary());
    }
    return this.primary();
  }
  private primary(): ExprNode {
    const t = this.next();
    if (t.k === 'num') {
      if (t.text.length > MAX_LITERAL)
        throw syntax(
          t.pos,
          `数字过长（超过 ${MAX_LITERAL} 个字符）`,
          `a number longer than ${MAX_LITERAL} characters`,
        );
      return { t: 'num', v: dec(t.text) };
    }
    if (t.k === 'op' && t.text === '(') {
      const inner = this.nest(() => this.or());
      this.expect(')');
      return inner;
    }
    if (t.k === 'name') {
      if (t.text === 'min' || t.text === 'max' || t.text === 'abs') return this.call(t.text, t);
      if (RESERVED.has(t.text)) throw this.unexpected(t);
      return { t: 'ref', name: t.text };
    }
    throw this.unexpected(t);
  }
  private call(fn: 'min' | 'max' | 'abs', at: Tok): ExprNode {
    this.expect('(');
    const args: ExprNode[] = [];
    this.nest(() => {
      if (!this.isOp(')')) {
        args.push(this.or());
        while (this.isOp(',')) {
          this.next();
          args.push(this.or());
        }
      }
    });
    this.expect(')');
    if (fn === 'abs' ? args.length !== 1 : args.length < 2) {
      const want = fn === 'abs' ? '1' : '2+';
      throw syntax(at.pos, `${fn} 的参数个数应为 ${want}`, `${fn} takes ${want} arguments`);
    }
    return { t: 'call', fn, args };
  }
}

/**
 * Parses an expression into a tree, or says why it cannot (internal: the shape the compiler collects
 * problems in; callers outside use {@link parseExpression} or {@link safeParseExpression}).
 *
 * @param src - the expression text
 * @returns the tree, or a failure with zh/en text
 * @example
 * ```ts
 * readExpression('min(a, b) / 2'); // { ok: true, node: { t: 'bin', … } }
 * ```
 */
export function readExpression(
  src: string,
): { ok: true; node: ExprNode } | { ok: false; failure: ParseFailure } {
  if (typeof src !== 'string') {
    return {
      ok: false,
      failure: { kind: 'syntax', zh: '表达式应为字符串', en: 'an expression must be a string' },
    };
  }
  if (src.length > EXPRESSION_LIMITS.length) {
    return {
      ok: false,
      failure: {
        kind: 'limit',
        zh: `长度超过 ${EXPRESSION_LIMITS.length} 个字符`,
        en: `longer than ${EXPRESSION_LIMITS.length} characters`,
      },
    };
  }
  try {
    const toks = tokenize(src);
    if (toks.length === 1) return { ok: false, failure: syntax(1, '表达式为空', 'empty').failure };
    return { ok: true, node: new Parser(toks).parse() };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, failure: e.failure };
    throw e;
  }
}

/**
 * Parses a metric expression (计算公式) into a tree.
 *
 * @param src - the expression text, e.g. `"executed / adjusted * 100"`
 * @param at - its path, for the error
 * @returns the tree
 * @throws {@link JixiaoError} `expression_syntax` (what is wrong and where) or `expression_limit`
 * @example
 * ```ts
 * parseExpression('min(a, b) / 2').t; // "bin"
 * ```
 * @category Framework
 */
export function parseExpression(src: string, at: Path = []): ExprNode {
  const path = pathArgument(at);
  if (typeof src !== 'string')
    throw argumentError('src', { zh: '表达式文本', en: 'an expression (text)' }, src);
  const p = readExpression(src);
  if (p.ok) return p.node;
  const expr = src;
  at = path;
  throw new JixiaoError([
    p.failure.kind === 'limit'
      ? makeIssue('expression_limit', at, { expr, limit: `${p.failure.zh} / ${p.failure.en}` })
      : makeIssue('expression_syntax', at, { expr, zh: p.failure.zh, en: p.failure.en }),
  ]);
}

/**
 * Parses a metric expression without throwing.
 *
 * @param src - the expression text
 * @param at - its path, for the error
 * @returns `{ success: true, data }` (the tree) or `{ success: false, error }`
 * @example
 * ```ts
 * safeParseExpression('a +').success; // false
 * ```
 * @category Framework
 */
export function safeParseExpression(src: string, at: Path = []): SafeResult<ExprNode> {
  return safely(() => parseExpression(src, at));
}

/**
 * Lists the fact and metric names an expression refers to, in first-use order.
 *
 * @param node - a parsed expression
 * @returns the distinct names
 * @example
 * ```ts
 * referencesOf(parseExpression('a.b / c + a.b')); // ['a.b', 'c']
 * ```
 */
export function referencesOf(node: ExprNode): string[] {
  const out = new Set<string>();
  const walk = (n: ExprNode): void => {
    switch (n.t) {
      case 'num':
        return;
      case 'ref':
        out.add(n.name);
        return;
      case 'neg':
      case 'not':
        walk(n.a);
        return;
      case 'call':
        n.args.forEach(walk);
        return;
      default:
        walk(n.a);
        walk(n.b);
    }
  };
  walk(node);
  return [...out];
}
