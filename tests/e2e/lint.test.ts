/**
 * `web-ext lint` (Mozilla's add-on linter) on the Firefox build (.output/firefox-mv2, built by
 * global-setup.ts): no errors. Warnings are printed, not failed: today they are the minified-bundle
 * notes and the data_collection_permissions key that Firefox < 140 ignores.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_DIST, ROOT } from './paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

describe('web-ext lint on the Firefox build', () => {
  it('reports no errors', () => {
    expect(existsSync(join(FIREFOX_DIST, 'manifest.json'))).toBe(true);
    let output: string;
    try {
      output = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', FIREFOX_DIST, '--output', 'json', '--no-input'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      // web-ext exits non-zero when the linter finds errors; the JSON report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output) as LintReport;
    for (const warning of report.warnings) console.log(`web-ext lint warning ${warning.code}: ${warning.message} (${warning.file ?? ''})`);
    expect(report.errors.map((error) => `${error.code}: ${error.message} (${error.file ?? ''})`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
