/**
 * Tabs as the extension sees them, through the service worker: a tab's id, a new tab and its id,
 * `popup.html?tabId=N`, and whether a tab's content script answers.
 */
import type { Page, Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import type { Launched } from './launch';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: WxtBrowser;
/** The tab id of the page showing `url` (through the service worker: the product exposes nothing). */
export async function findTabId(worker: Worker, url: string): Promise<number> {
  const tabs = await worker.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((candidate) => candidate.url === url);
  if (tab?.id === undefined) throw new Error(`No tab for ${url}: ${tabs.map((candidate) => candidate.url).join(', ')}`);
  return tab.id;
}

/** Ids of all tabs, to find a tab whose URL the extension may not read (no host permission). */
export function tabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(() => chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id!)));
}

/** Opens `url` in a new tab and returns the page and its tab id (found as the new tab). */
export async function openTab(
  launched: Launched,
  url: string,
  watch?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; tabId: number }> {
  const before = await tabIds(launched.worker);
  const page = await launched.context.newPage();
  await watch?.(page);
  await page.goto(url, { waitUntil: 'load' });
  const after = await tabIds(launched.worker);
  const tabId = after.find((id) => !before.includes(id));
  if (tabId === undefined) throw new Error(`No new tab for ${url}.`);
  return { page, tabId };
}

export async function openPopup(launched: Launched, tabId: number): Promise<Page> {
  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 780, height: 580 });
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * Asks the tab's content script for its reader state the way the popup does (a runtime message in
 * the product's protocol, sent by the service worker). Null when no content script answers.
 */
export async function askContentScript(worker: Worker, tabId: number): Promise<{ open: boolean; url: string } | null> {
  const answer = await worker.evaluate(async (id) => {
    try {
      const reply = (await chrome.tabs.sendMessage(id, {
        id: 0,
        type: 'readerState',
        data: undefined,
        timestamp: Date.now(),
      })) as { res?: { open: boolean; url: string } } | undefined;
      return { ok: true as const, state: reply?.res ?? null };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, tabId);
  if (answer.ok) return answer.state;
  if (/receiving end does not exist|could not establish connection/i.test(answer.message)) return null;
  throw new Error(`Unexpected messaging error: ${answer.message}`);
}
