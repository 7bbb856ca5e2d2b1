import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// `jixiao --help` and a usage error load no command and no renderer: run.ts imports them (as values)
// only when a command runs, so the library is not read at start (measured in the issue 11 note:
// `node dist/cli.js --help` 0.28 s → 0.13 s, node alone 0.10 s).
it('run.ts imports no command, renderer or library module at its top', () => {
  const text = readFileSync(new URL('../../src/cli/run.ts', import.meta.url), 'utf8');
  const valueImports = [...text.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gms)].map(
    (m) => m[1],
  );
  expect(
    valueImports.filter((p) => /commands|audit|output|batch|engine|self|framework/.test(p ?? '')),
  ).toEqual([]);
  expect(text).toContain("await import('./commands.js')");
});
