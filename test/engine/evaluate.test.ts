import { describe, expect, it } from 'vitest';
import {
  defineFramework,
  evaluate,
  safeEvaluate,
  type Evaluation,
  type Framework,
  type EvaluateOptionsInput,
} from '../../src/index.js';
import { codesOf, issuesOf } from '../helpers.js';

// A (60) = A1 (30: a1 20, a2 10) + A2 30;  B (40) = b1 25 + b2 15. All leaves manual.
const fw: Framework = defineFramework({
  id: 'tree',
  version: '1',
  name: '树',
  indicators: [
    {
      id: 'A',
      name: '甲',
      weight: 60,
      children: [
        {
          id: 'A1',
          name: '甲一',
          weight: 30,
          children: [
            { id: 'a1', name: 'a1', weight: 20, rule: { kind: 'manual' } },
            { id: 'a2', name: 'a2', weight: 10, rule: { kind: 'manual' } },
          ],
        },
        { id: 'A2', name: '甲二', weight: 30, rule: { kind: 'manual' } },
      ],
    },
    {
      id: 'B',
      name: '乙',
      weight: 40,
      children: [
        { id: 'b1', name: 'b1', weight: 25, rule: { kind: 'manual' } },
        { id: 'b2', name: 'b2', weight: 15, rule: { kind: 'manual' } },
      ],
    },
  ],
});

const full = (ids: Record<string, number | string>) =>
  Object.fromEntries(
    Object.entries(ids).map(([id, points]) => [id, { points, justification: 'j' }]),
  );
const all = { a1: 20, a2: 10, A2: 30, b1: 25, b2: 15 };
const na = { notApplicable: true, reason: '不涉及' };

function weights(r: Evaluation): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (n: Evaluation['tree'][number]) => {
    out[n.id] = n.weight;
    n.children.forEach(walk);
  };
  r.tree.forEach(walk);
  return out;
}

describe('evaluate', () => {
  it('sums the tree and grades the total', () => {
    const r = evaluate(fw, { answers: full({ ...all, b2: '14.5' }) });
    expect(r.total).toBe('99.50');
    expect(r.grade).toBe('优');
    expect(r.gradeLabel).toEqual({ zh: '优', en: 'Excellent' });
    expect(r.tree.map((n) => [n.id, n.points, n.lost, n.rate])).toEqual([
      ['A', '60.00', '0.00', '1.0000'],
      ['B', '39.50', '0.50', '0.9875'],
    ]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      indicatorId: 'b2',
      path: ['乙', 'b2'],
      lost: '0.50',
      severity: 'low',
    });
    expect(r.framework).toEqual({ id: 'tree', version: '1', name: { zh: '树', en: '树' } });
    expect(r.library.name).toBe('jixiao');
    expect(r.policies).toMatchObject({
      notApplicable: 'redistribute',
      missing: 'error',
      rounding: { places: 2, mode: 'halfUp', stage: 'leaf' },
    });
  });

  it('is plain JSON and deterministic', () => {
    const data = { unit: { name: '某单位', year: 2023 }, answers: full({ ...all, a1: '13.333' }) };
    const r = evaluate(fw, data);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(evaluate(fw, data)).toEqual(r);
    expect(r.unit).toEqual({ name: '某单位', year: 2023 });
  });

  describe('not applicable', () => {
    it('redistribute: a leaf weight goes to its siblings', () => {
      const r = evaluate(fw, { answers: { ...full(all), a2: na } });
      expect(weights(r)).toMatchObject({ A: '60.00', A1: '30.00', a1: '30.00', a2: '0.00' });
      expect(r.total).toBe('100.00');
      expect(r.tree[0]?.children[0]?.children[1]?.status).toBe('notApplicable');
      expect(r.warnings.map((w) => [w.code, w.indicatorId])).toEqual([
        ['weight_redistributed', 'a2'],
      ]);
      expect(r.warnings[0]?.message.zh).toBe(
        'a2 不适用（不涉及），其分值 10 按比例分配给同级适用指标',
      );
    });

    it('redistribute: the rule rate is kept on the new weight', () => {
      const r = evaluate(fw, { answers: { ...full({ ...all, a1: 15 }), a2: na } });
      expect(weights(r).a1).toBe('30.00');
      expect(r.tree[0]?.children[0]?.children[0]?.points).toBe('22.50');
      expect(r.total).toBe('92.50');
    });

    it('redistribute: a whole branch goes up a level, and to the other top-level indicators', () => {
      const r = evaluate(fw, { answers: { ...full(all), A1: na } });
      expect(weights(r)).toMatchObject({ A1: '0.00', a1: '0.00', A2: '60.00' });
      const r2 = evaluate(fw, { answers: { ...full(all), a1: na, a2: na, A2: na } });
      expect(weights(r2)).toMatchObject({ A: '0.00', B: '100.00', b1: '62.50', b2: '37.50' });
      expect(r2.tree[0]?.status).toBe('notApplicable');
      expect(r2.total).toBe('100.00');
    });

    it('rescale: the weight spreads over all applicable leaves, allocated exactly', () => {
      const r = evaluate(fw, { answers: { ...full(all), a2: na } }, { notApplicable: 'rescale' });
      expect(weights(r)).toMatchObject({
        a1: '22.22',
        A2: '33.33',
        b1: '27.78',
        b2: '16.67',
        A1: '22.22',
        A: '55.55',
        B: '44.45',
      });
      expect(r.total).toBe('100.00');
      expect(r.warnings[0]?.message.en).toContain('all applicable leaf indicators');
    });

    it('zero: the indicator scores 0 with a finding', () => {
      const r = evaluate(fw, { answers: { ...full(all), a2: na } }, { notApplicable: 'zero' });
      expect(r.total).toBe('90.00');
      expect(r.findings.map((f) => [f.code, f.lost, f.severity])).toEqual([
        ['not_applicable', '10.00', 'high'],
      ]);
      expect(r.warnings).toEqual([]);
    });

    it('needs a reason; answers under a not-applicable branch are ignored with a warning', () => {
      expect(
        codesOf(() => evaluate(fw, { answers: { ...full(all), a2: { notApplicable: true } } })),
      ).toEqual(['justification_required']);
      const r = evaluate(fw, { answers: { ...full(all), A1: na } });
      expect(r.warnings.map((w) => [w.code, w.indicatorId])).toEqual([
        ['answer_ignored', 'a1'],
        ['answer_ignored', 'a2'],
        ['weight_redistributed', 'A1'],
      ]);
    });

    it('everything not applicable is an error', () => {
      expect(codesOf(() => evaluate(fw, { answers: { A: na, B: na } }))).toEqual([
        'nothing_applicable',
      ]);
    });
  });

  describe('missing input', () => {
    it('error: every gap at once, each with its path', () => {
      const issues = issuesOf(() => evaluate(fw, { answers: full({ a1: 20, A2: 30 }) }));
      expect(issues.map((i) => [i.code, i.path])).toEqual([
        ['missing_input', ['answers', 'a2']],
        ['missing_input', ['answers', 'b1']],
        ['missing_input', ['answers', 'b2']],
      ]);
    });

    it('zero: scores 0 with findings', () => {
      const r = evaluate(fw, { answers: full({ a1: 20, A2: 30, b1: 25 }) }, { missing: 'zero' });
      expect(r.total).toBe('75.00');
      const f = r.findings.find((x) => x.indicatorId === 'b2');
      expect(f?.code).toBe('missing_input');
      expect(f?.message.zh).toBe(
        'b2：缺少评分所需数据（points（评分）），按“缺数计 0 分”政策，扣 15.00 分',
      );
      expect(r.tree[1]?.children[1]?.status).toBe('missing');
    });
  });

  describe('rounding', () => {
    const two = defineFramework({
      id: 'two',
      version: '1',
      name: '二',
      indicators: [
        { id: 'p', name: 'p', weight: 50, rule: { kind: 'manual' } },
        { id: 'q', name: 'q', weight: 50, rule: { kind: 'manual' } },
      ],
    });
    const at = (p: string, q: string, options?: EvaluateOptionsInput) =>
      evaluate(two, { answers: full({ p, q }) }, options);

    it('leaf stage: leaves rounded, total = sum of shown leaves', () => {
      const r = at('44.9975', '44.9975');
      expect([r.tree[0]?.points, r.tree[1]?.points, r.total, r.grade]).toEqual([
        '45.00',
        '45.00',
        '90.00',
        '优',
      ]);
      // Each leaf shows 45.00, so the total is 90.00 (优) — under the total stage it is 89.99 (良).
      const r2 = at('44.9974', '44.9974');
      expect([r2.total, r2.grade]).toEqual(['90.00', '优']);
    });

    it('total stage: the exact sum is rounded once and the shown parts still add up', () => {
      const r = at('44.9975', '44.9975', { rounding: { stage: 'total' } });
      expect([r.tree[0]?.points, r.tree[1]?.points, r.total, r.grade]).toEqual([
        '45.00',
        '45.00',
        '90.00',
        '优',
      ]);
      const r2 = at('44.9974', '44.9974', { rounding: { stage: 'total' } });
      expect([r2.tree[0]?.points, r2.tree[1]?.points, r2.total, r2.grade]).toEqual([
        '45.00',
        '44.99',
        '89.99',
        '良',
      ]);
      expect(r2.warnings.map((w) => [w.code, w.indicatorId])).toEqual([
        ['rounding_allocated', 'q'],
      ]);
    });

    it.each(['leaf', 'total'] as const)(
      'grades exactly at 89.99 / 90.00 / 89.995 (%s stage)',
      (stage) => {
        const one = (p: string, q: string) => at(p, q, { rounding: { stage } });
        expect([one('44.99', '45').total, one('44.99', '45').grade]).toEqual(['89.99', '良']);
        expect([one('45', '45').total, one('45', '45').grade]).toEqual(['90.00', '优']);
        expect([one('44.995', '45').total, one('44.995', '45').grade]).toEqual(['90.00', '优']);
        const down = at('44.995', '45', { rounding: { stage, mode: 'down' } });
        expect([down.total, down.grade]).toEqual(['89.99', '良']);
      },
    );

    it('places and mode are policies', () => {
      expect(at('44.5', '44.5', { rounding: { places: 0 } }).total).toBe('90');
      expect(at('44.5', '44.5', { rounding: { places: 0, mode: 'halfEven' } }).total).toBe('88');
      expect(at('44.999', '45', { rounding: { mode: 'down' } }).total).toBe('89.99');
      expect(at('44.991', '45', { rounding: { mode: 'up', places: 1 } }).total).toBe('90.0');
    });

    it('a weight finer than the rounding places is an error', () => {
      const fine = defineFramework({
        id: 'fine',
        version: '1',
        name: 'f',
        indicators: [
          { id: 'p', name: 'p', weight: '2.555', rule: { kind: 'manual' } },
          { id: 'q', name: 'q', weight: '97.445', rule: { kind: 'manual' } },
        ],
      });
      const answers = full({ p: 1, q: 1 });
      expect(codesOf(() => evaluate(fine, { answers }))).toEqual([
        'weight_precision',
        'weight_precision',
      ]);
      expect(evaluate(fine, { answers }, { rounding: { places: 3 } }).total).toBe('2.000');
    });
  });

  describe('options and input', () => {
    it('validates options with paths', () => {
      const issues = issuesOf(() =>
        evaluate(fw, { answers: full(all) }, {
          rounding: { places: 11, mode: 'bankers' },
          extra: 1,
        } as never),
      );
      expect(issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_input', ['options', 'rounding', 'places']],
        ['invalid_input', ['options', 'rounding', 'mode']],
        ['unknown_key', ['options', 'extra']],
      ]);
    });

    it('takes a custom grade scale, checked against the maximum', () => {
      const scale = {
        id: 'local',
        bands: [
          { label: '合格', min: 60 },
          { label: '不合格', min: 0 },
        ],
      };
      const r = evaluate(fw, { answers: full({ ...all, b1: 5 }) }, { scale });
      expect([r.total, r.grade, r.policies.scale.id]).toEqual(['80.00', '合格', 'local']);
      const small = {
        max: 10,
        bands: [
          { label: '合格', min: 6 },
          { label: '不合格', min: 0 },
        ],
      };
      expect(codesOf(() => evaluate(fw, { answers: full(all) }, { scale: small }))).toEqual([
        'total_mismatch',
      ]);
      expect(evaluate(fw, { answers: full(all) }, { scale: 'mof2020' }).grade).toBe('优');
    });

    it('reports unknown indicators, unknown answer fields and non-frameworks', () => {
      const issues = issuesOf(() =>
        evaluate(fw, {
          answers: { ...full(all), zz: {}, a1: { points: 1, justification: 'j', level: 'x' } },
        }),
      );
      expect(issues.map((i) => [i.code, i.path])).toEqual([
        ['unknown_key', ['answers', 'a1', 'level']],
        ['unknown_indicator', ['answers', 'zz']],
      ]);
      expect(codesOf(() => evaluate({ ...fw }, {}))).toEqual(['invalid_input']);
      expect(codesOf(() => evaluate(fw, 'nonsense' as never))).toEqual(['invalid_input']);
      // Every problem at once: the inner answer's field, and each leaf still without an answer.
      const codes = codesOf(() => evaluate(fw, { answers: { A: { points: 3 } } }));
      expect(codes[0]).toBe('unknown_key');
      expect(codes.slice(1).every((c) => c === 'missing_input')).toBe(true);
      expect(codes.length).toBeGreaterThan(1);
    });

    it('safeEvaluate returns instead of throwing', () => {
      const ok = safeEvaluate(fw, { answers: full(all) });
      expect(ok.success && ok.data.total).toBe('100.00');
      const bad = safeEvaluate(fw, { facts: 3 });
      expect(bad.success).toBe(false);
      if (!bad.success) expect(bad.error.issues[0].path).toEqual(['facts']);
    });
  });
});
