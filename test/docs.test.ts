import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  TableLayoutSchema,
  compileScale,
  defineFramework,
  type GradeScaleInput,
} from '../src/index.js';

// Every complete framework and grade scale shown in the guides must be accepted as shown.
const dir = new URL('../docs/', import.meta.url);
const blocks = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) =>
    [...readFileSync(new URL(f, dir), 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map(
      (m) => [f, m[1] ?? ''] as const,
    ),
  );

describe('JSON in the guides', () => {
  it('finds the examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });
  it.each(blocks.filter(([, text]) => text.includes('"indicators"')))(
    '%s: the framework is valid',
    (_file, text) => {
      expect(() => defineFramework(JSON.parse(text))).not.toThrow();
    },
  );
  it.each(blocks.filter(([, text]) => text.includes('"columns"')))(
    '%s: the table layout is valid',
    (_file, text) => {
      expect(TableLayoutSchema.safeParse(JSON.parse(text)).success).toBe(true);
    },
  );
  it.each(blocks.filter(([, text]) => text.includes('"bands"') && !text.includes('"indicators"')))(
    '%s: the grade scale is valid',
    (_file, text) => {
      expect(compileScale(JSON.parse(text) as GradeScaleInput, []).ok).toBe(true);
    },
  );
});
