/**
 * The popup does not leave anything behind when it closes, in real Chromium: a sedaily article
 * tab, and the popup (`popup.html?tabId=N`) opened on it and closed again OPENS times, each time
 * until the article is shown (the cached answer after the first). Counted after open WARM and after
 * the last open, after a forced GC each time (counts, never times: the bench reports the trend):
 *  - in the article tab's renderer: DOM event listeners and nodes, exactly; in the extension's
 *    isolated world there (content script and reader app), live Functions and Promises, within
 *    SLACK (a leak of one per open would be OPENS − WARM more);
 *  - in the extension's own renderer, where every popup runs: documents, nodes and event listeners
 *    once the closed popups are collected, read from a long-lived extension page.
 * (The service worker takes no part in a popup's getArticle: tabs.sendMessage goes to the tab.)
 * Chromium only: the counts need CDP (`Runtime.queryObjects`, `Memory.getDOMCounters`, GC).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './chromium/launch';
import { openPopup, openTab } from './chromium/tabs';
import { getArticle } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';

const FIXTURE = getArticle('sedaily-desktop-2025-alibaba');
const OPENS = 25;
const WARM = 5;
/** GC does not settle every closure exactly; one leaked per open would be 20 more. */
const SLACK = 10;

let server: SiteServer;
let browser: Launched;
let tab: Page;
let tabId: number;
let tabCdp: CDPSession;
let probeCdp: CDPSession;
let isolatedWorld = 0;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launchWithExtension(server);
  ({ page: tab, tabId } = await openTab(browser, FIXTURE.url));
  tabCdp = await browser.context.newCDPSession(tab);
  tabCdp.on(
    'Runtime.executionContextCreated',
    ({ context }: { context: { id: number; origin: string; auxData?: { type?: string } } }) => {
      if (context.origin === `chrome-extension://${browser.extensionId}` && context.auxData?.type === 'isolated')
        isolatedWorld = context.id;
    },
  );
  await tabCdp.send('Runtime.enable');
  // Any extension page lives in the extension's renderer with the popups: it reads that process.
  const probe = await browser.context.newPage();
  await probe.goto(`chrome-extension://${browser.extensionId}/options.html`);
  probeCdp = await browser.context.newCDPSession(probe);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function domCounters(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
}

/** Live objects of `name` in the tab's isolated world, after a GC. */
async function liveObjects(name: string): Promise<number> {
  await tabCdp.send('HeapProfiler.collectGarbage');
  const { result } = (await tabCdp.send('Runtime.evaluate', {
    expression: `${name}.prototype`,
    contextId: isolatedWorld,
    objectGroup: 'trend',
  })) as {
    result: { objectId: string };
  };
  const { objects } = (await tabCdp.send('Runtime.queryObjects', {
    prototypeObjectId: result.objectId,
    objectGroup: 'trend',
  })) as {
    objects: { objectId: string };
  };
  const { result: count } = (await tabCdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  })) as { result: { value: number } };
  await tabCdp.send('Runtime.releaseObjectGroup', { objectGroup: 'trend' });
  return count.value;
}

async function snapshot() {
  return {
    tab: await domCounters(tabCdp),
    functions: await liveObjects('Function'),
    promises: await liveObjects('Promise'),
    extension: await domCounters(probeCdp),
  };
}

async function openAndClose(): Promise<void> {
  const popup = await openPopup(browser, tabId);
  await popup.getByTestId('article-body').filter({ hasText: /\S/ }).waitFor({ timeout: 20_000 });
  expect(await popup.getByTestId('article-title').textContent()).toBe(FIXTURE.expected.title);
  await popup.close();
}

describe(`the popup opened ${OPENS} times on one article`, () => {
  it('leaves nothing growing in the tab or in the extension process', async () => {
    for (let open = 1; open <= WARM; open++) await openAndClose();
    expect(isolatedWorld, 'the content script ran in the tab').not.toBe(0);
    const before = await snapshot();
    for (let open = WARM + 1; open <= OPENS; open++) await openAndClose();
    const after = await snapshot();

    expect(after.tab.jsEventListeners, 'listeners in the article tab').toBe(before.tab.jsEventListeners);
    expect(after.tab.nodes, 'DOM nodes in the article tab').toBe(before.tab.nodes);
    expect(
      after.functions - before.functions,
      `Functions in the isolated world (${before.functions} → ${after.functions})`,
    ).toBeLessThanOrEqual(SLACK);
    expect(
      after.promises - before.promises,
      `Promises in the isolated world (${before.promises} → ${after.promises})`,
    ).toBeLessThanOrEqual(SLACK);
    expect(after.extension.documents, 'documents in the extension process (closed popups collected)').toBe(
      before.extension.documents,
    );
    expect(after.extension.jsEventListeners, 'listeners in the extension process').toBe(before.extension.jsEventListeners);
    expect(after.extension.nodes, 'DOM nodes in the extension process').toBe(before.extension.nodes);
  });
});
