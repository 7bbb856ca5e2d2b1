import { defineConfig } from 'vitest/config';

// The browser check: renders HTML reports in headless Chromium (Debian's package, driven by
// playwright-core). Run by `npm run test:browser`; .ci/run installs Chromium first.
export default defineConfig({
  test: {
    include: ['test/**/*.browser.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
