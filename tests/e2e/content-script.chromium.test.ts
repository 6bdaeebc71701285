/**
 * Where the content script runs, in Chromium, with DevTools' view of the extension's worlds and
 * scripts (content-script.test.ts checks the same by message in both browsers; BiDi cannot see a
 * content script's sandbox): on every saved page of a rule site (sedaily's articles of every
 * era, desktop, m. and AMP, and non-article pages), and nowhere else. Presence is observed without
 * any product hook, two ways: the loader answers the product's own `readerState` message sent by
 * the service worker (only a tab with the content script can answer), and DevTools sees the
 * extension's isolated world and its /content-scripts/reader.js in the page. On a rule page only
 * the small loader runs: the reader app (/reader-app.js) is not loaded until asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchExtensionWorld, type ExtensionWorld } from './chromium/extension-world';
import { launchWithExtension, type Launched } from './chromium/launch';
import { askContentScript, openTab } from './chromium/tabs';
import { loadE2ePage } from './e2e-page';
import { loadFixtures } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';
import { until } from './until';
import { findSiteRule } from '../../utils/site-rules';

const LOADER = '/content-scripts/reader.js';
const APP = '/reader-app.js';
const LOOKALIKE = loadE2ePage('lookalike');

// The rule sites' pages (sedaily, Naver News) get the loader from the manifest; no other host does.
const ruled = loadFixtures().filter((fixture) => findSiteRule(fixture.url) !== null);
const others = loadFixtures().filter((fixture) => findSiteRule(fixture.url) === null);

let server: SiteServer;
let browser: Launched;

interface Visit {
  page: Page;
  tabId: number;
  world: ExtensionWorld;
}

async function visit(url: string): Promise<Visit> {
  let world: ExtensionWorld | undefined;
  const { page, tabId } = await openTab(browser, url, async (target) => {
    world = await watchExtensionWorld(browser, target);
  });
  return { page, tabId, world: world! };
}

beforeAll(async () => {
  server = await startSiteServer([LOOKALIKE]);
  browser = await launchWithExtension(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("content script on the rule sites' pages", () => {
  it('covers every era: desktop 2016/2020/2026, mobile and AMP', () => {
    const eras = new Set(ruled.map((fixture) => fixture.expected.era));
    for (const era of ['desktop-2016', 'desktop-2020', 'desktop-2026', 'mobile', 'amp']) expect(eras).toContain(era);
    expect(ruled.some((fixture) => new URL(fixture.url).hostname === 'm.sedaily.com')).toBe(true);
  });

  it.each(ruled.map((fixture) => [fixture.slug, fixture.expected.era ?? 'not an article', fixture.url] as const))(
    '%s (%s): the loader runs, answers for the page, and loads no reader app',
    async (_slug, _era, url) => {
      const { page, tabId, world } = await visit(url);
      let state: Awaited<ReturnType<typeof askContentScript>> = null;
      await until(
        async () => (state = await askContentScript(browser.worker, tabId)) !== null,
        `the content script answers on ${url}`,
      );
      expect(state).toEqual({ open: false, url });
      expect(world.runs(LOADER)).toBe(1);
      expect(world.runs(APP)).toBe(0);
      expect(await world.evaluate<string>('typeof globalThis.__declutterApp')).toBe('undefined');
      await page.close();
    },
  );
});

describe('no content script on other hosts', () => {
  const pages = [...others.map((fixture) => [fixture.slug, fixture.url] as const), [LOOKALIKE.slug, LOOKALIKE.url] as const];
  const visits = new Map<string, Visit>();

  beforeAll(async () => {
    // One after the other (a new tab is found as the one that was not there before), then one
    // wait: document_idle scripts run by shortly after `load` at the latest.
    for (const [slug, url] of pages) visits.set(slug, await visit(url));
    await new Promise((done) => setTimeout(done, 1500));
  });

  it.each(pages)('%s (%s): nothing answers and no extension world exists', async (slug) => {
    const { page, tabId, world } = visits.get(slug)!;
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    expect(await askContentScript(browser.worker, tabId)).toBeNull();
    expect(world.worldsCreated()).toBe(0);
    expect(world.runs(LOADER)).toBe(0);
    await page.close();
  });
});
