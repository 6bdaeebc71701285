/**
 * Screenshots of every run, in both browsers, as artifacts (test-results/screenshots/, Firefox's
 * in test-results/screenshots/firefox/; not committed): the popup (as a tab) and the reader,
 * light and dark, in the Korean UI that Korean users see, Hangul drawn with fonts-nanum. The real
 * toolbar popup: screenshots.chromium.test.ts. docs/screenshots/ stays the README's copy.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, launch, type E2eBrowser } from './driver/driver';
import type { Tab as Page } from './driver/tab';
import { pickFixture } from './fixtures';
import { DIST, FIREFOX_DIST, RESULTS } from './paths';
import { startSiteServer, type SiteServer } from './site-server';

declare const chrome: typeof import('wxt/browser').browser;

const OUT = ENGINE === 'firefox' ? join(RESULTS, 'screenshots/firefox') : join(RESULTS, 'screenshots');
const fixture = pickFixture();
type Theme = 'light' | 'dark';

let server: SiteServer;
let browser: E2eBrowser;
let dist: string;
let page: Page;
let popup: Page;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number; bytes: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), bytes: data.length };
}

async function setTheme(theme: Theme): Promise<void> {
  await browser.extension(async (value) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), theme: value } });
  }, theme);
}

/** Images decoded, theme applied, fonts ready: nothing half-drawn in the shot. */
async function settle(target: Page, theme: Theme, selector: string): Promise<void> {
  await target.locator(`${selector}[data-theme="${theme}"]`).waitFor({ timeout: 10_000 });
  await target.evaluate(() =>
    Promise.all([document.fonts.ready, ...Array.from(document.images).map((img) => img.decode().catch(() => {}))]),
  );
  await target.waitForTimeout(200);
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startSiteServer();
  // Debian's Chromium and Firefox ESR ship English UI strings only: a copy of the build without
  // _locales/en falls back to the default locale, Korean (as scripts/screenshots.ts does).
  dist = mkdtempSync(join(tmpdir(), 'declutter-ko-'));
  cpSync(ENGINE === 'firefox' ? FIREFOX_DIST : DIST, dist, { recursive: true });
  rmSync(join(dist, '_locales/en'), { recursive: true, force: true });
  browser = await launch(server, { dist, lang: 'ko' });
  let tabId: number;
  ({ page, tabId } = await browser.openTab(fixture.url));
  popup = await browser.openPopup(tabId);
  await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe(`screenshots (${fixture.slug}) into test-results/screenshots/`, () => {
  it('has a Korean font for Hangul (fonts-nanum) and the Korean UI', async () => {
    const families = execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' });
    expect(families, 'no Korean font: install fonts-nanum').toMatch(/Nanum/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ko');
  });

  it.each(['light', 'dark'] as const)('popup (%s)', async (theme) => {
    await setTheme(theme);
    await popup.bringToFront();
    await settle(popup, theme, '.popup');
    const file = join(OUT, `popup-${theme}.png`);
    await popup.screenshot({ path: file });
    expect(pngSize(file)).toMatchObject({ width: 780, height: 580 });
    expect(pngSize(file).bytes).toBeGreaterThan(20_000);
  });

  it.each(['light', 'dark'] as const)('reader (%s)', async (theme) => {
    await setTheme(theme);
    if ((await page.locator('declutter-reader').count()) === 0) {
      await popup.getByTestId('reader-toggle').click();
      await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    }
    await page.bringToFront();
    await settle(page, theme, 'declutter-reader .dc-reader');
    const file = join(OUT, `reader-${theme}.png`);
    await page.screenshot({ path: file });
    expect(pngSize(file)).toMatchObject({ width: 1280, height: 800 });
    expect(pngSize(file).bytes).toBeGreaterThan(20_000);
  });
});
