/**
 * Size budgets, on both builds (global-setup.ts built them): the content script every page of a
 * rule site loads stays a small loader, and the popup's first load (popup.html and every chunk it
 * imports statically) stays small enough to paint at once. gzip level 9, as `npm run bench` reports.
 * Run with the Chromium suite only: it reads files, no browser.
 */
import { describe, expect, it } from 'vitest';
import { measureBundle } from '../../scripts/bench/bundle-size';
import { DIST, FIREFOX_DIST } from './paths';

/** Budgets in bytes, gzip. Today (Dec 2026): content script 4.9 KB, popup 32.5 KB (33.4 KB Firefox). */
export const BUDGETS = { contentScript: 8 * 1024, popup: 36 * 1024 } as const;

describe.each([
  ['chrome-mv3', DIST],
  ['firefox-mv2', FIREFOX_DIST],
])('the %s build', (_name, dist) => {
  const sizes = measureBundle(dist);

  it(`keeps the content script under ${BUDGETS.contentScript / 1024} KB gzip`, () => {
    expect(sizes.contentScript.files).toEqual(['content-scripts/reader.js']);
    expect(sizes.contentScript.gzip).toBeLessThanOrEqual(BUDGETS.contentScript);
  });

  it(`keeps the popup's first load under ${BUDGETS.popup / 1024} KB gzip`, () => {
    expect(sizes.popup?.files.length ?? 0).toBeGreaterThan(0);
    expect(sizes.popup!.gzip).toBeLessThanOrEqual(BUDGETS.popup);
  });
});
