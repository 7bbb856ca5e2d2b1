import { buildSync } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * The modules `import 'jixiao'` reaches, each built as its own entry for the browser build, so that
 * an app's bundler keeps only the modules it uses (`sideEffects: false` in package.json): a bundle of
 * `parseTarget` alone holds no schema of frameworks, no audit and no framework data.
 */
function browserEntries(): string[] {
  const r = buildSync({
    entryPoints: ['src/index.ts'],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    platform: 'neutral',
    logLevel: 'silent',
  });
  return Object.keys(r.metafile.inputs).filter((f) => f.startsWith('src/') && f.endsWith('.ts'));
}

export default defineConfig([
  {
    // Node: one file per entry, fast to load (`import 'jixiao'`, the CLI). zod is bundled in: its
    // package is ~100 files (with every locale), which Node would load one by one on each start —
    // half the time of `import 'jixiao'`. Bundlers use the browser build, where zod stays external.
    entry: { index: 'src/index.ts', xlsx: 'src/xlsx.ts', docx: 'src/docx.ts', cli: 'src/cli.ts' },
    format: ['esm', 'cjs'],
    noExternal: ['zod'],
    // TS 6.0: tsup 8.5.1 injects `baseUrl` into the dts build, which TS 6 deprecates (TS5101).
    dts: {
      entry: { index: 'src/index.ts', xlsx: 'src/xlsx.ts', docx: 'src/docx.ts' },
      compilerOptions: { ignoreDeprecations: '6.0' },
    },
    sourcemap: true,
    // `npm run build` empties dist/ first: two builds cleaning one folder at once would race.
    clean: false,
    target: 'node20',
    treeshake: true,
    removeNodeProtocol: false,
  },
  {
    // Bundlers (the "browser" condition): one module per source module, for tree-shaking.
    entry: browserEntries(),
    outDir: 'dist/browser',
    format: ['esm'],
    splitting: true,
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'browser',
    removeNodeProtocol: false,
  },
]);
