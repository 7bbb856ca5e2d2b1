/**
 * Before the fuzz: clear the reports of the last run. After it: merge each suite's report into
 * coverage/fuzz-summary.json and print how many inputs each suite ran, how fast, and the seed.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { SUMMARY_DIR, SUMMARY_FILE, TOTAL_RUNS, type PropertyReport } from './settings.js';

interface SuiteReport {
  readonly suite: string;
  readonly seed: number;
  readonly properties: readonly PropertyReport[];
}

export function setup(): void {
  rmSync(SUMMARY_DIR, { recursive: true, force: true });
}

export function teardown(): void {
  if (!existsSync(SUMMARY_DIR)) return;
  const suites = readdirSync(SUMMARY_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, SUMMARY_DIR), 'utf8')) as SuiteReport);
  const rows = suites.map((s) => {
    const inputs = s.properties.reduce((n, p) => n + p.runs, 0);
    const ms = s.properties.reduce((n, p) => n + p.ms, 0);
    const failed = s.properties.filter((p) => p.failed).map((p) => p.name);
    return {
      suite: s.suite,
      inputs,
      seconds: ms / 1000,
      perSecond: ms > 0 ? Math.round((inputs * 1000) / ms) : 0,
      failed,
    };
  });
  const inputs = rows.reduce((n, r) => n + r.inputs, 0);
  const failures = rows.reduce((n, r) => n + r.failed.length, 0);
  const seed = suites[0]?.seed ?? null;
  const summary = {
    seed,
    requested: TOTAL_RUNS,
    inputs,
    failures,
    suites: rows,
    properties: suites,
  };
  writeFileSync(SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`);
  const lines = [
    '',
    `fuzz: seed ${String(seed)}, ${inputs} inputs (FUZZ_RUNS=${TOTAL_RUNS}), ${failures} failing properties`,
    ...rows.map(
      (r) =>
        `  ${r.suite.padEnd(9)} ${String(r.inputs).padStart(9)} inputs  ${r.seconds.toFixed(1).padStart(7)} s  ${String(r.perSecond).padStart(6)}/s${r.failed.length > 0 ? `  FAILED: ${r.failed.join('; ')}` : ''}`,
    ),
    `  summary: ${SUMMARY_FILE.pathname}`,
    '',
  ];
  console.log(lines.join('\n'));
}
