/**
 * Page integrity over repeated reader cycles, in both browsers: on the integrity page (its own
 * listeners, observers and a record of message events), with focus on its search box and a scroll
 * offset, the reader is opened CYCLES times through the content script's `toggleReader` message
 * (what the popup, the keyboard command and the context menu send) and closed alternately by
 * message and by a real Esc key. Afterwards the serialised DOM (SHA-256), scrollX/Y, history
 * length, URL and the focused element are what they were, the page received no message event
 * from us, and no error reached its console. (Listeners per world and live objects after GC, over
 * 100 cycles: integrity.chromium.test.ts, with DevTools.)
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type ConsoleWatch, type E2eBrowser } from './driver/driver';
import type { Tab } from './driver/tab';
import { BASE, PAGE } from './integrity-page';
import { startSiteServer, type SiteServer } from './site-server';

declare const chrome: typeof import('wxt/browser').browser;

const CYCLES = 20;

let server: SiteServer;
let browser: E2eBrowser;
let page: Tab;
let tabId: number;
let messages: ConsoleWatch;

beforeAll(async () => {
  server = await startSiteServer([PAGE]);
  browser = await launch(server);
  page = await browser.newPage();
  messages = await browser.watchConsole(page);
  await page.goto(PAGE.url, { waitUntil: 'load' });
  tabId = await browser.findTabId(PAGE.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pageState() {
  const { html, ...rest } = await page.evaluate(() => {
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
  return { hash: createHash('sha256').update(html).digest('hex'), length: html.length, ...rest };
}

function toggleReader(open: boolean): Promise<{ open: boolean }> {
  return browser.extension(
    async ([id, value]) => {
      const reply = (await chrome.tabs.sendMessage(id, {
        id: 0,
        type: 'toggleReader',
        data: { open: value },
        timestamp: Date.now(),
      })) as {
        res?: { open: boolean };
      };
      if (!reply?.res) throw new Error(`toggleReader failed: ${JSON.stringify(reply)}`);
      return reply.res;
    },
    [tabId, open] as const,
  );
}

describe(`page integrity after ${CYCLES} reader open/close cycles`, () => {
  it("leaves DOM, scroll, history, focus and the page's messages as they were", async () => {
    await page.bringToFront();
    await page.evaluate(() => {
      document.querySelector<HTMLInputElement>('input[name="query"]')!.focus({ preventScroll: true });
      window.scrollTo(0, 900);
    });
    const before = await pageState();
    expect(before.y).toBe(900);
    expect(before.focusIsSearch).toBe(true);
    for (let index = 0; index < CYCLES; index++) {
      expect(await toggleReader(true)).toMatchObject({ open: true });
      await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
      if (index % 5 === 0)
        expect(await page.locator('declutter-reader [data-testid="article-title"]').textContent()).toBe(BASE.expected.title);
      // While open, the page behind is locked and focus is inside the reader.
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('declutter-reader');
      if (index % 2 === 0) expect(await toggleReader(false)).toMatchObject({ open: false });
      else await page.keyboard.press('Escape');
      await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
      if (index === 1) expect(await pageState()).toEqual(before);
    }
    expect(await pageState()).toEqual(before);
    expect(messages.fromExtension()).toEqual([]);
    expect(messages.pageErrors).toEqual([]);
  }, 120_000);
});
