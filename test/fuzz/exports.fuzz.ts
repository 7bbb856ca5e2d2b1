import { expect, it } from 'vitest';
import * as J from '../../src/index.js';
import { fuzzSuite } from './harness.js';
import { EXPORTS, NOT_EXPORTS, exportProperties } from './properties/exports.js';

it('every exported function of src/index.ts is fuzzed, and nothing else', () => {
  const functions = Object.entries(J)
    .filter(([, v]) => typeof v === 'function')
    .map(([k]) => k)
    .sort();
  expect(
    Object.keys(EXPORTS)
      .filter((k) => !NOT_EXPORTS.has(k))
      .sort(),
  ).toEqual(functions);
});

fuzzSuite('exports', exportProperties);
