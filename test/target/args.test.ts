/**
 * The argument checks of the readers (src/target/args.ts), as JavaScript callers meet them: the
 * read* functions answer with a failure, the parse* functions throw invalid_input, both naming the
 * argument and what it should be.
 */
import { describe, expect, it } from 'vitest';
import { parseActual, parseTarget } from '../../src/index.js';
import { readActual, readTarget } from '../../src/target/parse.js';
import { issuesOf } from '../helpers.js';

type Columns = Parameters<typeof readTarget>[0];

describe('readTarget / parseTarget: a wrong 指标值 argument', () => {
  it.each([
    // not text, not columns
    [
      null,
      '',
      'null',
      '文本（如「≥95」）或 { op, value, unit } 三列',
      'text such as "≥95", or the columns { op, value, unit }',
    ],
    [
      ['≥95'],
      '',
      'array',
      '文本（如「≥95」）或 { op, value, unit } 三列',
      'text such as "≥95", or the columns { op, value, unit }',
    ],
    // a bare number: the message shows how to write it
    [
      95.5,
      '',
      'number 95.5',
      '文本，如「≥95.5」（数字须连同比较符写成文本）',
      'text such as "≥95.5" (a number must be written as text, with its comparator)',
    ],
    // columns whose 指标性质 is not text
    [{ op: 5, value: 95 }, '.op', 'number 5', '字符串', 'a string'],
    // columns whose 指标值 is neither text nor a finite number
    [{ op: '≥', value: {} }, '.value', 'object', '有限数字或字符串', 'a finite number or a string'],
    [
      { op: '≥', value: Number.NaN },
      '.value',
      'number NaN',
      '有限数字或字符串',
      'a finite number or a string',
    ],
    // columns whose 度量单位 is not text
    [{ op: '≥', value: 95, unit: 5 }, '.unit', 'number 5', '字符串', 'a string'],
  ])('%j', (raw, at, got, zh, en) => {
    expect(readTarget(raw as unknown as Columns)).toEqual({
      ok: false,
      failure: {
        zh: `参数 raw${at} 应为${zh}，实际为 ${got}`,
        en: `argument raw${at} must be ${en}, got ${got}`,
      },
    });
    expect(issuesOf(() => parseTarget(raw as unknown as Columns))).toEqual([
      {
        code: 'invalid_input',
        path: [`text${at}`],
        message: {
          zh: `参数 text${at} 应为${zh}，实际为 ${got}`,
          en: `argument text${at} must be ${en}, got ${got}`,
        },
      },
    ]);
  });
});

describe('readActual / parseActual: a wrong 实际完成值 argument', () => {
  it.each([
    [null, 'null'],
    [Number.POSITIVE_INFINITY, 'number Infinity'],
    [{ value: 95 }, 'object'],
  ])('%j', (raw, got) => {
    expect(readActual(raw as unknown as string)).toEqual({
      ok: false,
      failure: {
        zh: `参数 raw 应为文本或有限数字，实际为 ${got}`,
        en: `argument raw must be text or a finite number, got ${got}`,
      },
    });
    expect(issuesOf(() => parseActual(raw as unknown as string))).toEqual([
      {
        code: 'invalid_input',
        path: ['text'],
        message: {
          zh: `参数 text 应为文本或有限数字，实际为 ${got}`,
          en: `argument text must be text or a finite number, got ${got}`,
        },
      },
    ]);
  });
});

describe('parseTarget / parseActual: a path that is not one', () => {
  it.each([
    // a dotted string instead of an array
    ['rows.2', 'string "rows.2"'],
    // an array with something other than keys and indexes
    [['rows', null], 'array'],
  ])('%j', (at, got) => {
    const expected = [
      {
        code: 'invalid_input',
        path: ['at'],
        message: {
          zh: `参数 at 应为由字符串和数字组成的路径数组，实际为 ${got}`,
          en: `argument at must be a path, an array of strings and numbers, got ${got}`,
        },
      },
    ];
    const path = at as unknown as (string | number)[];
    expect(issuesOf(() => parseTarget('≥95%', path))).toEqual(expected);
    expect(issuesOf(() => parseActual('96%', path))).toEqual(expected);
  });
});
