import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // happy-dom is the default DOM; files that sanitise declare `// @vitest-environment jsdom`
    // (DOMPurify does not work under happy-dom). Browser tests live in tests/e2e (own config).
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // CI never writes snapshots: a missing snapshot is a failure, not a new baseline.
    update: false,
  },
});
