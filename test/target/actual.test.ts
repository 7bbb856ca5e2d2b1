/**
 * readActual / parseActual (src/target/actual.ts): bounds written around an actual, empty cells,
 * and the text kept.
 */
import { describe, expect, it } from 'vitest';
import { parseActual } from '../../src/index.js';
import { readActual } from '../../src/target/parse.js';
import { issuesOf } from '../helpers.js';

describe('readActual: a comparator around an actual bounds it', () => {
  it.each([
    // ≥ and > in front: at least the number
    ['≥96.5%', '96.5', 'more'],
    ['>96.5%', '96.5', 'more'],
    // 以上 behind: at least
    ['96.5%以上', '96.5', 'more'],
    // ≤ and < in front: at most
    ['≤3.5天', '3.5', 'less'],
    ['<3.5天', '3.5', 'less'],
    ['不超过3.5天', '3.5', 'less'],
    // 以内 / 以下 behind: at most
    ['3.5天以内', '3.5', 'less'],
    ['3.5天以下', '3.5', 'less'],
    // "=" states the number: the approximation written with it stays
    ['=约96.5%', '96.5', 'about'],
    // no comparator: the approximation written, or none
    ['96.5%左右', '96.5', 'about'],
    ['96.5%', '96.5', null],
  ])('%s reads as %s, approx %s', (text, value, approx) => {
    const r = readActual(text);
    expect(r).toMatchObject({ ok: true, value: { kind: 'quantitative', value, text } });
    expect(r.ok && r.value.kind === 'quantitative' && r.value.approx).toBe(approx);
  });
});

describe('readActual: empty cells and the text kept', () => {
  it.each([
    // spaces only, one of them full-width
    [' \u3000\t'],
    // quotes only (NFKC and quotes removed leave nothing)
    ['“”'],
  ])('%j is empty', (text) => {
    const quoted = text.trim();
    expect(readActual(text)).toEqual({
      ok: false,
      failure: {
        zh: `实际完成值「${quoted}」无法识别：为空`,
        en: `cannot read the actual value "${quoted}": it is empty`,
      },
    });
  });

  it('parseActual throws actual_unparseable for an empty cell, at the path', () => {
    expect(issuesOf(() => parseActual('   ', ['rows', 0, 'actual']))).toEqual([
      {
        code: 'actual_unparseable',
        path: ['rows', 0, 'actual'],
        message: {
          zh: '实际完成值「」无法识别：为空',
          en: 'cannot read the actual value "": it is empty',
        },
      },
    ]);
  });

  it.each([
    // a quantity
    ['  47场次\u3000', { kind: 'quantitative', value: '47', text: '47场次' }],
    // words with a tier
    [' 基本完成 ', { kind: 'qualitative', tier: 'partial', text: '基本完成' }],
  ])('keeps %j trimmed', (text, expected) => {
    expect(parseActual(text)).toMatchObject(expected);
  });
});
