import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', xlsx: 'src/xlsx.ts', docx: 'src/docx.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  // TS 6.0: tsup 8.5.1 injects `baseUrl` into the dts build, which TS 6 deprecates (TS5101).
  dts: {
    entry: { index: 'src/index.ts', xlsx: 'src/xlsx.ts', docx: 'src/docx.ts' },
    compilerOptions: { ignoreDeprecations: '6.0' },
  },
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  removeNodeProtocol: false,
});
