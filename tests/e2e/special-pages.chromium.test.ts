/**
 * Pages that are not ordinary web articles, in headful Chromium on an Xvfb display: each gets a
 * clear state in the popup. The popup is opened the way a user opens it, with its keyboard
 * shortcut pressed as real keys (a gesture: it grants activeTab, and with it the tab's URL);
 * `popup.html?tabId=N` (no grant) where it says something of its own.
 *  - browser pages (chrome://version): restricted, "browser";
 *  - a blank tab (about:blank): restricted, "closed" (Chromium never tells an extension a blank
 *    tab's URL and refuses to script it; the popup says so instead of a raw browser error);
 *  - the PDF viewer (a PDF from a non-sedaily host): restricted, "pdf", both for a .pdf URL and for
 *    a download URL the content script recognises by its document type;
 *  - an article inside a frame of another site's page: not an article, and the reason names the
 *    frame's host (the extension reads the top frame only);
 *  - a sedaily article served with a restrictive CSP (`default-src 'none'`, `report-uri /csp`): the
 *    popup shows it, the reader opens styled, and the site receives no CSP report caused by us;
 *  - a file:// page: read when file access is allowed (Chromium's default for unpacked
 *    extensions); when it is not (a store install), Chromium hides the tab's URL even from the
 *    toolbar popup, so the popup says the tab is closed and, file access being off, how to allow
 *    files (restricted "closed-or-file"). A file URL the popup does know gets "file" (unit tests).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articleViewExpression, expectArticle, type ArticleView } from './article-checks';
import { watchConsole } from './chromium/console-watch';
import { launchWithExtension, type Launched } from './chromium/launch';
import { openPopupByShortcut, openRealPopup, type RealPopup } from './chromium/real-popup';
import { setFileAccess } from './chromium/reload-extension';
import { askContentScript, findTabId, openPopup, openTab } from './chromium/tabs';
import { loadE2ePage, type E2ePage } from './e2e-page';
import { enMessage } from './en-message';
import { getArticle, getFixture } from './fixtures';
import { tinyPdf } from './media-files';
import { startSiteServer, type CspReport, type SiteServer } from './site-server';

const ARTICLE = getArticle('sedaily-desktop-2020-era2');
const PDF: E2ePage = {
  slug: 'pdf-file',
  url: 'https://www.example.com/files/report.pdf',
  html: '',
  body: tinyPdf('Declutter test PDF'),
  headers: { 'content-type': 'application/pdf' },
};
/** The same PDF at a URL that does not say so: only its document type does. */
const PDF_DOWNLOAD: E2ePage = { ...PDF, slug: 'pdf-download', url: 'https://www.example.com/download?id=7' };
const FRAMED = loadE2ePage('framed');
/** A restrictive site CSP, with reports to the site (the wording). */
const STRICT_CSP = "default-src 'none'; img-src 'self'; style-src 'self'; frame-src 'none'; report-uri /csp";
const CSP_ARTICLE: E2ePage = {
  slug: 'csp-article',
  url: 'https://www.sedaily.com/NewsView/2CSPTEST01',
  // The era-2 page has inline handlers and styles of its own: the page's reports, not ours.
  html: ARTICLE.html,
  headers: { 'content-security-policy': STRICT_CSP },
};

let server: SiteServer;
let browser: Launched;
let fileDir: string;

beforeAll(async () => {
  server = await startSiteServer([PDF, PDF_DOWNLOAD, FRAMED, CSP_ARTICLE]);
  browser = await launchWithExtension(server, { headful: true, developerMode: true });
  const blank = browser.context.pages()[0];
  // Keep a tab so the window stays while tests open and close theirs.
  await openTab(browser, getFixture('sedaily-desktop-2026-era3').url);
  await blank?.close();
  fileDir = mkdtempSync(join(tmpdir(), 'declutter-file-'));
  writeFileSync(join(fileDir, 'article.html'), ARTICLE.html);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (fileDir) rmSync(fileDir, { recursive: true, force: true });
});

const SETTLED = `document.querySelector('.popup[data-state]:not([data-state="loading"])')`;
const MESSAGE = `({ state: document.querySelector('.popup').dataset.state,
  title: document.querySelector('.popup__message-title')?.textContent ?? null,
  detail: document.querySelector('.popup__message-detail')?.textContent ?? null,
  action: document.querySelector('.popup__message button')?.textContent ?? null,
  readerDisabled: document.querySelector('[data-testid="reader-toggle"]').disabled })`;

interface Message {
  state: string;
  title: string | null;
  detail: string | null;
  action: string | null;
  readerDisabled: boolean;
}

const restricted = (key: string): Message => ({
  state: 'restricted',
  title: enMessage('restrictedTitle'),
  detail: enMessage(key),
  action: null,
  readerDisabled: true,
});

/** The popup as the user opens it (Alt+Shift+E), settled; returns its message panel. */
async function shortcutPopupMessage(page: Page): Promise<Message> {
  const real = await openPopupByShortcut(browser, page);
  try {
    await real.waitFor(SETTLED, 20_000);
    return await real.evaluate<Message>(MESSAGE);
  } finally {
    await real.close();
  }
}

/** The reader command on a page where it can do nothing: nothing happens, quietly. */
async function pressReaderCommand(page: Page): Promise<void> {
  await page.bringToFront();
  browser.desktop!.focusBrowser();
  browser.desktop!.key('alt+shift+d');
  await page.waitForTimeout(300);
}

describe('browser pages', () => {
  it('chrome://version: restricted, in the ?tabId popup, the real popup and after the shortcut', async () => {
    const { page, tabId } = await openTab(browser, 'chrome://version');
    const popup = await openPopup(browser, tabId);
    await popup.locator('.popup[data-state="restricted"]').waitFor({ timeout: 10_000 });
    expect(await popup.evaluate(MESSAGE)).toEqual(restricted('restrictedBrowser'));
    await popup.close();

    const real: RealPopup = await openRealPopup(browser, page);
    await real.waitFor(SETTLED);
    expect(await real.evaluate(MESSAGE)).toEqual(restricted('restrictedBrowser'));
    await real.close();
    expect(await shortcutPopupMessage(page)).toEqual(restricted('restrictedBrowser'));
    // The reader command there does nothing, quietly (no content script can exist).
    await pressReaderCommand(page);
    expect(await askContentScript(browser.worker, tabId)).toBeNull();
    await page.close();
  });

  it('about:blank: restricted, "closed to extensions", not a raw browser error', async () => {
    const { page, tabId } = await openTab(browser, 'about:blank');
    expect(await shortcutPopupMessage(page)).toEqual(restricted('restrictedClosed'));
    const popup = await openPopup(browser, tabId);
    await popup.locator('.popup[data-state="restricted"]').waitFor({ timeout: 10_000 });
    expect(await popup.evaluate(MESSAGE)).toEqual(restricted('restrictedClosed'));
    await popup.close();
    await pressReaderCommand(page);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe('<html><head></head><body></body></html>');
    await page.close();
  });
});

describe('the PDF viewer', () => {
  it('a .pdf URL on a site without host access: restricted "pdf" (known from the URL)', async () => {
    const { page, tabId } = await openTab(browser, PDF.url);
    expect(await shortcutPopupMessage(page)).toEqual(restricted('restrictedPdf'));
    // Known before any script: nothing was injected.
    expect(await askContentScript(browser.worker, tabId)).toBeNull();
    await page.close();
  });

  it('a PDF at a download URL: restricted "pdf" (the content script sees the viewer), and no reader', async () => {
    const { page, tabId } = await openTab(browser, PDF_DOWNLOAD.url);
    expect(await page.evaluate(() => document.contentType)).toBe('application/pdf');
    expect(await shortcutPopupMessage(page)).toEqual(restricted('restrictedPdf'));
    await pressReaderCommand(page);
    expect(await askContentScript(browser.worker, tabId)).toEqual({ open: false, url: PDF_DOWNLOAD.url });
    expect(await page.locator('declutter-reader').count()).toBe(0);
    await page.close();
  });
});

describe('an article inside a frame', () => {
  it("another site's page framing a sedaily article: not an article, and the reason names the frame's host", async () => {
    const { page } = await openTab(browser, FRAMED.url);
    expect(page.frames().map((frame) => frame.url())).toContain(ARTICLE.url);
    const message = await shortcutPopupMessage(page);
    expect(message).toMatchObject({ state: 'not-article', title: enMessage('notArticleTitle'), action: enMessage('tryAnyway') });
    expect(message.detail).toContain('frame from www.sedaily.com');
    await page.close();
  });
});

describe('a sedaily article with a restrictive CSP', () => {
  const fromExtension = (report: CspReport) =>
    [report['source-file'], report['blocked-uri'], report['script-sample']].some((field) => field?.includes('chrome-extension'));

  it('shows in the popup, opens styled in the reader, and the site gets no CSP report because of us', async () => {
    const page = await browser.context.newPage();
    const messages = await watchConsole(browser, page);
    await page.goto(CSP_ARTICLE.url, { waitUntil: 'load' });
    const tabId = await findTabId(browser.worker, CSP_ARTICLE.url);
    // The page's own violations (its scripts, handlers, styles, photos) arrive at load.
    await page.waitForTimeout(500);
    const atLoad = server.cspReports.length;
    expect(atLoad).toBeGreaterThan(0);
    expect(server.cspReports.filter(fromExtension)).toEqual([]);

    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expectArticle(await popup.evaluate<ArticleView>(articleViewExpression()), ARTICLE);
    await popup.getByTestId('reader-toggle').click();
    const title = page.locator('declutter-reader [data-testid="article-title"]');
    await title.waitFor({ timeout: 10_000 });
    expect(await title.textContent()).toBe(ARTICLE.expected.title);
    // Styled: the overlay's own CSS applied inside the shadow root despite `style-src 'self'`.
    const style = await page.evaluate(() => {
      const reader = document.querySelector('declutter-reader')!.shadowRoot!.querySelector('.dc-reader')!;
      const computed = getComputedStyle(reader);
      return {
        position: computed.position,
        zIndex: computed.zIndex,
        font: computed.fontFamily,
        background: computed.backgroundColor,
      };
    });
    expect(style).toMatchObject({ position: 'fixed', zIndex: '2147483647' });
    expect(style.font).toContain('NanumGothic');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    await popup.close();

    // Reports are sent as violations happen; give any late one time to arrive.
    await page.waitForTimeout(800);
    expect(server.cspReports.filter(fromExtension)).toEqual([]);
    expect(server.cspReports.slice(atLoad)).toEqual([]);
    expect(messages.fromExtension()).toEqual([]);
    expect(messages.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('a file:// page', () => {
  it('is read when file access is allowed, and restricted with the file-access hint when it is not', async () => {
    const url = pathToFileURL(join(fileDir, 'article.html')).href;
    // Chromium allows file access to unpacked extensions by default; a store install starts without.
    expect(await browser.worker.evaluate(() => chrome.extension.isAllowedFileSchemeAccess())).toBe(true);
    const page = await browser.context.newPage();
    await page.goto(url);
    const real = await openPopupByShortcut(browser, page);
    await real.waitFor(SETTLED, 20_000);
    expect(await real.evaluate(MESSAGE)).toMatchObject({ state: 'ok' });
    expect(await real.evaluate<string>(`document.querySelector('[data-testid="article-title"]').textContent`)).toBe(
      ARTICLE.expected.title,
    );
    await real.close();

    // Without file access, activeTab does not cover the file either: Chromium tells the popup
    // neither the URL nor more than "Cannot access contents of the page". The popup, knowing file
    // access is off, names both possibilities and how to allow files.
    await setFileAccess(browser, false);
    await page.reload();
    expect(await shortcutPopupMessage(page)).toEqual(restricted('restrictedClosedOrFile'));
    expect(enMessage('restrictedClosedOrFile')).toContain('Allow access to file URLs');
    await page.close();
  });
});

declare const chrome: typeof import('wxt/browser').browser;
