/**
 * Fewer property runs where speed matters more than depth: Stryker runs the tests once per mutant,
 * so `vitest.stryker.config.ts` sets PROP_SCALE below 1. `npm test` runs them in full.
 */
import fc from 'fast-check';

const scale = Number(process.env.PROP_SCALE ?? '1');
if (scale !== 1) fc.configureGlobal({ numRuns: Math.max(10, Math.round(100 * scale)) });

/**
 * A property's run count, scaled by PROP_SCALE (at least 10).
 *
 * @param n - the runs of a full test
 * @returns the runs to do now
 */
export const runs = (n: number): number => (scale === 1 ? n : Math.max(10, Math.round(n * scale)));
