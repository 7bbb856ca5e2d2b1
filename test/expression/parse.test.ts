import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import {
  compileCondition,
  compileNumber,
  typeOfExpression,
  ExprFault,
} from '../../src/expression/compile.js';
import {
  EXPRESSION_LIMITS,
  parseExpression,
  readExpression,
  referencesOf,
  safeParseExpression,
  type ExprNode,
} from '../../src/expression/parse.js';
import { JixiaoError } from '../../src/errors/JixiaoError.js';
import { issuesOf } from '../helpers.js';

const node = (src: string): ExprNode => parseExpression(src);
const env = (values: Record<string, string | number>) => ({
  value: (name: string) => {
    const v = values[name];
    if (v === undefined) throw new ExprFault('missing', [name]);
    return dec(v);
  },
});
const num = (src: string, values: Record<string, string | number> = {}) =>
  compileNumber(node(src))(env(values)).toString();
const cond = (src: string, values: Record<string, string | number> = {}) =>
  compileCondition(node(src))(env(values));

describe('parseExpression', () => {
  it('refuses a number longer than 400 characters as a syntax failure, never a throw (found by npm run fuzz)', () => {
    const long = readExpression(`1 + ${'9'.repeat(401)}`);
    expect(long.ok).toBe(false);
    if (long.ok) return;
    expect(long.failure.kind).toBe('syntax');
    expect(long.failure.zh).toContain('数字过长（超过 400 个字符）');
    expect(long.failure.en).toContain('a number longer than 400 characters');
    // At the limit the number is read exactly.
    expect(num(`${'9'.repeat(400)} - ${'9'.repeat(400)}`)).toBe('0');
  });

  it('follows precedence and associativity', () => {
    expect(num('1 + 2 * 3')).toBe('7');
    expect(num('(1 + 2) * 3')).toBe('9');
    expect(num('10 - 4 - 3')).toBe('3');
    expect(num('24 / 4 / 2')).toBe('3');
    expect(num('-2 * -3')).toBe('6');
    expect(num('- (1 + 2)')).toBe('-3');
    expect(num('+5')).toBe('5');
  });

  it('computes exactly over decimals', () => {
    expect(num('0.1 + 0.2')).toBe('0.3');
    expect(num('executed / adjusted * 100', { executed: '86.19', adjusted: 100 })).toBe('86.19');
    expect(num('a.b.c * 2', { 'a.b.c': '1.5' })).toBe('3');
  });

  it('has min, max and abs', () => {
    expect(num('min(3, 1, 2)')).toBe('1');
    expect(num('max(3, 1, 2)')).toBe('3');
    expect(num('abs(2 - 5)')).toBe('3');
    expect(num('max(a, 0)', { a: -4 })).toBe('0');
  });

  it('accepts the symbols Chinese documents use', () => {
    expect(num('6 × 7 ÷ 2')).toBe('21');
    expect(num('（1 + 2）× 3')).toBe('9');
    expect(num('max(1，2)')).toBe('2');
    expect(cond('a ≥ 1 and a ≤ 3 and a ≠ 2', { a: 3 })).toBe(true);
  });

  it('decides conditions', () => {
    expect(cond('a > 1', { a: 2 })).toBe(true);
    expect(cond('a >= 2 && a <= 2', { a: 2 })).toBe(true);
    expect(cond('a < 1 or a == 5', { a: 5 })).toBe(true);
    expect(cond('not a != 5', { a: 5 })).toBe(true);
    expect(cond('!(a < 1) || a == 0', { a: 0 })).toBe(true);
    expect(cond('!(a < 1) || a == 1', { a: 0 })).toBe(false);
  });

  it('types expressions', () => {
    expect(typeOfExpression(node('a + 1'))).toBe('number');
    expect(typeOfExpression(node('a > 1 and b < 2'))).toBe('condition');
    expect(typeOfExpression(node('a + (b > 1)'))).toBeNull();
    expect(typeOfExpression(node('a and b'))).toBeNull();
    expect(typeOfExpression(node('not a'))).toBeNull();
    expect(typeOfExpression(node('-(a > 1)'))).toBeNull();
    expect(typeOfExpression(node('min(a > 1, 2)'))).toBeNull();
  });

  it('lists references once, in order', () => {
    expect(referencesOf(node('b / a + b * min(c, 1)'))).toEqual(['b', 'a', 'c']);
  });

  it('reports syntax errors with a position in both languages', () => {
    for (const [src, at] of [
      ['1 +', 4],
      ['(1 + 2', 7],
      ['1 2', 3],
      ['a = 1', 3],
      ['1 < 2 < 3', 7],
      ['min(1)', 1],
      ['abs(1, 2)', 1],
      ['and', 1],
      ['3 $ 4', 3],
      ['', 1],
      ['   ', 1],
    ] as const) {
      const p = readExpression(src);
      expect(p.ok, src).toBe(false);
      if (!p.ok) {
        expect(p.failure.kind).toBe('syntax');
        expect(p.failure.en, src).toContain(`at character ${at}`);
        expect(p.failure.zh).toContain(`第 ${at} 个字符`);
      }
    }
  });

  it('bounds length, tokens and nesting', () => {
    const long = readExpression('1+'.repeat(600) + '1');
    expect(long.ok || long.failure.kind).toBe('limit');
    const tokens = readExpression(Array.from({ length: 250 }, () => 'a').join('+'));
    expect(tokens.ok || tokens.failure.kind).toBe('limit');
    const deep = readExpression('('.repeat(40) + '1' + ')'.repeat(40));
    expect(deep.ok || deep.failure.en).toContain(`nested more than ${EXPRESSION_LIMITS.depth}`);
    const minus = readExpression('-'.repeat(40) + '1');
    expect(minus.ok).toBe(false);
    expect(readExpression('('.repeat(30) + '1' + ')'.repeat(30)).ok).toBe(true);
  });

  it('divides by zero as a typed fault, never Infinity', () => {
    expect(() => num('1 / (a - a)', { a: 3 })).toThrow(ExprFault);
    try {
      num('1 / 0');
    } catch (e) {
      expect((e as ExprFault).code).toBe('division_by_zero');
    }
  });

  it('never evaluates JavaScript', () => {
    for (const src of [
      'constructor.constructor("return 1")()',
      'process.exit(1)',
      'a[0]',
      '`x`',
      "'s'",
    ]) {
      expect(safeParseExpression(src).success, src).toBe(false);
    }
  });
});

describe('parseExpression and safeParseExpression (public)', () => {
  it('returns the tree, and throws expression_syntax with the reason and position', () => {
    expect(parseExpression('min(a, b) / 2').t).toBe('bin');
    expect(issuesOf(() => parseExpression('1 +', ['metrics', 'rate']))).toEqual([
      {
        code: 'expression_syntax',
        path: ['metrics', 'rate'],
        message: {
          zh: '表达式 "1 +" 无法解析：第 4 个字符处出现意外的 表达式结尾',
          en: 'Expression "1 +" does not parse: at character 4: unexpected end of expression',
        },
      },
    ]);
  });

  it('throws expression_limit for an expression over a limit', () => {
    const src = '1+'.repeat(600) + '1';
    expect(issuesOf(() => parseExpression(src))).toEqual([
      {
        code: 'expression_limit',
        path: [],
        message: {
          zh: `表达式 "${src}" 超出限制：长度超过 1000 个字符 / longer than 1000 characters`,
          en: `Expression "${src}" exceeds a limit: 长度超过 1000 个字符 / longer than 1000 characters`,
        },
      },
    ]);
  });

  it('safeParseExpression returns what parseExpression returns or throws, never throwing', () => {
    expect(safeParseExpression('a + 1')).toEqual({ success: true, data: parseExpression('a + 1') });
    const r = safeParseExpression('1 +', ['x']);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(JixiaoError);
    expect(r.error.issues).toEqual(issuesOf(() => parseExpression('1 +', ['x'])));
    expect(safeParseExpression(42 as unknown as string).success).toBe(false);
  });
});
