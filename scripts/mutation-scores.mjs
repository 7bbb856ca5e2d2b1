// Mutation score per folder from Stryker's JSON reports (default reports/mutation/mutation.json;
// several files may be given, e.g. one run per folder), as the
// issue asks for one score per folder: killed + timeout over all valid mutants, the same formula
// as Stryker's "% Mutation score total". Prints a table; exits 1 when a folder is below --min.
import { readFileSync } from 'node:fs';

const given = process.argv.slice(2).filter((a) => a.endsWith('.json'));
const files = given.length > 0 ? given : ['reports/mutation/mutation.json'];
const minArg = process.argv.indexOf('--min');
const min = minArg > 0 ? Number(process.argv[minArg + 1]) : null;
const folders = new Map();
const entries = files.flatMap((file) =>
  Object.entries(JSON.parse(readFileSync(file, 'utf8')).files),
);
for (const [path, { mutants }] of entries) {
  const folder = path.split('/').slice(0, 2).join('/');
  const t = folders.get(folder) ?? {
    killed: 0,
    timeout: 0,
    survived: 0,
    noCoverage: 0,
    ignored: 0,
    errors: 0,
  };
  for (const m of mutants) {
    if (m.status === 'Killed') t.killed++;
    else if (m.status === 'Timeout') t.timeout++;
    else if (m.status === 'Survived') t.survived++;
    else if (m.status === 'NoCoverage') t.noCoverage++;
    else if (m.status === 'Ignored') t.ignored++;
    else t.errors++;
  }
  folders.set(folder, t);
}
let failed = false;
console.log('folder            score   killed timeout survived nocov ignored');
for (const [folder, t] of [...folders].sort()) {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  const score = valid === 0 ? 100 : (100 * (t.killed + t.timeout)) / valid;
  if (min !== null && score < min) failed = true;
  console.log(
    `${folder.padEnd(16)} ${score.toFixed(2).padStart(6)}% ${String(t.killed).padStart(7)} ${String(t.timeout).padStart(7)} ${String(t.survived).padStart(8)} ${String(t.noCoverage).padStart(5)} ${String(t.ignored).padStart(7)}`,
  );
}
process.exitCode = failed ? 1 : 0;
