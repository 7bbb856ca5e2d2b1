import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The test run Stryker repeats for every mutant (`npm run mutate`): the same tests, with fewer
// property runs (PROP_SCALE) and a smaller exactness sample, so a mutant costs seconds, not minutes.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      setupFiles: ['test/setup/props.ts'],
      env: { PROP_SCALE: '0.2', EXACT_RUNS: '200' },
    },
  }),
);
