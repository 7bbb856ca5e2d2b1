/**
 * Type-checks a parsed expression and turns it into a closure over exact decimals. Compiled once
 * per framework; evaluation only walks closures.
 */
import type { Dec } from '../decimal.js';
import { argumentError } from '../errors/arguments.js';
import { isArrayOf } from '../errors/arrays.js';
import type { CmpOp, ExprNode } from './parse.js';

/**
 * Where compiled expressions read fact and metric values from.
 *
 * @category Framework
 */
export interface ExprEnv {
  /** The value of a fact or metric; throws an `ExprFault` when it cannot be had. */
  value(name: string): Dec;
}

/** A numeric expression, compiled. */
export type NumberFn = (env: ExprEnv) => Dec;
/** A condition, compiled. */
export type ConditionFn = (env: ExprEnv) => boolean;

/**
 * A failure while evaluating: a division by zero, or an input that is not there.
 * `names` lists the missing facts for `missing`.
 */
export class ExprFault extends Error {
  constructor(
    readonly code: 'division_by_zero' | 'missing',
    readonly names: readonly string[] = [],
  ) {
    const list: unknown = names;
    const kind: unknown = code;
    if (kind !== 'missing' && kind !== 'division_by_zero')
      throw argumentError(
        'code',
        { zh: '"missing" 或 "division_by_zero"', en: '"missing" or "division_by_zero"' },
        code,
      );
    if (!isArrayOf(list, (n) => typeof n === 'string'))
      throw argumentError('names', { zh: '字符串数组', en: 'an array of strings' }, names);
    super(code === 'missing' ? `missing ${names.join(', ')}` : 'division by zero');
  }
}

/** The type an expression yields. */
export type ExprType = 'number' | 'condition';

/**
 * The type of an expression, or `null` when its parts do not fit together
 * (e.g. `a + (b > c)`).
 *
 * @param node - a parsed expression
 * @returns `"number"`, `"condition"` or `null`
 * @example
 * ```ts
 * const p = readExpression('a > 1 and b < 2');
 * if (p.ok) typeOfExpression(p.node); // "condition"
 * ```
 */
export function typeOfExpression(node: ExprNode): ExprType | null {
  switch (node.t) {
    case 'num':
    case 'ref':
      return 'number';
    case 'neg':
      return typeOfExpression(node.a) === 'number' ? 'number' : null;
    case 'not':
      return typeOfExpression(node.a) === 'condition' ? 'condition' : null;
    case 'bin':
      return both(node.a, node.b, 'number') ? 'number' : null;
    case 'cmp':
      return both(node.a, node.b, 'number') ? 'condition' : null;
    case 'logic':
      return both(node.a, node.b, 'condition') ? 'condition' : null;
    case 'call':
      return node.args.every((a) => typeOfExpression(a) === 'number') ? 'number' : null;
  }
}

function both(a: ExprNode, b: ExprNode, t: ExprType): boolean {
  return typeOfExpression(a) === t && typeOfExpression(b) === t;
}

/**
 * Compiles a numeric expression (checked with {@link typeOfExpression} first).
 *
 * @param node - a parsed numeric expression
 * @returns a closure computing its exact value
 * @example
 * ```ts
 * const p = readExpression('a / b');
 * if (p.ok) compileNumber(p.node)({ value: (n) => dec(n === 'a' ? 1 : 4) }).toString(); // "0.25"
 * ```
 */
export function compileNumber(node: ExprNode): NumberFn {
  switch (node.t) {
    case 'num': {
      const v = node.v;
      return () => v;
    }
    case 'ref': {
      const name = node.name;
      return (env) => env.value(name);
    }
    case 'neg': {
      const a = compileNumber(node.a);
      return (env) => a(env).neg();
    }
    case 'bin':
      return compileBinary(node.op, compileNumber(node.a), compileNumber(node.b));
    case 'call':
      return compileCall(node.fn, node.args.map(compileNumber));
    default:
      throw new TypeError(`not a numeric expression: ${node.t}`);
  }
}

function compileBinary(op: '+' | '-' | '*' | '/', a: NumberFn, b: NumberFn): NumberFn {
  switch (op) {
    case '+':
      return (env) => a(env).plus(b(env));
    case '-':
      return (env) => a(env).minus(b(env));
    case '*':
      return (env) => a(env).times(b(env));
    case '/':
      return (env) => {
        const x = a(env);
        const y = b(env);
        if (y.isZero()) throw new ExprFault('division_by_zero');
        return x.div(y);
      };
  }
}

function compileCall(fn: 'min' | 'max' | 'abs', args: NumberFn[]): NumberFn {
  const [first, ...rest] = args;
  if (!first) throw new TypeError(`${fn} without arguments`);
  if (fn === 'abs') return (env) => first(env).abs();
  const pickMax = fn === 'max';
  return (env) => {
    let best = first(env);
    for (const f of rest) {
      const v = f(env);
      if (pickMax ? v.gt(best) : v.lt(best)) best = v;
    }
    return best;
  };
}

/**
 * Compiles a condition (checked with {@link typeOfExpression} first).
 *
 * @param node - a parsed condition
 * @returns a closure deciding it
 * @example
 * ```ts
 * const p = readExpression('complaints == 0');
 * if (p.ok) compileCondition(p.node)({ value: () => dec(0) }); // true
 * ```
 */
export function compileCondition(node: ExprNode): ConditionFn {
  switch (node.t) {
    case 'not': {
      const a = compileCondition(node.a);
      return (env) => !a(env);
    }
    case 'logic': {
      const a = compileCondition(node.a);
      const b = compileCondition(node.b);
      return node.op === 'and' ? (env) => a(env) && b(env) : (env) => a(env) || b(env);
    }
    case 'cmp': {
      const a = compileNumber(node.a);
      const b = compileNumber(node.b);
      const test = CMP[node.op];
      return (env) => test(a(env).comparedTo(b(env)));
    }
    default:
      throw new TypeError(`not a condition: ${node.t}`);
  }
}

const CMP: Record<CmpOp, (c: number) => boolean> = {
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
  '==': (c) => c === 0,
  '!=': (c) => c !== 0,
};
