// ESLint flat config: typescript-eslint's recommended rules on every TypeScript file, Mozilla's
// no-unsanitized (Readability's choice too) on the product code, where an innerHTML or
// insertAdjacentHTML outside the one HTML sink (components/SafeHtml.tsx) must never slip in.
// Formatting is Prettier's (eslint-config-prettier turns the overlapping style rules off).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'tests/pages/**', 'tests/e2e/pages/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      // `_name` marks a parameter a callback signature requires but this code does not read.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `declare const chrome: typeof import('wxt/browser').browser` names the API inside page code.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // `x == null` is the one loose comparison worth keeping (null or undefined).
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The product: browser globals only, and no unsanitised HTML sink.
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      // The extension runs in browsers. tsconfig.json leaves Node's types out, but WXT's own types
      // pull them in through Vite's, so the compiler cannot refuse Node's globals here: this does.
      'no-restricted-globals': [
        'error',
        'process',
        'Buffer',
        'global',
        '__dirname',
        '__filename',
        'require',
        'module',
        'setImmediate',
      ],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'Browser code: no Node modules.' }] }],
    },
  },
  {
    // Node tools and tests: Node globals; they may log.
    files: ['scripts/**', 'tests/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  prettier,
);
