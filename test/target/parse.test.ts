import { describe, expect, it } from 'vitest';
import {
  JixiaoError,
  parseActual,
  parseTarget,
  safeParseActual,
  safeParseTarget,
} from '../../src/index.js';
import { BATCHES } from './real-strings.js';
import { BATCHES_2 } from './real-strings-2.js';
import { BATCHES_3 } from './real-strings-3.js';

/** The compact reading notation of real-strings.ts. */
function reading(text: string, kind: 'target' | 'actual'): string {
  if (kind === 'target') {
    const r = safeParseTarget(text);
    if (!r.success) return 'fail';
    const t = r.data;
    if (t.kind === 'qualitative') return 'T qual';
    if (t.kind === 'range') return `T range ${t.min} ${t.max} ${t.unit?.text ?? '-'}`;
    if (t.kind === 'deadline')
      return `T date <= ${t.year ?? 'Y'}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
    return `T${t.implicitOp ? '?' : ''} ${t.op} ${t.value} ${t.unit?.text ?? '-'}${t.approx ? ` ${t.approx}` : ''}`;
  }
  const r = safeParseActual(text);
  if (!r.success) return 'fail';
  const a = r.data;
  if (a.kind === 'qualitative') return `A tier:${a.tier ?? 'null'}`;
  if (a.kind === 'date')
    return `A date ${a.year ?? 'Y'}-${String(a.month).padStart(2, '0')}${a.day === null ? '' : `-${String(a.day).padStart(2, '0')}`}`;
  return `A ${a.value} ${a.unit?.text ?? '-'}${a.approx ? ` ${a.approx}` : ''}`;
}

describe('指标值 and 实际完成值 from public documents', () => {
  const all = [...BATCHES, ...BATCHES_2, ...BATCHES_3].flatMap((b) =>
    b.strings.map((s) => [b.source, ...s] as const),
  );

  it('collects at least 400 strings, each batch with its source', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    for (const b of BATCHES) expect(b.url.length).toBeGreaterThan(10);
  });

  it.each(all)('%s: %s (%s) reads as %s', (_source, text, kind, expected) => {
    expect(reading(text, kind)).toBe(expected);
  });
});

describe('comparators in every common spelling', () => {
  const cases: [string, string][] = [
    ['≥95%', 'T >= 95 %'],
    ['>=95%', 'T >= 95 %'],
    ['＞＝９５％', 'T >= 95 %'],
    ['≧95%', 'T >= 95 %'],
    ['大于等于95%', 'T >= 95 %'],
    ['大于或等于95%', 'T >= 95 %'],
    ['不低于95%', 'T >= 95 %'],
    ['不少于30场次', 'T >= 30 场次'],
    ['不小于3', 'T >= 3 -'],
    ['至少3个', 'T >= 3 个'],
    ['达到100%', 'T >= 100 %'],
    ['95%以上', 'T >= 95 %'],
    ['95%及以上', 'T >= 95 %'],
    ['≤5%', 'T <= 5 %'],
    ['<=5%', 'T <= 5 %'],
    ['≦5%', 'T <= 5 %'],
    ['小于等于5%', 'T <= 5 %'],
    ['不高于5%', 'T <= 5 %'],
    ['不超过90万元', 'T <= 90 万元'],
    ['不大于3天', 'T <= 3 天'],
    ['不多于2次', 'T <= 2 次'],
    ['3天以内', 'T <= 3 天'],
    ['控制在5%以内', 'T <= 5 %'],
    ['5%以下', 'T <= 5 %'],
    ['=100%', 'T = 100 %'],
    ['＝100％', 'T = 100 %'],
    ['等于100%', 'T = 100 %'],
    ['>0', 'T > 0 -'],
    ['大于0', 'T > 0 -'],
    ['高于90%', 'T > 90 %'],
    ['<5次', 'T < 5 次'],
    ['低于5%', 'T < 5 %'],
    ['少于3起', 'T < 3 起'],
    [' ≥ 95 % ', 'T >= 95 %'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(reading(text, 'target')).toBe(expected);
  });
});

describe('numbers, units and approximations', () => {
  const cases: [string, 'target' | 'actual', string][] = [
    ['1,086人', 'actual', 'A 1086 人'],
    ['１２３４５', 'actual', 'A 12345 -'],
    ['≥1,000元', 'target', 'T >= 1000 元'],
    ['≥0.5‰', 'target', 'T >= 0.5 ‰'],
    ['十二个月', 'target', 'T? >= 12 个月'],
    ['两万份', 'actual', 'A 20000 份'],
    ['三百零五人', 'actual', 'A 305 人'],
    ['约100人', 'actual', 'A 100 人 about'],
    ['100人左右', 'actual', 'A 100 人 about'],
    ['近100人', 'actual', 'A 100 人 less'],
    ['不足50%', 'actual', 'A 50 % less'],
    ['≥95%', 'actual', 'A 95 % more'],
    ['≤1个工作日', 'target', 'T <= 1 个工作日'],
    ['≥2公顷', 'target', 'T >= 2 公顷'],
    ['≥1.2亿元', 'target', 'T >= 1.2 亿元'],
    ['≤-5%', 'target', 'T <= -5 %'],
    ['90%-100%', 'target', 'T range 90 100 %'],
    ['90～100%', 'target', 'T range 90 100 %'],
    ['90%至100%', 'target', 'T range 90 100 %'],
    ['3-5个', 'target', 'T range 3 5 个'],
    ['定性：效果明显', 'target', 'T qual'],
    ['在12月底前完成', 'target', 'T date <= Y-12-31'],
    ['2023年12月31日前', 'target', 'T date <= 2023-12-31'],
    ['2023年12月底前完成', 'target', 'T date <= 2023-12-31'],
    ['9月前', 'target', 'T date <= Y-09-30'],
    ['9月底前', 'target', 'T date <= Y-09-30'],
    ['12月31日前', 'target', 'T date <= Y-12-31'],
    ['当年完成', 'target', 'T date <= Y-12-31'],
    ['年内完成', 'target', 'T date <= Y-12-31'],
    ['2月底前', 'target', 'T date <= Y-02-29'],
    ['2023年2月底前', 'target', 'T date <= 2023-02-28'],
    ['按季度', 'target', 'T qual'],
    ['2023年12月31日', 'actual', 'A date 2023-12-31'],
    ['2023年11月', 'actual', 'A date 2023-11'],
    ['2023年底', 'actual', 'A date 2023-12-31'],
    ['已于10月完成', 'actual', 'A date Y-10'],
    ['按时完成', 'actual', 'A tier:achieved'],
    ['13月底前', 'target', 'T qual'],
    ['2023年2月30日', 'actual', 'fail'],
    ['≥5元/人·月', 'target', 'T >= 5 元/人·月'],
    ['300元/人/天', 'actual', 'A 300 元/人/天'],
    ['≥12人次/年', 'target', 'T >= 12 人次/年'],
    ['≥10TB', 'target', 'T >= 10 TB'],
    ['≤3倍', 'target', 'T <= 3 倍'],
    ['≥500千瓦时', 'target', 'T >= 500 千瓦时'],
    ['≥2万吨', 'target', 'T >= 2 万吨'],
    ['≥50厘米', 'target', 'T >= 50 厘米'],
    ['≥100%(百分比)', 'target', 'T >= 100 %'],
    ['100%覆盖', 'target', 'T? >= 100 %'],
    ['覆盖率100%', 'target', 'T? >= 100 %'],
    ['95%及以上', 'target', 'T >= 95 %'],
    ['提升10%', 'target', 'T >= 10 %'],
    ['已完成100%', 'actual', 'A 100 %'],
    ['至少全年完成2次', 'target', 'T >= 2 次'],
    ['全年不少于4期', 'target', 'T >= 4 期'],
    ['⩾95%', 'target', 'T >= 95 %'],
    ['⩽5%', 'target', 'T <= 5 %'],
    ['＞＝95%', 'target', 'T >= 95 %'],
    ['＜＝5%', 'target', 'T <= 5 %'],
    ['＝100%', 'target', 'T = 100 %'],
    ['═100%', 'target', 'T = 100 %'],
    ['﹦100%', 'target', 'T = 100 %'],
    ['==100%', 'target', 'T = 100 %'],
    ['控制在预算内', 'target', 'T qual'],
    ['±3%以内', 'target', 'T range -3 3 %'],
    ['≥abc', 'target', 'fail'],
    ['≥95元%', 'target', 'fail'],
    ['≥5个x', 'target', 'fail'],
    ['95%以下以上', 'target', 'fail'],
    ['100-90%', 'target', 'fail'],
    ['', 'target', 'fail'],
    ['12x', 'actual', 'fail'],
    ['≥abc', 'actual', 'fail'],
    ['', 'actual', 'fail'],
    ['基本完成', 'actual', 'A tier:partial'],
    ['未完成', 'actual', 'A tier:unachieved'],
    ['已完成', 'actual', 'A tier:achieved'],
  ];
  it.each(cases)('%s (%s)', (text, kind, expected) => {
    expect(reading(text, kind)).toBe(expected);
  });

  it('reads the 101号 columns', () => {
    expect(parseTarget({ op: '≥', value: 95, unit: '%' })).toMatchObject({
      kind: 'quantitative',
      op: '>=',
      value: '95',
    });
    expect(parseTarget({ op: '=', value: '100', unit: '%' })).toMatchObject({
      op: '=',
      unit: { text: '%' },
    });
    expect(parseTarget({ op: '≤', value: 30, unit: '万元' })).toMatchObject({
      op: '<=',
      unit: { text: '万元', factor: '10000' },
    });
    expect(parseTarget({ op: '定性', value: '效果明显' })).toMatchObject({
      kind: 'qualitative',
      standard: '效果明显',
    });
    expect(safeParseTarget({ op: '约', value: 3 }).success).toBe(false);
    // Any unit after a number is a unit, known or not: it compares with the same spelling only.
    expect(parseTarget({ op: '≥', value: 3, unit: '斤两' })).toMatchObject({
      unit: { text: '斤两', family: 'unit:斤两' },
    });
    expect(safeParseTarget({ op: '≥', value: 3, unit: 'xyz' }).success).toBe(false);
    expect(safeParseTarget({ op: '≥', value: '很多' }).success).toBe(false);
  });

  it('throws a JixiaoError quoting the text, at the given path', () => {
    try {
      parseTarget('≥五O个', ['rows', 3, 'target']);
      expect.fail('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(JixiaoError);
      const issue = (e as JixiaoError).issues[0];
      expect(issue.code).toBe('target_unparseable');
      expect(issue.path).toEqual(['rows', 3, 'target']);
      expect(issue.message.zh).toContain('「≥五O个」');
    }
    expect(() => parseActual('12x')).toThrow(/cannot read the actual value "12x"/);
    expect(parseActual(37.24)).toMatchObject({ kind: 'quantitative', value: '37.24' });
  });
});
