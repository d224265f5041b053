import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-build.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // The JSON report lets CI print a plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
