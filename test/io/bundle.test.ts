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
  it('holds the zod locales it uses, English (the default of zod) and Chinese, not all ~60', async () => {
    // What ends up in the output (the metafile's inputs also list modules tree-shaken away).
    const r = await build({
      entryPoints: [new URL('../../src/index.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'esm',
      outfile: 'out.js',
      logLevel: 'silent',
    });
    const kept = Object.values(r.metafile.outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, v]) => v.bytesInOutput > 0)
        .map(([k]) => k),
    );
    const locales = kept.filter((i) => /node_modules\/zod\/.*\/locales\/(?!index)/.test(i));
    expect(locales.map((i) => i.replace(/^.*\/locales\//, '')).sort()).toEqual([
      'en.js',
      'zh-CN.js',
    ]);
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
