/**
 * A puppeteer page over WebDriver BiDi (Firefox) as a `Tab`: the Playwright-shaped subset the
 * cross-browser tests use (driver/tab.ts). Elements are found by one deep query evaluated in the
 * page (a selector starting with `declutter-reader ` is searched inside the reader's open shadow
 * root; `:has-text("…")` keeps elements whose text contains it), then clicked with real BiDi
 * input at their centre. Waits poll with a bound, like Playwright's auto-waiting.
 *
 * Extension documents (moz-extension://) need care: Firefox sends no load event for them over
 * BiDi, so `goto` and `reload` there fire the navigation and poll for the new document
 * (docs/firefox.md, pitfall 1).
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Frame, Locator, Tab, WaitOptions } from '../driver/tab';

/** Playwright's default action and wait timeout is 30 s; the tests pass their own where it matters. */
const DEFAULT_TIMEOUT = 30_000;
const POLL_MS = 50;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Evaluated in the page: every element `selector` (with the two extensions above) matches. */
const DEEP_QUERY = `(selector) => {
  let root = document;
  let rest = selector.trim();
  const shadow = /^declutter-reader\\s+/;
  if (shadow.test(rest)) {
    root = document.querySelector('declutter-reader')?.shadowRoot;
    rest = rest.replace(shadow, '');
    if (!root) return [];
  }
  const parts = rest.split(/(:has-text\\("(?:[^"\\\\]|\\\\.)*"\\))/);
  let found = null;
  let pending = '';
  for (const part of parts) {
    const text = /^:has-text\\("((?:[^"\\\\]|\\\\.)*)"\\)$/.exec(part);
    if (!text) { pending += part; continue; }
    const scope = found === null ? [root] : found;
    found = scope.flatMap((base) => Array.from(base.querySelectorAll(pending.trim())))
      .filter((element) => (element.textContent || '').includes(JSON.parse('"' + text[1] + '"')));
    pending = '';
  }
  if (found === null) return Array.from(root.querySelectorAll(rest));
  if (!pending.trim()) return found;
  return found.flatMap((base) => Array.from(base.querySelectorAll(pending.trim())));
}`;

const VISIBLE = `(element) => {
  if (!element || !element.isConnected) return false;
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden';
}`;

async function poll(check: () => Promise<boolean>, what: string, timeout: number): Promise<void> {
  for (const end = Date.now() + timeout; !(await check().catch(() => false));) {
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}.`);
    await sleep(POLL_MS);
  }
}

class BidiLocator implements Locator {
  constructor(
    private readonly page: Page,
    private readonly selector: string,
    private readonly index: number | null = null,
  ) {}

  private expression(body: string): string {
    const pick = this.index === null ? 'all[0]' : `all[${this.index}]`;
    return `(() => { const all = (${DEEP_QUERY})(${JSON.stringify(this.selector)}); const element = ${pick} ?? null; ${body} })()`;
  }

  private state(): Promise<{ attached: boolean; visible: boolean }> {
    return this.page.evaluate(
      this.expression(`return { attached: element !== null, visible: (${VISIBLE})(element) };`),
    ) as Promise<{
      attached: boolean;
      visible: boolean;
    }>;
  }

  async waitFor(options: WaitOptions = {}): Promise<void> {
    const wanted = options.state ?? 'visible';
    await poll(
      async () => {
        const state = await this.state();
        return wanted === 'detached' ? !state.attached : wanted === 'attached' ? state.attached : state.visible;
      },
      `${this.selector} to be ${wanted}`,
      options.timeout ?? DEFAULT_TIMEOUT,
    );
  }

  private async handle(state: 'attached' | 'visible' = 'attached'): Promise<ElementHandle<HTMLElement>> {
    await this.waitFor({ state });
    const handle = (await this.page.evaluateHandle(this.expression('return element;'))) as ElementHandle<HTMLElement>;
    return handle;
  }

  async click(): Promise<void> {
    // Like Playwright's actionability checks: visible and enabled (a click on a button the page
    // has not enabled yet would be lost, as the popup's toggle while it is still loading).
    await poll(
      async () =>
        (await this.page.evaluate(
          this.expression(
            `return (${VISIBLE})(element) && !element.disabled && element.getAttribute('aria-disabled') !== 'true';`,
          ),
        )) === true,
      `${this.selector} to be visible and enabled`,
      DEFAULT_TIMEOUT,
    );
    const handle = await this.handle('visible');
    try {
      await handle.click();
    } finally {
      await handle.dispose();
    }
  }

  async evaluate<R>(fn: (element: HTMLElement) => R | Promise<R>): Promise<R> {
    const handle = await this.handle();
    try {
      return (await handle.evaluate(fn as (element: HTMLElement) => R)) as R;
    } finally {
      await handle.dispose();
    }
  }

  textContent(): Promise<string | null> {
    return this.evaluate((element) => element.textContent);
  }

  async allTextContents(): Promise<string[]> {
    return (await this.page.evaluate(
      `(${DEEP_QUERY})(${JSON.stringify(this.selector)}).map((element) => element.textContent ?? '')`,
    )) as string[];
  }

  getAttribute(name: string): Promise<string | null> {
    return this.handle().then(async (handle) => {
      try {
        return await handle.evaluate((element, attribute) => element.getAttribute(attribute), name);
      } finally {
        await handle.dispose();
      }
    });
  }

  isDisabled(): Promise<boolean> {
    return this.evaluate((element) => (element as HTMLButtonElement).disabled === true);
  }

  async count(): Promise<number> {
    return (await this.page.evaluate(`(${DEEP_QUERY})(${JSON.stringify(this.selector)}).length`)) as number;
  }

  locator(selector: string): Locator {
    if (this.index !== null) throw new Error('A locator under nth()/first() is not supported by the Firefox tab.');
    return new BidiLocator(this.page, `${this.selector} ${selector}`);
  }

  nth(index: number): Locator {
    return new BidiLocator(this.page, this.selector, index);
  }

  first(): Locator {
    return this.nth(0);
  }
}

const isExtensionUrl = (url: string) => url.startsWith('moz-extension:');

/** Fires a navigation to an extension document and polls until it is there and loaded. */
async function loadExtensionDocument(
  page: Page,
  navigate: () => Promise<unknown>,
  url: string | null,
  timeout = DEFAULT_TIMEOUT,
): Promise<void> {
  // A marker in the old document: gone once the new one is there (also for a reload of the same URL).
  await page.evaluate(() => ((globalThis as { __bidiOld?: boolean }).__bidiOld = true)).catch(() => {});
  void navigate().catch(() => {});
  await poll(
    async () =>
      (await page.evaluate(
        (expected) =>
          !(globalThis as { __bidiOld?: boolean }).__bidiOld &&
          document.readyState === 'complete' &&
          (expected === null || location.href === expected),
        url,
      )) === true,
    `${url ?? 'the reload'} to load`,
    timeout,
  );
}

export function bidiTab(page: Page): Tab {
  const tab: Tab = {
    url: () => page.url(),
    async goto(url) {
      if (isExtensionUrl(url)) return loadExtensionDocument(page, () => page.goto(url), url);
      return page.goto(url, { waitUntil: 'load', timeout: DEFAULT_TIMEOUT });
    },
    async reload() {
      // page.url() stays about:blank for extension documents (BiDi does not follow them).
      if (isExtensionUrl(await page.evaluate(() => location.href)))
        return loadExtensionDocument(page, () => page.evaluate(() => location.reload()), null);
      return page.reload({ waitUntil: 'load', timeout: DEFAULT_TIMEOUT });
    },
    async goBack() {
      // Same-document entries (pushState) fire popstate only; wait for the address to change.
      const from = await page.evaluate(() => location.href);
      await page.evaluate(() => history.back());
      await poll(async () => (await page.evaluate(() => location.href)) !== from, 'history.back() to land', DEFAULT_TIMEOUT);
    },
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    evaluate: ((fn: string | ((arg: unknown) => unknown), arg?: unknown) =>
      typeof fn === 'string' ? page.evaluate(fn) : page.evaluate(fn, arg)) as Tab['evaluate'],
    async waitForFunction(fn, arg, options) {
      let value: unknown;
      await poll(
        async () => Boolean((value = await page.evaluate(fn as (arg: unknown) => unknown, arg))),
        'a page condition',
        options?.timeout ?? DEFAULT_TIMEOUT,
      );
      return value;
    },
    waitForTimeout: sleep,
    async waitForLoadState() {
      await page.waitForNetworkIdle({ idleTime: 500, timeout: DEFAULT_TIMEOUT });
    },
    locator: (selector) => new BidiLocator(page, selector),
    getByTestId: (id) => new BidiLocator(page, `[data-testid="${id}"]`),
    keyboard: { press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]) },
    mouse: { click: (x, y) => page.mouse.click(x, y) },
    screenshot: (options) => page.screenshot({ path: options.path as `${string}.png` }),
    setViewportSize: (size) => page.setViewport(size),
    frames: (): Frame[] => page.frames(),
    on(event, listener) {
      page.on(event, (frame) => listener(frame));
      return tab;
    },
  };
  return tab;
}
