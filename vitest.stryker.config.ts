import { defineConfig } from 'vitest/config';

// The test run Stryker repeats for every mutant (`npm run mutate`): the same tests as `npm test`,
// with fewer property runs (PROP_SCALE) and a smaller exactness sample, so a mutant costs seconds,
// not minutes. Test files share one module graph (isolate: false: the library is imported once per
// run, not once per file, which makes a mutant several times cheaper); the files that mock modules
// (vi.mock) keep their own graph in a second project. Because the graph outlives a run, the
// library's caches (reader memos, compiled built-in frameworks) are emptied before each test file
// (test/setup/caches.ts): a value computed under one mutant must not answer a run of another.
const MOCKING = ['test/cli/internal.test.ts'];
const shared = {
  setupFiles: ['test/setup/props.ts', 'test/setup/caches.ts'],
  env: { PROP_SCALE: '0.2', EXACT_RUNS: '200' },
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', '**/node_modules/**', ...MOCKING],
          isolate: false,
        },
      },
      { test: { ...shared, name: 'isolated', include: MOCKING } },
    ],
  },
});
