// Lists the mutants that survived (or had no coverage) in Stryker JSON reports, one line each, with
// the source line and the replacement, for whoever writes the tests that kill them:
//   node scripts/mutation-survivors.mjs reports/mutation/engine.json [--file src/engine/score.ts]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : null;
const files = args.filter((a) => a.endsWith('.json'));
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const [path, { source, mutants }] of Object.entries(report.files)) {
    if (only && path !== only) continue;
    const lines = source.split('\n');
    for (const m of mutants) {
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      const { start, end } = m.location;
      const code = lines[start.line - 1]?.trim() ?? '';
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 120);
      console.log(
        `${path}:${start.line}:${start.column}-${end.line}:${end.column} ${m.status} ${m.mutatorName} id=${m.id}\n    code: ${code.slice(0, 160)}\n    becomes: ${replacement}`,
      );
    }
  }
}
