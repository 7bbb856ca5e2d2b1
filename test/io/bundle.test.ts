/**
 * `import 'jixiao'` stays free of spreadsheet code: the core entry, bundled for a browser, holds no
 * module of the spreadsheet library, and the office formats live behind `jixiao/xlsx`.
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
  });
  it('the xlsx subpath has it', async () => {
    const inputs = await bundle('../../src/xlsx.ts');
    expect(inputs.some((i) => i.includes('@e965/xlsx'))).toBe(true);
  });
});
