/**
 * `import 'jixiao'` stays free of spreadsheet and document code: the core entry, bundled for a
 * browser, holds no module of the spreadsheet or the Word library; the office formats live behind
 * `jixiao/xlsx` and `jixiao/docx`.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const bundle = async (entry: string) => {
  const r = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
  });
  return Object.keys(r.metafile.inputs);
};

describe('the core bundle', () => {
  it('has no spreadsheet code', async () => {
    const inputs = await bundle('../../src/index.ts');
    expect(inputs.some((i) => i.includes('node_modules/zod'))).toBe(true);
    expect(inputs.filter((i) => /xlsx|e965|cpexcel/i.test(i))).toEqual([]);
    expect(inputs.filter((i) => /node_modules\/docx|src\/io\/docx/.test(i))).toEqual([]);
  });
  it('the xlsx subpath has it', async () => {
    const inputs = await bundle('../../src/xlsx.ts');
    expect(inputs.some((i) => i.includes('@e965/xlsx'))).toBe(true);
  });
  it('the docx subpath has the Word library, and no spreadsheet code', async () => {
    const inputs = await bundle('../../src/docx.ts');
    expect(inputs.some((i) => i.includes('node_modules/docx/'))).toBe(true);
    expect(inputs.filter((i) => /e965|cpexcel/i.test(i))).toEqual([]);
  });
});
