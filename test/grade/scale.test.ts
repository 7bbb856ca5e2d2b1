import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { checkScale } from '../../src/grade/scale.js';
import {
  JixiaoError,
  MOF2020_SCALE,
  compileScale,
  gradeOf,
  safeCompileScale,
  type GradeScale,
  type GradeScaleInput,
} from '../../src/index.js';
import { issuesOf } from '../helpers.js';

const mof = (): GradeScale => compileScale(MOF2020_SCALE);

describe('grade scales', () => {
  it('mof2020: 优 [90,100], 良 [80,90), 中 [60,80), 差 [0,60) — exact at the bounds', () => {
    const s = mof();
    const cases: [string, string][] = [
      ['100', '优'],
      ['90', '优'],
      ['90.00', '优'],
      ['89.99', '良'],
      ['89.9999999', '良'],
      ['80', '良'],
      ['79.99', '中'],
      ['60', '中'],
      ['59.99', '差'],
      ['0', '差'],
    ];
    for (const [total, grade] of cases) expect(gradeOf(s, dec(total)).label.zh, total).toBe(grade);
    expect(gradeOf(s, dec(97.94)).label.en).toBe('Excellent');
  });

  it('exclusive lower bounds', () => {
    const r = safeCompileScale({
      bands: [
        { label: 'A', min: 90, minInclusive: false },
        { label: 'B', min: 0 },
      ],
    });
    expect(r.success).toBe(true);
    if (r.success) {
      expect(gradeOf(r.data, dec(90)).label.zh).toBe('B');
      expect(gradeOf(r.data, dec('90.01')).label.zh).toBe('A');
      expect(r.data.id).toBe('custom');
    }
  });

  it('rejects unordered, uncovering, duplicate and out-of-range bands, all at once', () => {
    const bad: GradeScaleInput = {
      max: 100,
      bands: [
        { label: '良', min: 80 },
        { label: '优', min: 90 },
        { label: '良', min: 120 },
        { label: '差', min: 10 },
      ],
    };
    const r = checkScale(bad, ['scale']);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['scale_invalid', ['scale', 'bands', 1, 'min']],
        ['scale_invalid', ['scale', 'bands', 2, 'label']],
        ['scale_invalid', ['scale', 'bands', 2, 'min']],
        ['scale_invalid', ['scale', 'bands', 2, 'min']],
        ['scale_invalid', ['scale', 'bands', 3, 'min']],
      ]);
      expect(r.issues[2]?.message.en).toContain('above the maximum');
      expect(r.issues[4]?.message.zh).toContain('最低一档须从 0（含）开始');
    }
    // compileScale throws the same issues, at the scale's own paths.
    expect(issuesOf(() => compileScale(bad)).map((i) => [i.code, i.path])).toEqual([
      ['scale_invalid', ['bands', 1, 'min']],
      ['scale_invalid', ['bands', 2, 'label']],
      ['scale_invalid', ['bands', 2, 'min']],
      ['scale_invalid', ['bands', 2, 'min']],
      ['scale_invalid', ['bands', 3, 'min']],
    ]);
    const open = safeCompileScale({ bands: [{ label: 'A', min: 0, minInclusive: false }] });
    expect(open.success).toBe(false);
    if (!open.success) expect(open.error).toBeInstanceOf(JixiaoError);
  });

  it('compileScale validates its input and safeCompileScale returns the error it throws', () => {
    const notAScale = { bands: 'A' } as unknown as GradeScaleInput;
    const thrown = issuesOf(() => compileScale(notAScale));
    expect(thrown.length).toBeGreaterThan(0);
    const r = safeCompileScale(notAScale);
    expect(r.success ? null : r.error.issues).toEqual(thrown);
  });

  it('gradeOf takes a number or a decimal string as well as an exact value', () => {
    const s = mof();
    expect(gradeOf(s, '89.99').label.zh).toBe('良');
    expect(gradeOf(s, '90.00').label.zh).toBe('优');
    expect(gradeOf(s, 89.99).label.zh).toBe('良');
    expect(gradeOf(s, 90).label.zh).toBe('优');
    for (const total of ['九十', '1e2', '', Number.NaN, Number.POSITIVE_INFINITY])
      expect(issuesOf(() => gradeOf(s, total)).map((i) => [i.code, i.path])).toEqual([
        ['invalid_input', ['total']],
      ]);
  });
});
