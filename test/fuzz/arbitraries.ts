/**
 * Generators for the fuzz: values of every wrong type, numbers at and beyond the edges, odd and long
 * Unicode, deep and cyclic structures, prototype keys — and real-looking documents (self-evaluation
 * tables, frameworks with their unit data) that are valid, or valid with one thing wrong.
 */
import fc from 'fast-check';
import { BATCHES } from '../target/real-strings.js';

// ---------------------------------------------------------------------------------------------
// Numbers

/** Numbers at and beyond the edges. */
export const WEIRD_NUMBERS: readonly number[] = [
  -0,
  NaN,
  Infinity,
  -Infinity,
  Number('1e999'), // Infinity, as JavaScript reads 1e999
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 64,
  1e21,
  1e-7,
  123e-20,
  0.1 + 0.2,
  1.005,
  89.995,
  -1,
  -0.01,
  0,
  1,
  90,
  100,
  100.0000001,
  97.94,
];

/** Any number: the edges, random doubles (NaN and infinities included) and plain integers. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...WEIRD_NUMBERS),
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1000, max: 1000, noNaN: true }),
);

/** Numbers as text in forms jixiao must read or refuse, never misread. */
export const DECIMAL_TEXTS: readonly string[] = [
  '1e999',
  '-1e999',
  '1e-999',
  '1e21',
  '1E+2',
  '1e100000',
  '1e-100000',
  '1e100001',
  '-0',
  '-0.00',
  '+0',
  '0x10',
  '0b11',
  '0o7',
  ' 12 ',
  '\u00a012',
  '12\u3000',
  '١٢',
  '١٢٫٥',
  '۱۲',
  '１２',
  '１２．５',
  '𝟗𝟗',
  '−5',
  '+1',
  '.5',
  '5.',
  '1_000',
  '1,000',
  '1,0,0',
  '1.2.3',
  '--1',
  'Infinity',
  '-Infinity',
  'NaN',
  '',
  ' ',
  '00012',
  '0.1e1',
  '十二',
  '两万',
  '〇',
  '2万',
  '97.94',
  '100',
  '0',
  '5%',
  '5‰',
  '9'.repeat(30),
  '9'.repeat(31),
  `0.${'1'.repeat(20)}`,
  `0.${'1'.repeat(21)}`,
  `1.${'0'.repeat(19)}1`,
];

/** Pseudo-random decimal digits, reproducible from a seed (cheap for thousands of digits). */
export function digitsOf(length: number, seed: number): string {
  let x = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String((x >>> 16) % 10);
  }
  return out.replace(/^0/, '1');
}

/** Decimal literals with up to ~10,000 digits (dec() reads up to 10,000 characters). */
export const bigDecimalText: fc.Arbitrary<string> = fc
  .record({
    negative: fc.boolean(),
    int: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 4990, max: 5010 })),
    frac: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 30 }),
      fc.integer({ min: 4000, max: 5000 }),
    ),
    exp: fc.oneof(
      fc.constant(''),
      fc.integer({ min: -400, max: 400 }).map((e) => `e${e}`),
    ),
    seed: fc.nat(),
  })
  .map(
    ({ negative, int, frac, exp, seed }) =>
      `${negative ? '-' : ''}${digitsOf(int, seed)}${frac > 0 ? `.${digitsOf(frac, seed + 1)}` : ''}${exp}`,
  );

/** A plain decimal as JSON input allows it: up to 30 integer digits and 20 decimals. */
export const plainDecimalText: fc.Arbitrary<string> = fc
  .record({
    negative: fc.boolean(),
    int: fc.integer({ min: 1, max: 30 }),
    frac: fc.integer({ min: 0, max: 20 }),
    seed: fc.nat(),
  })
  .map(
    ({ negative, int, frac, seed }) =>
      `${negative ? '-' : ''}${digitsOf(int, seed)}${frac > 0 ? `.${digitsOf(frac, seed + 7)}` : ''}`,
  );

/** Numbers as text: the list above, plain decimals, and long literals. */
export const decimalText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...DECIMAL_TEXTS), weight: 5 },
  { arbitrary: fc.integer({ min: -1000, max: 100_000 }).map(String), weight: 2 },
  { arbitrary: plainDecimalText, weight: 2 },
  { arbitrary: bigDecimalText, weight: 1 },
);

// ---------------------------------------------------------------------------------------------
// Text

/** Pieces of text that terminals, spreadsheets, Markdown, HTML, parsers and prototypes act on. */
export const ODD_PIECES: readonly string[] = [
  '\u0000',
  '\u0007',
  '\b',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\v',
  '\f',
  '\u001b[31m',
  '\u001b[2J',
  '\u001b]0;pwned\u0007',
  '\u001b]8;;http://x\u001b\\',
  '\u009b31m',
  '\u001bc',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u2028',
  '\u2029',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '😀',
  '👨‍👩‍👧',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\u00a0',
  '\u3000',
  '\u2009',
  'é',
  'e\u0301',
  'ﬀ',
  '𝟗',
  '１２',
  '١٢',
  '٫',
  '−',
  '－',
  '％',
  '‰',
  '"',
  "'",
  '“',
  '”',
  ',',
  '|',
  '\\|',
  '\\',
  '`',
  '*',
  '_',
  '#',
  '[x](javascript:alert(1))',
  '<',
  '>',
  '&',
  '&amp;',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</td></tr></table>',
  '<!--',
  ']]>',
  '${x}',
  '=1+1',
  '=HYPERLINK("http://x","y")',
  '+1',
  '-1',
  '@SUM(A1)',
  'NaN',
  'Infinity',
  '1e999',
  '1e+21',
  'undefined',
  'null',
  '[object Object]',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  'valueOf',
  '≥',
  '≤',
  '>=',
  '=',
  '<',
  '定性：',
  '万',
  '亿',
  '%',
  '以上',
  '以下',
  '左右',
  '达成年度指标',
  '部分达成',
  '未达成',
  '合计',
  '三级指标',
  '预算执行率',
  '分值',
  '一级指标',
  '评价等级',
];

/** Short text built from odd pieces and random code points (lone surrogates included). */
export const oddString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...ODD_PIECES), weight: 4 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
      { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
      { arbitrary: decimalText.filter((s) => s.length < 40), weight: 1 },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** Text of 1,000 to 100,000 characters: an odd string repeated. */
export const longString: fc.Arbitrary<string> = fc
  .tuple(
    oddString,
    fc.constantFrom(1000, 4999, 10_000, 50_000, 99_999, 100_000),
    fc.constantFrom('x', '9', '9.', '≥', '万', ' ', '\u0000', ',', '"', '\n', '(', '达成'),
  )
  .map(([s, n, fill]) => {
    const unit = s === '' ? fill : s + fill;
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  });

/** Any text: odd, numeric, or long. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: oddString, weight: 6 },
  { arbitrary: decimalText, weight: 3 },
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: longString, weight: 1 },
);

// ---------------------------------------------------------------------------------------------
// Structures

/** Objects with own `__proto__`, `constructor`, `toString` … keys (as JSON.parse makes them). */
export const protoObject: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .constantFrom(
      '{"__proto__":{"polluted":true}}',
      '{"__proto__":null}',
      '{"__proto__":[]}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"toString":"x","valueOf":1,"hasOwnProperty":null}',
      '{"__proto__":{"toString":1},"a":1}',
      '[{"__proto__":{}}]',
    )
    .map((text) => JSON.parse(text) as unknown),
  fc
    .tuple(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', 'valueOf', 'then'),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(
      ([key, value]) => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as unknown,
    ),
);

/** Objects and arrays that contain themselves. */
export const cyclic: fc.Arbitrary<unknown> = fc
  .tuple(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('self', 'array', 'deep', 'pair'))
  .map(([value, how]) => {
    if (how === 'array') {
      const a: unknown[] = [value];
      a.push(a);
      return a;
    }
    const o: Record<string, unknown> = { value };
    if (how === 'self') o.self = o;
    else if (how === 'deep') o.a = { b: { c: [o] } };
    else {
      const p: Record<string, unknown> = { o };
      o.p = p;
    }
    return o;
  });

/**
 * Nested arrays or objects, 100 levels deep (and sometimes 1000: fast-check's printer of a
 * counterexample recurses, so deeper values are built as JSON text, for the command line).
 *
 * @param depth - how deep
 * @param kind - arrays, objects, or both in turn
 * @param leaf - the innermost value
 * @returns the nested value
 */
export function nest(depth: number, kind: 'array' | 'object' | 'mixed', leaf: unknown): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) {
    const array = kind === 'array' || (kind === 'mixed' && i % 2 === 0);
    v = array ? [v] : { a: v };
  }
  return v;
}

export const deep: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(65, 100, 100, 1000),
    fc.constantFrom('array' as const, 'object' as const, 'mixed' as const),
    fc.jsonValue({ maxDepth: 1 }),
  )
  .map(([depth, kind, leaf]) => nest(depth, kind, leaf));

/** Values of types no JSON document holds (made fresh for each input). */
export const special: fc.Arbitrary<unknown> = fc
  .constantFrom<() => unknown>(
    () => Buffer.from('一级指标,三级指标\n1,2'),
    () => Buffer.from('≥95%'),
    () => new Uint8Array([0xff, 0xfe, 0]),
    () => new ArrayBuffer(4),
    () => new Date(NaN),
    () => new Date(0),
    () => new Map([['a', 1]]),
    () => new Set([1, 2]),
    () => /≥\d+/g,
    () => new Error('x'),
    () => new TypeError('x'),
    () => new String('≥95%'),
    () => new Number(95),
    () => new Boolean(false),
    () => Object(BigInt(1)) as unknown,
    () => Symbol('s'),
    () => Symbol.iterator,
    () => () => 1,
    () =>
      class X {
        y = 1;
      },
    () => Object.create(null) as unknown,
    () => Object.assign(Object.create(null) as object, { budget: {}, rows: [] }),
    () => Object.freeze({ rows: Object.freeze([]) }),
    // eslint-disable-next-line no-sparse-arrays
    () => [, 1],
    () => Object.assign([1, 2], { extra: 'x' }),
    () => ({ length: 2, 0: 'a', 1: 'b' }),
    () => new Proxy({}, {}),
    () => new Array<unknown>(5),
    () => ({ [Symbol.iterator]: null }),
    () => ({ toString: () => '≥95%' }),
    () => ({ valueOf: () => 95 }),
    () => ({ toJSON: () => 'x' }),
  )
  .map((make) => make());

/** Any value of any type (boxed values, Map, Set, typed arrays, null prototypes, bigints …). */
export const anything: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
  withDate: true,
  stringUnit: 'binary',
});

/** A value of the wrong kind: the heart of the fuzz. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(null, undefined, true, false, '', 0, [], {}), weight: 3 },
  { arbitrary: fc.constantFrom(...WEIRD_NUMBERS), weight: 3 },
  { arbitrary: anyNumber, weight: 1 },
  { arbitrary: fc.bigInt(), weight: 1 },
  { arbitrary: decimalText, weight: 3 },
  { arbitrary: oddString, weight: 3 },
  { arbitrary: longString, weight: 1 },
  { arbitrary: special, weight: 3 },
  { arbitrary: protoObject, weight: 2 },
  { arbitrary: cyclic, weight: 1 },
  { arbitrary: deep, weight: 1 },
  { arbitrary: anything, weight: 3 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);

/** Values a JSON document can hold that are of the wrong kind (for documents read from files). */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, '', 0, -1, 1e308, [], {}),
  decimalText,
  oddString,
  protoObject,
  fc.jsonValue({ maxDepth: 3 }),
);

// ---------------------------------------------------------------------------------------------
// One thing wrong

/**
 * A deep copy of JSON-like data that keeps own `__proto__` keys as keys (and cycles as cycles).
 *
 * @param value - the value
 * @param seen - objects already copied
 * @returns the copy
 */
export function copy<T>(value: T, seen = new Map<object, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  const done = seen.get(value);
  if (done !== undefined) return done as T; // a cycle stays a cycle
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value as unknown[]) out.push(copy(v, seen));
    return out as T;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) setOwn(out, k, copy(v, seen));
  return out as T;
}

/**
 * Sets an own property, even one named `__proto__`.
 *
 * @param o - the object
 * @param key - the key
 * @param value - the value
 */
export function setOwn(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * JSON text of a value; `undefined` for what JSON cannot hold (a function, a cycle, a bigint).
 *
 * @param value - the value
 * @param space - indentation
 * @returns the text
 */
export function jsonOf(value: unknown, space?: number): string | undefined {
  try {
    return JSON.stringify(value, null, space);
  } catch {
    return undefined;
  }
}

/** How one value of a document is made wrong. */
export type Mutation =
  | { readonly how: 'replace'; readonly value: unknown }
  | { readonly how: 'delete' }
  | { readonly how: 'addKey'; readonly key: string; readonly value: unknown }
  | { readonly how: 'wrap' }
  | { readonly how: 'asText' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: hostile.map((value) => ({ how: 'replace' as const, value })), weight: 6 },
  { arbitrary: fc.constant({ how: 'delete' as const }), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom('__proto__', 'constructor', 'toString', 'extra', ''), hostileJson)
      .map(([key, value]) => ({ how: 'addKey' as const, key, value })),
    weight: 2,
  },
  { arbitrary: fc.constant({ how: 'wrap' as const }), weight: 1 },
  { arbitrary: fc.constant({ how: 'asText' as const }), weight: 1 },
);

/**
 * A copy of a document with one value made wrong: the walk goes down by `choices` (indexes into the
 * keys at each level) and applies `m` where it stops.
 *
 * @param doc - a document (JSON-like)
 * @param choices - the walk
 * @param m - the mutation
 * @returns the wrong document
 */
export function mutate(doc: unknown, choices: readonly number[], m: Mutation): unknown {
  const root = copy(doc);
  const holder: Record<string, unknown> = { root };
  let parent: Record<string | number, unknown> = holder;
  let key: string | number = 'root';
  for (const c of choices) {
    const node = parent[key];
    if (node === null || typeof node !== 'object') break;
    const keys: (string | number)[] = Array.isArray(node)
      ? node.map((_, i) => i)
      : Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string | number, unknown>;
    key = keys[c % keys.length] ?? 0;
  }
  const here = parent[key];
  switch (m.how) {
    case 'replace':
      parent[key] = m.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else if (parent !== holder) Reflect.deleteProperty(parent, key);
      break;
    case 'addKey':
      if (here !== null && typeof here === 'object' && !Array.isArray(here))
        setOwn(here, m.key, m.value);
      else if (!Array.isArray(parent)) setOwn(parent, m.key, m.value);
      break;
    case 'wrap':
      parent[key] = [here];
      break;
    case 'asText':
      parent[key] = typeof here === 'string' ? Number(here) : (jsonOf(here) ?? 'undefined');
      break;
  }
  return holder.root;
}

/** A walk into a document for {@link mutate}. */
export const choices: fc.Arbitrary<number[]> = fc.array(fc.nat(1000), {
  minLength: 1,
  maxLength: 7,
});

// ---------------------------------------------------------------------------------------------
// Real-looking self-evaluation tables

/** 指标值 and 实际完成值 texts exactly as public documents print them. */
export const REAL_TARGETS: readonly string[] = BATCHES.flatMap((b) =>
  b.strings.filter(([, kind]) => kind === 'target').map(([text]) => text),
);
export const REAL_ACTUALS: readonly string[] = BATCHES.flatMap((b) =>
  b.strings.filter(([, kind]) => kind === 'actual').map(([text]) => text),
);

/**
 * A number of hundredths as a decimal string: 1234 → "12.34", 1200 → "12".
 *
 * @param c - hundredths
 * @returns the decimal
 */
export function cents(c: number): string {
  const sign = c < 0 ? '-' : '';
  const a = Math.abs(c);
  const frac = a % 100;
  return `${sign}${Math.floor(a / 100)}${frac === 0 ? '' : `.${String(frac).padStart(2, '0')}`}`;
}

/**
 * `k` positive whole numbers adding up to `total`.
 *
 * @param total - the sum
 * @param k - how many (fewer when `total` is too small)
 * @returns the parts
 */
export function partition(total: number, k: number): fc.Arbitrary<number[]> {
  const n = Math.max(1, Math.min(k, total));
  if (n === 1) return fc.constant([total]);
  return fc
    .uniqueArray(fc.integer({ min: 1, max: total - 1 }), { minLength: n - 1, maxLength: n - 1 })
    .map((cuts) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      return [...sorted, total].map((c, i) => c - (i === 0 ? 0 : (sorted[i - 1] ?? 0)));
    });
}

/** A weight of `c` hundredths as JSON may give it: a number or a decimal string. */
const weightValue = (c: number): fc.Arbitrary<number | string> =>
  c % 100 === 0 ? fc.constantFrom(c / 100, cents(c), `${cents(c)}.00`) : fc.constant(cents(c));

const UNITS: readonly string[] = [
  '',
  '',
  '%',
  '个',
  '场次',
  '人次',
  '万元',
  '元',
  '天',
  '个月',
  '份',
  '户',
  '人',
  '亩',
  '次',
];
/** Units another unit of the same family converts to. */
const SAME_FAMILY: Readonly<Record<string, readonly string[]>> = {
  万元: ['万元', '元', '亿元', ''],
  元: ['元', '万元', ''],
  人次: ['人次', '万人次', ''],
  个月: ['个月', '年', '季度', ''],
};

/** An amount in hundredths, shown with 0–2 decimals. */
const amount = (max: number): fc.Arbitrary<{ c: number; text: string }> =>
  fc.tuple(fc.integer({ min: 0, max }), fc.constantFrom(0, 1, 2)).map(([c, places]) => {
    const v = places === 0 ? c - (c % 100) : places === 1 ? c - (c % 10) : c;
    return { c: v, text: places === 2 ? cents(v).replace(/^(\d+)$/, '$1.00') : cents(v) };
  });

/** One row's 指标值, 实际完成值 and (for qualitative rows) 得分 within its tier. */
export interface RowCells {
  readonly target: string | { op: string; value?: number | string; unit?: string };
  readonly actual: string | number;
  readonly points?: number | string;
}

const QUALITATIVE_TARGETS = [
  '效果明显',
  '定性：效果明显',
  '合规',
  '及时',
  '严格执行相关制度规定',
  '符合相关规定',
  '有效提升',
  '定性：良好',
];
const TIERS = [
  ['达成年度指标', '达成预期指标', '已完成', '效果明显'],
  ['部分达成年度指标', '部分达成', '基本完成'],
  ['未达成年度指标', '未完成', '未达成'],
] as const;

/**
 * Cells of a row that reads and scores, on a weight of `wc` hundredths.
 *
 * @param wc - the row's weight in hundredths
 * @returns the cells
 */
export function rowCells(wc: number): fc.Arbitrary<RowCells> {
  const unitPair = fc
    .constantFrom(...UNITS)
    .chain((u) => fc.tuple(fc.constant(u), fc.constantFrom(...(SAME_FAMILY[u] ?? [u, '']))));
  const quantitative = fc
    .record({
      op: fc.constantFrom(
        '≥',
        '>=',
        '不少于',
        '不低于',
        '',
        '≤',
        '不超过',
        '<=',
        '=',
        '>',
        '<',
        '以上',
        '以下',
      ),
      a: amount(100_000),
      b: amount(200_000),
      units: unitPair,
      approx: fc.constantFrom('', '', '', '多', '余', '约', '左右', '近'),
      columns: fc.boolean(),
      numeric: fc.boolean(),
    })
    .map(({ op, a, b, units: [ut, ua], approx, columns, numeric }): RowCells => {
      const suffix = op === '以上' || op === '以下';
      const target: RowCells['target'] =
        columns && !suffix
          ? { op: op === '' ? '≥' : op, value: a.text, ...(ut === '' ? {} : { unit: ut }) }
          : suffix
            ? `${a.text}${ut}${op}`
            : `${op}${a.text}${ut}`;
      const actualText =
        approx === '约' || approx === '近'
          ? `${approx}${b.text}${ua}`
          : approx === '左右'
            ? `${b.text}${ua}左右`
            : // "30多场次", "2万余份"; "30多万元" is not in the 指标值 language
              approx !== '' && /^\d+$/.test(b.text) && !/^[十百千万亿]/.test(ua)
              ? `${b.text}${approx}${ua}`
              : `${b.text}${ua}`;
      return { target, actual: numeric && ua === '' ? Number(b.text) : actualText };
    });
  const range = fc
    .record({
      lo: amount(10_000),
      span: amount(10_000),
      b: amount(25_000),
      pct: fc.boolean(),
      sep: fc.constantFrom('-', '~', '—', '至'),
    })
    .map(({ lo, span, b, pct, sep }): RowCells => {
      const hi = cents(lo.c + span.c);
      return {
        target: `${lo.text}${sep}${hi}${pct ? '%' : ''}`,
        actual: `${b.text}${pct ? '%' : ''}`,
      };
    });
  const qualitative = fc
    .record({
      target: fc.constantFrom(...QUALITATIVE_TARGETS),
      tier: fc.nat(2),
      word: fc.nat(3),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ target, tier, word, at }): RowCells => {
      // Tiers of 10号 in hundredths: [80%, 100%], [60%, 80%), [0, 60%).
      const lo = [Math.ceil(wc * 0.8), Math.ceil(wc * 0.6), 0];
      const hi = [wc, Math.ceil(wc * 0.8) - 1, Math.ceil(wc * 0.6) - 1];
      let t = tier;
      if ((hi[t] ?? 0) < (lo[t] ?? 0)) t = 0;
      const from = lo[t] ?? 0;
      const to = hi[t] ?? wc;
      const points = from + Math.floor(at * (to - from + 1) * 0.999999);
      const words = TIERS[t] ?? TIERS[0];
      return {
        target,
        actual: words[word % words.length] ?? '达成年度指标',
        points: cents(points),
      };
    });
  return fc.oneof(
    { arbitrary: quantitative, weight: 7 },
    { arbitrary: range, weight: 1 },
    { arbitrary: qualitative, weight: 2 },
  );
}

const GROUPS = [
  ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
  ['效益指标', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']],
  ['满意度指标', ['服务对象满意度指标']],
  ['成本指标', ['经济成本指标']],
] as const;

/** A grade scale of `max` hundredths: 1–5 bands from the top down, the last from 0 inclusive. */
export function scaleArb(maxCents: number): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, maxCents - 1) }), { maxLength: 4 }),
      fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      fc.constantFrom('优良中差甲乙丙丁', 'ABCDEFGH', '①②③④⑤⑥⑦⑧'),
      fc.boolean(),
    )
    .map(([mins, inclusive, labels, asNumbers]) => {
      const sorted = [...new Set(mins.filter((m) => m < maxCents))].sort((a, b) => b - a);
      const bands = [...sorted, 0].map((m, i) => ({
        label:
          i % 2 === 0
            ? (Array.from(labels)[i] ?? `L${i}`)
            : { zh: Array.from(labels)[i] ?? `L${i}`, en: `Band ${i}` },
        min: asNumbers && m % 100 === 0 ? m / 100 : cents(m),
        ...(m === 0 ? {} : { minInclusive: inclusive[i] ?? true }),
      }));
      return { max: asNumbers && maxCents % 100 === 0 ? maxCents / 100 : cents(maxCents), bands };
    });
}

/** A self-evaluation table (and options) that reads and scores. */
export interface TableCase {
  readonly table: Record<string, unknown>;
  readonly options: Record<string, unknown> | undefined;
}

/** Rounding that keeps every weight of `places` decimals on the grid. */
const roundingArb = (minPlaces: number): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(
    {
      places: fc.integer({ min: minPlaces, max: 4 }),
      mode: fc.constantFrom('halfUp', 'halfEven', 'halfDown', 'up', 'down', 'ceil', 'floor'),
      stage: fc.constantFrom('leaf', 'total'),
    },
    { requiredKeys: [] },
  );

/** A real-looking, valid self-evaluation table with valid options. */
export const validTable: fc.Arbitrary<TableCase> = fc
  .record({
    budgetCents: fc.constantFrom(1000, 1000, 1000, 500, 1500, 2000, 850),
    rows: fc.integer({ min: 1, max: 14 }),
    customMax: fc.constantFrom(0, 0, 0, 0, 10_000, 12_000, 9_950),
  })
  .chain(({ budgetCents, rows, customMax }) => {
    const max = customMax === 0 ? 10_000 : customMax;
    return fc.record({
      budgetCents: fc.constant(budgetCents),
      maxCents: fc.constant(max),
      customMax: fc.constant(customMax !== 0),
      parts: partition(max - budgetCents, rows),
    });
  })
  .chain(({ budgetCents, maxCents, customMax, parts }) => {
    const fractional =
      budgetCents % 100 !== 0 || parts.some((c) => c % 100 !== 0) || maxCents % 100 !== 0;
    const row = (wc: number) =>
      fc.record({
        group: fc.nat(GROUPS.length - 1),
        l2: fc.nat(3),
        withL2: fc.boolean(),
        l3: fc.oneof(
          fc.constantFrom(
            '培训场次',
            '资金拨付及时率',
            '受益人数',
            '项目完成率',
            '群众满意度',
            '成本控制率',
          ),
          fc.string({ minLength: 1, maxLength: 12 }),
        ),
        weight: weightValue(wc),
        cells: rowCells(wc),
        note: fc.option(fc.constantFrom('已说明', '受疫情影响', ''), { nil: undefined }),
      });
    const budget = fc
      .record({
        adjusted: amount(10_000_000),
        executed: fc.double({ min: 0, max: 1.3, noNaN: true }),
        weight: weightValue(budgetCents),
        initial: fc.option(amount(10_000_000), { nil: undefined }),
        note: fc.option(fc.constantFrom('项目调整', ''), { nil: undefined }),
        asNumber: fc.boolean(),
      })
      .filter(({ adjusted }) => adjusted.c > 0)
      .map(({ adjusted, executed, weight, initial, note, asNumber }) => {
        const ex = Math.floor(adjusted.c * executed);
        return {
          adjusted: asNumber ? adjusted.c / 100 : adjusted.text,
          executed: asNumber ? ex / 100 : cents(ex),
          ...(budgetCents === 1000 && typeof weight === 'number' ? {} : { weight }),
          ...(initial === undefined ? {} : { initial: initial.text }),
          ...(note === undefined ? {} : { note }),
        };
      });
    const scale = customMax ? scaleArb(maxCents) : fc.constantFrom(undefined, 'mof2020', undefined);
    const options = fc.option(
      fc.record(
        {
          overCompletion: fc.record(
            {
              threshold: fc.integer({ min: 101, max: 300 }).map((c) => cents(c)),
              policy: fc.constantFrom('flag', 'proportional'),
            },
            { requiredKeys: [] },
          ),
          explainBelow: fc.integer({ min: 0, max: 100 }).map((c) => cents(c)),
          layout: fc.constantFrom('projectSelf2020', 'none'),
          rounding: roundingArb(fractional ? 2 : 0),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    );
    return fc.record({
      rows: fc.tuple(...parts.map(row)),
      budget,
      scale,
      options,
      unit: fc.option(fc.constantFrom('廊坊市食品工程学校', '临泽县科学技术协会'), {
        nil: undefined,
      }),
      year: fc.option(fc.integer({ min: 2015, max: 2026 }), { nil: undefined }),
    });
  })
  .map(({ rows, budget, scale, options, unit, year }): TableCase => {
    const table: Record<string, unknown> = {
      ...(unit === undefined ? {} : { unit, project: `${unit}项目` }),
      ...(year === undefined ? {} : { year }),
      budget,
      rows: rows.map((r) => {
        const [l1, l2s] = GROUPS[r.group] ?? GROUPS[0];
        return {
          l1,
          ...(r.withL2 ? { l2: l2s[r.l2 % l2s.length] } : {}),
          l3: r.l3.trim() === '' ? '指标' : r.l3,
          target: r.cells.target,
          actual: r.cells.actual,
          weight: r.weight,
          ...(r.cells.points === undefined ? {} : { points: r.cells.points }),
          ...(r.note === undefined ? {} : { note: r.note }),
        };
      }),
      ...(scale === undefined ? {} : { scale }),
    };
    return { table, options };
  });

/** Names that break terminals, tables, Markdown, HTML and spreadsheets, within the schema's limits. */
export const hostileName: fc.Arbitrary<string> = fc.oneof(
  oddString.filter((s) => s.length >= 1 && s.length <= 200),
  fc.constantFrom(
    '=HYPERLINK("http://x","y")',
    '+SUM(1)',
    '-1',
    '@x',
    '\u001b[2J\u001b[H',
    'a|b',
    'a\nb',
    'a\rb',
    '<b>x</b>',
    '<script>x</script>',
    '\u202eevil',
    'NaN',
    '1e999',
  ),
);

/** A valid table whose names are hostile. */
export const hostileNamesTable: fc.Arbitrary<TableCase> = fc
  .tuple(validTable, fc.array(hostileName, { minLength: 3, maxLength: 3 }), fc.boolean())
  .map(([c, [l1, l2, l3], all]) => ({
    ...c,
    table: {
      ...c.table,
      ...(all ? { unit: l1, project: l3 } : {}),
      rows: (c.table.rows as Record<string, unknown>[]).map((r, i) => ({
        ...r,
        ...(all || i === 0 ? { l1: `${String(r.l1)}${l1}` } : {}),
        ...(r.l2 !== undefined ? { l2: l2 } : {}),
        l3: i % 2 === 0 ? l3 : String(r.l3),
        ...(r.note === undefined ? {} : { note: l3 }),
      })),
    },
  }));

/** One thing wrong in a real-looking table, of the kinds real tables get wrong. */
export type TableFault = (table: Record<string, unknown>) => Record<string, unknown>;

const onRow =
  (k: number, f: (row: Record<string, unknown>) => Record<string, unknown>): TableFault =>
  (t) => {
    const rows = t.rows as Record<string, unknown>[];
    const i = k % rows.length;
    return { ...t, rows: rows.map((r, j) => (j === i ? f(r) : r)) };
  };

export const tableFault: fc.Arbitrary<TableFault> = fc.oneof(
  // weights that do not add up, or are not numbers
  fc.tuple(fc.nat(), fc.constantFrom('0.01', '-0.01', '1', '0.001')).map(([k, d]) =>
    onRow(k, (r) => ({
      ...r,
      weight: (Number(r.weight) + Number(d)).toFixed(3).replace(/0+$/, '').replace(/\.$/, ''),
    })),
  ),
  fc
    .tuple(fc.nat(), fc.oneof(decimalText, fc.constantFrom(...WEIRD_NUMBERS)))
    .map(([k, w]) => onRow(k, (r) => ({ ...r, weight: w }))),
  // 指标值 and 实际完成值 as real documents print them, or broken
  fc
    .tuple(fc.nat(), fc.oneof(fc.constantFrom(...REAL_TARGETS), anyString, decimalText))
    .map(([k, s]) => onRow(k, (r) => ({ ...r, target: s }))),
  fc
    .tuple(fc.nat(), fc.oneof(fc.constantFrom(...REAL_ACTUALS), anyString, decimalText, anyNumber))
    .map(([k, s]) => onRow(k, (r) => ({ ...r, actual: s }))),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('≥10个', '≤5万元', '=100%', '≥95%'),
      fc.constantFrom(
        '10万元',
        '5人次',
        '100个',
        '达成年度指标',
        '部分达成',
        '-5%',
        '0',
        '1e999',
        '1e-999',
      ),
    )
    .map(([k, t, a]) => onRow(k, (r) => ({ ...r, target: t, actual: a }))),
  fc
    .tuple(
      fc.nat(),
      fc.oneof(fc.constantFrom(...REAL_TARGETS), oddString),
      fc.oneof(fc.constantFrom(...REAL_ACTUALS), oddString),
    )
    .map(([k, t, a]) => onRow(k, (r) => ({ ...r, target: t, actual: a }))),
  fc
    .tuple(
      fc.nat(),
      fc.record(
        {
          op: fc.oneof(fc.constantFrom('≥', '定性', '?', '', '≧', '不少于'), oddString),
          value: fc.oneof(decimalText, anyNumber, oddString),
          unit: fc.oneof(fc.constantFrom('万元', '个', '', '%'), oddString),
        },
        { requiredKeys: ['op'] },
      ),
    )
    .map(([k, target]) => onRow(k, (r) => ({ ...r, target }))),
  // a qualitative row without points, or with points outside its tier or weight
  fc
    .tuple(fc.nat(), fc.option(fc.oneof(decimalText, anyNumber), { nil: undefined }))
    .map(([k, p]) =>
      onRow(k, (r) => {
        const { points: _points, ...rest } = r;
        return {
          ...rest,
          target: '效果明显',
          actual: '部分达成',
          ...(p === undefined ? {} : { points: p }),
        };
      }),
    ),
  // the budget block
  fc
    .record(
      {
        adjusted: fc.oneof(
          fc.constantFrom(0, '0', '0.00', '0.00000000000000000001', '9'.repeat(30)),
          decimalText,
          anyNumber,
        ),
        executed: fc.oneof(fc.constantFrom(0, '0', '9'.repeat(30), -1), decimalText, anyNumber),
      },
      { requiredKeys: [] },
    )
    .map((b): TableFault => (t) => ({ ...t, budget: { ...(t.budget as object), ...b } })),
  fc
    .oneof(decimalText, anyNumber)
    .map((w): TableFault => (t) => ({ ...t, budget: { ...(t.budget as object), weight: w } })),
  // names
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('l1', 'l2', 'l3', 'note'),
      fc.oneof(hostileName, longString, fc.constant('')),
    )
    .map(([k, key, s]) => onRow(k, (r) => ({ ...r, [key]: s }))),
  fc
    .tuple(
      fc.constantFrom('unit', 'project', 'source', '$schema'),
      fc.oneof(hostileName, longString, hostile),
    )
    .map(([key, s]): TableFault => (t) => ({ ...t, [key]: s })),
  fc
    .oneof(fc.constantFrom(NaN, Infinity, 1899, 2201, 2023.5, -0, '2023'), hostile)
    .map((y): TableFault => (t) => ({ ...t, year: y })),
  // rows: none, too many, not a list
  fc.constantFrom<TableFault>(
    (t) => ({ ...t, rows: [] }),
    (t) => ({
      ...t,
      rows: Array.from(
        { length: 501 },
        (_, i) => (t.rows as unknown[])[i % (t.rows as unknown[]).length],
      ),
    }),
    (t) => ({
      ...t,
      rows: Array.from({ length: 500 }, (_, i) => ({
        ...(t.rows as object[])[i % (t.rows as unknown[]).length]!,
        weight: '0.18',
      })),
    }),
    (t) => ({ ...t, rows: (t.rows as unknown[])[0] }),
    (t) => ({ ...t, rows: [...(t.rows as unknown[]), null] }),
    (t) => {
      const { budget: _b, ...rest } = t;
      return rest;
    },
  ),
  // prototype keys and unknown keys anywhere
  fc
    .tuple(
      choices,
      fc.constantFrom('__proto__', 'constructor', 'toString', 'points ', 'Weight'),
      hostileJson,
    )
    .map(
      ([c, key, value]): TableFault =>
        (t) =>
          mutate(t, c, { how: 'addKey', key, value }) as Record<string, unknown>,
    ),
  // a scale that does not fit
  fc
    .oneof(
      scaleArb(9000),
      scaleArb(10_000).map((s) => ({
        ...(s as object),
        bands: [...(s as { bands: unknown[] }).bands, { label: 'x', min: 0 }],
      })),
      hostileJson,
    )
    .map((scale): TableFault => (t) => ({ ...t, scale })),
  // any value anywhere
  fc.tuple(choices, mutation).map(
    ([c, m]): TableFault =>
      (t) =>
        mutate(t, c, m) as Record<string, unknown>,
  ),
);

/** Options with one thing wrong (or hostile as a whole). */
export const optionsFault: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      overCompletion: fc.oneof(
        fc.record(
          {
            threshold: fc.oneof(
              fc.constantFrom(1, '1', 0.5, '1.0000000000000000001', '1e999', -0, 1e308),
              decimalText,
              anyNumber,
            ),
            policy: fc.oneof(fc.constantFrom('flag', 'proportional'), oddString),
          },
          { requiredKeys: [] },
        ),
        hostileJson,
      ),
      explainBelow: fc.oneof(decimalText, anyNumber),
      layout: fc.oneof(
        fc.constantFrom('projectSelf2020', 'none', 'toString', '__proto__'),
        oddString,
      ),
      rounding: fc.oneof(
        fc.record(
          {
            places: fc.oneof(fc.integer({ min: -2, max: 12 }), anyNumber),
            mode: fc.oneof(fc.constantFrom('halfUp', 'floor', 'toString', 'HALFUP'), oddString),
            stage: fc.oneof(fc.constantFrom('leaf', 'total'), oddString),
          },
          { requiredKeys: [] },
        ),
        hostileJson,
      ),
      scale: fc.oneof(
        fc.constantFrom('mof2020', 'MOF2020', 'toString'),
        scaleArb(10_000),
        scaleArb(9_000),
        hostileJson,
      ),
    },
    { requiredKeys: [] },
  ),
  hostile,
);

/** A valid table, or one with one thing wrong, with valid or wrong options. */
export const tableWithOneWrong: fc.Arbitrary<TableCase> = fc
  .tuple(validTable, tableFault, fc.option(optionsFault, { freq: 4, nil: undefined }))
  .map(([c, fault, badOptions]) => ({
    table: fault(c.table),
    options: badOptions === undefined ? c.options : (badOptions as Record<string, unknown>),
  }));

// ---------------------------------------------------------------------------------------------
// Random valid frameworks with their unit data

/** The facts every generated framework declares. */
export const FUZZ_FACTS = {
  f0: { name: { zh: '完成数', en: 'Done' }, unit: '%' },
  f1: { name: '计划数', unit: '个' },
  f2: { name: '金额', unit: '万元' },
  f3: { name: '满意度' },
} as const;

/** Metrics over those facts (one uses another). */
export const FUZZ_METRICS = {
  m0: { name: '完成率', expr: 'f0 / f1 * 100', unit: '%' },
  m1: { name: '差额', expr: 'max(f0, f2) - min(f1, 3)' },
  m2: { name: '双倍完成率', expr: 'm0 * 2' },
} as const;

const NUMBER_EXPRS = [
  'f0',
  'f2',
  'm0',
  'm1',
  'm2',
  'f0 / f1 * 100',
  'abs(f2) + 1',
  '(f0 + f1) × 2 ÷ 4',
  '-f3',
];
const CONDITIONS = [
  'f0 > 3',
  'f1 == 0',
  'not (f2 < 1) and f0 >= 0',
  'f3 ≥ 50 or f1 ≠ 2',
  'm0 <= 100',
];

/** A leaf's rule and the answers that fit it. */
interface LeafSpec {
  readonly rule: Record<string, unknown>;
  readonly answer: fc.Arbitrary<Record<string, unknown> | undefined>;
}

const valueAnswer = fc.oneof(
  { arbitrary: amount(20_000).map((a) => a.text), weight: 4 },
  { arbitrary: fc.integer({ min: -100, max: 300 }), weight: 2 },
  { arbitrary: fc.constantFrom('-5', '0', '100', '99.995', '0.00000000000000000001'), weight: 1 },
);

/** Points within [lo, hi] shares of a weight of `wc` hundredths, as a decimal with 4 places. */
function pointsIn(
  wc: number,
  lo: number,
  hi: number,
  loIn: boolean,
  hiIn: boolean,
  at: number,
): string | null {
  // shares in hundredths, weight in hundredths: units of 1e-4 points
  const from = wc * lo + (loIn ? 0 : 1);
  const to = wc * hi - (hiIn ? 0 : 1);
  if (to < from) return null;
  const u = from + Math.floor(at * (to - from + 1) * 0.999999);
  return `${Math.floor(u / 10000)}.${String(u % 10000).padStart(4, '0')}`;
}

function leafSpec(kind: string, wc: number): fc.Arbitrary<LeafSpec> {
  switch (kind) {
    case 'ratio':
      return fc
        .record({
          metric: fc.option(fc.constantFrom(...NUMBER_EXPRS), { nil: undefined }),
          direction: fc.constantFrom(undefined, 'higher', 'lower'),
          fullAt: fc.option(fc.integer({ min: 1, max: 20_000 }).map(cents), { nil: undefined }),
          linear: fc.boolean(),
        })
        .map(({ metric, direction, fullAt, linear }) => ({
          rule: {
            kind,
            ...(metric === undefined ? {} : { metric }),
            ...(direction === undefined ? {} : { direction }),
            ...(fullAt === undefined ? {} : { fullAt }),
            ...(direction === 'lower' && linear ? { lowerMethod: 'linear' } : {}),
          },
          answer:
            metric === undefined ? valueAnswer.map((value) => ({ value })) : fc.constant(undefined),
        }));
    case 'stepDeduction':
      return fc
        .record({
          metric: fc.option(fc.constantFrom(...NUMBER_EXPRS), { nil: undefined }),
          better: fc.constantFrom('lower', 'higher'),
          threshold: fc.integer({ min: -1000, max: 20_000 }).map(cents),
          per: fc.option(fc.integer({ min: 1, max: 1000 }).map(cents), { nil: undefined }),
          deduct: fc.integer({ min: 1, max: wc }).map(cents),
          partial: fc.constantFrom('proRata', 'ceil', 'floor'),
          floor: fc.option(fc.integer({ min: 0, max: wc - 1 }).map(cents), { nil: undefined }),
        })
        .map(({ metric, floor, per, ...rest }) => ({
          rule: {
            kind,
            ...rest,
            ...(metric === undefined ? {} : { metric }),
            ...(per === undefined ? {} : { per }),
            ...(floor === undefined ? {} : { floor }),
          },
          answer:
            metric === undefined ? valueAnswer.map((value) => ({ value })) : fc.constant(undefined),
        }));
    case 'bands':
      return fc
        .record({
          metric: fc.option(fc.constantFrom(...NUMBER_EXPRS), { nil: undefined }),
          bounds: fc.uniqueArray(fc.integer({ min: -1000, max: 20_000 }), { maxLength: 4 }),
          sides: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
          values: fc.array(
            fc.tuple(
              fc.boolean(),
              fc.integer({ min: 0, max: wc }),
              fc.integer({ min: 0, max: 100 }),
            ),
            { minLength: 5, maxLength: 5 },
          ),
          closed: fc.nat(4).map((n) => n === 0),
        })
        .map(({ metric, bounds, sides, values, closed }) => {
          const b = [...bounds].sort((x, y) => x - y);
          const n = b.length + 1;
          const bands = Array.from({ length: n }, (_, i) => {
            const [byPoints, p, share] = values[i] ?? [true, 0, 0];
            const lo = i === 0 ? (closed ? (b[0] ?? 0) - 1000 : undefined) : b[i - 1];
            const hi = i === n - 1 ? (closed ? (b[n - 2] ?? 0) + 1000 : undefined) : b[i];
            return {
              ...(lo === undefined
                ? {}
                : { min: cents(lo), minInclusive: i === 0 ? true : !(sides[i - 1] ?? false) }),
              ...(hi === undefined
                ? {}
                : { max: cents(hi), maxInclusive: i === n - 1 ? true : (sides[i] ?? false) }),
              ...(byPoints ? { points: cents(p) } : { share: cents(share) }),
            };
          });
          return {
            rule: { kind, bands, ...(metric === undefined ? {} : { metric }) },
            answer:
              metric === undefined
                ? valueAnswer.map((value) => ({ value }))
                : fc.constant(undefined),
          };
        });
    case 'elements':
      return fc
        .integer({ min: 1, max: 5 })
        .chain((k) => fc.tuple(partition(wc, k), fc.boolean()))
        .map(([parts, gated]) => {
          const items = parts.map((p, i) => ({ id: `e${i}`, label: `要素${i}`, points: cents(p) }));
          return {
            rule: { kind, items, ...(gated ? { gate: { label: '设置了绩效目标' } } : {}) },
            answer: fc
              .tuple(
                fc.array(fc.boolean(), { minLength: items.length, maxLength: items.length }),
                fc.boolean(),
              )
              .map(([met, g]) => ({
                elements: Object.fromEntries(items.map((it, i) => [it.id, met[i] ?? true])),
                ...(gated ? { gate: g } : {}),
              })),
          };
        });
    case 'gate':
      return fc
        .record({
          condition: fc.option(fc.constantFrom(...CONDITIONS), { nil: undefined }),
          veto: fc.constantFrom(undefined, 'self', 'parent', 'all'),
        })
        .map(({ condition, veto }) => ({
          rule: {
            kind,
            ...(condition === undefined ? {} : { condition }),
            ...(veto === undefined ? {} : { veto }),
            label: '条件',
          },
          answer:
            condition === undefined
              ? fc.boolean().map((passed) => ({ passed }))
              : fc.constant(undefined),
        }));
    case 'levels':
      return fc
        .tuple(
          fc.boolean(),
          fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 3 }),
          fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        )
        .map(([preset, cuts, sides]) => {
          const c = [0, ...[...cuts].sort((x, y) => x - y), 100];
          const defs = preset
            ? [
                { id: 'achieved', label: '达成年度指标', lo: 80, hi: 100, loIn: true, hiIn: true },
                {
                  id: 'partial',
                  label: '部分达成年度指标并具有一定效果',
                  lo: 60,
                  hi: 80,
                  loIn: true,
                  hiIn: false,
                },
                {
                  id: 'unachieved',
                  label: '未达成年度指标且效果较差',
                  lo: 0,
                  hi: 60,
                  loIn: true,
                  hiIn: false,
                },
              ]
            : c.slice(1).map((hi, i) => ({
                id: `L${i}`,
                label: `档${i}`,
                lo: c[i] ?? 0,
                hi,
                loIn: i === 0 ? true : !(sides[i - 1] ?? false),
                hiIn: i === c.length - 2 ? true : (sides[i] ?? false),
              }));
          return {
            rule: preset
              ? { kind, levels: 'mof2020' }
              : {
                  kind,
                  levels: defs.map((d) => ({
                    id: d.id,
                    label: d.label,
                    min: cents(d.lo),
                    max: cents(d.hi),
                    minInclusive: d.loIn,
                    maxInclusive: d.hiIn,
                  })),
                },
            answer: fc
              .tuple(
                fc.nat(defs.length - 1),
                fc.double({ min: 0, max: 1, noNaN: true }),
                fc.boolean(),
              )
              .map(([i, at, byLabel]) => {
                const d = defs[i] ?? defs[0];
                if (!d) return undefined;
                const points = pointsIn(wc, d.lo, d.hi, d.loIn, d.hiIn, at);
                return { level: byLabel ? d.label : d.id, ...(points === null ? {} : { points }) };
              }),
          };
        });
    case 'manual':
      return fc.constant({
        rule: { kind, guidance: '按材料评分' },
        answer: fc
          .integer({ min: 0, max: wc })
          .map((p) => ({ points: cents(p), justification: '材料齐全' })),
      });
    case 'survey':
      return fc
        .record({
          metric: fc.option(fc.constantFrom('f3', 'f3', 'f3', 'm0'), { nil: undefined }),
          fullAt: fc.option(fc.integer({ min: 1, max: 10_000 }).map(cents), { nil: undefined }),
          options: fc.option(
            fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 4 }),
            { nil: undefined },
          ),
        })
        .map(({ metric, fullAt, options }) => {
          const opts = options?.map((v, i) => ({
            id: `o${i}`,
            label: `选项${i}`,
            value: cents(v),
          }));
          return {
            rule: {
              kind,
              ...(metric === undefined ? {} : { metric }),
              ...(fullAt === undefined ? {} : { fullAt }),
              ...(opts ? { options: opts } : {}),
            },
            answer:
              metric !== undefined
                ? fc.constant(undefined)
                : opts
                  ? fc.oneof(
                      fc
                        .array(fc.integer({ min: 0, max: 1000 }), {
                          minLength: opts.length,
                          maxLength: opts.length,
                        })
                        .map((votes) => ({
                          votes: Object.fromEntries(opts.map((o, i) => [o.id, votes[i] ?? 0])),
                        })),
                      fc.integer({ min: 0, max: 10_000 }).map((r) => ({ rate: cents(r) })),
                    )
                  : fc.integer({ min: 0, max: 10_000 }).map((r) => ({ rate: cents(r) })),
          };
        });
    default:
      return fc
        .tuple(
          rowCells(wc),
          fc.option(
            fc.record(
              {
                threshold: fc.integer({ min: 101, max: 300 }).map(cents),
                policy: fc.constantFrom('flag', 'proportional'),
              },
              { requiredKeys: [] },
            ),
            { nil: undefined },
          ),
        )
        .map(([cells, overCompletion]) => ({
          rule: {
            kind: 'target',
            target: cells.target,
            ...(overCompletion ? { overCompletion } : {}),
          },
          answer: fc.constant({
            actual: cells.actual,
            ...(cells.points === undefined ? {} : { points: cells.points }),
          }),
        }));
  }
}

const KINDS = [
  'ratio',
  'stepDeduction',
  'bands',
  'elements',
  'gate',
  'levels',
  'manual',
  'survey',
  'target',
] as const;

/** An indicator subtree with the answers for its leaves. */
interface Built {
  readonly indicator: Record<string, unknown>;
  readonly answers: readonly (readonly [
    string,
    fc.Arbitrary<Record<string, unknown> | undefined>,
  ])[];
}

function indicatorArb(id: string, wc: number, depth: number): fc.Arbitrary<Built> {
  const leaf = fc
    .tuple(
      fc.constantFrom(...KINDS),
      weightValue(wc),
      fc.oneof(fc.constant(`指标${id}`), fc.constant({ zh: `指标${id}`, en: `Indicator ${id}` })),
    )
    .chain(([kind, weight, name]) =>
      leafSpec(kind, wc).map((spec): Built => ({
        indicator: { id, name, weight, rule: spec.rule },
        answers: [[id, spec.answer]],
      })),
    );
  if (depth >= 3 || wc < 2) return leaf;
  const inner = fc.tuple(fc.integer({ min: 1, max: 4 }), weightValue(wc)).chain(([k, weight]) =>
    partition(wc, k).chain((parts) =>
      fc
        .tuple(...parts.map((p, i) => indicatorArb(`${id}.${i}`, p, depth + 1)))
        .map((children): Built => ({
          indicator: { id, name: `分组${id}`, weight, children: children.map((c) => c.indicator) },
          answers: children.flatMap((c) => c.answers),
        })),
    ),
  );
  return fc.oneof(
    { arbitrary: leaf, weight: depth === 0 ? 1 : 2 },
    { arbitrary: inner, weight: 2 },
  );
}

/** A framework document, unit data and options, all valid (the data may still miss answers). */
export interface FrameworkCase {
  readonly doc: Record<string, unknown>;
  readonly data: Record<string, unknown>;
  readonly options: Record<string, unknown> | undefined;
}

const factValue = fc.oneof(
  { arbitrary: amount(20_000).map((a) => a.text), weight: 4 },
  { arbitrary: fc.integer({ min: -10, max: 200 }), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      '0',
      '1',
      '100',
      '-0.5',
      '99999999999999999999.99999999999999999999',
    ),
    weight: 1,
  },
);

/** A random valid framework, with unit data for it and options. */
export const validFramework: fc.Arbitrary<FrameworkCase> = fc
  .tuple(fc.constantFrom(10_000, 10_000, 10_000, 1000, 15_050), fc.integer({ min: 1, max: 5 }))
  .chain(([maxCents, top]) => fc.tuple(fc.constant(maxCents), partition(maxCents, top)))
  .chain(([maxCents, parts]) =>
    fc.record({
      maxCents: fc.constant(maxCents),
      tops: fc.tuple(...parts.map((p, i) => indicatorArb(`i${i}`, p, 0))),
      scale:
        maxCents === 10_000 ? fc.constantFrom(undefined, 'mof2020', undefined) : scaleArb(maxCents),
      facts: fc
        .tuple(
          factValue,
          factValue,
          factValue,
          fc.integer({ min: 0, max: 10_000 }).map(cents),
          fc.nat(20),
        )
        .map(([f0, f1, f2, f3, drop]) => {
          // Now and then one fact is missing.
          const all: Record<string, unknown> = { f0, f1, f2, f3 };
          if (drop < 4) Reflect.deleteProperty(all, `f${drop}`);
          return all;
        }),
      policies: fc.option(
        fc.record(
          {
            notApplicable: fc.constantFrom('redistribute', 'rescale', 'zero'),
            missing: fc.constantFrom('error', 'zero'),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
      unit: fc.option(
        fc.record(
          {
            name: fc.constantFrom('临泽县科学技术协会', '某局'),
            year: fc.integer({ min: 1900, max: 2200 }),
          },
          { requiredKeys: ['name'] },
        ),
        { nil: undefined },
      ),
    }),
  )
  .chain(({ maxCents, tops, scale, facts, policies, unit }) => {
    const weights = JSON.stringify(tops.map((t) => t.indicator));
    const fractional = /"weight":"\d+\.\d/.test(weights) || maxCents % 100 !== 0;
    const answers = tops.flatMap((t) => t.answers);
    const innerIds = [...weights.matchAll(/"id":"([^"]+)","name":"分组/g)].map((m) => m[1] ?? '');
    return fc.record({
      doc: fc.constant({
        id: 'fuzz',
        version: '1',
        name: { zh: '模糊测试体系', en: 'Fuzz framework' },
        facts: FUZZ_FACTS,
        metrics: FUZZ_METRICS,
        indicators: tops.map((t) => t.indicator),
        ...(scale === undefined ? {} : { scale }),
        ...(policies === undefined ? {} : { policies }),
      }),
      answers: fc.tuple(
        ...answers.map(([id, a]) =>
          fc.oneof(
            { arbitrary: a.map((x) => [id, x] as const), weight: 40 },
            {
              arbitrary: fc.constant([
                id,
                { notApplicable: true, reason: '本年度无此项' },
              ] as const),
              weight: 2,
            },
            { arbitrary: fc.constant([id, undefined] as const), weight: 1 },
          ),
        ),
      ),
      innerNa: fc.subarray(innerIds, { maxLength: Math.min(1, innerIds.length) }),
      options: fc.option(
        fc.record(
          {
            notApplicable: fc.constantFrom('redistribute', 'rescale', 'zero'),
            missing: fc.constantFrom('error', 'zero'),
            rounding: roundingArb(fractional ? 2 : 0),
            ...(maxCents === 10_000
              ? { scale: fc.oneof(fc.constant('mof2020'), scaleArb(10_000)) }
              : {}),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
      facts: fc.constant(facts),
      unit: fc.constant(unit),
    });
  })
  .map(({ doc, answers, innerNa, options, facts, unit }): FrameworkCase => {
    const given: Record<string, unknown> = {};
    for (const [id, a] of answers) if (a !== undefined) given[id] = a;
    for (const id of innerNa) given[id] = { notApplicable: true, reason: '整体不适用' };
    return {
      doc,
      data: { ...(unit === undefined ? {} : { unit }), facts, answers: given },
      options,
    };
  });

// ---------------------------------------------------------------------------------------------
// Unit data for a given framework (department2013)

/** A rule as a framework document writes it. */
type RuleDoc = Record<string, unknown> & { kind: string };

/** A leaf of a framework document: its id, weight in hundredths and rule. */
export interface LeafDoc {
  readonly id: string;
  readonly wc: number;
  readonly rule: RuleDoc;
}

/**
 * The leaves of a framework document.
 *
 * @param indicators - the document's indicators
 * @returns every leaf with its weight in hundredths
 */
export function leavesOf(indicators: readonly unknown[]): LeafDoc[] {
  const out: LeafDoc[] = [];
  const walk = (n: {
    id: string;
    weight: number | string;
    rule?: RuleDoc;
    children?: unknown[];
  }) => {
    if (n.children)
      n.children.forEach((c) => {
        walk(c as typeof n);
      });
    else if (n.rule) out.push({ id: n.id, wc: Math.round(Number(n.weight) * 100), rule: n.rule });
  };
  indicators.forEach((n) => {
    walk(n as Parameters<typeof walk>[0]);
  });
  return out;
}

/**
 * An answer that fits a rule of a weight of `wc` hundredths (or `undefined` when the rule reads facts).
 *
 * @param rule - the rule
 * @param wc - the weight in hundredths
 * @returns the answer
 */
export function answerFor(
  rule: RuleDoc,
  wc: number,
): fc.Arbitrary<Record<string, unknown> | undefined> {
  switch (rule.kind) {
    case 'elements': {
      const items = rule.items as { id: string }[];
      return fc
        .tuple(
          fc.array(fc.boolean(), { minLength: items.length, maxLength: items.length }),
          fc.boolean(),
        )
        .map(([met, g]) => ({
          elements: Object.fromEntries(items.map((it, i) => [it.id, met[i] ?? true])),
          ...(rule.gate ? { gate: g } : {}),
        }));
    }
    case 'levels': {
      const defs =
        rule.levels === 'mof2020'
          ? [
              { id: 'achieved', lo: 80, hi: 100, loIn: true, hiIn: true },
              { id: 'partial', lo: 60, hi: 80, loIn: true, hiIn: false },
              { id: 'unachieved', lo: 0, hi: 60, loIn: true, hiIn: false },
            ]
          : (
              rule.levels as {
                id: string;
                min: string;
                max: string;
                minInclusive?: boolean;
                maxInclusive?: boolean;
              }[]
            ).map((l) => ({
              id: l.id,
              lo: Math.round(Number(l.min) * 100),
              hi: Math.round(Number(l.max) * 100),
              loIn: l.minInclusive ?? true,
              hiIn: l.maxInclusive ?? true,
            }));
      return fc
        .tuple(fc.nat(defs.length - 1), fc.double({ min: 0, max: 1, noNaN: true }))
        .map(([i, at]) => {
          const d = defs[i] ?? defs[0];
          if (!d) return undefined;
          const points = pointsIn(wc, d.lo, d.hi, d.loIn, d.hiIn, at);
          return { level: d.id, ...(points === null ? {} : { points }) };
        });
    }
    case 'survey':
      if (rule.metric !== undefined) return fc.constant(undefined);
      if (Array.isArray(rule.options)) {
        const opts = rule.options as { id: string }[];
        return fc
          .array(fc.integer({ min: 0, max: 500 }), {
            minLength: opts.length,
            maxLength: opts.length,
          })
          .map((v) => ({ votes: Object.fromEntries(opts.map((o, i) => [o.id, v[i] ?? 0])) }));
      }
      return fc.integer({ min: 0, max: 10_000 }).map((r) => ({ rate: cents(r) }));
    case 'manual':
      return fc
        .integer({ min: 0, max: wc })
        .map((p) => ({ points: cents(p), justification: '依据材料' }));
    case 'gate':
      return rule.condition === undefined
        ? fc.boolean().map((passed) => ({ passed }))
        : fc.constant(undefined);
    default:
      return rule.metric === undefined
        ? valueAnswer.map((value) => ({ value }))
        : fc.constant(undefined);
  }
}

/** Values of facts as units report them: counts, amounts, rates, now and then zero or negative. */
export const factsFor = (names: readonly string[]): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      fc.array(factValue, { minLength: names.length, maxLength: names.length }),
      fc.nat(names.length * 8),
    )
    .map(([values, drop]) => {
      const out: Record<string, unknown> = {};
      names.forEach((n, i) => {
        if (i !== drop) out[n] = values[i];
      });
      return out;
    });

/**
 * Unit data for a framework document: facts for its declared facts, answers fitting its rules.
 *
 * @param doc - the framework document
 * @returns the unit data
 */
export function unitDataFor(doc: {
  facts?: object;
  indicators: readonly unknown[];
}): fc.Arbitrary<Record<string, unknown>> {
  const leaves = leavesOf(doc.indicators);
  return fc
    .record({
      facts: factsFor(Object.keys(doc.facts ?? {})),
      answers: fc.tuple(
        ...leaves.map((l) =>
          fc.oneof(
            { arbitrary: answerFor(l.rule, l.wc), weight: 30 },
            { arbitrary: fc.constant({ notApplicable: true, reason: '无此项' }), weight: 1 },
            { arbitrary: fc.constant(undefined), weight: 1 },
          ),
        ),
      ),
      unit: fc.option(
        fc.record({
          name: fc.constantFrom('临泽县科学技术协会', '某局'),
          year: fc.integer({ min: 1900, max: 2200 }),
        }),
        { nil: undefined },
      ),
    })
    .map(({ facts, answers, unit }) => {
      const given: Record<string, unknown> = {};
      leaves.forEach((l, i) => {
        const a = answers[i];
        if (a !== undefined) given[l.id] = a;
      });
      return { ...(unit === undefined ? {} : { unit }), facts, answers: given };
    });
}

/** Evaluation options: every policy, rounding that keeps weights of `minPlaces` decimals on the grid. */
export const evaluateOptions = (
  minPlaces: number,
  max100: boolean,
): fc.Arbitrary<Record<string, unknown> | undefined> =>
  fc.option(
    fc.record(
      {
        notApplicable: fc.constantFrom('redistribute', 'rescale', 'zero'),
        missing: fc.constantFrom('error', 'zero'),
        rounding: roundingArb(minPlaces),
        ...(max100 ? { scale: fc.oneof(fc.constant('mof2020'), scaleArb(10_000)) } : {}),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  );

/**
 * A local weight table for a framework document: `moves` times, some hundredths of one leaf's weight
 * go to another, so the total stays the same and every weight stays positive.
 *
 * @param doc - the framework document
 * @returns leaf id → new weight
 */
export function weightTableFor(doc: {
  indicators: readonly unknown[];
}): fc.Arbitrary<Record<string, string>> {
  const leaves = leavesOf(doc.indicators);
  return fc
    .array(
      fc.tuple(
        fc.nat(leaves.length - 1),
        fc.nat(leaves.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
      ),
      { maxLength: 4 },
    )
    .map((moves) => {
      const w = leaves.map((l) => l.wc);
      for (const [from, to, share, whole] of moves) {
        if (from === to) continue;
        const available = (w[from] ?? 0) - (whole ? 100 : 1);
        let d = Math.floor(available * share);
        if (whole) d -= d % 100;
        if (d <= 0) continue;
        w[from] = (w[from] ?? 0) - d;
        w[to] = (w[to] ?? 0) + d;
      }
      const out: Record<string, string> = {};
      leaves.forEach((l, i) => {
        if (w[i] !== l.wc) out[l.id] = cents(w[i] ?? l.wc);
      });
      return out;
    });
}

// ---------------------------------------------------------------------------------------------
// Tables as Excel saves them (CSV), and text with one thing wrong

const csvCell = (v: unknown): string => {
  const s = v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * A table as Excel saves it: lines 单位 / 项目名称 / 年度, the header, the budget row, the rows with
 * merged 一级 / 二级 cells left empty, then 合计 and 评价等级; the 101号 layout (指标性质 / 度量单位
 * columns) when `columns` is set.
 *
 * @param table - a self-evaluation table
 * @param columns - whether to use the 101号 columns
 * @param published - the 得分 of each row and the budget, the total and the grade, if printed
 * @returns the CSV text
 */
export function tableCsv(
  table: Record<string, unknown>,
  columns: boolean,
  published: { rows?: readonly string[]; budget?: string; total?: string; grade?: string } = {},
): string {
  const t = table as {
    unit?: string;
    project?: string;
    year?: number;
    budget: Record<string, unknown>;
    rows: Record<string, unknown>[];
  };
  const lines: unknown[][] = [];
  if (t.unit !== undefined) lines.push(['单位', t.unit]);
  if (t.project !== undefined) lines.push(['项目名称', t.project]);
  if (t.year !== undefined) lines.push(['年度', t.year]);
  lines.push(
    columns
      ? [
          '一级指标',
          '二级指标',
          '三级指标',
          '指标性质',
          '年度指标值',
          '度量单位',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ]
      : [
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
  );
  const b = t.budget;
  const budgetRow = [
    '预算执行率',
    '',
    '',
    b.adjusted,
    b.executed,
    b.weight ?? 10,
    published.budget,
    b.note,
  ];
  lines.push(
    columns ? [...budgetRow.slice(0, 3), '', budgetRow[3], '', ...budgetRow.slice(4)] : budgetRow,
  );
  let l1: unknown = null;
  let l2: unknown = null;
  t.rows.forEach((r, i) => {
    const sameL1 = r.l1 === l1;
    const sameL2 = sameL1 && r.l2 === l2 && r.l2 !== undefined;
    l1 = r.l1;
    l2 = r.l2;
    const target = r.target as string | { op: string; value?: unknown; unit?: string };
    const points = published.rows?.[i] ?? r.points;
    const names = [sameL1 ? '' : r.l1, sameL2 ? '' : r.l2, r.l3];
    if (columns) {
      const [op, value, unit] =
        typeof target === 'string' ? ['', target, ''] : [target.op, target.value, target.unit];
      lines.push([...names, op, value, unit, r.actual, r.weight, points, r.note]);
    } else {
      const text =
        typeof target === 'string'
          ? target
          : `${target.op}${typeof target.value === 'number' || typeof target.value === 'string' ? target.value : ''}${target.unit ?? ''}`;
      lines.push([...names, text, r.actual, r.weight, points, r.note]);
    }
  });
  if (published.total !== undefined) lines.push(['合计', '', '', '', '', '', published.total]);
  if (published.grade !== undefined) lines.push(['评价等级', published.grade]);
  return `${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** One thing wrong in a text, of the kinds files get wrong. */
export const textFault: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...ODD_PIECES), oddString)).map(
    ([at, piece]) =>
      (s: string) =>
        s.slice(0, at % (s.length + 1)) + piece + s.slice(at % (s.length + 1)),
  ),
  fc.tuple(fc.nat(), fc.nat(40)).map(([at, n]) => (s: string) => {
    const i = at % (s.length + 1);
    return s.slice(0, i) + s.slice(i + n);
  }),
  fc.nat().map((at) => (s: string) => s.slice(0, at % (s.length + 1))),
  fc.constantFrom(
    (s: string) => `\ufeff${s}`,
    (s: string) => s.replace(/\r\n/g, '\n'),
    (s: string) => s.replace(/\r\n/g, '\r'),
    (s: string) => s.replace(/,/g, '\t'),
    (s: string) => s.replace(/,/g, '，'),
    (s: string) => s.replace(/,/, ',,'),
    (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
    (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))),
    (s: string) => s.replace(/"/, ''),
    (s: string) => `${s}"`,
    (s: string) => s.replace(/三级指标/, '三 级 指 标'),
    (s: string) => s.replace(/三级指标/, '指标'),
    (s: string) => s.replace(/分值/, '权重'),
    (s: string) => s.replace(/\r\n(?=[^\r\n]*$)/, '\r\n合计,,,,,,1e999\r\n'),
    (s: string) =>
      s
        .split('\r\n')
        .map((l) => `${l},extra`)
        .join('\r\n'),
    (s: string) =>
      s
        .split('\r\n')
        .flatMap((l) => [l, l])
        .join('\r\n'),
    (s: string) => s.repeat(3),
  ),
);

/** Text that looks like CSV: cells, quotes, line breaks, table words. */
export const csvLike: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      {
        arbitrary: fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', ',,,', '"a,b"', '\ufeff'),
        weight: 4,
      },
      {
        arbitrary: fc.constantFrom(
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '实际完成值',
          '分值',
          '得分',
          '预算执行率',
          '合计',
          '评价等级',
          '指标性质',
          '度量单位',
          '全年预算数',
          '单位',
          '年度',
        ),
        weight: 3,
      },
      { arbitrary: decimalText, weight: 2 },
      { arbitrary: oddString, weight: 2 },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** A table as CSV: valid, with one thing wrong, or CSV-like text. */
export const csvText: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.tuple(validTable, fc.boolean()).map(([c, columns]) => tableCsv(c.table, columns)),
    weight: 3,
  },
  {
    arbitrary: fc
      .tuple(tableWithOneWrong, fc.boolean(), textFault, fc.boolean())
      .map(([c, columns, fault, twice]) => {
        let text: string;
        try {
          text = tableCsv(c.table, columns);
        } catch {
          text = tableCsv({ budget: {}, rows: [] }, columns);
        }
        return twice ? fault(fault(text)) : fault(text);
      }),
    weight: 4,
  },
  { arbitrary: csvLike, weight: 2 },
  { arbitrary: longString, weight: 1 },
);

/** Expressions: tokens of the expression language, mixed with odd text. */
export const expressionText: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'f0',
          'f1',
          'a.b',
          'budget.executed',
          '1',
          '0',
          '100',
          '1e999',
          '0.5',
          '-',
          '+',
          '*',
          '/',
          '×',
          '÷',
          '(',
          ')',
          'min(',
          'max(',
          'abs(',
          ',',
          '<',
          '<=',
          '==',
          '!=',
          '≥',
          '≠',
          'and',
          'or',
          'not',
          ' ',
          'constructor',
          '__proto__',
          'toString',
          '9'.repeat(40),
        ),
        oddString,
      ),
      { maxLength: 40 },
    )
    .map((p) => p.join(' ')),
  fc.constantFrom(1, 32, 33, 100, 1000, 5000).map((n) => `${'('.repeat(n)}1${')'.repeat(n)}`),
  fc.constantFrom(1, 200, 401, 2000).map((n) => Array.from({ length: n }, () => 'f0').join(' + ')),
  longString,
);

/**
 * A framework document with hostile names: indicators, labels of elements, levels and gates, and
 * the framework itself, taken in turn from `names`.
 *
 * @param doc - a framework document
 * @param names - the names to use
 * @returns the renamed copy
 */
export function withHostileNames(
  doc: Record<string, unknown>,
  names: readonly string[],
): Record<string, unknown> {
  let k = 0;
  const next = (): string => names[k++ % names.length] ?? 'x';
  const local = (): unknown => (k % 3 === 0 ? next() : { zh: next(), en: next() });
  const rule = (r: Record<string, unknown>): Record<string, unknown> => {
    const out = { ...r };
    if (Array.isArray(r.items))
      out.items = (r.items as object[]).map((it) => ({ ...it, label: local() }));
    if (Array.isArray(r.levels))
      out.levels = (r.levels as object[]).map((l) => ({ ...l, label: local() }));
    if (r.gate) out.gate = { label: local() };
    if (r.kind === 'gate') out.label = local();
    return out;
  };
  const walk = (n: Record<string, unknown>): Record<string, unknown> => ({
    ...n,
    name: local(),
    ...(n.rule ? { rule: rule(n.rule as Record<string, unknown>) } : {}),
    ...(Array.isArray(n.children)
      ? { children: (n.children as Record<string, unknown>[]).map(walk) }
      : {}),
  });
  return {
    ...doc,
    name: local(),
    indicators: (doc.indicators as Record<string, unknown>[]).map(walk),
  };
}

/** A valid framework case whose names are hostile (and its unit's name too). */
export const hostileNamesFramework: fc.Arbitrary<FrameworkCase> = fc
  .tuple(validFramework, fc.array(hostileName, { minLength: 1, maxLength: 8 }))
  .map(([c, names]) => ({
    doc: withHostileNames(c.doc, names),
    data: { ...c.data, unit: { name: names[0] ?? 'x', year: 2023 } },
    options: c.options,
  }));
