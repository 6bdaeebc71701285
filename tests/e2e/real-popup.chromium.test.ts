/**
 * The real toolbar popup (`chrome.action.openPopup()`, read over CDP) for one sedaily article per
 * era, in Chromium only: Firefox's toolbar panel cannot be driven over WebDriver BiDi (its document
 * is not a browsing context BiDi exposes; docs/firefox.md), so there the popup is tested as
 * `popup.html?tabId=N` (popup.test.ts). Each shows what popup.test.ts checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleViewExpression, expectArticle, type ArticleView } from './article-checks';
import { launchWithExtension, type Launched } from './chromium/launch';
import { openRealPopup } from './chromium/real-popup';
import { openTab } from './chromium/tabs';
import { getArticle, getFixture } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';

/** One real-popup run per era (desktop 2016/2020/2026, mobile, AMP). */
const REAL_POPUP = [
  'sedaily-desktop-2016-era1',
  'sedaily-desktop-2025-alibaba',
  'sedaily-desktop-2026-era3',
  'sedaily-mobile-2024',
  'sedaily-amp-2026',
];
const CONTROLS = ['reader-toggle', 'copy-text', 'copy-markdown', 'copy-citation', 'status', 'outline'];

let server: SiteServer;
let browser: Launched;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launchWithExtension(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the real toolbar popup (chrome.action.openPopup, read over CDP)', () => {
  it.each(REAL_POPUP.map((slug) => [slug, getFixture(slug).expected.era] as const))('%s (%s)', async (slug) => {
    const fixture = getArticle(slug);
    const { page } = await openTab(browser, fixture.url);
    const real = await openRealPopup(browser, page);
    await real.waitFor(`document.querySelector('[data-testid="article-title"]')`, 20_000);
    expectArticle(await real.evaluate<ArticleView>(articleViewExpression()), fixture);
    const present = await real.evaluate<number[]>(
      `${JSON.stringify(CONTROLS)}.map((id) => document.querySelectorAll('[data-testid="' + id + '"]').length)`,
    );
    expect(present).toEqual(CONTROLS.map(() => 1));
    await real.close();
    await page.close();
  });
});
