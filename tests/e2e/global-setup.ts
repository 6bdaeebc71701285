/**
 * Before the browser suites, once per run: both builds (.output/chrome-mv3 and
 * .output/firefox-mv2), so each browser runs, and audit.test.ts and the Firefox lint check read,
 * the same sources.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  const wxt = join(root, 'node_modules/.bin/wxt');
  execFileSync(wxt, ['build'], { cwd: root, stdio: 'ignore' });
  execFileSync(wxt, ['build', '-b', 'firefox'], { cwd: root, stdio: 'ignore' });
}
