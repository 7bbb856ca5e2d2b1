/**
 * Evaluations (defineFramework, evaluate, withWeights): random valid frameworks must compile and
 * their evaluations add up; department2013 with random data and random local weight tables; a
 * framework or unit data with one thing wrong; anything at all as framework, data or options.
 */
import fc from 'fast-check';
import {
  BUILTIN_FRAMEWORKS,
  PROJECT_2020_LEAVES,
  builtinFramework,
  defineFramework,
  evaluate,
  safeDefineFramework,
  safeEvaluate,
  project2020,
  withWeights,
  type Framework,
} from '../../../src/index.js';
import {
  cents,
  choices,
  evaluateOptions,
  hostile,
  mutation,
  mutate,
  partition,
  unitDataFor,
  validFramework,
  weightTableFor,
} from '../arbitraries.js';
import { call, checkEvaluation, fail, inputsOf } from '../checks.js';
import { property, type FuzzProperty } from '../settings.js';

const issueList = (e: { issues: readonly { code: string; message: { en: string } }[] }): string =>
  e.issues.map((i) => `${i.code}: ${i.message.en}`).join('; ');

/**
 * Compiles a framework document; a valid one must not be refused.
 *
 * @param doc - the document
 * @param valid - whether a JixiaoError is a failure
 * @returns the framework, or `null` when refused
 */
export function compile(doc: unknown, valid: boolean): Framework | null {
  const r = call('defineFramework', () => defineFramework(doc as never), { inputs: inputsOf(doc) });
  if (r.ok) return r.value;
  if (valid) fail(`a valid framework was refused: ${issueList(r.error)}`);
  return null;
}

/**
 * Evaluates and checks the result.
 *
 * @param fw - the framework
 * @param data - unit data
 * @param options - options
 */
export function evaluateAndCheck(fw: Framework, data: unknown, options: unknown): void {
  const r = call('evaluate', () => evaluate(fw, data as never, options as never), {
    inputs: inputsOf(fw.definition, data, options),
  });
  if (r.ok) checkEvaluation(r.value);
}

const department = BUILTIN_FRAMEWORKS.department2013 as unknown as {
  facts: object;
  indicators: unknown[];
};

const departmentCase = fc.record({
  data: unitDataFor(department),
  options: evaluateOptions(1, true),
});

const weightedCase = weightTableFor(department).chain((weights) => {
  let doc: { facts: object; indicators: unknown[] } = department;
  try {
    doc = withWeights(department as never, weights) as unknown as typeof doc;
  } catch {
    // the property reports it
  }
  return fc.record({
    weights: fc.constant(weights),
    data: unitDataFor(doc),
    options: evaluateOptions(2, true),
  });
});

/** 10号's project framework with weights that keep 产出 + 效益 at 60% or more, and data for it. */
const project2020Case = fc
  .integer({ min: 6000, max: 9000 })
  .chain((share) => {
    const outcome = PROJECT_2020_LEAVES.filter((id) => /^(output|benefit)\./.test(id));
    const rest = PROJECT_2020_LEAVES.filter((id) => !outcome.includes(id));
    return fc
      .tuple(partition(share, outcome.length), partition(10_000 - share, rest.length))
      .map(([a, b]) => {
        const weights: Record<string, string> = {};
        outcome.forEach((id, i) => (weights[id] = cents(a[i] ?? 1)));
        rest.forEach((id, i) => (weights[id] = cents(b[i] ?? 1)));
        return weights;
      });
  })
  .chain((weights) => {
    let doc: { facts: object; indicators: unknown[] } = department;
    try {
      doc = project2020(weights) as unknown as typeof doc;
    } catch {
      // the property reports it
    }
    return fc.record({
      weights: fc.constant(weights),
      data: unitDataFor(doc),
      options: evaluateOptions(2, true),
    });
  });

export const evaluateProperties: FuzzProperty[] = [
  property({
    name: 'random valid frameworks compile, and their evaluations add up',
    weight: 4,
    arb: validFramework,
    check: (c) => {
      const fw = compile(c.doc, true);
      if (fw) evaluateAndCheck(fw, c.data, c.options);
    },
  }),
  property({
    name: 'department2013 with random unit data',
    weight: 3,
    arb: departmentCase,
    check: (c) => {
      evaluateAndCheck(builtinFramework('department2013'), c.data, c.options);
    },
  }),
  property({
    name: 'department2013 with a random local weight table (withWeights)',
    weight: 2,
    arb: weightedCase,
    check: (c) => {
      const fw = builtinFramework('department2013');
      const r = call('withWeights', () => withWeights(fw, c.weights), {
        inputs: inputsOf(c.weights),
      });
      if (!r.ok)
        return fail(`a weight table that keeps the total was refused: ${issueList(r.error)}`);
      const local = compile(r.value, true);
      if (local) evaluateAndCheck(local, c.data, c.options);
    },
  }),
  property({
    name: 'project2020 with random weights (产出 + 效益 at least 60%) and random data',
    weight: 1,
    arb: project2020Case,
    check: (c) => {
      const r = call('project2020', () => project2020(c.weights), { inputs: inputsOf(c.weights) });
      if (!r.ok) return fail(`weights that add up to 100 were refused: ${issueList(r.error)}`);
      const fw = compile(r.value, true);
      if (fw) evaluateAndCheck(fw, c.data, c.options);
    },
  }),
  property({
    name: 'framework documents with one thing wrong compile or are refused with a JixiaoError',
    weight: 3,
    arb: fc.tuple(validFramework, choices, mutation),
    check: ([c, at, m]) => {
      const doc = mutate(c.doc, at, m);
      const fw = compile(doc, false);
      if (fw) evaluateAndCheck(fw, c.data, c.options);
      call('safeDefineFramework', () => safeDefineFramework(doc), {
        inputs: inputsOf(doc),
        contract: 'never',
      });
    },
  }),
  property({
    name: 'unit data and options with one thing wrong',
    weight: 3,
    arb: fc.tuple(validFramework, choices, mutation, fc.boolean()),
    check: ([c, at, m, onOptions]) => {
      const fw = compile(c.doc, true);
      if (!fw) return;
      const data = onOptions ? c.data : mutate(c.data, at, m);
      const options = onOptions ? mutate(c.options ?? {}, at, m) : c.options;
      evaluateAndCheck(fw, data, options);
      call('safeEvaluate', () => safeEvaluate(fw, data, options), {
        inputs: inputsOf(data, options),
        contract: 'never',
      });
    },
  }),
  property({
    name: 'anything as a framework, unit data or options',
    weight: 1,
    arb: fc.tuple(hostile, hostile, fc.option(hostile, { nil: undefined })),
    check: ([doc, data, options]) => {
      compile(doc, false);
      evaluateAndCheck(builtinFramework('department2013'), data, options);
      call('safeEvaluate', () => safeEvaluate(doc as never, data, options), {
        inputs: inputsOf(doc, data, options),
        contract: 'never',
      });
      call('safeDefineFramework', () => safeDefineFramework(doc), {
        inputs: inputsOf(doc),
        contract: 'never',
      });
    },
  }),
];
