import { describe, expect, it } from 'vitest';
import { pointsAgree, rateAgrees, readPrinted } from '../../src/audit/printed.js';
import { dec } from '../../src/decimal.js';
import { MAX_NUMBER_LENGTH } from '../../src/target/number.js';

/** A printed figure as a plain object (Dec values as strings). */
const read = (raw: number | string | undefined) => {
  const p = readPrinted(raw);
  return p
    ? { text: p.text, value: p.value.toString(), unit: p.unit.toString(), percent: p.percent }
    : p;
};

describe('readPrinted', () => {
  it.each([
    // A JSON number prints as its decimal; it is never a percentage.
    [86, { text: '86', value: '86', unit: '1', percent: false }],
    [9.9, { text: '9.9', value: '9.9', unit: '0.1', percent: false }],
    // The text is shown without the spaces around it.
    [' 9.50 ', { text: '9.50', value: '9.5', unit: '0.01', percent: false }],
    // A trailing 分 is the unit of points, not part of the number.
    ['9.90分', { text: '9.90分', value: '9.9', unit: '0.01', percent: false }],
    // A percent sign is kept as a flag; the value stays in percent.
    ['86.19%', { text: '86.19%', value: '86.19', unit: '0.01', percent: true }],
    ['１００％', { text: '１００％', value: '100', unit: '1', percent: true }],
    // Thousands separators are dropped.
    ['1,000', { text: '1,000', value: '1000', unit: '1', percent: false }],
    ['-1', { text: '-1', value: '-1', unit: '1', percent: false }],
  ])('reads %j', (raw, expected) => {
    expect(read(raw)).toEqual(expected);
  });

  it.each([
    // Not printed: blank, a dash or a slash (any run of them).
    [undefined],
    [''],
    ['   '],
    ['—'],
    ['——'],
    ['-'],
    ['/'],
    ['／'],
    ['—分'],
  ])('%j is not printed (null)', (raw) => {
    expect(readPrinted(raw)).toBeNull();
  });

  it.each([
    // A number with text before or after it, or 分 in the middle, is not a figure.
    ['x9'],
    ['9x'],
    ['9分5'],
    ['分9'],
    ['9-'],
    ['—9'],
    ['十分'],
    // Not finite.
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ])('%j is unreadable (undefined)', (raw) => {
    expect(readPrinted(raw)).toBeUndefined();
  });

  it('reads a number as long as the longest a table prints, and no longer', () => {
    const longest = '1'.repeat(MAX_NUMBER_LENGTH);
    expect(readPrinted(longest)?.value.toString()).toBe(longest);
    expect(readPrinted(`${longest}1`)).toBeUndefined();
  });
});

describe('rateAgrees: how a printed 执行率 is read', () => {
  const share = dec('0.965');
  it.each([
    // With a percent sign: percent, within one unit of the last digit.
    ['96.5%', true],
    ['97%', true],
    ['96.3%', false],
    // 0.965 with a percent sign is 0.965 %, not 96.5 %.
    ['0.965%', false],
    // A decimal of at most 1 without a percent sign is a share.
    ['0.965', true],
    ['0.97', true],
    ['0.95', false],
    // A whole number, or a decimal above 1, without a percent sign is percent.
    ['96.5', true],
    ['97', true],
    ['95', false],
  ])('%s for a share of 0.965: %s', (text, agrees) => {
    const p = readPrinted(text) ?? expect.fail(`"${text}" should read as a printed figure`);
    expect(rateAgrees(p, share)).toBe(agrees);
  });

  it('reads a JSON number without a percent sign the same way', () => {
    // 0.965 is a share; 96.5 is percent.
    expect(rateAgrees(readPrinted(0.965) ?? expect.fail(), share)).toBe(true);
    expect(rateAgrees(readPrinted(96.5) ?? expect.fail(), share)).toBe(true);
    expect(rateAgrees(readPrinted(0.95) ?? expect.fail(), share)).toBe(false);
  });
});

describe('pointsAgree', () => {
  it.each([
    // Within one unit of the last printed digit.
    ['8.61', '8.615', true],
    ['8.61', '8.62', true],
    ['8.61', '8.6201', false],
    ['8.6', '8.7', true],
    ['8.6', '8.71', false],
    // A whole number agrees within half a point only: a stepped 9 for 9.90 does not.
    ['9', '9.5', true],
    ['9', '9.51', false],
    ['9', '9.90', false],
  ])('%s against %s: %s', (text, computed, agrees) => {
    expect(pointsAgree(readPrinted(text) ?? expect.fail(), dec(computed))).toBe(agrees);
  });
});
