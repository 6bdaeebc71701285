/**
 * Page integrity over many reader cycles, in Chromium, with what only DevTools can count (the
 * page-level checks run in both browsers in page-integrity.test.ts): a sedaily article whose own script
 * registers listeners and observers (so the probes provably see the page's), with focus on its
 * search box and a scroll offset. The reader is opened 100 times through the content script's
 * `toggleReader` message (what the popup, the keyboard command and the context menu send) and
 * closed alternately by message and by a real Esc key. Afterwards:
 *  - the serialised DOM (SHA-256 of <html>'s outerHTML), scrollX/Y, history length and the focused
 *    element are what they were before the first cycle;
 *  - the event listeners on window, document, <html>, <body> and `navigation` are the same, in the
 *    page's main world and in the extension's isolated world (CDP DOMDebugger.getEventListeners
 *    sees a world's own listeners only);
 *  - after a forced GC, the isolated world holds no observer at all and as many AbortControllers
 *    after 100 cycles as after the first of each kind (close by message, close by Esc); its
 *    HTMLElement wrappers and Functions do not grow with the cycles (at most SLACK more: wrapper
 *    collection is not deterministic, a leak of one per cycle would be 98 more). Counted with CDP
 *    Runtime.queryObjects and each class's prototype from that world. The main world holds what
 *    it held before;
 *  - the page received no `message` event from us.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { watchConsole } from './chromium/console-watch';
import { launchWithExtension, type Launched } from './chromium/launch';
import { findTabId } from './chromium/tabs';
import type { ConsoleWatch } from './driver/driver';
import { BASE, PAGE } from './integrity-page';
import { startSiteServer, type SiteServer } from './site-server';

declare const chrome: typeof import('wxt/browser').browser;

const CYCLES = 100;
/** Tolerance for counts the GC does not settle exactly (see above). */
const SLACK = 20;

/** Listener targets, as expressions evaluated in a world. */
const TARGETS = ['window', 'document', 'document.documentElement', 'document.body', 'globalThis.navigation'];
const CLASSES = ['MutationObserver', 'IntersectionObserver', 'ResizeObserver', 'AbortController', 'HTMLElement', 'Function'];

let server: SiteServer;
let browser: Launched;
let page: Page;
let tabId: number;
let cdp: CDPSession;
let messages: ConsoleWatch;
/** Execution contexts of the top frame: the page's main world and the extension's isolated world. */
const worlds = { main: 0, extension: 0 };

beforeAll(async () => {
  server = await startSiteServer([PAGE]);
  browser = await launchWithExtension(server);
  page = await browser.context.newPage();
  messages = await watchConsole(browser, page);
  cdp = await browser.context.newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  type Context = { id: number; origin: string; auxData?: { frameId?: string; type?: string; isDefault?: boolean } };
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: Context }) => {
    if (context.auxData?.frameId !== frameTree.frame.id) return;
    if (context.auxData.isDefault) worlds.main = context.id;
    else if (context.origin === `chrome-extension://${browser.extensionId}`) worlds.extension = context.id;
  });
  await cdp.send('Runtime.enable');
  await page.goto(PAGE.url, { waitUntil: 'load' });
  tabId = await findTabId(browser.worker, PAGE.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function evaluateIn(world: number, expression: string): Promise<string | null> {
  const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId: world, objectGroup: 'integrity' })) as {
    result: { objectId?: string };
  };
  return result.objectId ?? null;
}

/** Each target's listeners as registered in `world`: type, phase, and where the handler is. */
async function listenersIn(world: number): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const target of TARGETS) {
    const objectId = await evaluateIn(world, target);
    if (!objectId) continue;
    const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId, depth: 0 })) as {
      listeners: {
        type: string;
        useCapture: boolean;
        passive: boolean;
        once: boolean;
        scriptId: string;
        lineNumber: number;
        columnNumber: number;
      }[];
    };
    found[target] = listeners
      .map(
        (l) =>
          `${l.type}${l.useCapture ? ' capture' : ''}${l.passive ? ' passive' : ''}${l.once ? ' once' : ''} @${l.scriptId}:${l.lineNumber}:${l.columnNumber}`,
      )
      .sort();
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'integrity' });
  return found;
}

/** Live objects per class in `world`, after a full garbage collection. */
async function objectCounts(world: number): Promise<Record<string, number>> {
  await cdp.send('HeapProfiler.collectGarbage');
  const counts: Record<string, number> = {};
  for (const name of CLASSES) {
    const prototype = await evaluateIn(world, `${name}.prototype`);
    if (!prototype) throw new Error(`No ${name} in that world.`);
    const { objects } = (await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype, objectGroup: 'integrity' })) as {
      objects: { objectId: string };
    };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    })) as { result: { value: number } };
    counts[name] = result.value;
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'integrity' });
  }
  return counts;
}

/** What must survive: DOM hash, scroll position, history, focus, the page's received messages. */
async function pageState() {
  const state = await page.evaluate(() => {
    const active = document.activeElement;
    return {
      html: document.documentElement.outerHTML,
      x: window.scrollX,
      y: window.scrollY,
      history: history.length,
      url: location.href,
      focus: active ? `${active.localName}[name=${active.getAttribute('name')}]` : null,
      focusIsSearch: active === document.querySelector('input[name="query"]'),
      messages: (window as unknown as { __messages: string[] }).__messages.slice(),
    };
  });
  const { html, ...rest } = state;
  return { hash: createHash('sha256').update(html).digest('hex'), length: html.length, ...rest };
}

/** The content script's toggleReader, as the popup and the commands send it. */
function toggleReader(open: boolean): Promise<{ open: boolean }> {
  return browser.worker.evaluate(
    async ([id, value]) => {
      const reply = (await chrome.tabs.sendMessage(id, {
        id: 0,
        type: 'toggleReader',
        data: { open: value },
        timestamp: Date.now(),
      })) as {
        res?: { open: boolean };
        err?: unknown;
      };
      if (!reply?.res) throw new Error(`toggleReader failed: ${JSON.stringify(reply)}`);
      return reply.res;
    },
    [tabId, open] as const,
  );
}

/** Lets the reader's effects run (focus moves into it; the section tracker subscribes). */
const nextFrame = () => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));

async function cycle(index: number): Promise<void> {
  expect(await toggleReader(true)).toMatchObject({ open: true });
  await nextFrame();
  if (index % 10 === 0) {
    expect(await page.locator('declutter-reader [data-testid="article-title"]').textContent()).toBe(BASE.expected.title);
  }
  if (index % 2 === 0) {
    expect(await toggleReader(false)).toMatchObject({ open: false });
  } else {
    // Focus is inside the reader now: Esc reaches its own handler.
    await page.keyboard.press('Escape');
  }
  if (await page.locator('declutter-reader').count()) await page.locator('declutter-reader').waitFor({ state: 'detached' });
}

describe(`page integrity after ${CYCLES} reader open/close cycles`, () => {
  it('leaves DOM, scroll, focus, listeners and observers as they were', async () => {
    await page.bringToFront();
    await page.evaluate(() => {
      document.querySelector<HTMLInputElement>('input[name="query"]')!.focus({ preventScroll: true });
      window.scrollTo(0, 900);
    });
    // The content script is there (sedaily) but the reader app is not loaded yet.
    expect(worlds.extension).toBeGreaterThan(0);
    const before = await pageState();
    expect(before.y).toBe(900);
    expect(before.focusIsSearch).toBe(true);
    const listenersBefore = { main: await listenersIn(worlds.main), extension: await listenersIn(worlds.extension) };
    // The probes see the page's own listeners, and the loader's (WXT's location watcher, its
    // newer-copy event): a missing listener would be noticed, not only an extra one.
    expect(listenersBefore.main.window!.length).toBeGreaterThanOrEqual(3);
    expect(Object.values(listenersBefore.extension).flat().length).toBeGreaterThan(0);
    const mainObjectsBefore = await objectCounts(worlds.main);
    expect(mainObjectsBefore).toMatchObject({ MutationObserver: 1, ResizeObserver: 1, IntersectionObserver: 1 });

    // One cycle of each kind: the app is loaded, and both ways of closing have run once.
    await cycle(0);
    await cycle(1);
    const first = { state: await pageState(), extension: await objectCounts(worlds.extension) };
    expect(first.state).toEqual(before);
    for (let index = 2; index < CYCLES; index++) await cycle(index);

    const after = await pageState();
    expect(after).toEqual(before);
    expect({ main: await listenersIn(worlds.main), extension: await listenersIn(worlds.extension) }).toEqual(listenersBefore);
    const extension = await objectCounts(worlds.extension);
    expect(extension).toMatchObject({
      MutationObserver: 0,
      IntersectionObserver: 0,
      ResizeObserver: 0,
      AbortController: first.extension.AbortController,
    });
    expect(extension.HTMLElement).toBeLessThanOrEqual(first.extension.HTMLElement! + SLACK);
    expect(extension.Function).toBeLessThanOrEqual(first.extension.Function! + SLACK);
    expect(await objectCounts(worlds.main)).toEqual(mainObjectsBefore);
    expect(messages.fromExtension()).toEqual([]);
    expect(messages.pageErrors).toEqual([]);
  }, 60_000);
});
