/**
 * The fuzz settings: how many inputs each property gets, the seed, replaying one counterexample, and
 * the summary of a run. Properties are plain data ({@link FuzzProperty}) so that a suite file only
 * lists them; harness.ts turns them into vitest tests run by `npm run fuzz`.
 *
 * - `FUZZ_RUNS`: inputs in total across every suite (default {@link DEFAULT_RUNS}), split by the
 *   suite shares in {@link SUITE_SHARES} and then by each property's weight.
 * - `FUZZ_SEED`: the seed of every property (default {@link DEFAULT_SEED}).
 * - `FUZZ_PATH`: with `FUZZ_SEED`, replays the counterexample fast-check printed (filter the
 *   property with `-t`), e.g. `FUZZ_SEED=1 FUZZ_PATH="12:0:3" npm run fuzz -- -t "csv readers"`.
 */
import type fc from 'fast-check';

/** The seed when `FUZZ_SEED` is not set. */
export const DEFAULT_SEED = 20261201;
/** Inputs in total when `FUZZ_RUNS` is not set. */
export const DEFAULT_RUNS = 20_000;

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number, got ${raw}`);
  return n;
}

/** The seed of this run. */
export const SEED = envNumber('FUZZ_SEED', DEFAULT_SEED);
/** Inputs in total across every suite. */
export const TOTAL_RUNS = envNumber('FUZZ_RUNS', DEFAULT_RUNS);
/** A counterexample path to replay (with {@link SEED}). */
export const REPLAY_PATH = process.env.FUZZ_PATH;

/**
 * The share of the inputs each suite gets. Cheap suites get more: they cost little, and the
 * expensive ones (whole evaluations, the command line) still get thousands at CI counts.
 */
export const SUITE_SHARES = {
  exports: 0.24,
  readers: 0.24,
  self: 0.14,
  evaluate: 0.12,
  audit: 0.1,
  render: 0.06,
  cli: 0.1,
} as const;

/** A suite's name. */
export type SuiteName = keyof typeof SUITE_SHARES;

/** One property: its inputs and the check each input must pass (throw to fail). */
export interface FuzzProperty<T = unknown> {
  readonly name: string;
  /** Relative share of the suite's inputs. */
  readonly weight: number;
  readonly arb: fc.Arbitrary<T>;
  /** Set for a check that returns a promise (the command line). */
  readonly async?: boolean;
  readonly check: (value: T) => void | Promise<void>;
  /**
   * Run before the property's inputs, untimed: code a fresh worker runs for the first time is
   * compiled then, and its first calls on large inputs can take several times what they take
   * afterwards. The 100 ms limit is about how the work grows with the input (a hang, a quadratic
   * loop), not about the compiler's first pass.
   */
  readonly warmUp?: () => void | Promise<void>;
}

/**
 * A property with its types checked (the suites' lists hold properties of different types).
 *
 * @param p - the property
 * @returns the same property
 */
export function property<T>(p: FuzzProperty<T>): FuzzProperty {
  return p as unknown as FuzzProperty;
}

/**
 * How many inputs a property of a suite gets.
 *
 * @param suite - the suite
 * @param weight - the property's weight
 * @param weights - the sum of the suite's weights
 * @param total - inputs in total
 * @returns at least 1
 */
export function runsFor(suite: SuiteName, weight: number, weights: number, total = TOTAL_RUNS) {
  return Math.max(1, Math.round((total * SUITE_SHARES[suite] * weight) / weights));
}

/** What one property did in a run. */
export interface PropertyReport {
  readonly name: string;
  readonly runs: number;
  readonly ms: number;
  readonly failed: boolean;
}

/** Where each suite writes its report, and the merged summary. */
export const SUMMARY_DIR = new URL('../../coverage/fuzz/', import.meta.url);
export const SUMMARY_FILE = new URL('../../coverage/fuzz-summary.json', import.meta.url);
