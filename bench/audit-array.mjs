// Peak memory of `jixiao audit` on a large JSON array (`npm run build` first):
//   node bench/audit-array.mjs [megabytes=130]
// The array repeats the tables of examples/audit/ in a temporary folder, removed afterwards.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { Buffer } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const megabytes = Number(process.argv[2] ?? 130);
const examples = new URL('../examples/audit/', import.meta.url);
const tables = readdirSync(examples)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.stringify(JSON.parse(readFileSync(new URL(f, examples), 'utf8')), null, 2));
const dir = mkdtempSync(join(tmpdir(), 'jixiao-array-'));
const file = join(dir, 'big.json');
try {
  const fd = openSync(file, 'w');
  let size = 0;
  let n = 0;
  writeSync(fd, '[\n');
  while (size < megabytes * 1e6) {
    const text = `${n > 0 ? ',\n' : ''}${tables[n % tables.length]}`;
    size += Buffer.byteLength(text);
    writeSync(fd, text);
    n++;
  }
  writeSync(fd, '\n]\n');
  closeSync(fd);
  const t0 = Date.now();
  const p = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      process.execPath,
      new URL('../dist/cli.js', import.meta.url).pathname,
      'audit',
      file,
      '--format',
      'json',
      '--out',
      join(dir, 'out.ndjson'),
    ],
    { encoding: 'utf8' },
  );
  const kb = Number(/(\d+)\s*$/.exec(p.stderr)?.[1]);
  console.log(
    `audit: a ${Math.round(size / 1e6)} MB JSON array of ${n} tables in ${((Date.now() - t0) / 1000).toFixed(1)} s, peak RSS ${Math.round(kb / 1024)} MB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
