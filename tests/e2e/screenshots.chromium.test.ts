/**
 * Screenshots of the real toolbar popup, light and dark, in the Korean UI, in Chromium only (the
 * Firefox toolbar panel cannot be driven over WebDriver BiDi): test-results/screenshots/.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './chromium/launch';
import { openRealPopup } from './chromium/real-popup';
import { openPopup, openTab } from './chromium/tabs';
import { pickFixture } from './fixtures';
import { DIST, RESULTS } from './paths';
import { startSiteServer, type SiteServer } from './site-server';

declare const chrome: typeof import('wxt/browser').browser;

const OUT = join(RESULTS, 'screenshots');
const fixture = pickFixture();
type Theme = 'light' | 'dark';

let server: SiteServer;
let browser: Launched;
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
  await browser.worker.evaluate(async (value) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), theme: value } });
  }, theme);
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startSiteServer();
  // Debian's Chromium ships English UI strings only: a copy of the build without _locales/en falls
  // back to the default locale, Korean (as scripts/screenshots.ts does).
  dist = mkdtempSync(join(tmpdir(), 'declutter-ko-'));
  cpSync(DIST, dist, { recursive: true });
  rmSync(join(dist, '_locales/en'), { recursive: true, force: true });
  browser = await launchWithExtension(server, { dist, lang: 'ko' });
  let tabId: number;
  ({ page, tabId } = await openTab(browser, fixture.url));
  popup = await openPopup(browser, tabId);
  await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe(`screenshots (${fixture.slug}) into test-results/screenshots/`, () => {
  it.each(['light', 'dark'] as const)('real toolbar popup (%s)', async (theme) => {
    await setTheme(theme);
    const real = await openRealPopup(browser, page);
    await real.waitFor(
      `document.querySelector('.popup[data-theme="${theme}"] [data-testid="article-title"]') && innerWidth >= 780`,
      20_000,
    );
    await real.evaluate('Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => {})))');
    const { data } = await real.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    const file = join(OUT, `popup-real-${theme}.png`);
    writeFileSync(file, Buffer.from(data, 'base64'));
    const size = pngSize(file);
    expect(size.width).toBeGreaterThanOrEqual(780);
    expect(size.bytes).toBeGreaterThan(20_000);
    await real.close();
  });
});
