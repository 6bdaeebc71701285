/**
 * The driver in Debian's Firefox ESR: puppeteer-core over WebDriver BiDi (firefox/launch.ts).
 * Extension API calls run in the MV2 background page itself: a probe tab (the extension's inert
 * extraction page, opened at the top level) asks runtime.getBackgroundPage() and calls through
 * that window's `browser`, so what the Chromium driver does in the service worker happens in the
 * background page here. BiDi sees web pages, not the extension's own documents: their requests
 * come from their Resource Timing (firefox/extension-requests.ts), and the proxy refuses and
 * records any request for an unserved host, whoever made it.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { bidiTab } from '../firefox/bidi-tab';
import { logExtensionRequests, type ExtensionRequestLog } from '../firefox/extension-requests';
import { EXTENSION_UUID, launchFirefox } from '../firefox/launch';
import type { SiteServer } from '../site-server';
import { until } from '../until';
import type { ConsoleEntry, ConsoleWatch, Dialog, E2eBrowser, ExtensionRequest, LaunchOptions } from './driver';
import type { Tab } from './tab';

const ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** The probe tab: an extension page with no UI and no work of its own at the top level. */
const PROBE = `${ORIGIN}/extract-frame.html#e2e-probe`;

function kindOf(sourceUrl: string): ExtensionRequest['from'] | null {
  if (!sourceUrl.startsWith(`${ORIGIN}/`)) return null;
  const path = new URL(sourceUrl).pathname;
  if (path === '/_generated_background_page.html') return 'background';
  if (path === '/popup.html') return 'popup';
  if (path === '/options.html') return 'options';
  if (path === '/extract-frame.html') return 'extract-frame';
  return 'other-extension-page';
}

const isCspReport = (message: string) => message.startsWith('Content-Security-Policy:');

/** Runs `fn(arg)` in the background page, from the probe tab; JSON values in and out. */
function backgroundCall(fn: (arg: never) => unknown, arg: unknown): string {
  return `(async () => {
    const background = await globalThis.browser.runtime.getBackgroundPage();
    const chrome = background.browser;
    const value = await (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)});
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  })()`;
}

export async function launchFirefoxDriver(server: SiteServer, options: LaunchOptions): Promise<E2eBrowser> {
  const launched = await launchFirefox(server, options);
  const { browser } = launched;
  const tabs = new Map<Page, Tab>();
  let log: ExtensionRequestLog | null = null;
  const initScripts: string[] = [];
  const dialogListeners: ((dialog: Dialog) => void)[] = [];
  const errorListeners: ((error: { url: string; message: string }) => void)[] = [];

  const tabOf = (page: Page): Tab => {
    let tab = tabs.get(page);
    if (!tab) {
      tab = bidiTab(page);
      // A closing extension page takes its Resource Timing entries with it: read them first.
      const close = tab.close;
      tab.close = async () => {
        await log?.collect();
        await close();
      };
      tabs.set(page, tab);
      page.once('close', () => tabs.delete(page));
    }
    return tab;
  };
  const pageOf = (tab: Tab): Page => {
    for (const [page, candidate] of tabs) if (candidate === tab) return page;
    throw new Error('Not a tab of this Firefox.');
  };

  /** Every tab the tests open gets the init scripts, the dialog handler and the request watchers. */
  async function adopt(page: Page): Promise<Tab> {
    for (const source of initScripts) await page.evaluateOnNewDocument(source);
    page.on('dialog', (dialog) => {
      for (const listener of dialogListeners) listener({ url: page.url(), message: dialog.message(), at: Date.now() });
      void dialog.dismiss().catch(() => {});
    });
    page.on('pageerror', (error) => {
      if (isCspReport(error instanceof Error ? error.message : String(error))) return;
      for (const listener of errorListeners)
        listener({ url: page.url(), message: error instanceof Error ? error.message : String(error) });
    });
    return tabOf(page);
  }

  for (const page of await browser.pages()) await adopt(page);
  const probePage = await browser.newPage();
  const probe = tabOf(probePage);
  await probe.goto(PROBE);
  const extension = <R>(fn: (arg: never) => unknown, arg?: unknown) => probePage.evaluate(backgroundCall(fn, arg)) as Promise<R>;
  const tabIds = () => extension<number[]>(() => chrome.tabs.query({}).then((all) => all.map((tab) => tab.id!)));

  const newPage = async () => adopt(await browser.newPage());

  const driver: E2eBrowser = {
    engine: 'firefox',
    origin: ORIGIN,
    extensionHosts: async () => [EXTENSION_UUID],
    desktop: launched.desktop,
    newPage,
    pages: () => [...tabs.entries()].filter(([page]) => page !== probePage && !page.isClosed()).map(([, tab]) => tab),
    async openTab(url, watch) {
      const before = await tabIds();
      const page = await newPage();
      await watch?.(page);
      await page.goto(url, { waitUntil: 'load' });
      const tabId = (await tabIds()).find((id) => !before.includes(id));
      if (tabId === undefined) throw new Error(`No new tab for ${url}.`);
      return { page, tabId };
    },
    async waitForTab(match, options) {
      let found: Page | undefined;
      await until(
        async () => {
          for (const page of await browser.pages()) {
            if (page === probePage || page.isClosed()) continue;
            // page.url() stays about:blank for extension documents: ask the document itself.
            const url = await page.evaluate(() => location.href).catch(() => page.url());
            if (match(url)) {
              found = page;
              return true;
            }
          }
          return false;
        },
        'a tab the browser opened',
        options?.timeout,
      );
      return tabs.get(found!) ?? adopt(found!);
    },
    async openPopup(tabId) {
      const popup = await newPage();
      await popup.setViewportSize({ width: 780, height: 580 });
      await popup.goto(`${ORIGIN}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async openExtensionPage(path) {
      const page = await newPage();
      await page.goto(`${ORIGIN}${path}`);
      return page;
    },
    async findTabId(url) {
      const all = await extension<{ id: number; url?: string }[]>(() =>
        chrome.tabs.query({}).then((list) => list.map((tab) => ({ id: tab.id!, url: tab.url }))),
      );
      const tab = all.find((candidate) => candidate.url === url);
      if (!tab) throw new Error(`No tab for ${url}: ${all.map((candidate) => candidate.url).join(', ')}`);
      return tab.id;
    },
    tabIds,
    extension: extension as E2eBrowser['extension'],
    async askContentScript(tabId) {
      const answer = await extension<{ ok: boolean; state?: { open: boolean; url: string } | null; message?: string }>(
        async (id: number) => {
          try {
            const reply = (await chrome.tabs.sendMessage(id, {
              id: 0,
              type: 'readerState',
              data: undefined,
              timestamp: Date.now(),
            })) as { res?: { open: boolean; url: string } } | undefined;
            return { ok: true, state: reply?.res ?? null };
          } catch (error) {
            return { ok: false, message: error instanceof Error ? error.message : String(error) };
          }
        },
        tabId as never,
      );
      if (answer.ok) return answer.state ?? null;
      if (/receiving end does not exist|could not establish connection/i.test(answer.message ?? '')) return null;
      throw new Error(`Unexpected messaging error: ${answer.message}`);
    },
    // dom.events.testing.asyncClipboard (firefox/launch.ts) lets extension pages read it back.
    grantClipboard: async () => {},
    async readClipboard(page) {
      await page.bringToFront();
      // Bounded: a read Firefox would guard with a paste prompt never settles.
      return page.evaluate(() =>
        Promise.race([
          navigator.clipboard.readText(),
          new Promise<string>((_, fail) => setTimeout(() => fail(new Error('clipboard read timed out')), 5_000)),
        ]),
      );
    },
    async clearClipboard(page) {
      await page.bringToFront();
      await page.evaluate(() => navigator.clipboard.writeText(''));
    },
    async download(_page, trigger) {
      // Firefox saves into downloadDir (firefox/launch.ts): an empty placeholder and a `.part` file
      // first, the file complete once the `.part` is gone.
      const dir = launched.downloadDir;
      const before = new Set(readdirSync(dir));
      await trigger();
      let name = '';
      await until(() => {
        const now = readdirSync(dir);
        name = now.find((file) => !before.has(file) && !file.endsWith('.part')) ?? '';
        return name !== '' && !now.some((file) => file.endsWith('.part')) && statSync(join(dir, name)).size > 0;
      }, 'the download is complete');
      const text = readFileSync(join(dir, name), 'utf8');
      // Gone again, or Firefox would name the next file of that name `… (1).md`.
      rmSync(join(dir, name));
      return { name, text };
    },
    async pressKeys(page, ...combos) {
      if (!launched.desktop) throw new Error('Real key presses need a headful launch.');
      await page.bringToFront();
      launched.desktop.focusBrowser();
      launched.desktop.key(...combos);
    },
    async watchRequests() {
      log ??= logExtensionRequests(probePage, kindOf);
      await log.collect();
      const from = log.requests.length;
      const current = async () => {
        await log!.collect();
        return log!.requests.slice(from);
      };
      return {
        requests: current,
        network: async () => (await current()).filter((request) => !request.url.startsWith(`${ORIGIN}/`)),
      };
    },
    async watchConsole(tab) {
      const page = pageOf(tab);
      const entries: ConsoleEntry[] = [];
      const pageErrors: string[] = [];
      page.on('console', (message) => {
        entries.push({ kind: 'console', level: message.type(), text: message.text(), url: message.location()?.url ?? '' });
      });
      page.on('pageerror', (error) => {
        const message = error instanceof Error ? error.message : String(error);
        // Firefox logs a page's CSP refusals as JavaScript errors; they are log entries, not throws.
        if (isCspReport(message)) {
          entries.push({ kind: 'log', level: 'error', text: message, url: '' });
          return;
        }
        pageErrors.push(message);
        entries.push({
          kind: 'exception',
          level: 'error',
          text: message,
          url: error instanceof Error ? (error.stack ?? '') : '',
        });
      });
      const watch: ConsoleWatch = {
        entries,
        pageErrors,
        fromExtension: () =>
          entries.filter(
            (entry) =>
              (entry.kind === 'exception' || ['error', 'warning', 'warn', 'assert'].includes(entry.level)) &&
              (entry.url.includes(`${ORIGIN}/`) ||
                entry.text.includes(ORIGIN) ||
                /declutter|extension context/i.test(entry.text)),
          ),
      };
      return watch;
    },
    async addInitScript(source) {
      initScripts.push(source);
      for (const page of tabs.keys()) if (page !== probePage) await page.evaluateOnNewDocument(source);
    },
    onDialog(listener) {
      dialogListeners.push(listener);
    },
    onPageError(listener) {
      errorListeners.push(listener);
    },
    close: async () => {
      log?.stop();
      await launched.close();
    },
  };
  return driver;
}

/** The extension API of the background page, inside `extension()` callbacks. */
declare const chrome: typeof import('wxt/browser').browser;
