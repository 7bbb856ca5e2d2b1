import { describe, expect, it } from 'vitest';
import { safeScoreSelfEvaluation, scoreSelfEvaluation } from '../../src/index.js';

const table = (
  target: string,
  actual: string,
  extra: Record<string, unknown> = {},
  year?: number,
) => ({
  ...(year === undefined ? {} : { year }),
  budget: { adjusted: 100, executed: 100 },
  rows: [
    { l1: '产出指标', l2: '时效指标', l3: '完成时间', target, actual, weight: 20, ...extra },
    { l1: '产出指标', l3: '其他', target: '≥1', actual: '1', weight: 70 },
  ],
});
const row = (t: ReturnType<typeof table>, options?: unknown) =>
  scoreSelfEvaluation(t, { layout: 'none', ...(options as object) }).rows[0];

describe('deadlines (时效指标)', () => {
  it.each([
    ['2023年12月底前完成', '2023年11月20日', undefined],
    ['2023年12月底前完成', '2023年12月', undefined],
    ['2023年12月底前完成', '2023年底', undefined],
    ['12月31日前', '2023年12月31日', undefined],
    ['9月前', '已于9月完成', 2023],
    ['当年完成', '2023年', 2023],
    ['当年完成', '按时完成', undefined],
  ])('%s, done %s: full points', (target, actual, year) => {
    const r = row(table(target, actual, {}, year));
    expect([r?.points, r?.flags.map((f) => f.code)]).toEqual(['20.00', []]);
  });

  it('late: no points, a late flag naming the days, a 偏差原因 required', () => {
    const r = row(table('2023年10月底前完成', '2023年11月20日'));
    expect(r?.points).toBe('0.00');
    expect(r?.flags.map((f) => f.code)).toEqual([
      'late',
      'explanationRequired',
      'explanationMissing',
    ]);
    expect(r?.flags[0]?.message.zh).toBe('晚于时限 20 天');
  });

  it('late: the evaluator may give points within the 未达成 tier, no more', () => {
    expect(
      row(table('10月底前', '2023年11月', { points: 11.99, note: '设备延期到货' }), {})?.points,
    ).toBe('11.99');
    const r = safeScoreSelfEvaluation(table('10月底前', '2023年11月', { points: 12 }), {
      layout: 'none',
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].code).toBe('points_out_of_range');
  });

  it("a year written in neither cell is the table's; in none, one year is assumed and flagged", () => {
    expect(row(table('10月底前', '11月5日', {}, 2023))?.flags.map((f) => f.code)).toContain('late');
    expect(row(table('10月底前', '9月5日'))?.flags.map((f) => f.code)).toEqual(['yearAssumed']);
  });

  it('a number is no date: compared with a deadline it is an error, never a silent zero', () => {
    const r = safeScoreSelfEvaluation(table('12月底前', '100%'), { layout: 'none' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].message.zh).toContain('不是日期');
  });

  it('"2023年" against a duration is still 2023 years, not a date', () => {
    expect(row(table('≥3年', '5年'))?.points).toBe('20.00');
  });
});

describe('deadlines: what the result says', () => {
  const scored = (
    target: string,
    actual: string,
    extra: Record<string, unknown> = {},
    year?: number,
  ) => scoreSelfEvaluation(table(target, actual, extra, year), { layout: 'none' });
  type Node = ReturnType<typeof scored>['evaluation']['tree'][number];
  const find = (nodes: readonly Node[], id: string): Node | undefined => {
    for (const n of nodes) {
      if (n.id === id) return n;
      const hit = find(n.children, id);
      if (hit) return hit;
    }
    return undefined;
  };
  const node = (r: ReturnType<typeof scored>) => find(r.evaluation.tree, 'row-0');

  it('met: the trace shows both dates and 0 days late; nothing is lost', () => {
    const r = scored('2023年10月31日前', '2023年10月8日');
    expect(node(r)?.trace).toEqual([
      { key: 'target', value: '2023年10月31日' },
      { key: 'actual', value: '2023年10月8日' },
      { key: 'daysLate', value: '0' },
    ]);
    expect(r.findings).toEqual([]);
  });

  it('late: flag, reason required, trace with the points, and a finding in both languages', () => {
    const r = scored('10月底前', '11月', { note: '设备延期' }, 2023);
    const n = node(r);
    expect(n?.trace).toEqual([
      { key: 'target', value: '10月31日' },
      { key: 'actual', value: '11月' },
      { key: 'daysLate', value: '30' },
      { key: 'points', value: '0' },
    ]);
    expect(r.rows[0]?.flags).toEqual([
      { code: 'late', message: { zh: '晚于时限 30 天', en: '30 days after the deadline' } },
      {
        code: 'explanationRequired',
        message: {
          zh: '需说明偏差原因：未按时完成（晚 30 天）',
          en: 'a 偏差原因 is required: not done by the deadline (30 days late)',
        },
      },
    ]);
    expect(r.findings[0]?.message).toEqual({
      zh: '完成时间：时限「10月底前」，完成于「11月」，晚 30 天，得 0.00 分，扣 20.00 分',
      en: '完成时间: deadline "10月底前", done "11月", 30 days late: 0.00 points, 20.00 lost',
    });
  });

  it('late with points: the range named in the issue is the 未达成 tier of the weight', () => {
    const r = safeScoreSelfEvaluation(table('10月底前', '2023年11月', { points: 12 }), {
      layout: 'none',
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues[0]).toMatchObject({
      code: 'points_out_of_range',
      path: ['rows', 0, 'points'],
    });
    expect(r.error.issues[0].message.zh).toContain('[0, 12.00)');
    expect(r.error.issues[0].message.zh).toContain('12');
  });

  it('years assumed: the flag says so in both languages', () => {
    expect(row(table('10月底前', '9月5日'))?.flags).toEqual([
      {
        code: 'yearAssumed',
        message: {
          zh: '时限与完成日期均未写年份，按同一年比较',
          en: 'neither the deadline nor the date names a year: compared within one year',
        },
      },
    ]);
  });

  it('按时完成 against a deadline: full points, its trace the two texts', () => {
    const r = scored('当年完成', '按时完成');
    expect(node(r)?.trace).toEqual([
      { key: 'target', value: '当年完成' },
      { key: 'actual', value: '按时完成' },
    ]);
  });
});
