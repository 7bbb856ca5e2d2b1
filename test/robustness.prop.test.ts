import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { dec } from '../src/decimal.js';
import {
  BUILTIN_FRAMEWORKS,
  JixiaoError,
  builtinFramework,
  defineFramework,
  evaluate,
  withWeights,
  type ScoredNode,
} from '../src/index.js';
import { runs } from './setup/props.js';

/** Calls fn; the only acceptable failure is a JixiaoError. */
function settle<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    if (e instanceof JixiaoError) {
      expect(e.issues.length).toBeGreaterThan(0);
      return null;
    }
    throw e;
  }
}

const fw = builtinFramework('department2013');
const factNames = Object.keys(fw.facts);
const ids = fw.indicators.map((i) => i.id);
const answerKeys = [
  'value',
  'points',
  'justification',
  'level',
  'elements',
  'gate',
  'passed',
  'rate',
  'votes',
  'notApplicable',
  'reason',
  'note',
];
const anyValue = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(
    '',
    '0',
    '100',
    '97.94',
    '-1',
    'abc',
    '1e3',
    '  ',
    'achieved',
    'partial',
    '达成年度指标',
  ),
  fc.boolean(),
  fc.constant(null),
  fc.dictionary(
    fc.constantFrom('law', 'tasks', 'very', 'x', 'true'),
    fc.oneof(fc.boolean(), fc.integer()),
  ),
);
const unitData = fc.record(
  {
    facts: fc.dictionary(fc.oneof(fc.constantFrom(...factNames), fc.string()), anyValue),
    answers: fc.dictionary(
      fc.oneof(fc.constantFrom(...ids), fc.string()),
      fc.dictionary(fc.constantFrom(...answerKeys), anyValue),
    ),
  },
  { requiredKeys: [] },
);
const options = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      missing: fc.constantFrom('error', 'zero'),
      notApplicable: fc.constantFrom('redistribute', 'rescale', 'zero', 'bogus'),
    },
    { requiredKeys: [] },
  ),
);

function checkTree(nodes: readonly ScoredNode[]): void {
  for (const n of nodes) {
    for (const s of [n.points, n.weight, n.lost]) expect(s).toMatch(/^\d+\.\d{2}$/);
    expect(dec(n.points).lte(n.weight)).toBe(true);
    checkTree(n.children);
  }
}

describe('no input, however bad, crashes or yields a bad number', () => {
  test.prop([unitData, options], { numRuns: runs(400) })(
    'evaluate on department2013',
    (data, opts) => {
      const r = settle(() => evaluate(fw, data as never, opts as never));
      if (r) {
        expect(r.total).toMatch(/^\d+\.\d{2}$/);
        checkTree(r.tree);
      }
    },
  );

  test.prop([fc.jsonValue(), fc.jsonValue()], { numRuns: runs(200) })(
    'arbitrary JSON everywhere',
    (a, b) => {
      settle(() => defineFramework(a as never));
      settle(() => evaluate(fw, a as never, b as never));
      settle(() =>
        withWeights(
          fw,
          (typeof a === 'object' && a !== null && !Array.isArray(a) ? a : {}) as never,
        ),
      );
    },
  );

  const doc = BUILTIN_FRAMEWORKS.department2013;
  test.prop([fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue()], {
    numRuns: runs(300),
  })(
    'a mutated built-in framework is either valid or rejected with issues',
    (choices, replacement) => {
      const copy = structuredClone(doc) as unknown;
      // Walk down the document by the chosen indexes and replace what is there.
      let parent: Record<string, unknown> | unknown[] | null = null;
      let key: string | number | null = null;
      let node: unknown = copy;
      for (const c of choices) {
        if (node === null || typeof node !== 'object') break;
        const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
        if (keys.length === 0) break;
        parent = node as Record<string, unknown>;
        key = keys[c % keys.length] ?? null;
        node = key === null ? undefined : (parent as Record<string | number, unknown>)[key];
      }
      if (parent && key !== null) (parent as Record<string | number, unknown>)[key] = replacement;
      const compiled = settle(() => defineFramework(copy as never));
      if (compiled)
        settle(() => evaluate(compiled, { facts: {}, answers: {} }, { missing: 'zero' }));
    },
  );
});
