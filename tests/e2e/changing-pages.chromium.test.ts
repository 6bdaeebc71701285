/**
 * (c) of changing-pages.test.ts, in Chromium only: the extension reloaded (as by an update) while
 * the page is open, the old content script orphaned. Its open reader closes (Esc at once, or by
 * itself within a second) and leaves the page as it was; nothing is thrown or logged into the
 * page by the orphan; the next popup request injects a fresh loader, which reads and opens the
 * reader again. Firefox reloads a temporary add-on with a new background page but no update path
 * to drive from a test (and BiDi cannot count scripts in a content script's sandbox).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articleViewExpression, expectArticle, type ArticleView } from './article-checks';
import { watchConsole } from './chromium/console-watch';
import { watchExtensionWorld, type ExtensionWorld } from './chromium/extension-world';
import { launchWithExtension, type Launched } from './chromium/launch';
import { reloadExtension } from './chromium/reload-extension';
import { askContentScript, findTabId, openPopup } from './chromium/tabs';
import type { ConsoleWatch } from './driver/driver';
import { getArticle } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';

const ERA2 = getArticle('sedaily-desktop-2020-era2');

let server: SiteServer;
let browser: Launched;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launchWithExtension(server, { developerMode: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  tabId: number;
  messages: ConsoleWatch;
  world: ExtensionWorld;
}

/** Opens `url` in a new tab with its console and the extension's world watched from the start. */
async function openWatched(url: string): Promise<Watched> {
  const page = await browser.context.newPage();
  const messages = await watchConsole(browser, page);
  const world = await watchExtensionWorld(browser, page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await findTabId(browser.worker, url), messages, world };
}

const pageState = (page: Page) =>
  page.evaluate(() => ({ html: document.documentElement.outerHTML, x: window.scrollX, y: window.scrollY, url: location.href }));

describe('(c) the extension reloaded while the page is open', () => {
  it('the orphaned reader closes cleanly, nothing is thrown into the page, and the next request works', async () => {
    const { page, tabId, messages, world } = await openWatched(ERA2.url);
    await page.evaluate(() => window.scrollTo(0, 600));
    const before = await pageState(page);
    expect(before.y).toBeGreaterThan(0);
    let popup = await openPopup(browser, tabId);
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 20_000 });
    await popup.close();

    // 1. Reloaded with the reader open, then Esc at once: the orphan closes as it should.
    await reloadExtension(browser);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 5_000 });
    expect(await pageState(page)).toEqual(before);
    // The orphan no longer answers: the next request must inject a fresh loader.
    expect(await askContentScript(browser.worker, tabId)).toBeNull();

    // 2. The popup injects a fresh loader, which reads the page and opens the reader.
    popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expectArticle(await popup.evaluate<ArticleView>(articleViewExpression()), ERA2);
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    // A new isolated world for the new extension instance: the loader and the app were injected anew.
    expect(world.runs('/content-scripts/reader.js')).toBe(2);
    expect(world.runs('/reader-app.js')).toBe(2);
    await popup.close();

    // 3. Reloaded again with the reader open and left alone: it closes itself within a second or so.
    await reloadExtension(browser);
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 5_000 });
    expect(await pageState(page)).toEqual(before);
    // The orphaned loader on a URL change (SPA navigation) stays silent too.
    await page.evaluate(() => history.pushState({}, '', `${location.pathname}?from=orphan`));
    await page.waitForTimeout(1_000);
    await page.evaluate((url) => history.replaceState({}, '', url), ERA2.url);

    // 4. And the next request works again.
    popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await pageState(page)).toEqual(before);
    await popup.close();

    expect(messages.fromExtension()).toEqual([]);
    expect(messages.pageErrors).toEqual([]);
    await page.close();
  });
});
