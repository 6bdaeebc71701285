/** Where the e2e suite finds the builds, its own pages, and where it writes artifacts. */
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_DIST = join(ROOT, '.output/firefox-mv2');
/** Artifacts of a run (screenshots); not committed. */
export const RESULTS = join(ROOT, 'test-results');
/** Browser-only pages (media, payloads): same first-line URL comment as the fixtures. */
export const E2E_PAGES = join(import.meta.dirname, 'pages');
