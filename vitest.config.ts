import { defineConfig } from 'vitest/config';

// `npm test` runs everywhere Node runs: the browser check (test/browser, needs Chromium) is its own
// command, `npm run test:browser`, which .ci/run calls after installing Debian's Chromium.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', '**/node_modules/**'],
    coverage: { provider: 'v8', include: ['src/**'], reporter: ['text', 'json-summary'] },
  },
});
