import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the seeded fuzz of test/fuzz (FUZZ_RUNS inputs in total, FUZZ_SEED), apart from
// `npm test`. No test timeout: a run of a million inputs takes as long as it takes.
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.fuzz.ts'],
    testTimeout: 0,
    hookTimeout: 0,
    globalSetup: ['test/fuzz/global-setup.ts'],
  },
});
