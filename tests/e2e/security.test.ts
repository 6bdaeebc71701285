/**
 * Security, in both browsers: a sedaily article page (the site-rule path) carrying the XSS corpus of
 * tests/support/xss-payloads.ts plus payloads of our own (event handlers, `javascript:` links, SVG and
 * MathML mutation XSS, iframes, forms, object/embed, CSS loads, meta refresh, base).
 *
 * Why the page runs with scripts ON: Chromium 156 reports a `securitypolicyviolation` (and logs
 * "Executing inline event handler violates…") as soon as an `on*` attribute is *set*, even in an
 * inert DOMParser document where nothing can ever run; the extension parses hostile markup on
 * purpose (extraction, sanitising), so under a blocking CSP "a violation happened" cannot tell
 * "parsed" from "ran". With scripts on, a payload that survives into a place where it can run
 * really runs, and says which one it is: every corpus `alert(1)` is numbered, ours call
 * `alert('<name>')`, count in `window.__pwned` and request /canary/<name>. A main-world hook
 * records each run with the event and element that ran it (a handler inside the reader's shadow
 * root has no `window.event`, by the DOM spec). What the page does by itself at load is recorded
 * first; opening the popups and the reader must add no run, dialog, canary global or canary request,
 * except the page's own handlers reacting to events on its own elements (focus coming back after
 * the reader closes) for payloads that already ran at load.
 *
 * Extension pages keep their own CSP (MV3 `script-src 'self'`): there a surviving handler is a
 * violation on a *connected* element, and the rendered DOM is scanned for handlers, script URLs and
 * active elements. Every request of the extension's pages must go to the extension or the local
 * server, never to a canary; per context, the background and the options page send nothing
 * over the network and the popup only GETs photos (audit.test.ts shows the watcher sees each).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../support/xss-payloads';
import { ENGINE, launch, type E2eBrowser, type RequestWatch } from './driver/driver';
import { isFirefoxServiceRequest } from './firefox/launch';
import type { Tab as Page } from './driver/tab';
import { PAGE, PAYLOAD_ID_BASE, POPUP_FINDINGS, READER_FINDINGS, TITLE, WATCH, type Run, type Watch } from './security-corpus';
import { isLocalRequest, startSiteServer, type Hit, type SiteServer } from './site-server';
import { until } from './until';

declare const chrome: typeof import('wxt/browser').browser;

let server: SiteServer;
let browser: E2eBrowser;
let page: Page;
let tabId: number;
let extensionHosts: string[] = [];
let extensionRequests: RequestWatch;
const dialogs: { url: string; message: string; at: number }[] = [];
const pageErrors: { url: string; message: string }[] = [];
let loaded = 0;
let atLoad: { runs: Run[]; canaries: string[]; pwned: number } = { runs: [], canaries: [], pwned: 0 };

const extensionOrigin = () => `${browser.origin}/`;
const canaryPaths = () => server.canaryHits().map((hit) => hit.path);
const watchOf = (target: Page) => target.evaluate(() => (window as unknown as { __e2eWatch: Watch }).__e2eWatch);
/**
 * Firefox runs no BiDi preload script in extension documents: there the hook is installed once the
 * popup has rendered (idempotent; in Chromium it is there from the first byte). What could run
 * before it is still seen by the scan, the `__pwned` counter and the canary requests.
 */
const watchPopup = (popup: Page) => popup.evaluate(WATCH);
const pwnedIn = (target: Page) => target.evaluate(() => Number((window as unknown as { __pwned?: number }).__pwned ?? 0));

/**
 * A run after load is the page's own when an event on one of the page's own elements (not in the
 * reader) ran a payload that had already run at load; anything else ran because of us.
 */
function notThePagesOwn(runs: Run[]): Run[] {
  const ranAtLoad = new Set(atLoad.runs.map((run) => run.id));
  return runs.filter((run) => !(run.event !== null && run.element !== null && run.shadowHost === null && ranAtLoad.has(run.id)));
}

beforeAll(async () => {
  server = await startSiteServer([PAGE]);
  browser = await launch(server);
  extensionHosts = await browser.extensionHosts();
  await browser.addInitScript(WATCH);
  browser.onDialog((dialog) => dialogs.push(dialog));
  extensionRequests = await browser.watchRequests();
  browser.onPageError((error) => pageErrors.push(error));
  ({ page, tabId } = await browser.openTab(PAGE.url));
  // The page's meta refreshes point at 204 responses, so it stays. Let its own loads settle.
  await page.waitForLoadState('networkidle');
  // Firefox fetches some of the page's media late (a poster after its video's source failed):
  // wait until the server has had no request for a second.
  let count = -1;
  let since = Date.now();
  await until(
    () => {
      if (server.hits.length !== count) [count, since] = [server.hits.length, Date.now()];
      return Date.now() - since >= 1_000;
    },
    "the page's own loads settle",
    20_000,
  );
  loaded = Date.now();
  atLoad = { runs: (await watchOf(page)).runs, canaries: canaryPaths(), pwned: await pwnedIn(page) };
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('security: a payload page (tests/support/xss-payloads.ts and our own canaries)', () => {
  it('serves the payload page as a live sedaily article: its own payloads run at load and are seen', () => {
    expect(page.url()).toBe(PAGE.url);
    const ids = new Set(atLoad.runs.map((run) => run.id));
    // Ours and the corpus's: the watch sees payloads run (so an extension-made copy would be seen too).
    expect(ids).toContain('img-onerror');
    expect(ids).toContain('body-onload');
    expect([...ids].filter((id) => Number(id) >= PAYLOAD_ID_BASE).length).toBeGreaterThan(10);
    expect(atLoad.pwned).toBeGreaterThan(0);
    expect(atLoad.canaries).toContain('/canary/iframe-src');
  });

  it('the ?tabId popup renders the article with no payload: no run, violation, canary or dangerous markup', async () => {
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    await watchPopup(popup);
    expect(await popup.getByTestId('article-title').textContent()).toBe(TITLE);
    // Most of the corpus reached the pipeline: its marker paragraphs are in the article.
    const body = (await popup.getByTestId('article-body').textContent()) ?? '';
    expect(body).toContain('금융당국이 가상자산 거래소의 보안 체계를 전면 점검한다.');
    expect(body.match(/시험 문단 \d+:/g)?.length).toBeGreaterThan(XSS_PAYLOADS.length / 2);
    // Let images, lazy loads and any surviving handler have their chance.
    await popup.waitForLoadState('networkidle');
    await popup.waitForTimeout(300);
    expect(await popup.evaluate<string[]>(POPUP_FINDINGS)).toEqual([]);
    const watch = await watchOf(popup);
    expect(watch.runs).toEqual([]);
    // Violations on rendered elements would be handlers that reached the popup's DOM. (Parse-time
    // reports from DOMPurify's inert documents have no connected element.)
    expect(watch.violations.filter((violation) => violation.connected)).toEqual([]);
    expect(await pwnedIn(popup)).toBe(0);
    await popup.close();
  });

  it('the reader opens and closes with no payload running in the reader or the page', async () => {
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    await page.bringToFront();
    await page.waitForTimeout(800);
    expect(await page.evaluate<string[]>(READER_FINDINGS)).toEqual([]);
    expect(await page.locator('declutter-reader [data-testid="article-body"]').textContent()).toContain(
      '금융당국이 가상자산 거래소의 보안 체계를',
    );
    await page.keyboard.press('Escape');
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    await page.waitForTimeout(300);
    await popup.close();

    const runs = (await watchOf(page)).runs.slice(atLoad.runs.length);
    expect(notThePagesOwn(runs)).toEqual([]);
    expect(await pwnedIn(page)).toBe(atLoad.pwned);
    // No canary request since load. One allowance, in Firefox only: it re-requests an image of the
    // page's own that failed at load (the payload page's <video poster>, answered 204) when the
    // scroll lock changes the root's overflow and the video's frame is rebuilt: the page's own
    // element, with the page's referer, for a URL it had requested itself.
    const pageOrigin = `${new URL(PAGE.url).origin}/`;
    const refetchedByPage = (hit: Hit) =>
      ENGINE === 'firefox' && atLoad.canaries.includes(hit.path) && hit.referer === pageOrigin;
    expect(
      server
        .canaryHits()
        .slice(atLoad.canaries.length)
        .filter((hit) => !refetchedByPage(hit))
        .map((hit) => hit.path),
    ).toEqual([]);
    expect(dialogs.filter((dialog) => dialog.at >= loaded)).toEqual([]);
    expect(page.url()).toBe(PAGE.url);
  });

  it('extension pages requested only the extension and the local server, never a canary, and threw nothing', async () => {
    // The options page and the background at work too: a setting changed, the reader toggled
    // by the content script's message (the keyboard command's and context menu's path).
    const options = await browser.openExtensionPage('/options.html');
    await options.locator('[data-name="theme"][data-value="sepia"]').click();
    await options.locator('[data-name="theme"][data-value="auto"]').click();
    await options.close();
    for (const open of [true, false]) {
      await browser.extension(
        ([id, value]) =>
          chrome.tabs.sendMessage(id, { id: 0, type: 'toggleReader', data: { open: value }, timestamp: Date.now() }),
        [tabId, open] as const,
      );
    }
    // Every request made by an extension page or the background (the driver's watcher); `network`
    // is those that leave the extension's own files.
    const fromExtension = await extensionRequests.requests();
    const network = await extensionRequests.network();
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(network.filter((request) => !isLocalRequest(request.url, server, extensionHosts))).toEqual([]);
    expect(fromExtension.filter((request) => request.url.includes('/canary/'))).toEqual([]);
    expect(pageErrors.filter((error) => error.url.startsWith(extensionOrigin()))).toEqual([]);
    // Per context: the background and the options page sent nothing over the network, the
    // popup only GETs of photos.
    expect(network.filter((request) => request.from !== 'popup')).toEqual([]);
    expect(network.filter((request) => request.resourceType !== 'image' || request.method !== 'GET')).toEqual([]);
    // Firefox sends every request through the site server as a proxy: none asked for another host
    // (but Firefox's own services, which no pref here fully silences: firefox/launch.ts).
    expect(server.refused.filter((target) => !isFirefoxServiceRequest(target))).toEqual([]);
    // The watcher saw the options page at work: its own files (Chromium; Firefox's Resource Timing
    // has no entries for moz-extension:// files), and, in both, a photo planted in it afterwards.
    if (ENGINE === 'chromium') expect(fromExtension.some((request) => request.from === 'options')).toBe(true);
    const planted = await browser.openExtensionPage('/options.html');
    await planted.evaluate(() => {
      const probe = new Image();
      probe.src = 'https://www.sedaily.com/photo/options-watch-probe.jpg';
      return probe.decode().catch(() => {});
    });
    await until(
      async () =>
        (await extensionRequests.requests()).some(
          (request) => request.from === 'options' && request.url.endsWith('/options-watch-probe.jpg'),
        ),
      'the options probe is seen',
    );
    await planted.close();
  });

  it('the watchers are live: a handler planted in the popup and one planted in the reader are caught', async () => {
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    await watchPopup(popup);
    await popup.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'alert("planted-popup")');
      img.src = 'https://www.sedaily.com/canary/planted-popup.gif';
      document.querySelector('[data-testid="article-body"]')!.append(img);
    });
    await until(
      async () => (await watchOf(popup)).violations.some((violation) => violation.connected),
      'the planted handler is refused',
    );
    expect((await popup.evaluate<string[]>(POPUP_FINDINGS)).length).toBeGreaterThan(0);
    await until(
      async () => (await extensionRequests.requests()).some((request) => request.url.includes('/canary/planted-popup.gif')),
      'the planted request is seen',
    );

    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-body"]').waitFor({ timeout: 10_000 });
    const before = (await watchOf(page)).runs.length;
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'alert("planted-reader")');
      img.src = '/photo/planted-reader-missing';
      document.querySelector('declutter-reader')!.shadowRoot!.querySelector('[data-testid="article-body"]')!.append(img);
    });
    await until(async () => (await watchOf(page)).runs.length > before, 'the planted handler runs');
    const planted = (await watchOf(page)).runs.slice(before);
    expect(planted.map((run) => run.id)).toEqual(['planted-reader']);
    expect(notThePagesOwn(planted)).toEqual(planted);
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    await popup.close();
  });

  it('a page that forges WXT\'s "newer copy started" event only stops that copy: the page is restored, the next request works', async () => {
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    // The event name carries the extension's id, public for a store extension. A page can send it.
    const runtimeId = await browser.extension(() => chrome.runtime.id);
    await page.evaluate((id) => {
      document.dispatchEvent(
        new CustomEvent(`${id}:reader:wxt:content-script-started`, {
          detail: { contentScriptName: 'reader', messageId: 'forged' },
        }),
      );
    }, runtimeId);
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 5_000 });
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    // The popup finds no receiver, injects a fresh loader, and the reader opens again.
    await popup.reload();
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    await popup.close();
  });
});
