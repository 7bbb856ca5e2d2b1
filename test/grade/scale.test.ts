import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import {
  MOF2020_SCALE,
  compileScale,
  gradeOf,
  type GradeScale,
  type GradeScaleInput,
} from '../../src/index.js';

const mof = (): GradeScale => {
  const r = compileScale(MOF2020_SCALE, []);
  if (!r.ok) throw new Error('mof2020 invalid');
  return r.scale;
};

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
    const r = compileScale(
      {
        bands: [
          { label: 'A', min: 90, minInclusive: false },
          { label: 'B', min: 0 },
        ],
      },
      [],
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(gradeOf(r.scale, dec(90)).label.zh).toBe('B');
      expect(gradeOf(r.scale, dec('90.01')).label.zh).toBe('A');
      expect(r.scale.id).toBe('custom');
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
    const r = compileScale(bad, ['scale']);
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
    const open = compileScale({ bands: [{ label: 'A', min: 0, minInclusive: false }] }, []);
    expect(open.ok).toBe(false);
  });
});
