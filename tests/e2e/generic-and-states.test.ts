/**
 * Beyond sedaily, and the popup's other states, in headful Chromium on an Xvfb display:
 *  - a non-sedaily article is closed to the extension until the user asks (no host permission);
 *    the popup's keyboard shortcut (`_execute_action`, Alt+Shift+E, pressed as real keys) is a user
 *    gesture that grants `activeTab`: the real popup then injects the content script and shows the
 *    article; the reader command (Alt+Shift+D) does the same for the reader on another site;
 *  - a page that is not an article (sedaily's section list; a generic portal) shows the
 *    not-article state with "try anyway".
 * Browser pages, blank tabs, PDFs, frames, file: pages and strict CSPs: special-pages.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articleViewExpression, expectArticle, type ArticleView } from './article-checks';
import {
  askContentScript,
  enMessage,
  getArticle,
  getFixture,
  launchWithExtension,
  openPopup,
  openPopupByShortcut,
  openRealPopup,
  openTab,
  startSiteServer,
  type Launched,
  type RealPopup,
  type SiteServer,
} from './harness';
import { expectUntouched, pageSnapshot } from './page-checks';

declare const chrome: typeof import('wxt/browser').browser;

let server: SiteServer;
let browser: Launched;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launchWithExtension(server, { headful: true });
  const blank = browser.context.pages()[0];
  // Keep a tab so the window stays while tests open and close theirs.
  await openTab(browser, getFixture('sedaily-desktop-2020-era2').url);
  await blank?.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SETTLED = `document.querySelector('.popup[data-state]:not([data-state="loading"])')`;
const MESSAGE = `({ state: document.querySelector('.popup').dataset.state,
  title: document.querySelector('.popup__message-title')?.textContent ?? null,
  detail: document.querySelector('.popup__message-detail')?.textContent ?? null,
  action: document.querySelector('.popup__message button')?.textContent ?? null })`;

describe('a non-sedaily article, through activeTab', () => {
  it('registers the popup shortcut with its suggested key (Alt+Shift+E)', async () => {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((command) => command.name === '_execute_action')?.shortcut).toBe('Alt+Shift+E');
  });

  it('is closed to the extension before any gesture: no content script, the popup explains', async () => {
    const fixture = getFixture('generic-korean-outlet');
    const { page, tabId } = await openTab(browser, fixture.url);
    expect(await askContentScript(browser.worker, tabId)).toBeNull();
    const popup = await openPopup(browser, tabId);
    await popup.locator('.popup[data-state="restricted"]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.popup__message-detail').textContent()).toBe(enMessage('restrictedClosed'));
    expect(await askContentScript(browser.worker, tabId)).toBeNull();
    await popup.close();
    await page.close();
  });

  it('opens in the real popup after the popup shortcut (a user gesture granting activeTab)', async () => {
    const fixture = getArticle('generic-korean-outlet');
    const { page, tabId } = await openTab(browser, fixture.url);
    const real = await openPopupByShortcut(browser, page);
    await real.waitFor(SETTLED, 20_000);
    expect(await real.evaluate<string>(`document.querySelector('.popup').dataset.state`)).toBe('ok');
    expectArticle(await real.evaluate<ArticleView>(articleViewExpression()), fixture);
    // The popup injected the content script under the grant; it now answers for the page.
    expect(await askContentScript(browser.worker, tabId)).toEqual({ open: false, url: fixture.url });
    await real.close();
    await page.close();
  });

  it('opens in the reader with the reader command on another site, and closes with it', async () => {
    const fixture = getArticle('generic-english-blog');
    const { page, tabId } = await openTab(browser, fixture.url);
    expect(await askContentScript(browser.worker, tabId)).toBeNull();
    const before = await pageSnapshot(page);
    await page.bringToFront();
    browser.desktop!.focusBrowser();
    browser.desktop!.key('alt+shift+d');
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('declutter-reader [data-testid="article-title"]').textContent()).toBe(fixture.expected.title);
    browser.desktop!.key('alt+shift+d');
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    await expectUntouched(page, before);
    await page.close();
  });
});

describe('not an article', () => {
  it('a sedaily section list: the not-article state with "try anyway", which then extracts', async () => {
    const fixture = getFixture('sedaily-section-list');
    const { page, tabId } = await openTab(browser, fixture.url);
    const popup = await openPopup(browser, tabId);
    await popup.locator('.popup[data-state="not-article"]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.popup__message-title').textContent()).toBe(enMessage('notArticleTitle'));
    expect((await popup.locator('.popup__message-detail').textContent())?.length).toBeGreaterThan(0);
    expect(await popup.getByTestId('status').textContent()).toBe(enMessage('notArticleTitle'));
    expect(await popup.getByTestId('reader-toggle').isDisabled()).toBe(true);
    await popup.getByRole('button', { name: enMessage('tryAnyway') }).click();
    await popup.locator('.popup[data-state="ok"]').waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('reader-toggle').isDisabled()).toBe(false);
    await popup.close();

    const real = await openRealPopup(browser, page);
    await real.waitFor(SETTLED);
    expect(await real.evaluate(MESSAGE)).toEqual({
      state: 'not-article',
      title: enMessage('notArticleTitle'),
      detail: expect.any(String),
      action: enMessage('tryAnyway'),
    });
    await real.close();
    await page.close();
  });

  it('a generic portal page, through the popup shortcut: the not-article state', async () => {
    const { page } = await openTab(browser, getFixture('generic-not-article').url);
    const real = await openPopupByShortcut(browser, page);
    await real.waitFor(SETTLED, 20_000);
    expect(await real.evaluate(MESSAGE)).toMatchObject({ state: 'not-article', title: enMessage('notArticleTitle'), action: enMessage('tryAnyway') });
    await real.close();
    await page.close();
  });
});
