/**
 * Smoke test in real Chromium: the built extension on a saved sedaily article served under the
 * sedaily host. Page load brings only the small content script; the popup (opened as
 * popup.html?tabId=N) loads the reader app once and shows the clean article; the reader opens over
 * the page and, closed with Esc, leaves the page exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { watchExtensionWorld, type ExtensionWorld } from './chromium/extension-world';
import { startFixtureServer, type FixtureServer } from './chromium/fixture-server';
import { launchWithExtension, type Launched } from './chromium/launch';
import { openRealPopup } from './chromium/real-popup';
import { findTabId, openPopup } from './chromium/tabs';
import { enMessage } from './en-message';
import { pickFixture } from './fixtures';
import { expectUntouched, pageSnapshot } from './page-checks';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

/** Clutter that must never reach the clean article (sedaily footer, share rows, lists). */
const CLUTTER = [
  '무단 전재',
  '무단전재',
  '재배포 금지',
  '많이 본 뉴스',
  '기자의 다른 기사',
  '확대 축소',
  '공유하기',
  'Follow 하세요',
];

/** The on-demand bundle (extraction + reader UI), and the global it registers in the isolated world. */
const APP_SCRIPT = '/reader-app.js';
const APP_TYPE = 'typeof globalThis.__declutterApp';

const fixture = pickFixture();
let server: FixtureServer;
let browser: Launched;
let page: Page;
let popup: Page;
let tabId: number;
let world: ExtensionWorld;

beforeAll(async () => {
  server = await startFixtureServer(fixture);
  browser = await launchWithExtension(server);
  page = await browser.context.newPage();
  world = await watchExtensionWorld(browser, page);
  await page.goto(server.pageUrl, { waitUntil: 'load' });
  tabId = await findTabId(browser.worker, server.pageUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`extension smoke (${fixture.slug})`, () => {
  it('loads only the small content script with the page: no reader app until asked', async () => {
    // Waits for the content script's isolated world, then lets its auto-open check (off) finish.
    expect(await world.evaluate<string>(APP_TYPE)).toBe('undefined');
    await page.waitForTimeout(500);
    expect(world.runs('/content-scripts/reader.js')).toBe(1);
    expect(world.runs(APP_SCRIPT)).toBe(0);
    expect(await world.evaluate<string>(APP_TYPE)).toBe('undefined');
  });

  it('shows the clean article with deck, outline and body in the popup', async () => {
    popup = await openPopup(browser, tabId);
    const title = popup.getByTestId('article-title');
    await title.waitFor({ timeout: 20_000 });
    expect(await title.textContent()).toBe(fixture.expected.title);
    const deck = await popup.getByTestId('article-deck').locator('p').allTextContents();
    expect(deck).toEqual(fixture.expected.deck);
    const items = popup.getByTestId('outline').locator('.dc-outline__item');
    expect(await items.count()).toBe(fixture.expected.outline?.length);
    const body = (await popup.getByTestId('article-body').textContent()) ?? '';
    expect(body.length).toBeGreaterThan(500);
    for (const clutter of CLUTTER) expect(body).not.toContain(clutter);
    expect(await popup.getByTestId('reader-toggle').getAttribute('data-state')).toBe('off');
    // Every control the issue names is there, labelled.
    for (const id of ['copy-text', 'copy-markdown', 'copy-citation', 'status']) {
      expect(await popup.getByTestId(id).count()).toBe(1);
    }
    // The popup's request loaded the reader app into the extension's world, once; the page's own
    // scripts cannot see it.
    expect(world.runs(APP_SCRIPT)).toBe(1);
    expect(await world.evaluate<string>(APP_TYPE)).toBe('object');
    expect(await page.evaluate(() => '__declutterApp' in globalThis)).toBe(false);
  });

  it('scrolls the popup article from the outline, and jumps to the section in the page', async () => {
    const items = popup.getByTestId('outline').locator('.dc-outline__item');
    const scroller = popup.locator('.popup__scroller');
    await items.nth(1).click();
    await popup.waitForFunction(() => document.querySelector('.popup__scroller')!.scrollTop > 100);
    await popup.locator('.dc-outline__row[data-current="true"]').first().waitFor();
    expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.getByTestId('outline').locator('.dc-outline__jump').nth(1).click();
    await popup.locator('[data-testid="status"][data-kind="success"]').waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => window.scrollY > 200);
    // Let the smooth scroll finish before the next test measures scroll positions.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((done) => {
          const y = window.scrollY;
          setTimeout(() => done(window.scrollY === y), 300);
        }),
    );
  });

  it('opens the reader over the page and closes it with Esc, leaving the page untouched', async () => {
    await page.evaluate(() => window.scrollTo(0, 640));
    const before = await pageSnapshot(page);
    expect(before.y).toBeGreaterThan(0);

    await popup.getByTestId('reader-toggle').click();
    await popup.locator('[data-testid="reader-toggle"][data-state="on"]').waitFor({ timeout: 10_000 });
    const host = page.locator('declutter-reader');
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    // Playwright's CSS engine pierces the open shadow root.
    expect(await page.locator('declutter-reader [data-testid="article-title"]').textContent()).toBe(fixture.expected.title);
    expect(await page.locator('declutter-reader [data-testid="outline"] .dc-outline__item').count()).toBe(
      fixture.expected.outline?.length,
    );
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');

    await page.bringToFront();
    await page.keyboard.press('Escape');
    await host.waitFor({ state: 'detached', timeout: 10_000 });
    await expectUntouched(page, before);
  });

  it('copies clean text to the clipboard from the popup', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.bringToFront();
    await popup.getByTestId('copy-text').click();
    await popup.locator('[data-testid="status"][data-kind="success"]').waitFor({ timeout: 10_000 });
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe(fixture.expected.title);
    for (const clutter of CLUTTER) expect(copied).not.toContain(clutter);
  });

  it('copies without captions when that is the setting (a chunk the popup loads on first use)', async () => {
    const caption = ((await popup.locator('[data-testid="article-body"] figcaption').first().textContent()) ?? '').trim();
    expect(caption.length).toBeGreaterThan(0);
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toContain(caption);
    const setCaptions = (on: boolean) =>
      browser.worker.evaluate(async (value) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings as object), copyCaptions: value } });
      }, on);
    await setCaptions(false);
    // The popup follows storage changes; copy until the new setting has arrived.
    let copied = '';
    for (let attempt = 0; attempt < 20 && (copied === '' || copied.includes(caption)); attempt++) {
      await popup.evaluate(() => navigator.clipboard.writeText(''));
      await popup.getByTestId('copy-text').click();
      await popup.waitForFunction(() => navigator.clipboard.readText().then((text) => text !== ''));
      copied = await popup.evaluate(() => navigator.clipboard.readText());
    }
    expect(copied.split('\n')[0]).toBe(fixture.expected.title);
    expect(copied).not.toContain(caption);
    await setCaptions(true);
  });

  it('re-reads the page after a pushState URL change (SPA navigation)', async () => {
    const path = new URL(server.pageUrl).pathname;
    await page.evaluate(() => history.pushState({}, '', '/v/NewsMain/GA'));
    await popup.reload();
    await popup.locator('.popup[data-state="not-article"]').waitFor({ timeout: 10_000 });
    await page.evaluate((back) => history.pushState({}, '', back), path);
    await popup.reload();
    await popup.getByTestId('article-title').waitFor({ timeout: 10_000 });
  });

  it('survives a second injection: exactly one content script answers, one reader opens', async () => {
    await browser.worker.evaluate(
      (id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/reader.js'] }),
      tabId,
    );
    await popup.reload();
    await popup.getByTestId('article-title').waitFor({ timeout: 10_000 });
    await popup.getByTestId('reader-toggle').click();
    await popup.locator('[data-testid="reader-toggle"][data-state="on"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('declutter-reader').count()).toBe(1);
    await popup.getByTestId('reader-toggle').click();
    await popup.locator('[data-testid="reader-toggle"][data-state="off"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('declutter-reader').count()).toBe(0);
    // The new content script found the app already in the shared world: nothing was injected again.
    expect(world.runs('/content-scripts/reader.js')).toBe(2);
    expect(world.runs(APP_SCRIPT)).toBe(1);
  });

  it('applies settings from the options page live', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-name="theme"][data-value="sepia"]').click();
    await popup.locator('.popup[data-theme="sepia"]').waitFor({ timeout: 10_000 });
    await options.locator('[data-name="theme"][data-value="auto"]').click();
    await popup.locator('.popup[data-theme="auto"]').waitFor({ timeout: 10_000 });
    await options.close();
  });

  it('says the tab is closed to it where it may not inject (no host permission, no activeTab)', async () => {
    // Without host permission the extension cannot even read this tab's URL: find it as the new tab.
    const before = await browser.worker.evaluate(() => chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id)));
    const other = await browser.context.newPage();
    await other.goto(`http://www.example.com${new URL(server.pageUrl).pathname}`);
    const after = await browser.worker.evaluate(() => chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id)));
    const otherId = after.find((id) => !before.includes(id))!;
    const otherPopup = await openPopup(browser, otherId);
    // Chromium's refusal ("Cannot access contents of the page") names no page: the closed state.
    await otherPopup.locator('.popup[data-state="restricted"]').waitFor({ timeout: 10_000 });
    expect(await otherPopup.locator('.popup__message-detail').textContent()).toBe(enMessage('restrictedClosed'));
    await otherPopup.close();
    await other.close();
  });

  it('shows the article in the real toolbar popup, within 800×600 and nothing cut off', async () => {
    const real = await openRealPopup(browser, page);
    await real.waitFor(`document.querySelector('[data-testid="article-title"]')`);
    // Chrome grows the popup to its content after the first paint: wait until the size settles.
    await real.waitFor(`innerWidth >= 780 && innerHeight >= 580`);
    const size = await real.evaluate<{ width: number; height: number; scrollWidth: number; scrollHeight: number; title: string }>(
      `({ width: innerWidth, height: innerHeight, scrollWidth: document.documentElement.scrollWidth,
         scrollHeight: document.documentElement.scrollHeight,
         title: document.querySelector('[data-testid="article-title"]').textContent })`,
    );
    expect(size.title).toBe(fixture.expected.title);
    expect(size.width).toBeLessThanOrEqual(800);
    expect(size.height).toBeLessThanOrEqual(600);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.width);
    expect(size.scrollHeight).toBeLessThanOrEqual(size.height);
  });

  it('auto-opens the reader on a rule article when the setting is on, without the popup', async () => {
    await browser.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), autoOpen: true } });
    });
    const other = await browser.context.newPage();
    const otherWorld = await watchExtensionWorld(browser, other);
    await other.goto(server.pageUrl, { waitUntil: 'load' });
    await other.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 15_000 });
    expect(await other.locator('declutter-reader [data-testid="article-title"]').textContent()).toBe(fixture.expected.title);
    expect(otherWorld.runs(APP_SCRIPT)).toBe(1);
    await browser.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), autoOpen: false } });
    });
    await other.close();
  });
});
