import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension (run through `npm run test:e2e`, which builds first).
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    // Builds .output/firefox-mv2 for lint.test.ts.
    globalSetup: ['./global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    update: false,
  },
});
