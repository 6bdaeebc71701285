import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // Tests are outside tsconfig.json's "include" (they have tsconfig.node.json), so Vite would not
  // read its jsxImportSource for them: Preact's JSX runtime is named here.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
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
