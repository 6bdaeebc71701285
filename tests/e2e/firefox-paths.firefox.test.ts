/**
 * What only the Firefox build does, in headful Firefox ESR on an Xvfb display (the shared suite
 * covers the rest: commands and the `menus` context menu in reader.test.ts, storage shared by
 * popup, reader and options in settings.test.ts, the extraction frame in large-page.test.ts):
 *  - the MV2 background page is the one generated for background.js, and it requests nothing;
 *  - script injection through MV2 `tabs.executeScript`: the popup shortcut (`_execute_browser_action`,
 *    Alt+Shift+E as real keys) grants activeTab and the toolbar panel injects the content script into
 *    a page of another site; a message to a rule page's loader makes the background inject the reader
 *    app (`loadReaderApp`), which mounts the reader;
 *  - the extraction frame is an MV2 web-accessible resource: a web page may load it, not the popup;
 *  - the reader's shadow root is open to the page's DOM but styled by our CSS only, also under a
 *    page CSP of `default-src 'none'` (which, a known Firefox bug, blocks and reports its photos);
 *  - the extension pages' CSP (manifest `content_security_policy`) is enforced in the popup: no inline
 *    or remote script, no inline style, no fetch, no frame; photos from https.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleViewExpression, expectArticle, type ArticleView } from './article-checks';
import { launch, type E2eBrowser } from './driver/driver';
import type { E2ePage } from './e2e-page';
import { getArticle, getFixture } from './fixtures';
import { startSiteServer, type CspReport, type SiteServer } from './site-server';
import { until } from './until';

declare const chrome: typeof import('wxt/browser').browser;
const ARTICLE = getArticle('sedaily-desktop-2020-era2');
const STRICT_CSP = "default-src 'none'; img-src 'self'; style-src 'self'; frame-src 'none'; report-uri /csp";
const CSP_ARTICLE: E2ePage = {
  slug: 'csp-article',
  url: 'https://www.sedaily.com/NewsView/2CSPTEST01',
  html: ARTICLE.html,
  headers: { 'content-security-policy': STRICT_CSP },
};

let server: SiteServer;
let browser: E2eBrowser;

beforeAll(async () => {
  server = await startSiteServer([CSP_ARTICLE]);
  browser = await launch(server, { headful: true });
  const blank = browser.pages()[0];
  // Keep a tab so the window stays while tests open and close theirs.
  await browser.openTab(getFixture('sedaily-desktop-2026-era3').url);
  await blank?.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Firefox build (MV2)', () => {
  it('runs background.js in its generated background page, which requests nothing but its own files', async () => {
    const background = await browser.extension(() => {
      const view = chrome.extension.getBackgroundPage() as unknown as Window & typeof globalThis;
      return {
        path: view.location.pathname,
        scripts: Array.from(view.document.scripts).map((script) => new URL(script.src).pathname),
        manifestVersion: chrome.runtime.getManifest().manifest_version,
        requests: view.performance.getEntriesByType('resource').map((entry) => entry.name),
      };
    });
    expect(background).toMatchObject({
      path: '/_generated_background_page.html',
      scripts: ['/background.js'],
      manifestVersion: 2,
    });
    expect(background.requests.filter((url) => !url.startsWith(`${browser.origin}/`))).toEqual([]);
  });

  it('the popup shortcut grants activeTab: the toolbar panel injects the content script on another site', async () => {
    // Firefox's build suggests Alt+Shift+J: on Linux Firefox gives Alt+Shift+E to its menu bar.
    const fixture = getArticle('generic-korean-outlet');
    const { page, tabId } = await browser.openTab(fixture.url);
    expect(await browser.askContentScript(tabId)).toBeNull();
    await browser.pressKeys(page, 'alt+shift+j');
    let state: Awaited<ReturnType<E2eBrowser['askContentScript']>> = null;
    await until(
      async () => (state = await browser.askContentScript(tabId)) !== null,
      'the panel injected the content script',
      15_000,
    );
    expect(state).toEqual({ open: false, url: fixture.url });
    await browser.pressKeys(page, 'Escape'); // the panel
    await page.close();
  });

  it("the background injects the reader app when a rule page's loader asks (loadReaderApp)", async () => {
    const { page, tabId } = await browser.openTab(ARTICLE.url);
    await until(async () => (await browser.askContentScript(tabId)) !== null, 'the loader answers');
    await browser.extension(
      ([id]) => chrome.tabs.sendMessage(id, { id: 0, type: 'toggleReader', data: { open: true }, timestamp: Date.now() }),
      [tabId] as const,
    );
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    expectArticle(
      await page.evaluate<ArticleView>(articleViewExpression(`document.querySelector('declutter-reader')?.shadowRoot`)),
      ARTICLE,
    );
    await page.close();
  });

  it('lets a web page load the extraction frame (a web-accessible resource), never the popup', async () => {
    const { page } = await browser.openTab(ARTICLE.url);
    const loads = await page.evaluate(async (origin) => {
      const load = (path: string) =>
        fetch(`${origin}${path}`).then(
          (response) => (response.ok ? 'loaded' : `status ${response.status}`),
          (error: unknown) => (error instanceof Error ? error.name : 'failed'),
        );
      return { frame: await load('/extract-frame.html'), popup: await load('/popup.html') };
    }, browser.origin);
    expect(loads).toEqual({ frame: 'loaded', popup: 'TypeError' });
    await page.close();
  });

  it("styles the reader's open shadow root with our CSS only, under a strict page CSP, and causes no report", async () => {
    const page = await browser.newPage();
    await page.goto(CSP_ARTICLE.url, { waitUntil: 'load' });
    const tabId = await browser.findTabId(CSP_ARTICLE.url);
    await page.waitForTimeout(500);
    const atLoad = server.cspReports.length;
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    const style = await page.evaluate(() => {
      const host = document.querySelector('declutter-reader')!;
      const reader = host.shadowRoot!.querySelector('.dc-reader')!;
      const computed = getComputedStyle(reader);
      return {
        open: host.shadowRoot !== null,
        position: computed.position,
        zIndex: computed.zIndex,
        font: computed.fontFamily,
        background: computed.backgroundColor,
        pageRulesInside: host.shadowRoot!.querySelectorAll('link[rel="stylesheet"]:not([href^="moz-extension:"])').length,
      };
    });
    expect(style).toMatchObject({ open: true, position: 'fixed', zIndex: '2147483647', pageRulesInside: 0 });
    expect(style.font).toContain('NanumGothic');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    await popup.close();
    // Reports are sent as violations happen; give any late one time to arrive.
    await page.waitForTimeout(800);
    // KNOWN BUG (tests/e2e/README.md): Firefox applies the page's CSP to the photos the reader shows
    // in its shadow root (Chromium exempts content-script loads), so a site whose img-src excludes
    // its photo host gets one img-src report per article photo, and the reader shows no photos.
    // Only those are set aside: any other report fails.
    const photos = new Set(
      [...ARTICLE.html.matchAll(/https:\/\/newsimg\.sedaily\.com\/[^"'\s<>]+\.jpe?g/gi)].map(([url]) => url),
    );
    const knownPhotoReports = (report: CspReport) =>
      report['effective-directive'] === 'img-src' && photos.has(report['blocked-uri'] ?? '');
    expect(server.cspReports.slice(atLoad).filter((report) => !knownPhotoReports(report))).toEqual([]);
    await page.close();
  });

  it("enforces the extension pages' CSP in the popup: no inline or remote script, inline style, fetch or frame", async () => {
    const { page, tabId } = await browser.openTab(ARTICLE.url);
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    const before = server.hits.length;
    const outcome = await popup.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true;';
      document.head.append(inline);
      const remote = document.createElement('script');
      remote.src = 'https://www.example.com/canary/remote.js';
      document.head.append(remote);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 3px solid rgb(1, 2, 3) !important; }';
      document.head.append(style);
      const frame = document.createElement('iframe');
      frame.src = 'https://www.example.com/canary/frame.html';
      document.body.append(frame);
      let fetched: string;
      try {
        await fetch('https://www.example.com/canary/fetch');
        fetched = 'sent';
      } catch (error) {
        fetched = (error as Error).name;
      }
      const image = new Image();
      const loaded = new Promise((done) => {
        image.onload = () => done('loaded');
        image.onerror = () => done('failed');
      });
      image.src = 'https://www.sedaily.com/photo/firefox-csp-probe.jpg';
      const imageOutcome = await loaded;
      await new Promise((done) => setTimeout(done, 300));
      frame.remove();
      return {
        fetch: fetched,
        image: imageOutcome,
        inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
        styled: getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)',
        violations: [...new Set(violations)].sort(),
      };
    });
    expect(outcome).toMatchObject({ fetch: 'TypeError', image: 'loaded', inlineRan: false, styled: false });
    expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src', 'frame-src', 'script-src-elem', 'style-src-elem']));
    // Of the probes only the photo reached the network (the popup's own photos set aside).
    const probes = server.hits
      .slice(before)
      .filter((hit) => hit.path.includes('canary') || hit.path.endsWith('firefox-csp-probe.jpg'));
    expect(probes.map((hit) => hit.host + hit.path)).toEqual(['www.sedaily.com/photo/firefox-csp-probe.jpg']);
    await popup.close();
    await page.close();
  });
});
