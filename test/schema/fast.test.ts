/**
 * The fast acceptance check (src/schema/fast.ts) accepts only what zod accepts, with the same value:
 * over valid documents, documents with one thing wrong and hostile values of every kind, for every
 * exported schema and every rule kind's answer schema.
 */
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import * as jixiao from '../../src/index.js';
import {
  AuditTableSchema,
  SelfEvaluationOptionsSchema,
  SelfEvaluationTableSchema,
  UnitDataSchema,
  builtinFramework,
  defineFramework,
} from '../../src/index.js';
import { compiledOf } from '../../src/framework/defineFramework.js';
import { FAST_DEPTH, fastCheck } from '../../src/schema/fast.js';
import { structureIssues } from '../../src/schema/depth.js';
import {
  choices,
  hostile,
  mutate,
  mutation,
  validFramework,
  validTable,
} from '../fuzz/arbitraries.js';
import { runs } from '../setup/props.js';

/** Every zod schema jixiao exports (FrameworkSchema, UnitDataSchema, …), found by name. */
const SCHEMAS = Object.fromEntries(
  Object.entries(jixiao as Record<string, unknown>).filter(
    ([name, v]) => name.endsWith('Schema') && typeof v === 'object' && v !== null && '_zod' in v,
  ),
) as Record<string, z.ZodMiniType>;

/** Every answer schema, by rule kind, taken from a compiled framework that uses them all. */
const ANSWERS: z.ZodMiniType[] = [
  ...new Set((compiledOf(builtinFramework('department2013'))?.nodes ?? []).map((n) => n.answer)),
];

/** The property: accepted ⇒ zod accepts, returns a deep-equal value, and the structure is sound. */
function agrees(schema: z.ZodMiniType, input: unknown): boolean {
  const fast = fastCheck(schema);
  if (!fast?.(input)) return false;
  const r = schema.safeParse(input);
  expect(r.success).toBe(true);
  expect(r.data).toStrictEqual(input);
  expect(structureIssues(input, [])).toEqual([]);
  return true;
}

/** Inputs: valid documents of every kind, the same with one thing wrong, and hostile values. */
const documents = fc.oneof(
  validTable.map((c) => c.table),
  validTable.map((c) => c.options),
  validTable.map((c) => (c.table.rows as unknown[])[0]),
  validTable.map((c) => c.table.budget),
  validFramework.map((c) => c.doc),
  validFramework.map((c) => c.data),
  validFramework.map((c) => c.options),
  validFramework.map((c) => (c.doc.indicators as { rule?: unknown }[])[0]?.rule),
);
const inputs = fc.oneof(
  { arbitrary: documents, weight: 3 },
  {
    arbitrary: fc.tuple(documents, choices, mutation).map(([d, c, m]) => mutate(d, c, m)),
    weight: 4,
  },
  { arbitrary: hostile, weight: 2 },
);

describe('fastCheck', () => {
  it('compiles the schemas of the hot paths', () => {
    expect(Object.keys(SCHEMAS).length).toBeGreaterThan(15);
    for (const s of [
      UnitDataSchema,
      SelfEvaluationTableSchema,
      SelfEvaluationOptionsSchema,
      AuditTableSchema,
      ...ANSWERS,
    ])
      expect(fastCheck(s)).not.toBeNull();
    expect(ANSWERS.length).toBeGreaterThan(5);
  });

  it('accepts real documents as they are', () => {
    const data: unknown = JSON.parse(
      readFileSync(new URL('../../examples/linze-kexie-2023.json', import.meta.url), 'utf8'),
    );
    expect(agrees(UnitDataSchema, data)).toBe(true);
    const fw = compiledOf(builtinFramework('department2013'));
    const answers = (data as { answers: Record<string, unknown> }).answers;
    for (const [id, a] of Object.entries(answers)) {
      const node = fw?.nodes[fw.byId.get(id) ?? -1];
      expect(agrees(node?.answer as z.ZodMiniType, a), id).toBe(true);
    }
  });

  it('leaves to zod what it does not understand or what zod would change', () => {
    const ok = fastCheck(UnitDataSchema);
    expect(ok?.({ facts: { a: 1 } })).toBe(true);
    expect(ok?.({ facts: { a: 1 }, extra: 1 })).toBe(false); // unknown key: zod reports it
    expect(ok?.({ facts: { a: undefined } })).toBe(false);
    expect(ok?.({ facts: { a: Infinity } })).toBe(false);
    expect(ok?.({ facts: { a: '1e5' } })).toBe(false);
    expect(ok?.(JSON.parse('{"facts":{"__proto__":1}}'))).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(ok?.({ answers: { x: cyclic } })).toBe(false);
    let deep: unknown = 1;
    for (let i = 0; i < FAST_DEPTH; i++) deep = [deep];
    expect(ok?.({ answers: { x: deep } })).toBe(false);
    expect(ok?.(new Map())).toBe(false);
    expect(ok?.(Object.assign(Object.create({ inherited: 1 }) as object, { facts: {} }))).toBe(
      false,
    );
    const throwing = {
      get facts(): never {
        throw new Error('no');
      },
    };
    expect(ok?.(throwing)).toBe(false);
  });

  test.prop([inputs], { numRuns: runs(3000) })(
    'accepts only what zod accepts, with the same value (every exported schema)',
    (input) => {
      for (const schema of Object.values(SCHEMAS)) agrees(schema, input);
    },
  );

  test.prop([validFramework, fc.array(fc.tuple(choices, mutation), { maxLength: 2 })], {
    numRuns: runs(1000),
  })('accepts only what zod accepts, with the same value (answer schemas)', (c, edits) => {
    const fw = compiledOf(defineFramework(c.doc as never));
    const data = edits.reduce<unknown>((d, [ch, m]) => mutate(d, ch, m), c.data);
    const answers = (data as { answers?: unknown } | null)?.answers;
    for (const node of fw?.nodes ?? []) {
      const a =
        answers !== null && typeof answers === 'object'
          ? (answers as Record<string, unknown>)[node.id]
          : undefined;
      agrees(node.answer, a);
      for (const other of ANSWERS) agrees(other, a);
    }
  });

  it('is exercised: most valid documents take the fast path', () => {
    const sample = fc.sample(validTable, { numRuns: 200, seed: 7 });
    const fast = fastCheck(SelfEvaluationTableSchema);
    const taken = sample.filter((c) => fast?.(c.table)).length;
    expect(taken).toBeGreaterThan(150);
    const data = fc.sample(validFramework, { numRuns: 100, seed: 7 });
    const unit = fastCheck(UnitDataSchema);
    // fc.record makes some objects without a prototype: those go to zod, and its copy is ordinary.
    expect(data.filter((c) => unit?.(c.data)).length).toBeGreaterThan(50);
  });
});
