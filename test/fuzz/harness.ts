/**
 * Turns a suite's properties into vitest tests: each runs its share of FUZZ_RUNS inputs with
 * FUZZ_SEED (or replays FUZZ_PATH), and the suite writes what it ran to coverage/fuzz/ for the
 * summary (global-setup.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import {
  REPLAY_PATH,
  SEED,
  SUMMARY_DIR,
  runsFor,
  type FuzzProperty,
  type PropertyReport,
  type SuiteName,
} from './settings.js';

/**
 * Registers a suite's properties as vitest tests and writes the suite's report when they are done.
 *
 * @param suite - the suite's name
 * @param properties - its properties
 */
export function fuzzSuite(suite: SuiteName, properties: readonly FuzzProperty[]): void {
  const weights = properties.reduce((s, p) => s + p.weight, 0);
  const reports: PropertyReport[] = [];
  describe(`fuzz: ${suite}`, () => {
    for (const p of properties) {
      const numRuns = runsFor(suite, p.weight, weights);
      it(`${p.name} (${numRuns} inputs, seed ${SEED})`, async () => {
        await p.warmUp?.();
        const t0 = performance.now();
        const params: fc.Parameters<[unknown]> = {
          seed: SEED,
          numRuns,
          includeErrorInReport: true,
          ...(REPLAY_PATH === undefined
            ? {}
            : {
                path: REPLAY_PATH,
                endOnFailure: true,
                numRuns: Math.max(numRuns, Number(REPLAY_PATH.split(':')[0]) + 1),
              }),
        };
        const details = p.async
          ? await fc.check(
              fc.asyncProperty(p.arb, (v) => p.check(v) as Promise<void>),
              params,
            )
          : fc.check(
              fc.property(p.arb, (v) => {
                void p.check(v);
              }),
              params,
            );
        reports.push({
          name: p.name,
          runs: details.failed ? details.numRuns : numRuns,
          ms: Math.round(performance.now() - t0),
          failed: details.failed,
        });
        if (details.failed) {
          let report: string;
          try {
            report = fc.defaultReportMessage(details) ?? '';
          } catch {
            // A counterexample too deep or odd for fast-check's printer: say what failed anyway.
            const e: unknown = details.errorInstance;
            report = `Property failed after ${details.numRuns + 1} tests (the counterexample cannot be printed)\nGot ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
          }
          throw new Error(
            `${suite} / ${p.name}: ${report}\n\nReplay: FUZZ_SEED=${details.seed} FUZZ_PATH="${details.counterexamplePath ?? ''}" npm run fuzz -- -t "${p.name.replace(/[\\^$.*+?()[\]{}|"`]/g, '\\$&')}"`,
          );
        }
      });
    }
  });
  afterAll(() => {
    mkdirSync(SUMMARY_DIR, { recursive: true });
    writeFileSync(
      new URL(`${suite}.json`, SUMMARY_DIR),
      `${JSON.stringify({ suite, seed: SEED, properties: reports }, null, 2)}\n`,
    );
  });
}
