/**
 * Before the browser suites: the Firefox build for lint.test.ts (`npm run test:e2e` builds the
 * Chrome one first), so `web-ext lint` checks the same sources the run tests. Once per run.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(join(root, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: root, stdio: 'ignore' });
}
