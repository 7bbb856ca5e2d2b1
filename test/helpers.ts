import { expect } from 'vitest';
import {
  JixiaoError,
  defineFramework,
  evaluate,
  type Framework,
  type FrameworkInput,
  type Issue,
  type Rule,
  type EvaluateOptionsInput,
  type AnswerInput,
} from '../src/index.js';

/** A framework with one scored leaf `x` of `weight` points plus a manual filler up to 100. */
export function oneLeaf(
  rule: Rule,
  weight: number | string = 10,
  extra: Partial<FrameworkInput> = {},
): Framework {
  const filler = 100 - Number(weight);
  return defineFramework({
    id: 'test',
    version: '1',
    name: '测试',
    facts: { v: { name: '值', unit: '%' }, a: { name: 'A' }, b: { name: 'B' } },
    indicators: [
      { id: 'x', name: { zh: '指标', en: 'Indicator' }, weight, rule },
      ...(filler > 0
        ? [{ id: 'rest', name: '其余', weight: filler, rule: { kind: 'manual' as const } }]
        : []),
    ],
    ...extra,
  });
}

/** The answer that gives the filler of {@link oneLeaf} full points. */
export function fullRest(weight: number | string = 10): Record<string, AnswerInput> {
  return { rest: { points: 100 - Number(weight), justification: '满分' } };
}

/** The issues a call throws (fails the test when it does not throw a JixiaoError). */
export function issuesOf(fn: () => unknown): readonly Issue[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(JixiaoError);
    return (e as JixiaoError).issues;
  }
  expect.fail('expected a JixiaoError');
}

/** The codes of the issues a call throws. */
export function codesOf(fn: () => unknown): string[] {
  return issuesOf(fn).map((i) => i.code);
}

/** Scores leaf `x` of {@link oneLeaf} and returns its node and finding. */
export function scoreX(
  rule: Rule,
  opts: {
    weight?: number | string;
    answer?: AnswerInput;
    facts?: Readonly<Record<string, number | string>>;
    framework?: Partial<FrameworkInput>;
    options?: EvaluateOptionsInput;
  } = {},
): {
  points: string;
  lost: string;
  rate: string | null;
  trace: readonly { key: string; value: string }[];
  zh: string | undefined;
  en: string | undefined;
  total: string;
} {
  const weight = opts.weight ?? 10;
  const fw = oneLeaf(rule, weight, opts.framework);
  const answers: Record<string, AnswerInput> = { ...fullRest(weight) };
  if (opts.answer) answers.x = opts.answer;
  const r = evaluate(fw, { facts: opts.facts ?? {}, answers }, opts.options);
  const node = r.tree.find((n) => n.id === 'x');
  if (!node) throw new Error('no x');
  const f = r.findings.find((x) => x.indicatorId === 'x');
  return {
    points: node.points,
    lost: node.lost,
    rate: node.rate,
    trace: node.trace,
    zh: f?.message.zh,
    en: f?.message.en,
    total: r.total,
  };
}
