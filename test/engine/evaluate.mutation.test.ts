import { describe, expect, it } from 'vitest';
import {
  defineFramework,
  evaluate,
  safeEvaluate,
  type Framework,
  type GradeScaleInput,
  type EvaluateOptionsInput,
} from '../../src/index.js';
import { issuesOf } from '../helpers.js';
import { allFull, manual, notApplicable, tree } from './fixtures.js';

const twoFw = defineFramework({
  id: 'two',
  version: '1',
  name: '二',
  indicators: [
    { id: 'p', name: { zh: '数量', en: 'Quantity' }, weight: 50, rule: { kind: 'manual' } },
    { id: 'q', name: { zh: '质量', en: 'Quality' }, weight: 50, rule: { kind: 'manual' } },
  ],
});

const twoBands = (first: GradeScaleInput['bands'][number]): GradeScaleInput => ({
  id: 'local',
  bands: [first, { label: '不合格', min: 0 }],
});

describe('evaluate: a grade scale given in the options', () => {
  it('is checked like a framework scale, with paths under options.scale', () => {
    // The scale's own checks (checkScale, not the schema's): a label given twice.
    const scale = {
      id: 'dup',
      bands: [
        { label: '合格', min: 60 },
        { label: '合格', min: 0 },
      ],
    };
    expect(issuesOf(() => evaluate(tree, { answers: manual(allFull) }, { scale }))).toEqual([
      {
        code: 'scale_invalid',
        path: ['options', 'scale', 'bands', 1, 'label'],
        message: {
          zh: '等级标准有误：等级 "合格" 重复',
          en: 'Invalid grade scale: grade "合格" appears twice',
        },
      },
    ]);
  });

  it('must have the framework maximum, said with both numbers', () => {
    const scale = {
      max: 10,
      bands: [
        { label: '合格', min: 6 },
        { label: '不合格', min: 0 },
      ],
    };
    expect(issuesOf(() => evaluate(tree, { answers: manual(allFull) }, { scale }))).toEqual([
      {
        code: 'total_mismatch',
        path: ['options', 'scale', 'max'],
        message: {
          zh: '分值合计 100，应等于满分 10',
          en: 'Weights add up to 100; they must equal the maximum score 10',
        },
      },
    ]);
  });

  it.each([
    // an inclusive lower bound: exactly 60 is 合格
    [true, '60.00', '合格'],
    // an exclusive lower bound: exactly 60 is not
    [false, '60.00', '不合格'],
  ])('is reported in policies.scale as used (minInclusive %s)', (minInclusive, total, grade) => {
    const scale = twoBands({ label: { zh: '合格', en: 'Pass' }, min: 60, minInclusive });
    const r = evaluate(tree, { answers: manual({ ...allFull, A2: 0, b2: 5 }) }, { scale });
    expect([r.total, r.grade]).toEqual([total, grade]);
    expect(r.policies.scale).toEqual({
      id: 'local',
      max: '100',
      bands: [
        { label: { zh: '合格', en: 'Pass' }, min: '60', minInclusive },
        { label: { zh: '不合格', en: '不合格' }, min: '0', minInclusive: true },
      ],
    });
  });
});

describe('evaluate: what is not a framework', () => {
  it.each([
    // a copy loses the compiled framework behind it
    ['a copy', { ...tree }],
    ['null', null],
    ['a string', 'tree'],
  ])('%s is an invalid_input at path framework', (_name, value) => {
    expect(issuesOf(() => evaluate(value as unknown as Framework, {}))).toEqual([
      {
        code: 'invalid_input',
        path: ['framework'],
        message: {
          zh: '不是由 defineFramework 生成的指标体系',
          en: 'not a framework made by defineFramework',
        },
      },
    ]);
  });
});

describe('evaluate: the scored tree', () => {
  it('an inner node is scored, with no trace and no flags of its own', () => {
    const r = evaluate(tree, { answers: manual({ ...allFull, a1: 15 }) });
    const [A] = r.tree;
    expect([A?.status, A?.rule, A?.trace, A?.flags]).toEqual(['scored', null, [], []]);
    const A1 = A?.children[0];
    expect([A1?.status, A1?.trace, A1?.flags, A1?.points]).toEqual(['scored', [], [], '25.00']);
  });
});

describe('evaluate: warnings', () => {
  it('rounding_allocated says what the leaf shows after the total was allocated', () => {
    const two = { p: '44.9974', q: '44.9974' };
    const fw = evaluateTwo(two, { rounding: { stage: 'total' } });
    expect(fw.warnings).toEqual([
      {
        code: 'rounding_allocated',
        indicatorId: 'q',
        message: {
          zh: '质量：按总分舍入后分配尾差，显示 44.99 分',
          en: 'Quality: shows 44.99 after the rounded total was allocated',
        },
      },
    ]);
  });

  const leaves = manual(allFull);
  const bOnly = manual({ b1: 25, b2: 15 });
  it.each([
    // redistribute, with the declared reason (trimmed) in both languages
    [
      'redistribute',
      'a2',
      { ...leaves, a2: { notApplicable: true, reason: '  不涉及 ' } },
      'a2 不适用（不涉及），其分值 10 按比例分配给同级适用指标',
      'a2 is not applicable (不涉及): its weight 10 went to its applicable siblings in proportion',
    ],
    // rescale names where the weight went
    [
      'rescale',
      'a2',
      { ...leaves, a2: notApplicable },
      'a2 不适用（不涉及），其分值 10 按比例分配给全部适用的末级指标',
      'a2 is not applicable (不涉及): its weight 10 went to all applicable leaf indicators in proportion',
    ],
    // a branch whose leaves are all out is where not-applicable starts: no reason of its own
    [
      'redistribute',
      'A1',
      { ...leaves, a1: notApplicable, a2: notApplicable },
      '甲一 不适用，其分值 30 按比例分配给同级适用指标',
      'Alpha one is not applicable: its weight 30 went to its applicable siblings in proportion',
    ],
    // the first top-level indicator (node 0): nothing under it is reported again
    [
      'redistribute',
      'A',
      { ...bOnly, A: notApplicable },
      '甲 不适用（不涉及），其分值 60 按比例分配给同级适用指标',
      'Alpha is not applicable (不涉及): its weight 60 went to its applicable siblings in proportion',
    ],
  ] as const)('weight_redistributed under %s: %s, once', (policy, id, answers, zh, en) => {
    const r = evaluate(tree, { answers }, { notApplicable: policy });
    expect(r.warnings).toEqual([
      { code: 'weight_redistributed', indicatorId: id, message: { zh, en } },
    ]);
  });
});

describe('safeEvaluate', () => {
  it('returns the JixiaoError of bad data', () => {
    const r = safeEvaluate(tree, { answers: { zz: {} } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.code)).toContain('unknown_indicator');
  });

  it('does not turn an error that is not a JixiaoError into a result', () => {
    // A JavaScript caller's proxy whose every read throws: its error is its own, passed on as is.
    const boom = new RangeError('boom');
    const hostile = new Proxy(
      {},
      {
        get() {
          throw boom;
        },
      },
    ) as Framework;
    expect(() => safeEvaluate(hostile, { answers: manual(allFull) })).toThrow(boom);
  });
});

function evaluateTwo(points: { p: string; q: string }, options: EvaluateOptionsInput) {
  return evaluate(twoFw, { answers: manual(points) }, options);
}
