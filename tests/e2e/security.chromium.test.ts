/**
 * Security checks that need Chromium's DevTools protocol, on the payload page of
 * security-corpus.ts (security.test.ts runs the rest in both browsers):
 *  - the real toolbar popup, reloaded under watch from its first byte (hook, requests, exceptions):
 *    Firefox's toolbar panel cannot be driven over WebDriver BiDi;
 *  - the extension's isolated world in the page never gets a payload's global: BiDi offers no way
 *    into a content script's sandbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchExtensionWorld, type ExtensionWorld } from './chromium/extension-world';
import { launchWithExtension, type Launched } from './chromium/launch';
import { attachRealPopup, type RealPopup } from './chromium/real-popup';
import { openPopup, openTab } from './chromium/tabs';
import { PAGE, POPUP_FINDINGS, TITLE, WATCH, type Watch } from './security-corpus';
import { isLocalRequest, startSiteServer, type SiteServer } from './site-server';

declare const chrome: typeof import('wxt/browser').browser;

let server: SiteServer;
let browser: Launched;
let page: Page;
let tabId: number;
let world: ExtensionWorld;

beforeAll(async () => {
  server = await startSiteServer([PAGE]);
  browser = await launchWithExtension(server);
  await browser.context.addInitScript({ content: WATCH });
  browser.context.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
  ({ page, tabId } = await openTab(browser, PAGE.url, async (target) => {
    world = await watchExtensionWorld(browser, target);
  }));
  await page.waitForLoadState('networkidle');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('security in Chromium only (the payload page)', () => {
  it('the real toolbar popup, reloaded under watch, renders it with no payload', async () => {
    await page.bringToFront();
    await browser.worker.evaluate(() => chrome.action.openPopup());
    const real: RealPopup = await attachRealPopup(browser, page);
    // Watch its next load from the first byte: the hook, every request, exceptions.
    const realRequests: string[] = [];
    const exceptions: string[] = [];
    real.on('Network.requestWillBeSent', (params) => realRequests.push((params.request as { url: string }).url));
    real.on('Runtime.exceptionThrown', (params) => exceptions.push(JSON.stringify(params.exceptionDetails)));
    await real.send('Page.enable');
    await real.send('Network.enable');
    await real.send('Runtime.enable');
    await real.send('Page.addScriptToEvaluateOnNewDocument', { source: WATCH });
    await real.send('Page.reload');
    await real.waitFor(`window.__e2eWatch && document.querySelector('[data-testid="article-title"]')`, 20_000);
    expect(await real.evaluate<string>(`document.querySelector('[data-testid="article-title"]').textContent`)).toBe(TITLE);
    await page.waitForTimeout(800);
    expect(await real.evaluate<string[]>(POPUP_FINDINGS)).toEqual([]);
    const watch = await real.evaluate<Watch>('window.__e2eWatch');
    expect(watch.runs).toEqual([]);
    expect(watch.violations.filter((violation) => violation.connected)).toEqual([]);
    expect(await real.evaluate<number>('Number(window.__pwned ?? 0)')).toBe(0);
    expect(exceptions).toEqual([]);
    expect(realRequests.length).toBeGreaterThan(0);
    expect(realRequests.filter((url) => !isLocalRequest(url, server, browser.extensionId) || url.includes('/canary/'))).toEqual(
      [],
    );
    await real.close();
  });

  it("no payload reaches the extension's isolated world through the popup or the reader", async () => {
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    expect(await world.evaluate<string>('typeof globalThis.__pwned')).toBe('undefined');
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await world.evaluate<string>('typeof globalThis.__pwned')).toBe('undefined');
    // The probe sees that world: the loader's own global is there.
    expect(await world.evaluate<string>('typeof globalThis.__declutterApp')).toBe('object');
    await popup.close();
  });
});
