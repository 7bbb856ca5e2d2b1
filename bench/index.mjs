// `npm run bench`: every performance target of jixiao, measured on the built package (dist/) and
// printed beside its target. Speeds are ratios to a plain-number yardstick timed in the same run, so
// they mean the same on a slow or a fast machine; the rest are absolute (bytes, ms, MB).
//
//   BENCH_TIME=ms      time per timed task (default 3000)
//   BENCH_STREAM=n     tables streamed through `jixiao audit -` (default 1,000,000; 0 skips)
//   BENCH_STRICT=1     exit 1 when a target is missed
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { auditSelfEvaluation, builtinFramework, evaluate, scoreSelfEvaluation } from 'jixiao';
import { sizes } from '../scripts/size.mjs';
import { data, reference } from './evaluate-reference.mjs';
import { floatScore } from './self-reference.mjs';
import { auditTable, selfTable, variant } from './tables.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}dist/cli.js`;
const TIME = Number(process.env.BENCH_TIME ?? 3000);
const STREAM = Number(process.env.BENCH_STREAM ?? 1_000_000);
const results = [];

/** One line of the report. */
function report(figure, measured, target, met, note = '') {
  results.push({ figure, measured, target, met: met ? 'yes' : 'NO', note });
}

// ---- Sanity: the yardsticks compute what jixiao computes ---------------------------------------
const framework = builtinFramework('department2013');
const expected = evaluate(framework, data).total;
if (reference(data).toFixed(2) !== expected)
  throw new Error(`the evaluate yardstick computes ${reference(data)}, jixiao ${expected}`);
const selfExpected = scoreSelfEvaluation(selfTable).total;
if (floatScore(selfTable).total !== selfExpected)
  throw new Error(
    `the float scorer computes ${floatScore(selfTable).total}, jixiao ${selfExpected}`,
  );
const audited = auditSelfEvaluation(auditTable);
if (audited.discrepancies.length !== 0) throw new Error('the bench table should audit clean');

// ---- Speed, in ratios measured side by side ----------------------------------------------------
// Distinct tables (one target differs), so that no cache answers: the cost of a table never seen.
const variants = Array.from({ length: 4096 }, (_, i) => variant(selfTable, i));
const auditVariants = Array.from({ length: 4096 }, (_, i) => variant(auditTable, i));
let sink;
/**
 * Mean time of one call of each task, in µs. The tasks are timed in alternation, a short batch of
 * each per round, and each task's time is the median over rounds: a machine that slows down or
 * speeds up mid-run (a shared VM) then moves subject and yardstick alike, and the ratio holds.
 */
function timeTogether(tasks) {
  const per = new Map(tasks.map(([name]) => [name, []]));
  const deadline = performance.now() + TIME * tasks.length;
  // Warm up, and size each batch to about 5 ms.
  const batch = new Map();
  for (const [name, fn] of tasks) {
    let n = 0;
    const t = performance.now();
    while (performance.now() - t < 200) fn(n++);
    batch.set(name, Math.max(1, Math.round((n / 200) * 5)));
  }
  let i = 0;
  while (performance.now() < deadline || (per.get(tasks[0][0])?.length ?? 0) < 30) {
    for (const [name, fn] of tasks) {
      const n = batch.get(name);
      const t = performance.now();
      for (let j = 0; j < n; j++) fn(i++);
      per.get(name).push(((performance.now() - t) * 1000) / n);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(
    [...per].map(([name, xs]) => [name, { us: median(xs), rounds: xs.length }]),
  );
}

const timed = {
  ...timeTogether([
    ['evaluate(department2013)', () => (sink = evaluate(framework, data))],
    ['plain-number evaluate', () => (sink = reference(data))],
  ]),
  ...timeTogether([
    ['scoreSelfEvaluation (10 rows)', () => (sink = scoreSelfEvaluation(selfTable))],
    [
      'scoreSelfEvaluation (10 rows, each table new)',
      (i) => (sink = scoreSelfEvaluation(variants[i & 4095])),
    ],
    ['auditSelfEvaluation (10 rows)', () => (sink = auditSelfEvaluation(auditTable))],
    [
      'auditSelfEvaluation (10 rows, each table new)',
      (i) => (sink = auditSelfEvaluation(auditVariants[i & 4095])),
    ],
    ['plain-float scorer (10 rows)', () => (sink = floatScore(selfTable))],
  ]),
};
void sink;
const mean = Object.fromEntries(Object.entries(timed).map(([k, v]) => [k, v.us]));
console.table(
  Object.entries(timed).map(([task, v]) => ({
    task,
    'median µs': v.us.toFixed(1),
    rounds: v.rounds,
  })),
);
const ratio = (a, b) => mean[a] / mean[b];
const x = (r) => `${r.toFixed(1)}×`;
{
  const r = ratio('evaluate(department2013)', 'plain-number evaluate');
  report('evaluate(department2013) ÷ plain numbers', x(r), '≤ 12×', r <= 12);
}
{
  const r = ratio('scoreSelfEvaluation (10 rows)', 'plain-float scorer (10 rows)');
  report('scoreSelfEvaluation ÷ plain-float scorer', x(r), '≤ 6×', r <= 6, 'same table again');
  const n = ratio('scoreSelfEvaluation (10 rows, each table new)', 'plain-float scorer (10 rows)');
  report('scoreSelfEvaluation ÷ plain-float scorer', x(n), '≤ 6×', n <= 6, 'each table new');
}
{
  // Today's (78698d0) auditSelfEvaluation took ≈ 36× the float scorer: 4× faster is ≤ 9×.
  const r = ratio('auditSelfEvaluation (10 rows)', 'plain-float scorer (10 rows)');
  report(
    'auditSelfEvaluation ÷ plain-float scorer',
    x(r),
    '≤ 9× (4× faster than 36×)',
    r <= 9,
    'same table again',
  );
  const n = ratio('auditSelfEvaluation (10 rows, each table new)', 'plain-float scorer (10 rows)');
  report(
    'auditSelfEvaluation ÷ plain-float scorer',
    x(n),
    '≤ 9× (4× faster than 36×)',
    n <= 9,
    'each table new',
  );
}

// ---- Bundle sizes ------------------------------------------------------------------------------
for (const s of await sizes()) {
  if (s.target !== null)
    report(
      `browser bundle: ${s.name}`,
      `${(s.brotli / 1000).toFixed(1)} kB`,
      `≤ ${s.target / 1000} kB brotli`,
      s.brotli <= s.target,
      `CI fails above ${s.limit / 1000} kB`,
    );
  report(
    `framework data in the bundle of ${s.name}`,
    s.hasFramework ? 'yes' : 'no',
    s.framework ? 'yes (it uses builtinFramework)' : 'no',
    s.hasFramework === s.framework,
  );
}

// ---- Start-up ----------------------------------------------------------------------------------
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const wall = (args) => {
  const t = performance.now();
  const p = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (p.status !== 0) throw new Error(p.stderr);
  return { ms: performance.now() - t, out: p.stdout };
};
{
  const imports = [];
  for (let i = 0; i < 9; i++) {
    const { out } = wall([
      '--input-type=module',
      '-e',
      "const t = performance.now(); await import('jixiao'); console.log(performance.now() - t);",
    ]);
    imports.push(Number(out));
  }
  const m = median(imports);
  report("import 'jixiao'", `${m.toFixed(0)} ms`, '≤ 30 ms', m <= 30, 'median of 9');
  const bare = median(Array.from({ length: 9 }, () => wall(['-e', '0']).ms));
  const help = median(Array.from({ length: 9 }, () => wall([cli, '--help']).ms));
  report(
    'jixiao --help',
    `${help.toFixed(0)} ms`,
    '≤ 80 ms',
    help <= 80,
    `node -e 0 takes ${bare.toFixed(0)} ms here`,
  );
}

// ---- A stream of tables through the command line ------------------------------------------------
if (STREAM > 0) {
  // Tables as a province sends them: each differs from the last (4,096 variants in turn, more
  // than the 64 compiled frameworks jixiao keeps), so no table is scored from a cache.
  const lines256 = Array.from({ length: 16 }, (_, b) =>
    Buffer.from(
      auditVariants
        .slice(b * 256, b * 256 + 256)
        .map((t) => `${JSON.stringify(t)}\n`)
        .join(''),
    ),
  );
  const child = spawn(process.execPath, [cli, 'audit', '-', '--format', 'json', '-q'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let peak = 0;
  const status = `/proc/${child.pid}/status`;
  const poll = setInterval(() => {
    try {
      const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(status, 'utf8'))?.[1];
      if (kb) peak = Math.max(peak, Number(kb));
    } catch {
      // Not Linux, or the process has ended.
    }
  }, 100);
  let lines = 0;
  child.stdout.on('data', (chunk) => {
    for (const b of chunk) if (b === 10) lines++;
  });
  const t0 = performance.now();
  const done = new Promise((resolve) => child.on('close', resolve));
  // Write with backpressure, a batch of lines at a time.
  let sent = 0;
  for (let b = 0; sent < STREAM; b = (b + 1) % lines256.length) {
    const n = Math.min(256, STREAM - sent);
    const batch = lines256[b];
    const text =
      n === 256 ? batch : Buffer.from(batch.toString().split('\n').slice(0, n).join('\n') + '\n');
    const ok = child.stdin.write(text);
    sent += n;
    if (!ok) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
  const code = await done;
  clearInterval(poll);
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`jixiao audit - exited with ${code}`);
  const rate = STREAM / seconds;
  report(
    'jixiao audit - (tables/s, start-up included)',
    Math.round(rate).toLocaleString('en-US'),
    '≥ 10,000',
    rate >= 10_000,
    `${STREAM.toLocaleString('en-US')} distinct tables, ${lines.toLocaleString('en-US')} lines out, ${seconds.toFixed(1)} s`,
  );
  const mb = peak / 1024;
  report(
    `peak memory over ${STREAM.toLocaleString('en-US')} tables in one stream`,
    peak ? `${mb.toFixed(0)} MB` : 'n/a',
    '< 200 MB',
    peak > 0 && mb < 200,
    'VmHWM of the process',
  );
}

console.table(results);
const missed = results.filter((r) => r.met !== 'yes');
console.log(
  missed.length === 0
    ? `all ${results.length} targets met`
    : `${missed.length} of ${results.length} targets missed: ${missed.map((r) => r.figure).join('; ')}`,
);
if (process.env.BENCH_STRICT === '1' && missed.length > 0) process.exit(1);
