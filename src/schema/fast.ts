/**
 * A fast acceptance check compiled from a zod schema. zod stays the one source of truth: the check
 * only says "zod accepts this input and returns it unchanged" for the common shapes of valid input,
 * and `false` ("ask zod") for anything else, so errors and their messages always come from zod.
 *
 * A schema compiles only when every part of it is understood here and returns its input unchanged
 * (objects, records, arrays, unions, optional and nullable, strings, numbers, booleans, literals,
 * enums, unknown; length, range, integer and regex checks; `.refine` predicates). A schema with a
 * transform, default, catch, pipe, superRefine or any other part compiles to `null` and is always
 * parsed by zod. A property test (test/schema/fast.test.ts) checks over random and mutated input
 * that whenever the check accepts, zod accepts too and returns a deep-equal value.
 *
 * The check is stricter than zod where that is cheaper: a property holding `undefined`, a sparse
 * array, an object that is not a plain object, a symbol key, a `"__proto__"` key, nesting deeper
 * than {@link FAST_DEPTH} or more than {@link FAST_NODES} objects all answer `false`, and the slow
 * path (structure checks, then zod) decides.
 */
import type * as z from 'zod/mini';

/** A compiled check: `true` means zod accepts the value and returns it unchanged. */
type Check = (value: unknown, depth: number, budget: Budget) => boolean;

/** Objects and arrays still allowed in one input (shared by a whole check). */
interface Budget {
  left: number;
}

/** Deepest nesting the fast check follows (below the structure limit of 64, so zod decides). */
export const FAST_DEPTH = 32;
/** Most objects and arrays the fast check visits in one input. */
export const FAST_NODES = 100_000;

interface Def {
  readonly type: string;
  readonly checks?: readonly Schema[];
  readonly check?: string;
  readonly [key: string]: unknown;
}
interface Schema {
  readonly _zod: {
    readonly def: Def;
    readonly values?: ReadonlySet<unknown>;
    readonly optin?: 'optional' | undefined;
  };
}

const compiled = new WeakMap<object, Check | null>();

/** Whether `v` is a plain object (created by `{}` or `JSON.parse`; zod would return a null-prototype object as an ordinary one). */
function plainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype;
}

/** A value zod's `unknown` returns as is, and whose structure the slow path would accept. */
function sound(v: unknown, depth: number, budget: Budget): boolean {
  if (v === undefined) return false;
  if (v === null || typeof v !== 'object') return true;
  if (depth >= FAST_DEPTH || --budget.left < 0) return false;
  if (Array.isArray(v)) {
    for (const x of v as unknown[]) if (!sound(x, depth + 1, budget)) return false;
    return true;
  }
  // Symbol keys do not matter here: zod returns an unknown value as it is, and the structure check
  // reads string keys only.
  if (!plainObject(v)) return false;
  for (const k of Object.keys(v)) {
    if (k === '__proto__' || !sound(v[k], depth + 1, budget)) return false;
  }
  return true;
}

type Test = (v: never) => boolean;

/** One zod check as a predicate, or `null` when it is not understood. */
function checkOf(check: Schema, type: 'string' | 'number'): Test | null {
  const d = check._zod.def;
  switch (d.check) {
    case 'min_length': {
      const min = d.minimum as number;
      return (v: string | unknown[]) => v.length >= min;
    }
    case 'max_length': {
      const max = d.maximum as number;
      return (v: string | unknown[]) => v.length <= max;
    }
    case 'length_equals': {
      const n = d.length as number;
      return (v: string | unknown[]) => v.length === n;
    }
    case 'string_format': {
      const pattern = d.pattern;
      if (type !== 'string' || d.format !== 'regex' || !(pattern instanceof RegExp)) return null;
      return (v: string) => {
        pattern.lastIndex = 0;
        return pattern.test(v);
      };
    }
    case 'greater_than': {
      const bound = d.value;
      if (type !== 'number' || typeof bound !== 'number') return null;
      return d.inclusive ? (v: number) => v >= bound : (v: number) => v > bound;
    }
    case 'less_than': {
      const bound = d.value;
      if (type !== 'number' || typeof bound !== 'number') return null;
      return d.inclusive ? (v: number) => v <= bound : (v: number) => v < bound;
    }
    case 'number_format':
      return d.format === 'safeint' ? (v: number) => Number.isSafeInteger(v) : null;
    case 'custom': {
      // `.refine(fn)`: a predicate of the value (`.superRefine` has no `fn` and is not understood).
      const fn = d.fn;
      if (d.type !== 'custom' || typeof fn !== 'function') return null;
      return (v: never) => (fn as (x: unknown) => unknown)(v) === true;
    }
    default:
      return null;
  }
}

/** The checks of a schema (its own, for format schemas, and those added by methods). */
function checksOf(s: Schema, type: 'string' | 'number'): Test[] | null {
  const d = s._zod.def;
  const all = [...(d.check !== undefined ? [s] : []), ...(d.checks ?? [])];
  const out: Test[] = [];
  for (const c of all) {
    const t = checkOf(c, type);
    if (!t) return null;
    out.push(t);
  }
  return out;
}

/** `base`, then every test on the value. */
function withChecks(base: Check, tests: readonly Test[]): Check {
  if (tests.length === 0) return base;
  return (v, depth, budget) => {
    if (!base(v, depth, budget)) return false;
    for (const t of tests) if (!t(v as never)) return false;
    return true;
  };
}

function compileObject(d: Def): Check | null {
  const shape = d.shape as Record<string, Schema>;
  const catchall = d.catchall as Schema | undefined;
  // Only strict objects (catchall never): a stripping object would drop unknown keys (a changed
  // value), a loose one is not used by jixiao.
  if (catchall?._zod.def.type !== 'never') return null;
  const fields = new Map<string, Check>();
  const required: string[] = [];
  for (const key of Object.keys(shape)) {
    const field = shape[key];
    if (!field) return null;
    const c = compile(field);
    if (!c) return null;
    fields.set(key, c);
    if (field._zod.def.type !== 'optional') required.push(key);
  }
  return (v, depth, budget) => {
    if (!plainObject(v) || depth >= FAST_DEPTH || --budget.left < 0) return false;
    for (const k in v) {
      const c = fields.get(k);
      if (!c || !Object.hasOwn(v, k) || !c(v[k], depth + 1, budget)) return false;
    }
    for (const k of required) if (!Object.hasOwn(v, k)) return false;
    return Object.getOwnPropertySymbols(v).length === 0;
  };
}

function compileRecord(d: Def): Check | null {
  const keyType = d.keyType as Schema;
  // An enum key makes the record exhaustive (every key required): not understood here.
  if (keyType._zod.values !== undefined || keyType._zod.def.type !== 'string') return null;
  const keyCheck = compile(keyType);
  const value = compile(d.valueType as Schema);
  if (!keyCheck || !value) return null;
  return (v, depth, budget) => {
    if (!plainObject(v) || depth >= FAST_DEPTH || --budget.left < 0) return false;
    for (const k in v) {
      if (k === '__proto__' || !Object.hasOwn(v, k)) return false;
      if (!keyCheck(k, depth + 1, budget) || !value(v[k], depth + 1, budget)) return false;
    }
    return Object.getOwnPropertySymbols(v).length === 0;
  };
}

function compileArray(s: Schema): Check | null {
  const d = s._zod.def;
  const element = compile(d.element as Schema);
  const tests: Test[] = [];
  for (const c of d.checks ?? []) {
    const t = c._zod.def.check;
    if (t !== 'min_length' && t !== 'max_length' && t !== 'length_equals' && t !== 'custom')
      return null;
    const test = checkOf(c, 'string');
    if (!test) return null;
    tests.push(test);
  }
  if (!element) return null;
  return (v, depth, budget) => {
    if (!Array.isArray(v) || depth >= FAST_DEPTH || --budget.left < 0) return false;
    if (Object.getPrototypeOf(v) !== Array.prototype) return false;
    for (const t of tests) if (!t(v as never)) return false;
    // A hole reads as undefined, which is left to zod.
    for (const x of v as unknown[])
      if (x === undefined || !element(x, depth + 1, budget)) return false;
    return true;
  };
}

/** The refine checks of a composite schema as predicates, or `null` if it has any other check. */
function refinesOf(s: Schema): Test[] | null {
  const out: Test[] = [];
  for (const c of s._zod.def.checks ?? []) {
    if (c._zod.def.check !== 'custom') return null;
    const t = checkOf(c, 'string');
    if (!t) return null;
    out.push(t);
  }
  return out;
}

function withRefines(s: Schema, base: Check | null): Check | null {
  const tests = refinesOf(s);
  return base && tests && withChecks(base, tests);
}

function build(s: Schema): Check | null {
  const d = s._zod.def;
  switch (d.type) {
    case 'string': {
      const tests = checksOf(s, 'string');
      return tests && withChecks((v) => typeof v === 'string', tests);
    }
    case 'number': {
      const tests = checksOf(s, 'number');
      return tests && withChecks((v) => typeof v === 'number' && Number.isFinite(v), tests);
    }
    case 'array':
      return compileArray(s);
    default:
      return withRefines(s, composite(s));
  }
}

/** The check of a schema other than a string, number or array, before its refinements. */
function composite(s: Schema): Check | null {
  const d = s._zod.def;
  switch (d.type) {
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'literal':
    case 'enum': {
      const values = s._zod.values;
      return values ? (v) => values.has(v) : null;
    }
    case 'unknown':
    case 'any':
      return sound;
    case 'optional':
    case 'nullable': {
      // `undefined` itself is left to zod (an own property holding undefined).
      const inner = compile(d.innerType as Schema);
      if (!inner) return null;
      return d.type === 'nullable' ? (v, dp, b) => v === null || inner(v, dp, b) : inner;
    }
    case 'object':
      return compileObject(d);
    case 'record':
      return compileRecord(d);
    case 'union': {
      // zod returns the first option that succeeds; every option here returns its input
      // unchanged, so whichever succeeds, the value is the same.
      if (d.inclusive === false) return null;
      const options = (d.options as Schema[]).map(compile);
      if (options.some((o) => o === null)) return null;
      const fns = options as Check[];
      return (v, depth, budget) => {
        for (const o of fns) if (o(v, depth, budget)) return true;
        return false;
      };
    }
    case 'lazy': {
      let inner: Check | null | undefined;
      return (v, depth, budget) => {
        if (inner === undefined) inner = compile((d.getter as () => Schema)());
        return inner?.(v, depth, budget) === true;
      };
    }
    default:
      return null;
  }
}

function compile(s: Schema): Check | null {
  if (compiled.has(s)) {
    // A schema being compiled (a recursive one reached again): defer to the finished check.
    const c = compiled.get(s);
    return c === undefined ? (v, dp, b) => compiled.get(s)?.(v, dp, b) === true : c;
  }
  compiled.set(s, undefined as never);
  const c = build(s);
  compiled.set(s, c);
  return c;
}

/**
 * The fast check of a zod schema, compiled once and kept with the schema.
 *
 * @param schema - a zod schema
 * @returns `(value) => boolean`, where `true` means zod accepts `value` and returns it unchanged;
 *   `null` when the schema has parts the fast check does not understand
 * @example
 * ```ts
 * const ok = fastCheck(z.strictObject({ a: z.number() }));
 * ok?.({ a: 1 }); // true
 * ok?.({ a: 1, b: 2 }); // false (zod decides, and reports the unknown key)
 * ```
 */
export function fastCheck(schema: z.ZodMiniType): ((value: unknown) => boolean) | null {
  const known = checks.get(schema);
  if (known !== undefined) return known;
  const c = compile(schema as unknown as Schema);
  const check = c && makeCheck(c);
  checks.set(schema, check);
  return check;
}

const checks = new WeakMap<object, ((value: unknown) => boolean) | null>();

function makeCheck(c: Check): (value: unknown) => boolean {
  return (value) => {
    try {
      return c(value, 0, { left: FAST_NODES });
    } catch {
      // A getter or proxy that throws: the slow path reports it.
      return false;
    }
  };
}
