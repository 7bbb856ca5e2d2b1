import { describe, expect, it } from 'vitest';
import { evaluate, type Rule } from '../../src/index.js';
import { codesOf, fullRest, issuesOf, oneLeaf } from '../helpers.js';

const t = (
  target: Rule extends infer R
    ? R extends { kind: 'target'; target: infer T }
      ? T
      : never
    : never,
  extra: object = {},
): Rule => ({ kind: 'target', target, ...extra });

function score(rule: Rule, answer: Record<string, unknown>, weight = 10) {
  const r = evaluate(oneLeaf(rule, weight), { answers: { ...fullRest(weight), x: answer } });
  const x = r.tree.find((n) => n.id === 'x');
  if (!x) throw new Error('no x');
  return {
    points: x.points,
    flags: x.flags.map((f) => f.code),
    flag: (c: string) => x.flags.find((f) => f.code === c)?.message.zh,
    zh: r.findings[0]?.message.zh,
  };
}

describe('target', () => {
  it('正向: met → full, unmet → actual ÷ target, with a 偏差原因 flag', () => {
    expect(score(t('≥50个'), { actual: '50' }).points).toBe('10.00');
    const r = score(t('≥50个'), { actual: '45个' });
    expect(r.points).toBe('9.00');
    expect(r.flags).toEqual(['explanationRequired', 'explanationMissing']);
    expect(r.zh).toBe(
      '指标：指标值「≥50个」，实际完成「45个」，按完成比例计分（90.00%），扣 1.00 分',
    );
    expect(score(t('≥50个'), { actual: '45', note: '受天气影响' }).flags).toEqual([
      'explanationRequired',
    ]);
  });

  it('反向: 1 − (B − A) ÷ A above the target, nothing from twice it', () => {
    const r = score(t('≤90万元'), { actual: '99万元' });
    expect(r.points).toBe('9.00');
    expect(r.zh).toContain('按 1 −（实际 − 指标）÷ 指标 计分');
    expect(score(t('≤90万元'), { actual: '180' }).points).toBe('0.00');
    expect(score(t('≤90万元'), { actual: '89.974' }).points).toBe('10.00');
  });

  it('"=": A > 0 like 正向; A = 0 all or nothing', () => {
    expect(score(t('=8个'), { actual: '8' }).points).toBe('10.00');
    expect(score(t('=8个'), { actual: '6' }).points).toBe('7.50');
    expect(score(t('=0起'), { actual: '0' }).points).toBe('10.00');
    expect(score(t('=0起'), { actual: '1起' }).points).toBe('0.00');
  });

  it('converts units of one family and rejects mixed families', () => {
    const r = score(t('≥1万元'), { actual: '9500元' });
    expect(r.points).toBe('9.50');
    expect(r.flag('unitConverted')).toBe('实际完成值按「万元」换算为 0.95');
    expect(score(t('≥4万人次'), { actual: '45000人次' }).points).toBe('10.00');
    const issues = issuesOf(() => score(t('≥30万人次'), { actual: '5万元' }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unit_mismatch', ['answers', 'x', 'actual']],
    ]);
    expect(issues[0]?.message.zh).toBe(
      '实际完成值「5万元」的单位「万元」与指标值「≥30万人次」的单位「万人次」不可比较',
    );
  });

  it('one side without a unit: a bare number is in the other side\'s unit, "200万" counts its base unit', () => {
    // 黄石 2022: 成本指标 "200万" against "195.5万元" (2000000 元 against 1955000 元).
    const r = score(t('200万'), { actual: '195.5万元' });
    expect(r.points).toBe('9.78');
    expect(r.flag('unitConverted')).toBe('实际完成值按「元」换算为 1955000');
    expect(score(t('≤200万'), { actual: '195.5万元' }).points).toBe('10.00');
    // The actual scaled, the target with a unit: into the target's unit.
    const a = score(t('≤200万元'), { actual: '195.5万' });
    expect(a.points).toBe('10.00');
    expect(a.flag('unitConverted')).toBe('实际完成值按「万元」换算为 195.5');
    expect(score(t('≥200万元'), { actual: '180万' }).points).toBe('9.00');
    // A bare number: the other side's unit as written, nothing converted.
    const b = score(t('≥200'), { actual: '195.5万元' });
    expect([b.points, b.flag('unitConverted')]).toEqual(['9.78', undefined]);
    expect(score(t('≥200万元'), { actual: '180' }).points).toBe('9.00');
    // Both scaled, no unit: plain numbers.
    expect(score(t('≥2万'), { actual: '1.8万' }).points).toBe('9.00');
  });

  it('a word where a number is needed is an error quoting the text', () => {
    const issues = issuesOf(() => score(t('≤30万元'), { actual: '完成' }));
    expect(issues[0]?.code).toBe('actual_unparseable');
    expect(issues[0]?.message.zh).toBe('实际完成值「完成」不是数值，无法与指标值「≤30万元」比较');
    expect(codesOf(() => score(t('≥5个'), { actual: '5x' }))).toEqual(['actual_unparseable']);
    expect(codesOf(() => score(t('≥5个'), {}))).toEqual(['missing_input']);
    expect(codesOf(() => oneLeaf(t('≥abc')))).toEqual(['target_unparseable']);
  });

  it('flags approximate actuals and assumed comparators', () => {
    const r = score(t('47'), { actual: '30多场次' });
    expect(r.flags).toContain('implicitOperator');
    expect(r.flags).toContain('approximate');
    expect(r.flag('implicitOperator')).toBe('指标值「47」未写比较符号，按“≥”（正向）计分');
  });

  it('flags over-completion at 130% without cutting points, unless the policy says so', () => {
    const r = score(t('≥100人'), { actual: '130人' });
    expect(r.points).toBe('10.00');
    expect(r.flags).toEqual(['overCompleted', 'explanationRequired', 'explanationMissing']);
    expect(r.flag('overCompleted')).toBe('超额完成：130人 ≥ 130人');
    expect(score(t('≥100人'), { actual: '129人' }).flags).toEqual([]);
    const cut = score(t('≥100人', { overCompletion: { policy: 'proportional' } }), {
      actual: '200人',
    });
    expect(cut.points).toBe('5.00');
    const raised = score(t('≥100人', { overCompletion: { threshold: 2 } }), { actual: '150人' });
    expect(raised.flags).toEqual([]);
  });

  it('ranges', () => {
    expect(score(t('90%-100%'), { actual: '95%' }).points).toBe('10.00');
    expect(score(t('90%-100%'), { actual: '81%' }).points).toBe('9.00');
    expect(score(t('90%-100%'), { actual: '110%' }).points).toBe('9.00');
  });

  describe('qualitative (定性): the tier bounds the evaluator points', () => {
    it('达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%)', () => {
      expect(score(t('效果明显'), { actual: '达成预期指标', points: 10 }).points).toBe('10.00');
      expect(score(t('效果明显'), { actual: '达成年度指标', points: 8 }).points).toBe('8.00');
      const p = score(t('效果明显'), { actual: '部分达成年度指标并具有一定效果', points: 7 });
      expect(p.points).toBe('7.00');
      expect(p.flags).toEqual(['explanationRequired', 'explanationMissing']);
      expect(score(t('定性：按期完成'), { actual: '未达成', points: 5.9 }).points).toBe('5.90');
      for (const [actual, points] of [
        ['达成年度指标', '7.99'],
        ['部分达成', 8],
        ['部分达成', '5.99'],
        ['未完成', 6],
      ] as const) {
        expect(
          codesOf(() => score(t('效果明显'), { actual, points })),
          `${actual} ${points}`,
        ).toEqual(['points_out_of_range']);
      }
    });

    it('needs the evaluator points; an actual naming no tier is flagged', () => {
      expect(codesOf(() => score(t('效果明显'), { actual: '达成预期指标' }))).toEqual([
        'missing_input',
      ]);
      const r = score(t('效果明显'), { actual: '群众普遍好评', points: 9 });
      expect(r.flags).toEqual(['tierUnknown']);
      expect(codesOf(() => score(t('效果明显'), { actual: '群众普遍好评', points: 11 }))).toEqual([
        'points_out_of_range',
      ]);
    });
  });
});
