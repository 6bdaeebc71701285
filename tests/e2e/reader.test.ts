/**
 * The in-page reader in real, headful Chromium and Firefox on an Xvfb display, driven the way users drive it:
 * the popup's toggle, the keyboard command pressed as real keys through the X server (xdotool),
 * the page context menu opened with a real right-click, Esc, the close button. Every open/close
 * leaves the page's serialised DOM and scroll position exactly as they were; playing media is
 * paused while the reader is open and resumed after; display settings chosen in the reader persist
 * across reopening and reloading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type E2eBrowser } from './driver/driver';
import type { Tab as Page } from './driver/tab';
import { loadE2ePage } from './e2e-page';
import { enMessage } from './en-message';
import { getArticle } from './fixtures';
import { expectUntouched, pageSnapshot } from './page-checks';
import { startSiteServer, type SiteServer } from './site-server';
import { until } from './until';

declare const chrome: typeof import('wxt/browser').browser;

/**
 * Up presses from the bottom of the page's context menu to the extension's item: Chromium puts it
 * right above Inspect and View page source; Firefox (no developer items in a test profile) puts
 * it last. A browser that reorders its menu makes the context-menu test fail, not pass.
 */
const MENU_UPS = { chromium: 3, firefox: 1 } as const;

const MEDIA = loadE2ePage('media');
const ARTICLE = getArticle('sedaily-desktop-2020-era2');

let server: SiteServer;
let browser: E2eBrowser;
let page: Page;
let tabId: number;

const host = (target: Page) => target.locator('declutter-reader');
const inReader = (target: Page, selector: string) => target.locator(`declutter-reader ${selector}`);

async function waitOpen(target: Page): Promise<void> {
  await inReader(target, '[data-testid="article-title"]').waitFor({ timeout: 10_000 });
}

async function waitClosed(target: Page): Promise<void> {
  await host(target).waitFor({ state: 'detached', timeout: 10_000 });
}

/** The keyboard command, as real key presses into the focused browser window. */
async function pressShortcut(target: Page): Promise<void> {
  await browser.pressKeys(target, 'alt+shift+d');
}

/**
 * The context menu item, with a real right-click at a point of the page's viewport and the
 * keyboard: Up from the bottom passes the browser's developer items to the extension's (MENU_UPS).
 */
async function contextMenuToggle(target: Page, point: { x: number; y: number }): Promise<void> {
  await target.bringToFront();
  browser.desktop!.focusBrowser();
  const origin = await target.evaluate(() => ({
    x: window.screenX,
    y: window.screenY + window.outerHeight - window.innerHeight,
  }));
  const windows = browser.desktop!.visibleWindows().length;
  browser.desktop!.xdo('mousemove', '--sync', String(origin.x + point.x), String(origin.y + point.y));
  browser.desktop!.xdo('click', '3');
  // The menu is a window of its own: wait until it is shown before choosing with the keyboard.
  await until(() => browser.desktop!.visibleWindows().length > windows, 'the context menu is shown');
  browser.desktop!.key(...Array<string>(MENU_UPS[browser.engine]).fill('Up'), 'Return');
}

/**
 * A point on plain text (not a photo, a link or a button, whose menus differ): the start of the
 * first visible text node under `selector` (`shadow`: inside the reader's shadow root).
 */
async function textPoint(target: Page, selector: string, shadow = false): Promise<{ x: number; y: number }> {
  const point = await target.evaluate(
    ([css, inShadow]) => {
      const scope = inShadow ? document.querySelector('declutter-reader')!.shadowRoot! : document;
      const root = scope.querySelector(css as string)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (
          (node.nodeValue ?? '').trim().length < 12 ||
          node.parentElement?.closest('a, button, figure, figcaption, script, style')
        )
          continue;
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, 10);
        const rect = range.getClientRects()[0];
        if (rect && rect.width > 0 && rect.top > 0 && rect.bottom < window.innerHeight) {
          return { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2) };
        }
      }
      return null;
    },
    [selector, shadow] as const,
  );
  if (!point) throw new Error(`No visible plain text under ${selector}.`);
  return point;
}

beforeAll(async () => {
  server = await startSiteServer([MEDIA]);
  browser = await launch(server, { headful: true });
  const blank = browser.pages()[0];
  ({ page, tabId } = await browser.openTab(ARTICLE.url));
  await blank?.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the reader', () => {
  it('registers the keyboard command with its suggested key (Alt+Shift+D)', async () => {
    const commands = await browser.extension(() => chrome.commands.getAll());
    expect(commands.find((command) => command.name === 'toggle-reader')?.shortcut).toBe('Alt+Shift+D');
  });

  it('opens from the popup and closes with its close button: same DOM, same scroll position', async () => {
    await page.evaluate(() => window.scrollTo(0, 700));
    const before = await pageSnapshot(page);
    expect(before.y).toBeGreaterThan(0);
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('reader-toggle').click();
    await waitOpen(page);
    await popup.close();
    expect(await inReader(page, '[data-testid="article-title"]').textContent()).toBe(ARTICLE.expected.title);
    // The page behind does not scroll while the reader is open.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
    await page.bringToFront();
    await inReader(page, '.dc-reader__close').click();
    await waitClosed(page);
    await expectUntouched(page, before);
  });

  it('Esc closes a side panel first, then the reader', async () => {
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await pageSnapshot(page);
    await pressShortcut(page);
    await waitOpen(page);
    await inReader(page, `button:has-text("${enMessage('settingsButton')}")`).click();
    await inReader(page, '.dc-reader[data-panel="settings"]').waitFor();
    await page.keyboard.press('Escape');
    await inReader(page, '.dc-reader:not([data-panel])').waitFor();
    expect(await host(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await waitClosed(page);
    await expectUntouched(page, before);
  });

  it('the keyboard command toggles it, pressed as real keys (Alt+Shift+D)', async () => {
    await page.evaluate(() => window.scrollTo(0, 500));
    const before = await pageSnapshot(page);
    await pressShortcut(page);
    await waitOpen(page);
    await pressShortcut(page);
    await waitClosed(page);
    await expectUntouched(page, before);
  });

  it('the page context menu item toggles it, chosen with a real right-click', async () => {
    // Body text in view, to right-click on.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('.article_view')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if ((node.nodeValue ?? '').trim().length < 40 || node.parentElement?.closest('a, figure, script')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        window.scrollTo(0, range.getBoundingClientRect().top + window.scrollY - 200);
        return;
      }
    });
    const before = await pageSnapshot(page);
    await contextMenuToggle(page, await textPoint(page, '.article_view'));
    await waitOpen(page);
    // The reader covers the page: right-click its text this time.
    await contextMenuToggle(page, await textPoint(page, '.dc-article', true));
    await waitClosed(page);
    await expectUntouched(page, before);
  });

  it('pauses playing media while open and resumes exactly those after', async () => {
    const { page: media } = await browser.openTab(MEDIA.url);
    const state = () =>
      media.evaluate(() =>
        Object.fromEntries(
          Array.from(document.querySelectorAll<HTMLMediaElement>('video, audio')).map((element) => [
            element.id,
            { paused: element.paused, time: element.currentTime },
          ]),
        ),
      );
    const advancing = async (ids: string[]) => {
      const first = await state();
      await media.waitForTimeout(300);
      const second = await state();
      return ids.every((id) => !second[id]!.paused && second[id]!.time > first[id]!.time);
    };
    // The user clicks the page and starts the sound (autoplay policy: sound needs a user gesture).
    await media.mouse.click(5, 5);
    await media.evaluate(() => document.querySelector<HTMLAudioElement>('#article-audio')!.play());
    await until(() => advancing(['ad-video', 'article-audio']), 'the page media plays');
    expect((await state())['idle-audio']!.paused).toBe(true);
    await media.evaluate(() => window.scrollTo(0, 400));
    const before = await pageSnapshot(media);

    await pressShortcut(media);
    await waitOpen(media);
    const open = await state();
    expect(Object.values(open).every((element) => element.paused)).toBe(true);
    await media.waitForTimeout(300);
    expect(await state()).toEqual(open);

    await media.keyboard.press('Escape');
    await waitClosed(media);
    await until(() => advancing(['ad-video', 'article-audio']), 'the paused media plays again');
    expect((await state())['idle-audio']!.paused).toBe(true);
    await expectUntouched(media, before);
    await media.close();
  });

  it('keeps the display settings chosen in the reader across reopening and reloading', async () => {
    const size = () =>
      inReader(page, '.dc-reader').evaluate((element) => getComputedStyle(element).getPropertyValue('--dc-size').trim());
    await pressShortcut(page);
    await waitOpen(page);
    await inReader(page, `button:has-text("${enMessage('settingsButton')}")`).click();
    await inReader(page, '[data-name="theme"][data-value="dark"]').click();
    const larger = inReader(page, `[aria-label="${enMessage('fontSizeMore')}"]`);
    await larger.click();
    await inReader(page, '.dc-stepper__value:has-text("19px")').waitFor();
    await larger.click();
    await inReader(page, '.dc-reader[data-theme="dark"]').waitFor();
    await until(async () => (await size()) === '20px', 'the larger size applies');
    await page.keyboard.press('Escape'); // the panel
    await page.keyboard.press('Escape'); // the reader
    await waitClosed(page);

    await pressShortcut(page);
    await waitOpen(page);
    expect(await inReader(page, '.dc-reader').getAttribute('data-theme')).toBe('dark');
    expect(await size()).toBe('20px');
    await page.keyboard.press('Escape');
    await waitClosed(page);

    await page.reload({ waitUntil: 'load' });
    // A new content script, which reads the settings from storage.
    await until(async () => (await browser.askContentScript(tabId)) !== null, 'the content script is back');
    await pressShortcut(page);
    await waitOpen(page);
    expect(await inReader(page, '.dc-reader').getAttribute('data-theme')).toBe('dark');
    expect(await size()).toBe('20px');
    const stored = await browser.extension(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ theme: 'dark', fontSize: 20 });
    await page.keyboard.press('Escape');
    await waitClosed(page);
  });
});
