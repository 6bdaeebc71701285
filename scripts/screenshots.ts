/**
 * docs/screenshots/{popup,reader}-{light,dark}.png from the built extension in real Chromium, on
 * the same saved sedaily page as the smoke test (tests/e2e/fixtures.ts pickFixture), with the Korean UI and
 * Hangul fonts (fonts-nanum). Photos are a placeholder served locally: no request leaves the machine.
 * Run with `npm run screenshots` (builds first).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer } from '../tests/e2e/chromium/fixture-server';
import { launchWithExtension } from '../tests/e2e/chromium/launch';
import { findTabId, openPopup } from '../tests/e2e/chromium/tabs';
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
      target.evaluate(() => Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => {})))).then(() => target.waitForTimeout(400));

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
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

await main();
