import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { JixiaoError } from '../../src/errors/JixiaoError.js';
import { compare, compareRange, overCompleted } from '../../src/target/compare.js';
import { memo } from '../../src/target/memo.js';
import { arabic, chinese, readNumber } from '../../src/target/number.js';
import {
  pairProblem,
  parseActual,
  parseTarget,
  readActual,
  readTarget,
  type ParsedActual,
} from '../../src/target/parse.js';
import {
  failure,
  leadingOp,
  looksNumeric,
  normalise,
  quantity,
  trailingOp,
} from '../../src/target/read.js';
import { convert, splitUnit, unitOf } from '../../src/target/units.js';

/** The number an actual states (or its kind, when it states none). */
const valueOf = (a: ParsedActual): string => (a.kind === 'quantitative' ? a.value : a.kind);

const PROTOTYPE_WORDS = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'];

/** The JixiaoError a call throws (fails the test when it throws anything else, or nothing). */
function jixiaoError(call: () => unknown): JixiaoError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(JixiaoError);
    return e as JixiaoError;
  }
  return expect.fail('no error');
}

describe('issue 8 defect 3: a unit spelled like a property of Object.prototype', () => {
  it.each(PROTOTYPE_WORDS)('issue 8 defect 3: "%s" is an unknown unit, never a crash', (word) => {
    expect(unitOf(word)).toBeNull();
    expect(unitOf(`万${word}`)).toBeNull();
    expect(splitUnit(`5${word}`)).toEqual([`5${word}`, '']);
    expect(quantity(`5${word}`)).toBeNull();
    expect(chinese(word)).toBeNull();
    expect(readNumber(word)).toBeNull();
    const unknown = { zh: `未知的计量单位「${word}」`, en: `unknown unit "${word}"` };
    for (const r of [
      readTarget(`≥90${word}`),
      readTarget(`90${word}`),
      readTarget({ op: '≥', value: 90, unit: word }),
      readActual(`5${word}`),
    ]) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.failure.zh).toContain(unknown.zh);
        expect(r.failure.en).toContain(unknown.en);
      }
    }
    expect(jixiaoError(() => parseTarget(`≥90${word}`)).issues[0].code).toBe('target_unparseable');
    expect(jixiaoError(() => parseActual(`5${word}`)).issues[0].code).toBe('actual_unparseable');
    expect(readTarget({ op: word, value: 90 }).ok).toBe(false);
    expect(readActual(word)).toEqual({
      ok: true,
      value: { kind: 'qualitative', tier: null, text: word },
    });
  });
});

describe('issue 8 defect 8: wrong arguments', () => {
  it('issue 8 defect 8: read* answer any wrong type with a failure in both languages', () => {
    const wrongTargets: unknown[] = [
      null,
      undefined,
      95,
      NaN,
      true,
      [],
      ['≥95'],
      Object.create(null),
      {},
      { op: 5 },
      { op: '≥', value: {} },
      { op: '≥', value: NaN },
      { op: '≥', value: Infinity },
      { op: '≥', value: 95, unit: 5 },
      { op: '≥', value: null },
      Symbol('x'),
      BigInt(95),
      () => '≥95',
    ];
    for (const [k, raw] of wrongTargets.entries()) {
      const r = readTarget(raw as never);
      expect(r.ok, `wrongTargets[${k}]`).toBe(false);
      if (!r.ok) expect([typeof r.failure.zh, typeof r.failure.en]).toEqual(['string', 'string']);
    }
    const wrongActuals = [null, undefined, NaN, Infinity, -Infinity, {}, [], true, BigInt(1)];
    for (const [k, raw] of wrongActuals.entries())
      expect(readActual(raw as never).ok, `wrongActuals[${k}]`).toBe(false);
    const bare = readTarget(95 as never);
    expect(!bare.ok && bare.failure.en).toContain('"≥95"');
    expect(!bare.ok && bare.failure.zh).toContain('「≥95」');
  });

  it('issue 8 defect 8: parse* throw a JixiaoError naming the argument', () => {
    const bare = jixiaoError(() => parseTarget(95 as never));
    expect(bare.issues[0].code).toBe('invalid_input');
    expect(bare.issues[0].message.en).toMatch(/text such as "≥95".*got number 95/);
    expect(jixiaoError(() => parseTarget(1.5 as never)).message).toContain('"≥1.5"');
    expect(jixiaoError(() => parseTarget(null as never)).issues[0].path).toEqual(['text']);
    expect(jixiaoError(() => parseTarget({ op: 5 } as never)).issues[0].path).toEqual(['text.op']);
    expect(jixiaoError(() => parseActual(Object.create(null) as never)).issues[0].code).toBe(
      'invalid_input',
    );
    expect(jixiaoError(() => parseActual(NaN)).message).toContain('finite number');
    expect(jixiaoError(() => parseTarget('≥95', 'rows' as never)).issues[0].path).toEqual(['at']);
    expect(jixiaoError(() => parseActual('5', [{}] as never)).issues[0].path).toEqual(['at']);
    // Right arguments still read, and a wrong text is still a reading error at its path.
    expect(parseTarget('≥95', ['rows', 0])).toMatchObject({ value: '95' });
    expect(jixiaoError(() => parseTarget('≥x', ['rows', 0])).issues[0].path).toEqual(['rows', 0]);
  });

  it('issue 8 defect 8: every other export of src/target checks its arguments', () => {
    const one = dec(1);
    const unit = unitOf('元')!;
    const calls: [string, () => unknown][] = [
      ['unitOf(null)', () => unitOf(null as never)],
      ['unitOf(95)', () => unitOf(95 as never)],
      ['splitUnit(1)', () => splitUnit(1 as never)],
      ['normalise(undefined)', () => normalise(undefined as never)],
      ['leadingOp(null)', () => leadingOp(null as never)],
      ['trailingOp({})', () => trailingOp({} as never)],
      ['quantity(5)', () => quantity(5 as never)],
      ['looksNumeric(null)', () => looksNumeric(null as never)],
      ["failure('x', 'a')", () => failure('x' as never, 'a')],
      ["failure('target', null)", () => failure('target', null as never)],
      ["failure('target', 'a', {})", () => failure('target', 'a', {} as never)],
      ['arabic(1)', () => arabic(1 as never)],
      ['chinese(null)', () => chinese(null as never)],
      ['readNumber({})', () => readNumber({} as never)],
      ["convert('1', unit, unit)", () => convert('1' as never, unit, unit)],
      ['convert(one, null, unit)', () => convert(one, null as never, unit)],
      ["convert(one, unit, { factor: '0' })", () => convert(one, unit, { factor: 'x' } as never)],
      ["compare('>>', one, one)", () => compare('>>' as never, one, one)],
      ["compare('>=', 1, one)", () => compare('>=', 1 as never, one)],
      ['compareRange(one, one, null)', () => compareRange(one, one, null as never)],
      ["overCompleted('>=', one, one, 1.3)", () => overCompleted('>=', one, one, 1.3 as never)],
      ['pairProblem(null, actual)', () => pairProblem(null as never, parseActual('1'))],
      ['pairProblem(target, {})', () => pairProblem(parseTarget('≥1'), {} as never)],
      [
        "pairProblem({ kind: 'x' }, actual)",
        () => pairProblem({ kind: 'x' } as never, parseActual('1')),
      ],
      ['memo(null)', () => memo(null as never)],
      ['memo(fn, 2)', () => memo((k: string) => k, 2 as never)],
      ['memo(fn, { entries: -1 })', () => memo((k: string) => k, { entries: -1 })],
    ];
    for (const [name, call] of calls) {
      expect(jixiaoError(call).issues[0].code, name).toBe('invalid_input');
    }
  });
});

describe('issue 8 defect 11: every decimal string the readers make is plain', () => {
  it('issue 8 defect 11: a 62-digit actual holds its digits, never "1e+61"', () => {
    const digits = `1${'0'.repeat(61)}`;
    expect(parseActual(digits)).toMatchObject({ kind: 'quantitative', value: digits });
    expect(parseTarget(`≥${digits}元`)).toMatchObject({ value: digits });
    expect(valueOf(parseActual('1,000,000,000,000,000,000,000万亿'))).toBe(`1${'0'.repeat(33)}`);
  });

  it('issue 8 defect 11: numbers given as numbers are written out in full', () => {
    expect(readActual(1e21)).toMatchObject({
      ok: true,
      value: { value: `1${'0'.repeat(21)}`, text: `1${'0'.repeat(21)}` },
    });
    expect(valueOf(parseActual(1e-7))).toBe('0.0000001');
    expect(valueOf(parseActual(-2.5e-3))).toBe('-0.0025');
    expect(valueOf(parseActual(5e-324))).toBe(`0.${'0'.repeat(323)}5`);
    expect(parseTarget({ op: '≥', value: 1e300, unit: '元' })).toMatchObject({
      value: `1${'0'.repeat(300)}`,
    });
    expect(valueOf(parseActual(37.24))).toBe('37.24');
  });

  it('issue 8 defect 11: huge Chinese numerals are exact (亿亿 and 万亿 included)', () => {
    const cases: [string, string][] = [
      ['九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九', '9999999999999999'],
      ['一亿亿', `1${'0'.repeat(16)}`],
      ['九千亿亿', `9${'0'.repeat(19)}`],
      ['三万亿', `3${'0'.repeat(12)}`],
      ['五千万亿', `5${'0'.repeat(15)}`],
      ['一万零五百亿', '1050000000000'],
      ['三亿五千万', '350000000'],
      ['一亿一万', '100010000'],
      ['三亿零五', '300000005'],
      ['十万', '100000'],
    ];
    for (const [text, value] of cases) expect(chinese(text)?.toString(), text).toBe(value);
    for (const bad of ['万亿', '亿亿', '零万', '三四万']) expect(chinese(bad), bad).toBeNull();
    expect(parseActual('两万亿元')).toMatchObject({ value: '2000000000000', unit: { text: '元' } });
    expect(parseActual('2亿亿份')).toMatchObject({ unit: { factor: `1${'0'.repeat(16)}` } });
    expect(unitOf('万亿元')).toMatchObject({ family: 'money', factor: `1${'0'.repeat(12)}` });
  });
});
