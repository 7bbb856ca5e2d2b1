import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/index.js';
import { issuesOf, oneLeaf, scoreX } from '../helpers.js';

const pass: Rule = {
  kind: 'bands',
  metric: 'a',
  bands: [
    { max: 60, share: 0 },
    { min: 60, max: 90, points: 6 },
    { min: 90, share: 1 },
  ],
};

/** Code, path and both texts of every issue a call throws. */
const issues = (fn: () => unknown) =>
  issuesOf(fn).map((i) => [i.code, i.path, i.message.zh, i.message.en]);

const bad = (bands: unknown[]) =>
  issues(() => oneLeaf({ kind: 'bands', metric: 'a', bands } as Rule));

const incoherent = (at: (string | number)[], zh: string, en: string) => [
  [
    'rule_incoherent',
    ['indicators', 0, 'rule', ...at],
    `指标 "x" 的评分规则有误：${zh}`,
    `The rule of indicator "x" is wrong: ${en}`,
  ],
];

describe('bands: findings and traces', () => {
  it('a band without a label is named by its interval', () => {
    const low = scoreX(pass, { facts: { a: 59 } });
    expect(low.zh).toBe('指标 59.00，落在区间 (-∞, 60)，得 0 分，扣 10.00 分');
    expect(low.en).toBe('Indicator 59.00 lies in band (-∞, 60), worth 0 points: 10.00 points lost');
    const mid = scoreX(pass, { facts: { a: 60 } });
    expect(mid.zh).toBe('指标 60.00，落在区间 [60, 90)，得 6 分，扣 4.00 分');
    expect(mid.trace).toEqual([
      { key: 'value', value: '60' },
      { key: 'band', value: '[60, 90)' },
      { key: 'points', value: '6' },
    ]);
    const top = scoreX(pass, { facts: { a: 90 } });
    expect(top.points).toBe('10.00');
    expect(top.trace).toEqual([
      { key: 'value', value: '90' },
      { key: 'band', value: '[90, +∞)' },
      { key: 'points', value: '10' },
    ]);
  });

  it('open and closed bounds as declared: (a, b]', () => {
    const rule: Rule = {
      kind: 'bands',
      metric: 'a',
      bands: [
        { max: 60, maxInclusive: true, points: 0 },
        { min: 60, minInclusive: false, max: 90, maxInclusive: true, points: 6 },
        { min: 90, minInclusive: false, points: 10 },
      ],
    };
    expect(scoreX(rule, { facts: { a: 60 } }).points).toBe('0.00');
    expect(scoreX(rule, { facts: { a: 90 } }).zh).toBe(
      '指标 90.00，落在区间 (60, 90]，得 6 分，扣 4.00 分',
    );
    expect(scoreX(rule, { facts: { a: '90.01' } }).points).toBe('10.00');
  });

  it('a band of a single value, [b, b]', () => {
    const rule: Rule = {
      kind: 'bands',
      metric: 'a',
      bands: [
        { max: 0, points: 0 },
        { min: 0, max: 0, maxInclusive: true, points: 10 },
        { min: 0, minInclusive: false, points: 0 },
      ],
    };
    expect(scoreX(rule, { facts: { a: 0 } }).points).toBe('10.00');
    expect(scoreX(rule, { facts: { a: '0.01' } }).points).toBe('0.00');
    expect(scoreX(rule, { facts: { a: '-0.01' } }).points).toBe('0.00');
  });

  it('a value in no band: the issue quotes it', () => {
    const partial: Rule = { kind: 'bands', metric: 'a', bands: [{ min: 0, max: 10, points: 10 }] };
    expect(issues(() => scoreX(partial, { facts: { a: '12.5' } }))).toEqual([
      [
        'value_outside_bands',
        ['answers', 'x'],
        '指标 "x" 的值 12.5 不在任何评分区间内',
        'Indicator "x": value 12.5 lies in none of the scoring bands',
      ],
    ]);
  });
});

describe('bands: issues', () => {
  it('neither points nor share, or both', () => {
    const expected = incoherent(
      ['bands', 0, 'points'],
      '每个区间须给出 points 或 share 之一',
      'each band needs exactly one of points or share',
    );
    expect(bad([{ min: 0 }])).toEqual(expected);
    expect(bad([{ min: 0, points: 1, share: 0.1 }])).toEqual(expected);
  });

  it('points above the weight', () => {
    expect(bad([{ min: 0, points: '10.5' }])).toEqual(
      incoherent(
        ['bands', 0, 'points'],
        '区间得分 10.5 超过指标分值 10',
        'band points 10.5 exceed the weight 10',
      ),
    );
  });

  it('an open lower bound after the first band', () => {
    expect(
      bad([
        { max: 5, points: 0 },
        { max: 9, points: 1 },
        { min: 9, points: 2 },
      ]),
    ).toEqual(
      incoherent(
        ['bands', 1, 'min'],
        '只有第一个区间可以没有下限',
        'only the first band may omit min',
      ),
    );
  });

  it('an open upper bound before the last band', () => {
    expect(
      bad([
        { min: 0, points: 0 },
        { min: 5, points: 1 },
      ]),
    ).toEqual(
      incoherent(
        ['bands', 0, 'max'],
        '只有最后一个区间可以没有上限',
        'only the last band may omit max',
      ),
    );
  });

  it('an empty band: bounds reversed, or one value not included', () => {
    expect(bad([{ min: 6, max: 5, points: 1 }])).toEqual(
      incoherent(['bands', 0, 'max'], '区间 [6, 5) 为空', 'band [6, 5) is empty'),
    );
    expect(bad([{ min: 5, max: 5, points: 1 }])).toEqual(
      incoherent(['bands', 0, 'max'], '区间 [5, 5) 为空', 'band [5, 5) is empty'),
    );
    expect(bad([{ min: 5, minInclusive: false, max: 5, maxInclusive: true, points: 1 }])).toEqual(
      incoherent(['bands', 0, 'max'], '区间 (5, 5] 为空', 'band (5, 5] is empty'),
    );
  });

  it('a gap and an overlap between neighbours', () => {
    expect(
      bad([
        { max: 5, points: 1 },
        { min: 6, points: 2 },
      ]),
    ).toEqual(
      incoherent(
        ['bands', 1, 'min'],
        '区间须从低到高首尾相接：上一区间止于 5，本区间始于 6（有空档）',
        'bands must run from low to high and meet: the previous ends at 5, this starts at 6 (a gap)',
      ),
    );
    expect(
      bad([
        { max: 6, points: 1 },
        { min: 5, points: 2 },
      ]),
    ).toEqual(
      incoherent(
        ['bands', 1, 'min'],
        '区间须从低到高首尾相接：上一区间止于 6，本区间始于 5（有重叠）',
        'bands must run from low to high and meet: the previous ends at 6, this starts at 5 (an overlap)',
      ),
    );
  });

  it('a shared bound in both neighbours, or in neither', () => {
    expect(
      bad([
        { max: 5, maxInclusive: true, points: 1 },
        { min: 5, points: 2 },
      ]),
    ).toEqual(
      incoherent(
        ['bands', 1, 'minInclusive'],
        '分界点 5 同时属于两个区间',
        'the bound 5 belongs to both neighbouring bands',
      ),
    );
    expect(
      bad([
        { max: 5, points: 1 },
        { min: 5, minInclusive: false, points: 2 },
      ]),
    ).toEqual(
      incoherent(
        ['bands', 1, 'minInclusive'],
        '分界点 5 不属于任何区间',
        'the bound 5 belongs to neither band',
      ),
    );
  });

  it('every problem of every band at once, with a metric that does not compile', () => {
    const codes = issuesOf(() =>
      oneLeaf({
        kind: 'bands',
        metric: 'nope',
        bands: [{ max: 5, points: 11 }, { min: 6 }],
      }),
    ).map((i) => i.code);
    expect(codes).toEqual([
      'rule_incoherent',
      'rule_incoherent',
      'rule_incoherent',
      'unknown_reference',
    ]);
  });
});
