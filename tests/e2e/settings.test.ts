/**
 * Settings, in both browsers: one storage item shared by the options page, the popup and the
 * in-page reader. A change made in the options page applies live in an open popup and an open
 * reader; a change made in the reader reaches the options page and the popup; auto-open (off by
 * default) opens the reader on a rule article without the popup once it is on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type E2eBrowser } from './driver/driver';
import type { Tab } from './driver/tab';
import { enMessage } from './en-message';
import { getArticle } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';
import { until } from './until';

declare const chrome: typeof import('wxt/browser').browser;

const ARTICLE = getArticle('sedaily-desktop-2026-era3');

let server: SiteServer;
let browser: E2eBrowser;
let page: Tab;
let tabId: number;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launch(server);
  ({ page, tabId } = await browser.openTab(ARTICLE.url));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const setSettings = (change: Record<string, unknown>) =>
  browser.extension(async (value) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), ...value } });
  }, change);

describe('settings shared by the options page, the popup and the reader', () => {
  it('a theme chosen in the options page applies live in the open popup and the open reader', async () => {
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    const options = await browser.openExtensionPage('/options.html');
    await options.locator('[data-name="theme"][data-value="sepia"]').click();
    await popup.locator('.popup[data-theme="sepia"]').waitFor({ timeout: 10_000 });
    await page.locator('declutter-reader .dc-reader[data-theme="sepia"]').waitFor({ timeout: 10_000 });
    await options.locator('[data-name="theme"][data-value="auto"]').click();
    await popup.locator('.popup[data-theme="auto"]').waitFor({ timeout: 10_000 });
    await page.locator('declutter-reader .dc-reader[data-theme="auto"]').waitFor({ timeout: 10_000 });
    expect(await browser.extension(() => chrome.storage.local.get('settings'))).toMatchObject({ settings: { theme: 'auto' } });
    await options.close();
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    await popup.close();
  });

  it('a theme chosen in the reader reaches the options page and the popup', async () => {
    const options = await browser.openExtensionPage('/options.html');
    await options.locator('.options[data-theme="auto"]').waitFor({ timeout: 10_000 });
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    await page.bringToFront();
    await page.locator(`declutter-reader button:has-text("${enMessage('settingsButton')}")`).click();
    await page.locator('declutter-reader [data-name="theme"][data-value="dark"]').click();
    await page.locator('declutter-reader .dc-reader[data-theme="dark"]').waitFor({ timeout: 10_000 });
    await options.locator('.options[data-theme="dark"]').waitFor({ timeout: 10_000 });
    await popup.locator('.popup[data-theme="dark"]').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape'); // the panel
    await page.keyboard.press('Escape'); // the reader
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    await setSettings({ theme: 'auto' });
    await options.locator('.options[data-theme="auto"]').waitFor({ timeout: 10_000 });
    await options.close();
    await popup.close();
  });

  it('auto-opens the reader on a rule article when the setting is on, and not when it is off', async () => {
    const off = await browser.openTab(ARTICLE.url);
    // Off by default: the loader answers, with the reader closed.
    let state: Awaited<ReturnType<E2eBrowser['askContentScript']>> = null;
    await until(async () => (state = await browser.askContentScript(off.tabId)) !== null, 'the loader answers');
    expect(state).toEqual({ open: false, url: ARTICLE.url });
    expect(await off.page.locator('declutter-reader').count()).toBe(0);
    await off.page.close();

    await setSettings({ autoOpen: true });
    const on = await browser.openTab(ARTICLE.url);
    await on.page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 15_000 });
    expect(await on.page.locator('declutter-reader [data-testid="article-title"]').textContent()).toBe(ARTICLE.expected.title);
    await setSettings({ autoOpen: false });
    await on.page.close();
  });
});
