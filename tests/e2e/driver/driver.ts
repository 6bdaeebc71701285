/**
 * The one interface the cross-browser tests are written against (`*.test.ts`, run in Chromium and
 * in Firefox): open a page under a site host, open the popup for a tab, run code with the
 * extension's API, press real keys, read the clipboard, screenshot, watch requests and console.
 * `launch()` picks the engine from E2E_BROWSER (`chromium`, the default, or `firefox`), so each
 * test file is written once; chromium-driver.ts and firefox-driver.ts implement it.
 */
import type { Desktop } from '../desktop';
import type { SiteServer } from '../site-server';
import type { Tab } from './tab';

export type Engine = 'chromium' | 'firefox';

/** The engine this run tests (E2E_BROWSER; tests/e2e/vitest.config.ts picks the files to match). */
export const ENGINE: Engine = process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';

export interface LaunchOptions {
  /** The unpacked extension to load (default: the engine's build in .output/). */
  dist?: string;
  /** The UI language the browser asks pages for (`navigator.language`, browser.i18n where it can). */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /** A real window on its own Xvfb display (keyboard commands, the context menu). */
  headful?: boolean;
}

/** A request an extension context made. */
export interface ExtensionRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Which extension context asked: the background, or the extension page or frame it came from. */
  from: 'background' | 'popup' | 'options' | 'extract-frame' | 'other-extension-page';
}

export interface RequestWatch {
  /** Requests from extension contexts (tabs, frames, the background) seen so far. */
  requests(): Promise<ExtensionRequest[]>;
  /** Those that left the extension: anything but the extension's own files. */
  network(): Promise<ExtensionRequest[]>;
}

export interface ConsoleEntry {
  kind: 'exception' | 'console' | 'log';
  level: string;
  text: string;
  /** The script or resource the entry names (an extension URL when it comes from us). */
  url: string;
}

export interface ConsoleWatch {
  entries: ConsoleEntry[];
  /** Uncaught exceptions the driver attributes to the page. */
  pageErrors: string[];
  /** Entries at warning level or worse, or exceptions, that name the extension. */
  fromExtension(): ConsoleEntry[];
}

export interface Dialog {
  url: string;
  message: string;
  at: number;
}

export interface E2eBrowser {
  engine: Engine;
  /** The extension's origin: `chrome-extension://ID` or `moz-extension://UUID` (no trailing slash). */
  origin: string;
  /** Hosts the extension's own files are served from (Chromium adds the extraction frame's dynamic host). */
  extensionHosts(): Promise<string[]>;
  desktop: Desktop | null;
  /** A new blank tab (watch it, then navigate). */
  newPage(): Promise<Tab>;
  /** Tabs the driver knows, in opening order. */
  pages(): Tab[];
  /** Opens `url` in a new tab (after `watch` ran on it) and returns the tab and its id. */
  openTab(url: string, watch?: (page: Tab) => Promise<unknown>): Promise<{ page: Tab; tabId: number }>;
  /**
   * A tab the browser or the extension opened itself (not through the driver), once its address
   * matches `match` (e.g. the print view the reader opens with `tabs.create`).
   */
  waitForTab(match: (url: string) => boolean, options?: { timeout?: number }): Promise<Tab>;
  /** `popup.html?tabId=N` in a tab of its own. */
  openPopup(tabId: number): Promise<Tab>;
  /** An extension page (e.g. `/options.html`) in a tab of its own, loaded. */
  openExtensionPage(path: string): Promise<Tab>;
  /** The tab id of the tab showing `url` (a tab whose URL the extension may see). */
  findTabId(url: string): Promise<number>;
  tabIds(): Promise<number[]>;
  /**
   * Runs `fn` in the extension's background (Chromium: the service worker; Firefox: the MV2
   * background page, reached through runtime.getBackgroundPage), with `chrome` bound to that
   * context's promise-based extension API.
   */
  extension<R>(fn: () => R | Promise<R>): Promise<R>;
  extension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The content script's reader state, asked the product's way; null when nothing answers. */
  askContentScript(tabId: number): Promise<{ open: boolean; url: string } | null>;
  /** Lets extension pages read the clipboard back (copy tests). */
  grantClipboard(): Promise<void>;
  /** The clipboard's text, read back in `page` (an extension page). */
  readClipboard(page: Tab): Promise<string>;
  /** Empties the clipboard, from `page` (an extension page). */
  clearClipboard(page: Tab): Promise<void>;
  /** Runs `trigger` and returns the file it makes `page` download: its name and UTF-8 text. */
  download(page: Tab, trigger: () => Promise<void>): Promise<{ name: string; text: string }>;
  /** Real key presses through the X server into the browser window showing `page` (headful only). */
  pressKeys(page: Tab, ...combos: string[]): Promise<void>;
  /** From now on, every request of an extension context. */
  watchRequests(): Promise<RequestWatch>;
  /** Console and uncaught errors of `page`; call before its first navigation. */
  watchConsole(page: Tab): Promise<ConsoleWatch>;
  /** `source` runs in every document and frame of tabs opened after this, before their scripts. */
  addInitScript(source: string): Promise<void>;
  /** Every alert/confirm/prompt dialog, dismissed. */
  onDialog(listener: (dialog: Dialog) => void): void;
  /** Every uncaught error of a tab's page (extension pages included), with that page's URL. */
  onPageError(listener: (error: { url: string; message: string }) => void): void;
  close(): Promise<void>;
}

export async function launch(server: SiteServer, options: LaunchOptions = {}): Promise<E2eBrowser> {
  if (ENGINE === 'firefox') return (await import('./firefox-driver')).launchFirefoxDriver(server, options);
  return (await import('./chromium-driver')).launchChromiumDriver(server, options);
}
