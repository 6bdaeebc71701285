/**
 * Security in real Chromium: a sedaily article page (the site-rule path) carrying the XSS corpus of
 * tests/unit/xss-payloads.ts plus payloads of our own (event handlers, `javascript:` links, SVG and
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
 * server, never to a canary; per context, the service worker and the options page send nothing
 * over the network and the popup only GETs photos (audit.test.ts shows the watcher sees each).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialog, Page } from 'playwright-core';
import { XSS_PAYLOADS } from '../unit/xss-payloads';
import {
  attachRealPopup,
  isLocalRequest,
  launchWithExtension,
  loadE2ePage,
  openPopup,
  openTab,
  startSiteServer,
  until,
  watchExtensionRequests,
  watchExtensionWorld,
  type ExtensionWorld,
  type RequestWatch,
  type Launched,
  type RealPopup,
  type SiteServer,
} from './harness';

declare const chrome: typeof import('wxt/browser').browser;

/** Payloads that swallow the rest of the document go last, after the article's closing paragraphs. */
const TAIL = new Set(['plaintext', 'unclosed tag', 'unclosed attribute quote']);
/** Corpus payload n calls alert(PAYLOAD_ID_BASE + n) instead of alert(1). */
const PAYLOAD_ID_BASE = 1000;

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function renderPayloads(html: string): string {
  const blocks = XSS_PAYLOADS.map((payload, index) => {
    const id = PAYLOAD_ID_BASE + index;
    const numbered = payload.html.replace(/alert\(1\)/g, `alert(${id})`).replace(/alert`1`/g, `alert\`${id}\``);
    return {
      tail: TAIL.has(payload.name),
      html: `<div class="payload" data-payload="${escapeAttr(payload.name)}">${numbered}</div>\n시험 문단 ${index + 1}: 보안 점검 대상 거래소는 모두 ${index + 20}곳이다.<br><br>\n`,
    };
  });
  return html
    .replace('<!-- XSS_PAYLOADS -->', blocks.filter((block) => !block.tail).map((block) => block.html).join(''))
    .replace('<!-- XSS_TAIL -->', blocks.filter((block) => block.tail).map((block) => block.html).join(''));
}

const PAGE = loadE2ePage('payloads', renderPayloads);
const TITLE = '가상자산 거래소 보안 점검 강화…해킹 피해 막는다';

/**
 * Installed in every document and frame before its first script (the page, its iframes, extension
 * pages): dialogs become records of which payload ran, from which event and element; CSP
 * violations are recorded with their element and whether it was connected (rendered).
 */
const WATCH = `(() => {
  if (window.__e2eWatch) return;
  const watch = (window.__e2eWatch = { runs: [], violations: [] });
  let sink = watch;
  try { if (window.top !== window && window.top.__e2eWatch) sink = window.top.__e2eWatch; } catch {}
  const describe = (node) => (node && node.nodeType === 1 ? node.outerHTML.slice(0, 160) : node ? node.nodeName : null);
  const hostOf = (node) => {
    const root = node && node.getRootNode ? node.getRootNode() : null;
    return root instanceof ShadowRoot ? root.host.localName : null;
  };
  const record = (kind, arg) => {
    const event = window.event;
    const origin = event && event.composedPath ? event.composedPath()[0] : null;
    sink.runs.push({ kind, id: String(arg), event: event ? event.type : null, element: describe(origin), shadowHost: hostOf(origin), frame: location.href });
  };
  for (const kind of ['alert', 'confirm', 'prompt']) {
    window[kind] = function (arg) { record(kind, arg); return null; };
  }
  addEventListener('securitypolicyviolation', (event) => {
    const origin = event.composedPath()[0];
    watch.violations.push({
      directive: event.violatedDirective,
      element: describe(origin),
      connected: Boolean(origin && origin.nodeType === 1 && origin.isConnected),
      shadowHost: hostOf(origin),
    });
  }, true);
})();`;

interface Run {
  kind: string;
  id: string;
  event: string | null;
  element: string | null;
  shadowHost: string | null;
  frame: string;
}
interface Violation {
  directive: string;
  element: string | null;
  connected: boolean;
  shadowHost: string | null;
}
type Watch = { runs: Run[]; violations: Violation[] };

/**
 * Dangerous leftovers in a rendered subtree: handler attributes and script or canary URLs anywhere
 * (our UI sets none), and, inside the article itself, elements that load, navigate, submit or run.
 */
const SCAN = `(root) => {
  if (!root) return ['nothing rendered'];
  const found = [];
  const article = root.querySelector('.dc-article');
  if (!article) found.push('no article rendered');
  const BAD_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
    'select', 'textarea', 'base', 'meta', 'link', 'style', 'portal', 'template', 'noscript', 'svg', 'math', 'video', 'audio',
    'source', 'dialog', 'details', 'marquee']);
  const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background',
    'cite', 'ping', 'srcdoc', 'values', 'to', 'from']);
  const compact = (value) => value.replace(/[\\u0000-\\u0020\\u00a0]/g, '').toLowerCase();
  for (const el of root.querySelectorAll('*')) {
    if (article && article.contains(el) && BAD_TAGS.has(el.localName)) found.push('<' + el.localName + '>');
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(el.localName + '[' + name + ']');
      if (name === 'style' && /url\\(|expression|@import/i.test(attr.value)) found.push(el.localName + '[style=' + attr.value + ']');
      if (URL_ATTRS.has(name) && /^(javascript|vbscript|data:text|data:application|livescript)|canary/.test(compact(attr.value))) {
        found.push(el.localName + '[' + name + '=' + attr.value.slice(0, 60) + ']');
      }
    }
  }
  return found;
}`;

const POPUP_FINDINGS = `(${SCAN})(document.querySelector('.popup'))`;
/** The reader's rendered tree inside its shadow root (not WXT's <style> beside it). */
const READER_FINDINGS = `(${SCAN})(document.querySelector('declutter-reader')?.shadowRoot?.querySelector('.dc-reader'))`;

let server: SiteServer;
let browser: Launched;
let page: Page;
let tabId: number;
let world: ExtensionWorld;
let extensionRequests: RequestWatch;
const dialogs: { url: string; message: string; at: number }[] = [];
const pageErrors: { url: string; message: string }[] = [];
let loaded = 0;
let atLoad: { runs: Run[]; canaries: string[]; pwned: number } = { runs: [], canaries: [], pwned: 0 };

const extensionOrigin = () => `chrome-extension://${browser.extensionId}/`;
const canaryPaths = () => server.canaryHits().map((hit) => hit.path);
const watchOf = (target: Page) => target.evaluate(() => (window as unknown as { __e2eWatch: Watch }).__e2eWatch);
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
  browser = await launchWithExtension(server);
  await browser.context.addInitScript({ content: WATCH });
  browser.context.on('dialog', (dialog: Dialog) => {
    dialogs.push({ url: dialog.page()?.url() ?? 'unknown', message: dialog.message(), at: Date.now() });
    void dialog.dismiss().catch(() => {});
  });
  extensionRequests = await watchExtensionRequests(browser);
  browser.context.on('weberror', (error) => pageErrors.push({ url: error.page()?.url() ?? 'unknown', message: String(error.error()) }));
  ({ page, tabId } = await openTab(browser, PAGE.url, async (target) => {
    world = await watchExtensionWorld(browser, target);
  }));
  // The page's meta refreshes point at 204 responses, so it stays. Let its own loads settle.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  loaded = Date.now();
  atLoad = { runs: (await watchOf(page)).runs, canaries: canaryPaths(), pwned: await pwnedIn(page) };
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('security: a payload page (tests/unit/xss-payloads.ts and our own canaries)', () => {
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
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
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
    expect(realRequests.filter((url) => !isLocalRequest(url, server, browser.extensionId) || url.includes('/canary/'))).toEqual([]);
    await real.close();
  });

  it('the reader opens and closes with no payload running in the reader or the page', async () => {
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    await page.bringToFront();
    await page.waitForTimeout(800);
    expect(await page.evaluate<string[]>(READER_FINDINGS)).toEqual([]);
    expect(await page.locator('declutter-reader [data-testid="article-body"]').textContent()).toContain('금융당국이 가상자산 거래소의 보안 체계를');
    await page.keyboard.press('Escape');
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    await page.waitForTimeout(300);
    await popup.close();

    const runs = (await watchOf(page)).runs.slice(atLoad.runs.length);
    expect(notThePagesOwn(runs)).toEqual([]);
    expect(await pwnedIn(page)).toBe(atLoad.pwned);
    expect(canaryPaths()).toEqual(atLoad.canaries);
    expect(dialogs.filter((dialog) => dialog.at >= loaded)).toEqual([]);
    expect(await world.evaluate<string>('typeof globalThis.__pwned')).toBe('undefined');
    expect(page.url()).toBe(PAGE.url);
  });

  it('extension pages requested only the extension and the local server, never a canary, and threw nothing', async () => {
    // The options page and the service worker at work too: a setting changed, the reader toggled
    // by the content script's message (the keyboard command's and context menu's path).
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-name="theme"][data-value="sepia"]').click();
    await options.locator('[data-name="theme"][data-value="auto"]').click();
    await options.close();
    for (const open of [true, false]) {
      await browser.worker.evaluate(
        ([id, value]) => chrome.tabs.sendMessage(id, { id: 0, type: 'toggleReader', data: { open: value }, timestamp: Date.now() }),
        [tabId, open] as const,
      );
    }
    // Every request made by an extension page or the service worker (harness watcher); `network`
    // is those that leave the extension's own files.
    const fromExtension = extensionRequests.requests;
    const network = extensionRequests.network();
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(network.filter((request) => !isLocalRequest(request.url, server, browser.extensionId))).toEqual([]);
    expect(fromExtension.filter((request) => request.url.includes('/canary/'))).toEqual([]);
    expect(pageErrors.filter((error) => error.url.startsWith(extensionOrigin()))).toEqual([]);
    // Per context: the service worker and the options page sent nothing over the network, the
    // popup only GETs of photos.
    expect(network.filter((request) => request.from !== 'popup')).toEqual([]);
    expect(network.filter((request) => request.resourceType !== 'image' || request.method !== 'GET')).toEqual([]);
    expect(extensionRequests.requests.some((request) => request.from === 'options')).toBe(true);
  });

  it('the watchers are live: a handler planted in the popup and one planted in the reader are caught', async () => {
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    await popup.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'alert("planted-popup")');
      img.src = 'https://www.sedaily.com/canary/planted-popup.gif';
      document.querySelector('[data-testid="article-body"]')!.append(img);
    });
    await until(async () => (await watchOf(popup)).violations.some((violation) => violation.connected), 'the planted handler is refused');
    expect((await popup.evaluate<string[]>(POPUP_FINDINGS)).length).toBeGreaterThan(0);
    await until(() => extensionRequests.requests.some((request) => request.url.includes('/canary/planted-popup.gif')), 'the planted request is seen');

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
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    // The event name carries the extension's id, public for a store extension. A page can send it.
    await page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:reader:wxt:content-script-started`, { detail: { contentScriptName: 'reader', messageId: 'forged' } }));
    }, browser.extensionId);
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
