import { defineConfig } from 'vitest/config';

/**
 * Real browsers with the built extension (`npm run test:e2e` for Chromium, `npm run
 * test:e2e:firefox` for Firefox; E2E_BROWSER picks the engine, driver/driver.ts). `*.test.ts`
 * files are written once against the driver and run in both; `*.chromium.test.ts` and
 * `*.firefox.test.ts` only in that browser (tests/e2e/README.md says why each is).
 */
const firefox = process.env.E2E_BROWSER === 'firefox';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', firefox ? '**/*.chromium.test.ts' : '**/*.firefox.test.ts'],
    // Builds both browsers' extensions once per run (global-setup.ts).
    globalSetup: ['./global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    update: false,
  },
});
