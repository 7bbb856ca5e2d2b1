import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_FRAMEWORKS,
  PROJECT_2020_LEAVES,
  defineFramework,
  jsonSchema,
  project2020,
  safeDefineFramework,
  safeScoreSelfEvaluation,
  type JsonSchemaName,
} from '../../src/index.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validator = (name: JsonSchemaName) => ajv.compile(jsonSchema(name));
const json = (p: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));

describe('JSON Schemas (checked with ajv, a real JSON Schema validator)', () => {
  const framework = validator('framework');
  const unitData = validator('unit-data');
  const self = validator('self-evaluation');

  it('accepts every built-in framework and the project2020 template', () => {
    for (const [id, doc] of Object.entries(BUILTIN_FRAMEWORKS))
      expect(framework(doc), id).toBe(true);
    const w = [3, 2, 3, 2, 3, 2, 4, 6, 4, 2, 4, 10, 10, 8, 7, 20, 10];
    const weights = Object.fromEntries(PROJECT_2020_LEAVES.map((id, i) => [id, w[i] ?? 0]));
    const doc = project2020(weights);
    expect(framework(doc)).toBe(true);
    expect(defineFramework(doc).max).toBe('100');
  });

  it('accepts every example', () => {
    expect(unitData(json('examples/linze-kexie-2023.json'))).toBe(true);
    for (const f of readdirSync(new URL('../../examples/tables/', import.meta.url)).filter((n) =>
      n.endsWith('.json'),
    )) {
      expect(self(json(`examples/tables/${f}`)), f).toBe(true);
    }
  });

  it('rejects what the library rejects for its shape', () => {
    const bad: unknown[] = [
      {},
      { id: 'x', version: '1', name: 'x', indicators: [] },
      {
        id: 'x',
        version: '1',
        name: 'x',
        indicators: [{ id: 'a', name: 'a', weight: 'abc', rule: { kind: 'manual' } }],
      },
      {
        id: 'x',
        version: '1',
        name: 'x',
        indicators: [{ id: 'a', name: 'a', weight: 100, rule: { kind: 'magic' } }],
      },
      {
        id: 'x',
        version: '1',
        name: 'x',
        wieght: 1,
        indicators: [{ id: 'a', name: 'a', weight: 100, rule: { kind: 'manual' } }],
      },
      {
        id: 'x',
        version: '1',
        name: 'x',
        indicators: [{ id: 'a', name: 'a', weight: 100, rule: { kind: 'ratio', metric: 3 } }],
      },
      {
        id: 'x y',
        version: '1',
        name: 'x',
        indicators: [{ id: 'a', name: 'a', weight: 100, rule: { kind: 'manual' } }],
      },
    ];
    for (const doc of bad) {
      expect(framework(doc), JSON.stringify(doc)).toBe(false);
      expect(safeDefineFramework(doc).success, JSON.stringify(doc)).toBe(false);
    }
    const badTable = {
      budget: { adjusted: 10 },
      rows: [{ l1: 'a', l3: 'b', target: '≥1', actual: '1', weight: 90, extra: 1 }],
    };
    expect(self(badTable)).toBe(false);
    expect(safeScoreSelfEvaluation(badTable).success).toBe(false);
    expect(unitData({ facts: { a: 'abc' } })).toBe(false);
    expect(unitData({ unit: { year: 2023 } })).toBe(false);
  });

  it('describes the recursion of indicators', () => {
    const s = JSON.stringify(jsonSchema('framework'));
    expect(s).toContain('"$ref"');
    expect(s).toContain('"additionalProperties":false');
  });
});
