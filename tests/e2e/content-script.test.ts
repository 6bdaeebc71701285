/**
 * Where the content script runs, in both browsers, seen without any product hook: the loader
 * answers the product's own `readerState` message sent from the background (only a tab with the
 * content script can answer) on every saved page of a rule site (sedaily's every era, desktop, m. and AMP,
 * Naver News, non-article pages), and nothing answers on any other host, a look-alike host included.
 * (The isolated worlds and scripts DevTools sees: content-script.chromium.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type E2eBrowser } from './driver/driver';
import type { Tab } from './driver/tab';
import { loadE2ePage } from './e2e-page';
import { loadFixtures } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';
import { until } from './until';
import { findSiteRule } from '../../utils/site-rules';

const LOOKALIKE = loadE2ePage('lookalike');
// The rule sites' pages (sedaily, Naver News) get the loader from the manifest; no other host does.
const ruled = loadFixtures().filter((fixture) => findSiteRule(fixture.url) !== null);
const others = loadFixtures().filter((fixture) => findSiteRule(fixture.url) === null);

let server: SiteServer;
let browser: E2eBrowser;

beforeAll(async () => {
  server = await startSiteServer([LOOKALIKE]);
  browser = await launch(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("content script on the rule sites' pages", () => {
  it.each(ruled.map((fixture) => [fixture.slug, fixture.expected.era ?? 'not an article', fixture.url] as const))(
    '%s (%s): the loader runs and answers for the page',
    async (_slug, _era, url) => {
      const { page, tabId } = await browser.openTab(url);
      let state: Awaited<ReturnType<E2eBrowser['askContentScript']>> = null;
      await until(async () => (state = await browser.askContentScript(tabId)) !== null, `the content script answers on ${url}`);
      expect(state).toEqual({ open: false, url });
      await page.close();
    },
  );
});

describe('no content script on other hosts', () => {
  const pages = [...others.map((fixture) => [fixture.slug, fixture.url] as const), [LOOKALIKE.slug, LOOKALIKE.url] as const];
  const visits = new Map<string, { page: Tab; tabId: number }>();

  beforeAll(async () => {
    // One after the other (a new tab is found as the one that was not there before), then one
    // wait: document_idle scripts run by shortly after `load` at the latest.
    for (const [slug, url] of pages) visits.set(slug, await browser.openTab(url));
    await new Promise((done) => setTimeout(done, 1500));
  });

  it.each(pages)('%s (%s): nothing answers', async (slug) => {
    const { page, tabId } = visits.get(slug)!;
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    expect(await browser.askContentScript(tabId)).toBeNull();
    await page.close();
  });
});
