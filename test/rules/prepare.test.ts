/**
 * The {@link RuleKind} contract itself, through `RULE_KINDS` (public): `prepare` returns `null`
 * whenever it reported an issue, and a scorer's outcome carries an explanation exactly when points
 * were lost. `defineFramework` throws on any reported issue, so these are the callers that rely on
 * the `null`: a host that prepares rules itself, or a wrapper of a rule kind.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/index.js';
import { prepare } from './context.js';

const staff = {
  kind: 'stepDeduction',
  better: 'lower',
  threshold: 100,
  deduct: 1,
  partial: 'proRata',
} as const;

describe('prepare returns null whenever it reported an issue', () => {
  const cases: [string, Rule, { weight?: number; expressions?: 'invalid' }?][] = [
    ['ratio: lowerMethod on a 正向 rule', { kind: 'ratio', lowerMethod: 'linear' }],
    [
      'ratio: a metric that does not compile',
      { kind: 'ratio', metric: 'v' },
      { expressions: 'invalid' },
    ],
    ['stepDeduction: a step above the weight', { ...staff, deduct: 11 }],
    ['stepDeduction: a floor at the weight', { ...staff, floor: 10 }],
    [
      'stepDeduction: a metric that does not compile',
      { ...staff, metric: 'v' },
      { expressions: 'invalid' },
    ],
    ['bands: neither points nor share', { kind: 'bands', bands: [{ min: 0 }] }],
    ['bands: points above the weight', { kind: 'bands', bands: [{ min: 0, points: 11 }] }],
    [
      'bands: an open lower bound after the first band',
      { kind: 'bands', bands: [{ max: 5, points: 0 }, { points: 1 }] },
    ],
    [
      'bands: an open upper bound before the last band',
      {
        kind: 'bands',
        bands: [
          { min: 0, points: 0 },
          { min: 5, points: 1 },
        ],
      },
    ],
    ['bands: an empty band', { kind: 'bands', bands: [{ min: 5, max: 4, points: 1 }] }],
    [
      'bands: a gap',
      {
        kind: 'bands',
        bands: [
          { max: 5, points: 0 },
          { min: 6, points: 1 },
        ],
      },
    ],
    [
      'bands: a bound in both bands',
      {
        kind: 'bands',
        bands: [
          { max: 5, maxInclusive: true, points: 0 },
          { min: 5, points: 1 },
        ],
      },
    ],
    [
      'bands: a metric that does not compile',
      { kind: 'bands', metric: 'v', bands: [{ min: 0, points: 1 }] },
      { expressions: 'invalid' },
    ],
    [
      'elements: a duplicate id',
      {
        kind: 'elements',
        items: [
          { id: 'a', label: 'A', points: 5 },
          { id: 'a', label: 'B', points: 5 },
        ],
      },
    ],
    [
      'elements: points that do not add up',
      { kind: 'elements', items: [{ id: 'a', label: 'A', points: 9 }] },
    ],
    [
      'gate: a condition that does not compile',
      { kind: 'gate', condition: 'ok' },
      { expressions: 'invalid' },
    ],
    [
      'levels: an empty level',
      { kind: 'levels', levels: [{ id: 'A', label: 'A', min: '0.9', max: '0.8' }] },
    ],
    [
      'levels: a duplicate level',
      {
        kind: 'levels',
        levels: [
          { id: 'A', label: 'A', min: 0, max: 1 },
          { id: 'A', label: 'B', min: 0, max: 1 },
        ],
      },
    ],
    ['survey: a zero standard', { kind: 'survey', fullAt: 0 }],
    [
      'survey: a metric that does not compile',
      { kind: 'survey', metric: 'v' },
      { expressions: 'invalid' },
    ],
    ['target: an unreadable target', { kind: 'target', target: '≥abc' }],
  ];
  for (const [what, rule, opts] of cases) {
    it(what, () => {
      const { scorer, reported } = prepare(rule, opts);
      expect(reported).toHaveLength(1);
      expect(scorer).toBeNull();
    });
  }

  it('and returns a scorer, reporting nothing, for the same kinds written correctly', () => {
    const fine: Rule[] = [
      { kind: 'ratio', metric: 'v', direction: 'lower', lowerMethod: 'linear' },
      { ...staff, metric: 'v', deduct: 10, floor: 9 },
      {
        kind: 'bands',
        metric: 'v',
        bands: [
          { max: 5, maxInclusive: true, points: 0 },
          { min: 5, minInclusive: false, points: 10 },
        ],
      },
      { kind: 'elements', items: [{ id: 'a', label: 'A', points: 10 }] },
      { kind: 'gate', condition: 'ok' },
      { kind: 'levels', levels: 'mof2020' },
      { kind: 'survey', metric: 'v', fullAt: 1 },
      { kind: 'target', target: '≥5' },
      { kind: 'manual' },
    ];
    for (const rule of fine) {
      const { scorer, reported } = prepare(rule);
      expect(reported, rule.kind).toEqual([]);
      expect(scorer, rule.kind).not.toBeNull();
    }
  });
});

describe('an outcome explains itself exactly when points were lost', () => {
  const cases: [string, Rule, Record<string, unknown>, Record<string, unknown>][] = [
    [
      'elements',
      {
        kind: 'elements',
        items: [
          { id: 'a', label: 'A', points: 4 },
          { id: 'b', label: 'B', points: 6 },
        ],
      },
      { elements: { a: true, b: true } },
      { elements: { a: true, b: false } },
    ],
    // floor: 0.9 of a step over the threshold is no whole step, nothing is deducted
    ['stepDeduction', { ...staff, partial: 'floor' }, { value: '100.9' }, { value: '101.9' }],
    ['survey', { kind: 'survey' }, { rate: 100 }, { rate: 99 }],
    ['ratio', { kind: 'ratio' }, { value: 100 }, { value: 99 }],
    ['gate', { kind: 'gate' }, { passed: true }, { passed: false }],
    [
      'levels',
      { kind: 'levels', levels: 'mof2020' },
      { level: 'achieved', points: 10 },
      { level: 'achieved', points: 9 },
    ],
    [
      'manual',
      { kind: 'manual' },
      { points: 10, justification: 'j' },
      { points: 9, justification: 'j' },
    ],
    ['target', { kind: 'target', target: '≥5' }, { actual: '5' }, { actual: '4' }],
  ];
  for (const [kind, rule, full, short] of cases) {
    it(kind, () => {
      const { scorer } = prepare(rule);
      const whole = scorer?.(full);
      expect(whole?.rate.toString()).toBe('1');
      expect(whole?.explain).toBeUndefined();
      const lost = scorer?.(short);
      expect(lost?.rate.lt(1)).toBe(true);
      expect(typeof lost?.explain).toBe('function');
    });
  }
});
