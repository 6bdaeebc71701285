/**
 * Beyond sedaily, and the popup's other states, in both browsers, headful on an Xvfb display:
 *  - a non-sedaily article is closed to the extension until the user asks (no host permission):
 *    `popup.html?tabId=N` (no gesture, no activeTab) says so; the reader command (Alt+Shift+D,
 *    pressed as real keys) is a gesture that grants activeTab: it injects the content script and
 *    opens the reader on that site, and closes it again, leaving the page as it was;
 *  - a page that is not an article (sedaily's section list) shows the not-article state with
 *    "try anyway", which then extracts;
 *  - a blank tab is restricted ("closed to extensions"), not a raw browser error.
 * The real popup after the popup shortcut: generic-and-states.chromium.test.ts (Chromium) and
 * firefox-paths.firefox.test.ts (Firefox, by its effect). Browser pages, PDFs, frames, file: pages
 * and strict CSPs: special-pages.chromium.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type E2eBrowser } from './driver/driver';
import { enMessage } from './en-message';
import { getArticle, getFixture } from './fixtures';
import { expectUntouched, pageSnapshot } from './page-checks';
import { startSiteServer, type SiteServer } from './site-server';

declare const chrome: typeof import('wxt/browser').browser;

/** The popup's own command: MV3 `_execute_action`, MV2 (Firefox) `_execute_browser_action`. */
const POPUP_COMMAND = { chromium: '_execute_action', firefox: '_execute_browser_action' } as const;

let server: SiteServer;
let browser: E2eBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launch(server, { headful: true });
  const blank = browser.pages()[0];
  // Keep a tab so the window stays while tests open and close theirs.
  await browser.openTab(getFixture('sedaily-desktop-2020-era2').url);
  await blank?.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const MESSAGE = `({ state: document.querySelector('.popup').dataset.state,
  title: document.querySelector('.popup__message-title')?.textContent ?? null,
  detail: document.querySelector('.popup__message-detail')?.textContent ?? null,
  action: document.querySelector('.popup__message button')?.textContent ?? null,
  readerDisabled: document.querySelector('[data-testid="reader-toggle"]').disabled })`;

describe('a non-sedaily article, through activeTab', () => {
  it('registers the popup shortcut and the reader command with their suggested keys', async () => {
    const commands = await browser.extension(() => chrome.commands.getAll());
    // Firefox's build suggests J: on Linux Firefox gives Alt+Shift+E to its Edit menu.
    expect(commands.find((command) => command.name === POPUP_COMMAND[browser.engine])?.shortcut).toBe(
      browser.engine === 'firefox' ? 'Alt+Shift+J' : 'Alt+Shift+E',
    );
    expect(commands.find((command) => command.name === 'toggle-reader')?.shortcut).toBe('Alt+Shift+D');
  });

  it('is closed to the extension before any gesture: no content script, the popup explains', async () => {
    const fixture = getFixture('generic-korean-outlet');
    const { page, tabId } = await browser.openTab(fixture.url);
    expect(await browser.askContentScript(tabId)).toBeNull();
    const popup = await browser.openPopup(tabId);
    await popup.locator('.popup[data-state="restricted"]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.popup__message-detail').textContent()).toBe(enMessage('restrictedClosed'));
    expect(await browser.askContentScript(tabId)).toBeNull();
    await popup.close();
    await page.close();
  });

  it('opens in the reader with the reader command on another site, and closes with it', async () => {
    const fixture = getArticle('generic-english-blog');
    const { page, tabId } = await browser.openTab(fixture.url);
    expect(await browser.askContentScript(tabId)).toBeNull();
    const before = await pageSnapshot(page);
    await browser.pressKeys(page, 'alt+shift+d');
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('declutter-reader [data-testid="article-title"]').textContent()).toBe(fixture.expected.title);
    expect(await browser.askContentScript(tabId)).toEqual({ open: true, url: fixture.url });
    await browser.pressKeys(page, 'alt+shift+d');
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    await expectUntouched(page, before);
    await page.close();
  });
});

describe('not an article, and a blank tab', () => {
  it('a sedaily section list: the not-article state with "try anyway", which then extracts', async () => {
    const fixture = getFixture('sedaily-section-list');
    const { page, tabId } = await browser.openTab(fixture.url);
    const popup = await browser.openPopup(tabId);
    await popup.locator('.popup[data-state="not-article"]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.popup__message-title').textContent()).toBe(enMessage('notArticleTitle'));
    expect((await popup.locator('.popup__message-detail').textContent())?.length).toBeGreaterThan(0);
    expect(await popup.getByTestId('status').textContent()).toBe(enMessage('notArticleTitle'));
    expect(await popup.getByTestId('reader-toggle').isDisabled()).toBe(true);
    await popup.locator(`.popup__message button:has-text("${enMessage('tryAnyway')}")`).click();
    await popup.locator('.popup[data-state="ok"]').waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('reader-toggle').isDisabled()).toBe(false);
    await popup.close();
    await page.close();
  });

  it('about:blank: restricted, "closed to extensions", and the reader command does nothing there', async () => {
    const { page, tabId } = await browser.openTab('about:blank');
    const popup = await browser.openPopup(tabId);
    await popup.locator('.popup[data-state="restricted"]').waitFor({ timeout: 10_000 });
    expect(await popup.evaluate(MESSAGE)).toEqual({
      state: 'restricted',
      title: enMessage('restrictedTitle'),
      detail: enMessage('restrictedClosed'),
      action: null,
      readerDisabled: true,
    });
    await popup.close();
    await browser.pressKeys(page, 'alt+shift+d');
    // Nothing can answer there; the page stays blank.
    await page.waitForTimeout(300);
    expect(await browser.askContentScript(tabId)).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe('<html><head></head><body></body></html>');
    await page.close();
  });
});
