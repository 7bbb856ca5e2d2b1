import { describe, expect, it } from 'vitest';
import { MAX_NUMBER_LENGTH } from '../../src/target/number.js';
import {
  pairProblem,
  parseActual,
  parseTarget,
  readActual,
  readTarget,
} from '../../src/target/parse.js';
import { MAX_QUOTED, leadingOp, normalise, quantity, trailingOp } from '../../src/target/read.js';
import { splitUnit, unitOf } from '../../src/target/units.js';

const N = 100_000;
/** `unit` repeated to exactly N characters. */
const long = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

/** A message quotes at most MAX_QUOTED characters of a text, whatever its length. */
function shortMessage(m: { zh: string; en: string }): void {
  expect(m.zh.length).toBeLessThan(MAX_QUOTED + 200);
  expect(m.en.length).toBeLessThan(MAX_QUOTED + 200);
}

describe('issue 8 defect 6: readers are linear on 100,000-character texts', () => {
  it('issue 8 defect 6: quotes around a text are stripped however many there are', () => {
    const quotes = long('"');
    expect(normalise(quotes)).toBe('');
    expect(normalise(`${quotes}≥95%${long('”')}`)).toBe('≥95%');
    expect(normalise(`“${long(' ')}≥ 95 %${long('’')}`)).toBe('≥95%');
    const text = `x${quotes}x`;
    expect(parseTarget(text)).toEqual({ kind: 'qualitative', standard: text, text });
    expect(parseTarget(`${long('“')}≥95%${long('”')}`)).toMatchObject({ op: '>=', value: '95' });
    expect(parseActual(`${long("'")}2万余份${long("'")}`)).toMatchObject({
      value: '20000',
      approx: 'more',
    });
    expect(
      parseTarget({ op: long(' ') + '≥', value: `${long('"')}95${long('"')}`, unit: '%' }),
    ).toMatchObject({ op: '>=', value: '95', unit: { text: '%' } });
  });

  it('issue 8 defect 6: a number longer than MAX_NUMBER_LENGTH is refused with a short message', () => {
    const ok = '9'.repeat(MAX_NUMBER_LENGTH);
    expect(parseActual(ok)).toMatchObject({ value: ok });
    for (const digits of [long('1'), long('9'), long('1,'), long('0.')]) {
      for (const r of [readActual(digits), readTarget(`≥${digits}%`), readTarget(digits)]) {
        expect(r.ok).toBe(false);
        if (r.ok) continue;
        shortMessage(r.failure);
        expect(r.failure.en).toMatch(/longer than 400 characters|not of the form|cannot read/);
      }
    }
    const r = readActual(long('1'));
    expect(!r.ok && r.failure.en).toContain(`the number is longer than ${MAX_NUMBER_LENGTH}`);
  });

  const texts: [string, string][] = [
    ['digits', long('1')],
    ['commas', long(',')],
    ['dots', long('.')],
    ['dashes', long('-')],
    ['至', long('至')],
    ['Chinese numerals', long('一')],
    ['十百千', long('十百千')],
    ['万', long('万')],
    ['万亿', long('万亿')],
    ['%', long('%')],
    ['以上', long('以上')],
    ['1-', long('1-')],
    ['1至', long('1至')],
    ['1万', long('1万')],
    ['1,0', long('1,0')],
    ['"1', long('"1')],
    ['12月', long('12月')],
    ['≥', long('≥')],
    ['spaces', long(' \u3000\t')],
    ['toString', long('toString')],
  ];

  it.each(texts)('issue 8 defect 6: every reader reads %s × 100,000 correctly', (_name, text) => {
    for (const r of [
      readTarget(text),
      readTarget(`≥${text}`),
      readTarget(`1${text}1`),
      readTarget({ op: '≥', value: text, unit: '个' }),
      readTarget({ op: text, value: '1' }),
    ]) {
      if (!r.ok) shortMessage(r.failure);
    }
    for (const r of [readActual(text), readActual(`${text}元`), readActual(`1${text}-2`)]) {
      if (!r.ok) shortMessage(r.failure);
    }
    expect(unitOf(text)).toBeNull();
    expect(quantity(text)).toBeNull();
    expect(quantity(`1${text}`)).toBeNull();
    const [rest, unit] = splitUnit(`${text}元`);
    expect(rest + unit).toBe(`${text}元`);
    expect(leadingOp(`≥${text}`)).toEqual(['>=', text]);
    expect(trailingOp(`${text}以内`)).toEqual(['<=', text]);
    expect(normalise(text).length).toBeLessThanOrEqual(text.length);
    const problem = pairProblem(parseTarget('≥1'), parseActual(`达成${text}`));
    expect(problem?.code).toBe('actual_unparseable');
    if (problem) shortMessage(problem.params as { zh: string; en: string });
  });

  it('issue 8 defect 6: long texts keep their readings', () => {
    expect(readTarget(long('1'))).toMatchObject({ ok: false });
    expect(parseTarget(long('一'))).toMatchObject({ kind: 'qualitative' });
    expect(readTarget(long('以上')).ok).toBe(false); // a trailing 以上 asks for a quantity
    expect(parseActual(long('以上'))).toMatchObject({ kind: 'qualitative', tier: null });
    expect(parseActual(long('toString'))).toMatchObject({ kind: 'qualitative', tier: null });
    expect(readActual(long('1-')).ok).toBe(false);
    expect(readTarget(long('1-')).ok).toBe(false);
    expect(leadingOp(long('≥'))).toEqual(['>=', long('≥').slice(1)]);
    expect(splitUnit(`${long('1')}万元`)).toEqual([long('1'), '万元']);
    expect(readTarget(`${long('"')}定性：${long('好')}`)).toMatchObject({
      ok: true,
      value: { kind: 'qualitative', standard: long('好') },
    });
  });
});
