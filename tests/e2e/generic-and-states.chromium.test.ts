/**
 * The real toolbar popup's states, in headful Chromium on an Xvfb display (Chromium only: the
 * Firefox toolbar panel cannot be read over WebDriver BiDi; generic-and-states.test.ts has what
 * runs in both browsers, firefox-paths.firefox.test.ts the Firefox popup shortcut by its effect):
 *  - the popup's keyboard shortcut (`_execute_action`, Alt+Shift+E, pressed as real keys) is a user
 *    gesture that grants `activeTab`: the real popup then injects the content script on a
 *    non-sedaily article and shows it;
 *  - a page that is not an article (sedaily's section list; a generic portal) shows the
 *    not-article state with "try anyway" in the real popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleViewExpression, expectArticle, type ArticleView } from './article-checks';
import { launchWithExtension, type Launched } from './chromium/launch';
import { openPopupByShortcut, openRealPopup } from './chromium/real-popup';
import { askContentScript, openTab } from './chromium/tabs';
import { enMessage } from './en-message';
import { getArticle, getFixture } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';

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
});

describe('not an article', () => {
  it('a sedaily section list: the not-article state with "try anyway" in the real popup', async () => {
    const { page } = await openTab(browser, getFixture('sedaily-section-list').url);
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
    expect(await real.evaluate(MESSAGE)).toMatchObject({
      state: 'not-article',
      title: enMessage('notArticleTitle'),
      action: enMessage('tryAnyway'),
    });
    await real.close();
    await page.close();
  });
});
