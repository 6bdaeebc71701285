/**
 * The in-page harness (page/harness.ts) bundled with esbuild into one IIFE: the pipeline from
 * utils/extract with its real dependencies (Readability, DOMPurify), plus Defuddle for comparison.
 * Minified like the production build; this is the content script's extraction code, minus the UI.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./page/harness.ts', import.meta.url));

export async function bundleHarness(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
