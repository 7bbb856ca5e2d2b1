import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/index.js';
import { issuesOf, oneLeaf, scoreX } from '../helpers.js';

const mof: Rule = { kind: 'levels', levels: 'mof2020' };

/** Code, path and both texts of every issue a call throws. */
const issues = (fn: () => unknown) =>
  issuesOf(fn).map((i) => [i.code, i.path, i.message.zh, i.message.en]);

describe('levels: findings and traces', () => {
  it('a closed tier: the range with square brackets in the finding and the trace', () => {
    const r = scoreX(mof, { answer: { level: 'achieved', points: 9 } });
    expect(r.zh).toBe(
      '指标：评定为「达成年度指标」（该档分值区间 [8, 10]），得 9.00 分，扣 1.00 分',
    );
    expect(r.en).toBe(
      'Indicator: rated "Target achieved" (range [8, 10]), 9.00 points: 1.00 points lost',
    );
    expect(r.trace).toEqual([
      { key: 'level', value: 'achieved' },
      { key: 'range', value: '[8, 10]' },
      { key: 'points', value: '9' },
    ]);
  });

  it('a level chosen by its Chinese label is traced by its id', () => {
    const r = scoreX(mof, { answer: { level: '未达成年度指标且效果较差', points: '5.5' } });
    expect(r.trace).toEqual([
      { key: 'level', value: 'unachieved' },
      { key: 'range', value: '[0, 6)' },
      { key: 'points', value: '5.5' },
    ]);
  });

  it('the level is read without surrounding spaces', () => {
    expect(scoreX(mof, { answer: { level: ' partial ', points: 7 } }).points).toBe('7.00');
  });

  it('a lower bound left out is shown with a round bracket and refused', () => {
    const open: Rule = {
      kind: 'levels',
      levels: [
        { id: 'good', label: '好', min: '0.5', max: 1, minInclusive: false },
        { id: 'poor', label: '差', min: 0, max: '0.5' },
      ],
    };
    expect(scoreX(open, { answer: { level: 'good', points: '5.01' } }).zh).toBe(
      '指标：评定为「好」（该档分值区间 (5, 10]），得 5.01 分，扣 4.99 分',
    );
    expect(issues(() => scoreX(open, { answer: { level: 'good', points: 5 } }))).toEqual([
      [
        'points_out_of_range',
        ['answers', 'x', 'points'],
        '指标 "x" 的评分 5 超出允许范围 (5, 10]',
        'Indicator "x": points 5 are outside the allowed range (5, 10]',
      ],
    ]);
    expect(scoreX(open, { answer: { level: 'poor', points: 5 } }).points).toBe('5.00');
  });
});

describe('levels: issues', () => {
  it('no level', () => {
    expect(issues(() => scoreX(mof, { answer: {} }))).toEqual([
      [
        'missing_input',
        ['answers', 'x'],
        '指标 "x" 缺少评分所需数据：level（评定档次）',
        'Indicator "x" lacks input: level（评定档次）',
      ],
    ]);
  });

  it('a level the rule does not have: every level is listed', () => {
    expect(issues(() => scoreX(mof, { answer: { level: '优秀', points: 9 } }))).toEqual([
      [
        'level_unknown',
        ['answers', 'x', 'level'],
        '指标 "x" 的档次 "优秀" 不在规则定义的档次中（achieved（达成年度指标）、partial（部分达成年度指标并具有一定效果）、unachieved（未达成年度指标且效果较差））',
        'Indicator "x": level "优秀" is not one of achieved（达成年度指标）、partial（部分达成年度指标并具有一定效果）、unachieved（未达成年度指标且效果较差）',
      ],
    ]);
  });

  it('a range level without points', () => {
    expect(issues(() => scoreX(mof, { answer: { level: 'partial' } }))).toEqual([
      [
        'missing_input',
        ['answers', 'x'],
        '指标 "x" 缺少评分所需数据：points（「部分达成年度指标并具有一定效果」档须在 [6, 8) 内给分）',
        'Indicator "x" lacks input: points（「部分达成年度指标并具有一定效果」档须在 [6, 8) 内给分）',
      ],
    ]);
  });

  it('points outside the level', () => {
    expect(issues(() => scoreX(mof, { answer: { level: 'partial', points: 8 } }))).toEqual([
      [
        'points_out_of_range',
        ['answers', 'x', 'points'],
        '指标 "x" 的评分 8 超出允许范围 [6, 8)',
        'Indicator "x": points 8 are outside the allowed range [6, 8)',
      ],
    ]);
  });

  it('an empty level', () => {
    const empty: Rule = {
      kind: 'levels',
      levels: [{ id: 'A', label: 'A', min: '0.9', max: '0.8' }],
    };
    expect(issues(() => oneLeaf(empty))).toEqual([
      [
        'rule_incoherent',
        ['indicators', 0, 'rule', 'levels', 0, 'max'],
        '指标 "x" 的评分规则有误：档次 "A" 的区间为空',
        'The rule of indicator "x" is wrong: level "A" has an empty range',
      ],
    ]);
  });

  it('a duplicate level, by id or by Chinese label', () => {
    const dup = (second: { id: string; label: string }): Rule => ({
      kind: 'levels',
      levels: [
        { id: 'A', label: '优', min: 0, max: 1 },
        { ...second, min: 0, max: 1 },
      ],
    });
    const expected = (id: string) => [
      [
        'rule_incoherent',
        ['indicators', 0, 'rule', 'levels', 1, 'id'],
        `指标 "x" 的评分规则有误：档次 "${id}" 重复`,
        `The rule of indicator "x" is wrong: level "${id}" appears twice`,
      ],
    ];
    expect(issues(() => oneLeaf(dup({ id: 'A', label: '良' })))).toEqual(expected('A'));
    expect(issues(() => oneLeaf(dup({ id: 'B', label: '优' })))).toEqual(expected('B'));
  });
});
