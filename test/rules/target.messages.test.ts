import { describe, expect, it } from 'vitest';
import { evaluate, parseActual, type Rule } from '../../src/index.js';
import { dec } from '../../src/decimal.js';
import {
  allowedPoints,
  explanationReasons,
  qualitativePointsNeeded,
} from '../../src/rules/target.js';
import { fullRest, issuesOf, oneLeaf, scoreX } from '../helpers.js';

const t = (target: unknown, extra: object = {}): Rule =>
  ({ kind: 'target', target, ...extra }) as Rule;

/** Scores leaf `x` and returns its points, trace, flags (code → message) and finding. */
function score(rule: Rule, answer: Record<string, unknown>, weight = 10) {
  const r = evaluate(oneLeaf(rule, weight), { answers: { ...fullRest(weight), x: answer } });
  const x = r.tree.find((n) => n.id === 'x');
  if (!x) throw new Error('no x');
  const f = r.findings.find((g) => g.indicatorId === 'x');
  return {
    points: x.points,
    trace: x.trace,
    flags: x.flags.map((g) => [g.code, g.message.zh, g.message.en]),
    zh: f?.message.zh,
    en: f?.message.en,
  };
}

/** Code, path and both texts of every issue a call throws. */
const issues = (fn: () => unknown) =>
  issuesOf(fn).map((i) => [i.code, i.path, i.message.zh, i.message.en]);

const MISSING = ['explanationMissing', '未填写偏差原因', 'no 偏差原因 given'];

describe('target: quantitative findings, flags and traces', () => {
  it('正向 unmet: finding, trace and the 偏差原因 flags in both languages', () => {
    const r = score(t('≥50个'), { actual: '45个' });
    expect(r.zh).toBe(
      '指标：指标值「≥50个」，实际完成「45个」，按完成比例计分（90.00%），扣 1.00 分',
    );
    expect(r.en).toBe(
      'Indicator: target "≥50个", actual "45个": scored in proportion (90.00%), 1.00 points lost',
    );
    expect(r.trace).toEqual([
      { key: 'target', value: '≥50个' },
      { key: 'actual', value: '45' },
      { key: 'formula', value: 'proportional' },
      { key: 'rate', value: '0.9' },
    ]);
    expect(r.flags).toEqual([
      [
        'explanationRequired',
        '需说明偏差原因：未完成指标值（实际 45个）',
        'a 偏差原因 is required: target not met (actual 45个)',
      ],
      MISSING,
    ]);
  });

  it("an actual in another unit is converted and quoted in the target's unit", () => {
    const r = score(t('≥100万元'), { actual: '500000元' });
    expect(r.flags).toEqual([
      ['unitConverted', '实际完成值按「万元」换算为 50', 'actual converted to 50 万元'],
      [
        'explanationRequired',
        '需说明偏差原因：未完成指标值（实际 50万元）',
        'a 偏差原因 is required: target not met (actual 50万元)',
      ],
      MISSING,
    ]);
  });

  it('without any unit the actual is quoted bare', () => {
    expect(score(t('≥50'), { actual: '45' }).flags[0]).toEqual([
      'explanationRequired',
      '需说明偏差原因：未完成指标值（实际 45）',
      'a 偏差原因 is required: target not met (actual 45)',
    ]);
  });

  it('a note given is a 偏差原因; a blank note is not', () => {
    expect(score(t('≥50'), { actual: '45', note: '受天气影响' }).flags.map((f) => f[0])).toEqual([
      'explanationRequired',
    ]);
    expect(score(t('≥50'), { actual: '45', note: '  ' }).flags.map((f) => f[0])).toEqual([
      'explanationRequired',
      'explanationMissing',
    ]);
  });

  it('反向 between the target and twice it, in English', () => {
    const r = score(t('≤90万元'), { actual: '99万元' });
    expect(r.zh).toBe(
      '指标：指标值「≤90万元」，实际完成「99万元」，按 1 −（实际 − 指标）÷ 指标 计分，扣 1.00 分',
    );
    expect(r.en).toBe(
      'Indicator: target "≤90万元", actual "99万元": scored 1 − (actual − target) ÷ target, 1.00 points lost',
    );
    expect(r.trace[2]).toEqual({ key: 'formula', value: 'reverse' });
  });

  it('no points at all: from twice a 反向 target, or above a zero "=" target', () => {
    const twice = score(t('≤90万元'), { actual: '180万元' });
    expect(twice.zh).toBe('指标：指标值「≤90万元」，实际完成「180万元」，不得分，扣 10.00 分');
    expect(twice.en).toBe(
      'Indicator: target "≤90万元", actual "180万元": no points, 10.00 points lost',
    );
    expect(twice.trace[2]).toEqual({ key: 'formula', value: 'beyondDouble' });
    const zero = score(t('=0起'), { actual: '1起' });
    expect(zero.zh).toBe('指标：指标值「=0起」，实际完成「1起」，不得分，扣 10.00 分');
    expect(zero.trace[2]).toEqual({ key: 'formula', value: 'zeroTarget' });
  });

  it('an assumed comparator is flagged in both languages', () => {
    expect(score(t('47'), { actual: '47' }).flags).toEqual([
      [
        'implicitOperator',
        '指标值「47」未写比较符号，按“≥”（正向）计分',
        'the target "47" has no comparator; read as "≥"',
      ],
    ]);
  });

  it('a converted unit and an approximate actual are flagged in both languages', () => {
    expect(score(t('≥1万元'), { actual: '9500元' }).flags[0]).toEqual([
      'unitConverted',
      '实际完成值按「万元」换算为 0.95',
      'actual converted to 0.95 万元',
    ]);
    expect(score(t('≥30场次'), { actual: '30多场次' }).flags).toEqual([
      [
        'approximate',
        '实际完成值「30多场次」为约数，按 30 计',
        'the actual "30多场次" is approximate; scored as 30',
      ],
    ]);
  });

  it('over-completion: flagged in both languages, and under the proportional policy cut', () => {
    const r = score(t('≥100人', { overCompletion: { policy: 'proportional' } }), {
      actual: '200人',
    });
    expect(r.points).toBe('5.00');
    expect(r.flags).toEqual([
      ['overCompleted', '超额完成：200人 ≥ 130人', 'over-completed: 200 ≥ 130'],
      [
        'explanationRequired',
        '需说明偏差原因：实际完成值 200人 超过指标值的 130.00%',
        'a 偏差原因 is required: the actual 200人 exceeds 130.00% of the target',
      ],
      MISSING,
    ]);
    expect(r.zh).toBe(
      '指标：指标值「≥100人」，实际完成「200人」，超额完成，按偏离度调减，扣 5.00 分',
    );
    expect(r.en).toBe(
      'Indicator: target "≥100人", actual "200人": reduced for the deviation, 5.00 points lost',
    );
    expect(r.trace).toEqual([
      { key: 'target', value: '≥100人' },
      { key: 'actual', value: '200' },
      { key: 'formula', value: 'met' },
      { key: 'rate', value: '0.5' },
    ]);
  });
});

describe('target: qualitative findings, flags and traces', () => {
  it('部分达成: finding, trace and the 偏差原因 flags in both languages', () => {
    const r = score(t('效果明显'), { actual: '部分达成', points: 7 });
    expect(r.zh).toBe(
      '指标：指标值「效果明显」，实际完成「部分达成」，「部分达成年度指标并具有一定效果」档（[6, 8) 分），得 7.00 分，扣 3.00 分',
    );
    expect(r.en).toBe(
      'Indicator: target "效果明显", actual "部分达成" (partly achieved), 7.00 points, 3.00 lost',
    );
    expect(r.trace).toEqual([
      { key: 'target', value: '效果明显' },
      { key: 'actual', value: '部分达成' },
      { key: 'tier', value: 'partial' },
      { key: 'points', value: '7' },
    ]);
    expect(r.flags).toEqual([
      [
        'explanationRequired',
        '需说明偏差原因：定性指标部分达成年度指标并具有一定效果',
        'a 偏差原因 is required: qualitative target partly achieved',
      ],
      MISSING,
    ]);
  });

  it('未达成 asks for a 偏差原因 too; 达成 does not', () => {
    expect(score(t('效果明显'), { actual: '未达成', points: 3 }).flags[0]).toEqual([
      'explanationRequired',
      '需说明偏差原因：定性指标未达成年度指标且效果较差',
      'a 偏差原因 is required: qualitative target not achieved',
    ]);
    expect(score(t('效果明显'), { actual: '达成', points: 9 }).flags).toEqual([]);
  });

  it('an actual naming no tier: checked against [0, weight], weight included, and flagged', () => {
    const r = score(t('效果明显'), { actual: '群众普遍好评', points: 9 });
    expect(r.zh).toBe(
      '指标：指标值「效果明显」，实际完成「群众普遍好评」，未注明档次，得 9.00 分，扣 1.00 分',
    );
    expect(r.en).toBe(
      'Indicator: target "效果明显", actual "群众普遍好评" (no tier), 9.00 points, 1.00 lost',
    );
    expect(r.trace).toEqual([
      { key: 'target', value: '效果明显' },
      { key: 'actual', value: '群众普遍好评' },
      { key: 'tier', value: 'unknown' },
      { key: 'points', value: '9' },
    ]);
    expect(r.flags).toEqual([
      [
        'tierUnknown',
        '实际完成值「群众普遍好评」未说明达成档次，评分只按 [0, 10] 校验',
        'the actual "群众普遍好评" names no tier; points checked against [0, 10] only',
      ],
    ]);
    expect(score(t('效果明显'), { actual: '群众普遍好评', points: 10 }).points).toBe('10.00');
  });
});

describe('target: issues', () => {
  it('no actual, or no answer at all', () => {
    expect(issues(() => scoreX(t('≥5个')))).toEqual(issues(() => score(t('≥5个'), {})));
    expect(issues(() => score(t('≥5个'), {}))).toEqual([
      [
        'missing_input',
        ['answers', 'x'],
        '指标 "x" 缺少评分所需数据：actual（实际完成值）',
        'Indicator "x" lacks input: actual（实际完成值）',
      ],
    ]);
  });

  it('an unreadable actual is reported at the actual', () => {
    expect(issues(() => score(t('≥5个'), { actual: '5x' }))[0]?.slice(0, 2)).toEqual([
      'actual_unparseable',
      ['answers', 'x', 'actual'],
    ]);
  });

  it('a qualitative row without points says which points it may have', () => {
    expect(issues(() => score(t('效果明显'), { actual: '部分达成' }))).toEqual([
      [
        'missing_input',
        ['answers', 'x'],
        '指标 "x" 缺少评分所需数据：points（定性指标须由评价人给分，「部分达成年度指标并具有一定效果」档为 [6, 8)）',
        'Indicator "x" lacks input: points (a qualitative row is scored by the evaluator, "partly achieved": [6, 8))',
      ],
    ]);
    expect(issues(() => score(t('效果明显'), { actual: '群众普遍好评' }))).toEqual([
      [
        'missing_input',
        ['answers', 'x'],
        '指标 "x" 缺少评分所需数据：points（定性指标须由评价人给分，[0, 10]）',
        'Indicator "x" lacks input: points (a qualitative row is scored by the evaluator, [0, 10])',
      ],
    ]);
  });

  it('a target or an actual of the wrong type says what is expected', () => {
    expect(issues(() => oneLeaf(t(true)))).toEqual([
      [
        'invalid_input',
        ['indicators', 0, 'rule', 'target'],
        '应为指标值文本（如 "≥95%"、"不少于30场次"、"定性：效果明显"），或 101号 表的 { op, value, unit }',
        'expected a target as text (such as "≥95%", "不少于30场次", "定性：效果明显") or the three columns { op, value, unit }',
      ],
    ]);
    expect(issues(() => score(t('≥5'), { actual: true }))).toEqual([
      [
        'invalid_input',
        ['answers', 'x', 'actual'],
        '应为实际完成值的文本（如 "526人次"、"达成年度指标"）或数字',
        'expected the actual value as text (such as "526人次" or "达成年度指标") or a number',
      ],
    ]);
  });
});

describe('the helpers other modules use', () => {
  it('explanationReasons: the reasons of every explanationRequired flag, joined', () => {
    const flags = [
      { code: 'overCompleted', message: { zh: '超额完成', en: 'over-completed' } },
      {
        code: 'explanationRequired',
        message: { zh: '需说明偏差原因：甲', en: 'a 偏差原因 is required: A' },
      },
      { code: 'explanationMissing', message: { zh: '未填写偏差原因', en: 'no 偏差原因 given' } },
      {
        code: 'explanationRequired',
        message: { zh: '需说明偏差原因：乙', en: 'a 偏差原因 is required: B' },
      },
    ];
    expect(explanationReasons(flags)).toEqual({ zh: '甲；乙', en: 'A; B' });
    expect(explanationReasons(flags.slice(0, 1))).toBeNull();
  });

  it('allowedPoints and qualitativePointsNeeded for an actual naming no tier', () => {
    const allowed = allowedPoints(parseActual('群众普遍好评'), dec(15));
    expect(allowed.text).toBe('[0, 15]');
    expect(allowed.hiIn).toBe(true);
    expect(allowed.tier).toBeNull();
    expect(qualitativePointsNeeded(allowed)).toEqual({
      zh: 'points（定性指标须由评价人给分，[0, 15]）',
      en: 'points (a qualitative row is scored by the evaluator, [0, 15])',
    });
    expect(allowedPoints(parseActual('部分达成'), dec(15)).tier).toEqual({
      zh: '部分达成年度指标并具有一定效果',
      en: 'partly achieved',
    });
  });
});
