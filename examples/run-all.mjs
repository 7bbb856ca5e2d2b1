// `npm run examples`: runs every example script in this folder and fails if any fails.
// (The library must be built first: `npm run build`.)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && f !== 'run-all.mjs')
  .sort();
let failed = 0;
for (const script of scripts) {
  const r = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
  const ok = r.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} examples/${script}`);
  if (!ok) console.log(r.stdout, r.stderr);
}
console.log(`${scripts.length - failed} examples passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
