import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { JixiaoError } from '../../src/errors/JixiaoError.js';
import {
  pairProblem,
  parseActual,
  parseTarget,
  readActual,
  readTarget,
  type ParsedActual,
  type ParsedTarget,
  type Read,
} from '../../src/target/parse.js';
import type { Unit } from '../../src/target/units.js';

const PLAIN = /^-?\d+(?:\.\d+)?$/;

/** Decimal strings are plain: no exponent, no NaN, no Infinity, no fraction. */
function plainNumbers(value: ParsedTarget | ParsedActual): void {
  const unit: Unit | null =
    value.kind === 'quantitative' || value.kind === 'range' ? value.unit : null;
  if (unit) expect(unit.factor).toMatch(PLAIN);
  if (value.kind === 'range') {
    expect(value.min).toMatch(PLAIN);
    expect(value.max).toMatch(PLAIN);
  } else if (value.kind === 'quantitative') expect(value.value).toMatch(PLAIN);
}

function wellFormed(r: Read<ParsedTarget> | Read<ParsedActual>): void {
  if (r.ok) plainNumbers(r.value);
  else {
    expect(r.failure.zh).toEqual(expect.any(String));
    expect(r.failure.en).toEqual(expect.any(String));
    expect(r.failure.zh.length).toBeGreaterThan(0);
    expect(r.failure.en.length).toBeGreaterThan(0);
  }
}

/** Calls fn; the only acceptable failure is a JixiaoError. */
function settle(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(JixiaoError);
  }
}

const TOKENS = [
  ...Array.from({ length: 10 }, (_, i) => String(i)),
  '1,000',
  '.',
  ',',
  '-',
  '~',
  '至',
  '到',
  '≥',
  '≤',
  '>',
  '<',
  '=',
  '＞＝',
  '不少于',
  '不超过',
  '约',
  '近',
  '多',
  '余',
  '左右',
  '以上',
  '以下',
  '以内',
  '%',
  '％',
  '‰',
  '"',
  '“',
  '”',
  "'",
  ' ',
  '\u3000',
  '一',
  '两',
  '十',
  '百',
  '千',
  '万',
  '亿',
  '零',
  '元',
  '万元',
  '人次',
  '个',
  '场次',
  '年',
  '12月',
  '月底',
  '定性：',
  '达成',
  '未完成',
  'e',
  'E+5',
  'toString',
  '__proto__',
  'constructor',
];
const mixed = fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((t) => t.join(''));
const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), mixed, mixed);
const columns = fc.record(
  {
    op: fc.oneof(fc.constantFrom('≥', '≤', '=', '>', '<', '定性', '约', ''), text),
    value: fc.oneof(fc.double(), fc.integer(), text),
    unit: fc.oneof(fc.constantFrom('%', '万元', '个', 'toString', ''), text),
  },
  { requiredKeys: ['op'] },
);

describe('the readers never throw and say only plain numbers', () => {
  test.prop([text])('readTarget and readActual on any text', (t) => {
    const target = readTarget(t);
    const actual = readActual(t);
    wellFormed(target);
    wellFormed(actual);
    if (target.ok && actual.ok) pairProblem(target.value, actual.value);
    settle(() => parseTarget(t));
    settle(() => parseActual(t));
  });

  test.prop([columns])('readTarget on any columns', (c) => {
    wellFormed(readTarget(c));
    settle(() => parseTarget(c));
  });

  test.prop([fc.oneof(fc.double(), fc.integer(), fc.bigInt())])('readActual on any number', (n) => {
    wellFormed(readActual(n as number));
    settle(() => parseActual(n as number));
    wellFormed(readTarget(n as never));
    settle(() => parseTarget(n as never));
  });

  test.prop([fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true })])(
    'read* answer anything with a failure or a reading; parse* throw only JixiaoError',
    (value) => {
      wellFormed(readTarget(value as never));
      wellFormed(readActual(value as never));
      settle(() => parseTarget(value as never));
      settle(() => parseActual(value as never));
      settle(() => pairProblem(value as never, value as never));
    },
  );
});
