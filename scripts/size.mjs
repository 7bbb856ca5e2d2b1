// Browser bundle sizes of the built package (dist/), with its dependencies, as an app's bundler
// makes them (resolving `jixiao` through package.json "exports" with the browser condition): esbuild, minified, ESM, for the browser, then brotli (what a server sends). Each entry
// imports a few exports of `jixiao` and has a limit; a built-in framework's data must be only in the
// bundles that import `builtinFramework`. `node scripts/size.mjs` exits 1 when a limit is broken
// (CI runs it); `npm run bench` reports each size against its target (the limit, or lower).
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A string that is only in the data of department2013 (one of its indicator ids). */
const FRAMEWORK_MARK = 'process.management.compliance';

export const ENTRIES = [
  {
    name: 'scoreSelfEvaluation + evaluate + builtinFramework + auditSelfEvaluation',
    imports: ['scoreSelfEvaluation', 'evaluate', 'builtinFramework', 'auditSelfEvaluation'],
    // zod's mini API (jixiao's schemas: ~7.5 kB brotli, against ~25 kB in the classic API).
    limit: 60_000,
    target: 60_000,
    framework: true,
  },
  {
    name: 'parseTarget',
    imports: ['parseTarget'],
    limit: 20_000,
    target: 20_000,
    framework: false,
  },
  {
    name: 'defineFramework + evaluate (no built-in framework)',
    imports: ['defineFramework', 'evaluate'],
    limit: null,
    target: null,
    framework: false,
  },
];

/**
 * Bundles one entry and measures it.
 *
 * @param {{ imports: string[] }} entry - the exports to import
 * @returns {Promise<{ raw: number, brotli: number, hasFramework: boolean }>}
 */
export async function measure(entry) {
  // `jixiao` as an app resolves it: through package.json "exports", with the browser condition.
  const app = mkdtempSync(join(tmpdir(), 'jixiao-size-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(root, join(app, 'node_modules', 'jixiao'), 'dir');
  const r = await build({
    stdin: {
      contents: `export { ${entry.imports.join(', ')} } from 'jixiao';`,
      resolveDir: app,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  }).finally(() => rmSync(app, { recursive: true, force: true }));
  const code = r.outputFiles[0].contents;
  const brotli = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  return {
    raw: code.length,
    brotli,
    hasFramework: Buffer.from(code).includes(FRAMEWORK_MARK),
  };
}

/**
 * Every entry with its figures and verdict.
 *
 * @returns {Promise<object[]>}
 */
export async function sizes() {
  const out = [];
  for (const e of ENTRIES) {
    const m = await measure(e);
    const sizeOk = e.limit === null || m.brotli <= e.limit;
    const dataOk = m.hasFramework === e.framework;
    out.push({ ...e, ...m, ok: sizeOk && dataOk });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await sizes();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else {
    for (const r of rows) {
      const limit =
        r.limit === null
          ? 'no limit'
          : `limit ${(r.limit / 1000).toFixed(0)} kB, target ${(r.target / 1000).toFixed(0)} kB`;
      const data = r.framework ? 'with' : 'without';
      console.log(
        `${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${(r.brotli / 1000).toFixed(1)} kB brotli (${limit}), ${(r.raw / 1000).toFixed(0)} kB minified, ${r.hasFramework ? 'has' : 'no'} framework data (must be ${data})`,
      );
    }
    if (rows.some((r) => !r.ok)) process.exit(1);
  }
}
