/**
 * docs/screenshots/{popup,reader}-{light,dark}.png, and the reading features (reader-speech.png:
 * reading aloud, with a stand-in speech engine; reader-edit.png: a block removed by hand;
 * options-sites.png: the sites always opened in reader mode; print-view.png) from the built
 * extension in real Chromium, on the same saved sedaily page as the smoke test
 * (tests/e2e/fixtures.ts pickFixture), with the Korean UI and
 * Hangul fonts (fonts-nanum). Photos are a placeholder served locally: no request leaves the machine.
 * Run with `npm run screenshots` (builds first).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchExtensionWorld } from '../tests/e2e/chromium/extension-world';
import { startFixtureServer } from '../tests/e2e/chromium/fixture-server';
import { launchWithExtension } from '../tests/e2e/chromium/launch';
import { findTabId, openPopup } from '../tests/e2e/chromium/tabs';
import { fakeSpeechScript } from '../tests/e2e/fake-speech';
import { pickFixture } from '../tests/e2e/fixtures';
import { DIST, ROOT } from '../tests/e2e/paths';
import type { WxtBrowser } from 'wxt/browser';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

type Theme = 'light' | 'dark';
const OUT = join(ROOT, 'docs/screenshots');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const fixture = pickFixture();
  const server = await startFixtureServer(fixture, { https: true });
  // Debian's Chromium ships only en-US UI strings, so `browser.i18n` would answer in English. A copy
  // of the build without _locales/en falls back to the default locale, Korean: what Korean users see.
  const dist = mkdtempSync(join(tmpdir(), 'declutter-ko-'));
  cpSync(DIST, dist, { recursive: true });
  rmSync(join(dist, '_locales/en'), { recursive: true, force: true });
  const browser = await launchWithExtension(server, { dist, lang: 'ko' });
  try {
    const page = await browser.context.newPage();
    const world = await watchExtensionWorld(browser, page);
    await page.goto(server.pageUrl, { waitUntil: 'load' });
    const tabId = await findTabId(browser.worker, server.pageUrl);
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    const lang = await popup.evaluate(() => document.documentElement.lang);
    if (lang !== 'ko') console.warn(`UI language is "${lang}", not ko: Chromium picked another locale.`);

    const setTheme = async (theme: Theme) => {
      await browser.worker.evaluate(async (value) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), theme: value } });
      }, theme);
      await popup.waitForTimeout(300);
    };
    const settle = (target: typeof page) =>
      target
        .evaluate(() => Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => {}))))
        .then(() => target.waitForTimeout(400));

    for (const theme of ['light', 'dark'] as const) {
      await setTheme(theme);
      await popup.bringToFront();
      await settle(popup);
      await popup.screenshot({ path: join(OUT, `popup-${theme}.png`) });
      console.log(`wrote docs/screenshots/popup-${theme}.png`);
    }

    await popup.getByTestId('reader-toggle').click();
    const host = page.locator('declutter-reader');
    await host.waitFor({ state: 'attached' });
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(theme);
      await page.bringToFront();
      if (theme === 'dark') {
        // Later in the article, so the sidebar marks another section, with the display settings open.
        await page.locator('declutter-reader .dc-outline__item').nth(1).click();
        await page.locator('declutter-reader .dc-reader__bar button[aria-expanded]').first().click();
        await page.waitForTimeout(800);
      }
      await settle(page);
      await page.screenshot({ path: join(OUT, `reader-${theme}.png`) });
      console.log(`wrote docs/screenshots/reader-${theme}.png`);
    }
    const inReader = (selector: string) => page.locator(`declutter-reader ${selector}`);
    const shot = async (target: typeof page, name: string) => {
      await settle(target);
      await target.screenshot({ path: join(OUT, name) });
      console.log(`wrote docs/screenshots/${name}`);
    };

    // Reading aloud, light theme, settings closed: a stand-in engine with a local Korean voice
    // (Debian's Chromium has none), three paragraphs into the article.
    await setTheme('light');
    await page.keyboard.press('Escape');
    await world.evaluate(fakeSpeechScript());
    await inReader('[data-testid="speech-toggle"]').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('.');
    await inReader('[data-testid="speech-marks"]').waitFor();
    await page.waitForTimeout(800);
    await shot(page, 'reader-speech.png');
    await page.keyboard.press('s');

    // Fixing by hand: edit mode, the first paragraph taken out.
    await inReader('[data-testid="edit-toggle"]').click();
    await inReader('[data-block="1"] [data-testid="block-remove"]').click();
    await inReader('[data-block="1"]').evaluate((block) => block.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(600);
    await shot(page, 'reader-edit.png');

    // The print view of the edited article.
    const printed = browser.context.waitForEvent('page');
    await inReader('[data-testid="print-open"]').click();
    const print = await printed;
    await print.setViewportSize({ width: 1000, height: 900 });
    await print.locator('[data-testid="article-title"]').waitFor();
    await shot(print, 'print-view.png');
    await print.close();

    // Options: the reader sites, as after adding two, with a third asked for by the popup.
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({ readerSites: ['https://www.hani.co.kr', 'https://www.example-news.co.kr'] }),
    );
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(
      `chrome-extension://${browser.extensionId}/options.html#add=${encodeURIComponent('https://news.example.com')}`,
    );
    const sites = options.locator('[data-testid="reader-sites"]');
    await sites.locator('.options__site').first().waitFor();
    await settle(options);
    await sites.screenshot({ path: join(OUT, 'options-sites.png') });
    console.log('wrote docs/screenshots/options-sites.png');
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

await main();
