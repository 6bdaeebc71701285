/**
 * The driver in Debian's Chromium: playwright-core (chromium/launch.ts), the service worker for
 * extension API calls, CDP for the console. Playwright pages already are `Tab`s.
 */
import { readFileSync } from 'node:fs';
import type { Dialog as PlaywrightDialog, Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { watchConsole } from '../chromium/console-watch';
import { launchWithExtension } from '../chromium/launch';
import { watchExtensionRequests } from '../chromium/request-watch';
import { askContentScript, findTabId, openPopup, openTab, tabIds } from '../chromium/tabs';
import type { SiteServer } from '../site-server';
import { until } from '../until';
import type { E2eBrowser, LaunchOptions } from './driver';
import type { Tab } from './tab';

declare const chrome: WxtBrowser;

/** Playwright's Page has every member of Tab, with wider signatures. */
const asTab = (page: Page) => page as unknown as Tab;
const asPage = (tab: Tab) => tab as unknown as Page;

export async function launchChromiumDriver(server: SiteServer, options: LaunchOptions): Promise<E2eBrowser> {
  const launched = await launchWithExtension(server, options);
  const origin = `chrome-extension://${launched.extensionId}`;
  return {
    engine: 'chromium',
    origin,
    async extensionHosts() {
      // The extraction frame's web-accessible URL uses a per-session dynamic host.
      const frame = await launched.worker.evaluate(() => chrome.runtime.getURL('/extract-frame.html'));
      return [launched.extensionId, new URL(frame).host];
    },
    desktop: launched.desktop,
    newPage: async () => asTab(await launched.context.newPage()),
    pages: () => launched.context.pages().map(asTab),
    async openTab(url, watch) {
      const { page, tabId } = await openTab(launched, url, watch ? (target) => watch(asTab(target)) : undefined);
      return { page: asTab(page), tabId };
    },
    async waitForTab(match, options) {
      let found: Page | undefined;
      await until(
        () => (found = launched.context.pages().find((page) => match(page.url()))) !== undefined,
        'a tab the browser opened',
        options?.timeout,
      );
      return asTab(found!);
    },
    openPopup: async (tabId) => asTab(await openPopup(launched, tabId)),
    async openExtensionPage(path) {
      const page = await launched.context.newPage();
      await page.goto(`${origin}${path}`);
      return asTab(page);
    },
    findTabId: (url) => findTabId(launched.worker, url),
    tabIds: () => tabIds(launched.worker),
    extension: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      (launched.worker.evaluate as (fn: unknown, arg: unknown) => Promise<R>).call(launched.worker, fn, arg),
    askContentScript: (tabId) => askContentScript(launched.worker, tabId),
    // Not for an origin: Chromium does not grant them to chrome-extension:// that way (docs/toolchain.md).
    grantClipboard: () => launched.context.grantPermissions(['clipboard-read', 'clipboard-write']),
    async readClipboard(page) {
      await page.bringToFront();
      return asPage(page).evaluate(() => navigator.clipboard.readText());
    },
    async clearClipboard(page) {
      await page.bringToFront();
      await asPage(page).evaluate(() => navigator.clipboard.writeText(''));
    },
    async download(page, trigger) {
      const started = asPage(page).waitForEvent('download');
      await trigger();
      const file = await started;
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    },
    async pressKeys(page, ...combos) {
      if (!launched.desktop) throw new Error('Real key presses need a headful launch.');
      await page.bringToFront();
      launched.desktop.focusBrowser();
      launched.desktop.key(...combos);
    },
    async watchRequests() {
      const watch = await watchExtensionRequests(launched);
      return { requests: async () => watch.requests.slice(), network: async () => watch.network() };
    },
    watchConsole: (page) => watchConsole(launched, asPage(page)),
    async addInitScript(source) {
      await launched.context.addInitScript({ content: source });
    },
    onDialog(listener) {
      launched.context.on('dialog', (dialog: PlaywrightDialog) => {
        listener({ url: dialog.page()?.url() ?? 'unknown', message: dialog.message(), at: Date.now() });
        void dialog.dismiss().catch(() => {});
      });
    },
    onPageError(listener) {
      launched.context.on('weberror', (error) =>
        listener({ url: error.page()?.url() ?? 'unknown', message: String(error.error()) }),
      );
    },
    close: () => launched.close(),
  };
}
