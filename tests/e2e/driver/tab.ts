/**
 * A browser tab as the cross-browser tests drive it: the small subset of Playwright's `Page` and
 * `Locator` that they use. Chromium's driver hands out Playwright pages as they are (they have all
 * of it); Firefox's wraps puppeteer's WebDriver BiDi pages (firefox/bidi-tab.ts). Selectors pierce
 * open shadow roots (Playwright's CSS engine does; the Firefox tab searches the reader's shadow
 * root for selectors that start with `declutter-reader `), and `:has-text("…")` filters by text.
 */

export interface WaitOptions {
  /** Default `visible`, as in Playwright. */
  state?: 'attached' | 'detached' | 'visible';
  timeout?: number;
}

export interface Locator {
  waitFor(options?: WaitOptions): Promise<void>;
  /** A real mouse click at the element's centre, after scrolling it into view. */
  click(): Promise<void>;
  textContent(): Promise<string | null>;
  allTextContents(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  isDisabled(): Promise<boolean>;
  count(): Promise<number>;
  evaluate<R>(fn: (element: HTMLElement) => R | Promise<R>): Promise<R>;
  locator(selector: string): Locator;
  nth(index: number): Locator;
  first(): Locator;
}

export interface Frame {
  url(): string;
}

export interface Tab {
  url(): string;
  goto(url: string, options?: { waitUntil?: 'load' }): Promise<unknown>;
  reload(options?: { waitUntil?: 'load' }): Promise<unknown>;
  goBack(): Promise<unknown>;
  close(): Promise<void>;
  bringToFront(): Promise<void>;
  evaluate<R>(fn: string | (() => R | Promise<R>)): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value. */
  waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, options?: { timeout?: number }): Promise<unknown>;
  /** A fixed wait: only where the test waits for something that may happen (a late report), not for a state. */
  waitForTimeout(ms: number): Promise<void>;
  waitForLoadState(state: 'networkidle'): Promise<void>;
  locator(selector: string): Locator;
  getByTestId(id: string): Locator;
  keyboard: { press(key: string): Promise<void> };
  mouse: { click(x: number, y: number): Promise<void> };
  screenshot(options: { path: string }): Promise<unknown>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  frames(): Frame[];
  on(event: 'framenavigated', listener: (frame: Frame) => void): unknown;
}
