/**
 * Per-site reader mode in real, headful Chromium (Xvfb): the real popup (opened by its shortcut,
 * which grants activeTab) asks for the site's one origin when the user turns it on; the browser's
 * prompt is answered with real keys (Escape declines; Tab then Return allows: the prompt's default
 * button is its Cancel). Then the content script is registered for that origin only, article pages
 * of the site open in the reader by themselves, pages that are not articles stay as they are, Back
 * stays on the site, and all of it survives an extension update and a browser restart. The options
 * page lists the site; removing it unregisters the script and gives the permission back; a
 * permission revoked in the browser drops the site. Built-in, already listed and restricted pages
 * each get their message. No new required permission appears.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './chromium/launch';
import { openPopupByShortcut, type RealPopup } from './chromium/real-popup';
import { reloadExtension } from './chromium/reload-extension';
import { askContentScript, openTab } from './chromium/tabs';
import { loadE2ePage } from './e2e-page';
import { enMessage } from './en-message';
import { getArticle } from './fixtures';
import { DIST } from './paths';
import { startSiteServer, type SiteServer } from './site-server';
import { until } from './until';

declare const chrome: typeof import('wxt/browser').browser;

const ARTICLE = getArticle('generic-korean-outlet');
const LIST = loadE2ePage('outlet-list');
const ORIGIN = new URL(ARTICLE.url).origin;
const PATTERN = `${ORIGIN}/*`;
const HOST = new URL(ARTICLE.url).host;
/** How long the browser's permission prompt takes to appear; nothing on the X display tells. */
const PROMPT_MS = 1500;

let server: SiteServer;
let browser: Launched;

const message = (key: string, host = HOST) => enMessage(key).replaceAll('$ARG1$', host);

/** What the background holds: the stored list, the registration, the permission. */
async function backgroundState() {
  return browser.worker.evaluate(async (pattern) => {
    const stored = await chrome.storage.local.get('readerSites');
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    return {
      sites: (stored.readerSites as string[] | undefined) ?? [],
      scripts: scripts.map((script) => ({
        id: script.id,
        matches: script.matches,
        js: script.js,
        persistAcrossSessions: script.persistAcrossSessions,
      })),
      granted: await chrome.permissions.contains({ origins: [pattern] }),
    };
  }, PATTERN);
}

const ON = {
  sites: [ORIGIN],
  scripts: [{ id: 'declutter-reader-sites', matches: [PATTERN], js: ['content-scripts/reader.js'], persistAcrossSessions: true }],
  granted: true,
};
const OFF = { sites: [], scripts: [], granted: false };

/** Clicks `selector` in the real popup as the user does (a user gesture, which the permission request needs). */
async function clickInPopup(popup: RealPopup, selector: string): Promise<void> {
  await popup.waitFor(
    `document.querySelector(${JSON.stringify(selector)}) && !document.querySelector(${JSON.stringify(selector)}).disabled`,
  );
  await popup.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(selector)}).click()`,
    userGesture: true,
  });
}

/** Answers the browser's permission prompt with real keys. */
async function answerPrompt(allow: boolean): Promise<void> {
  await new Promise((done) => setTimeout(done, PROMPT_MS));
  browser.desktop!.focusBrowser();
  browser.desktop!.key(...(allow ? ['Tab', 'Return'] : ['Escape']));
}

const readerOpens = (page: Page) => page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 15_000 });

/** Waits long enough for a reader that would open by itself (content script, app, extraction), then says if it did. */
async function readerOpenedBySelf(page: Page): Promise<boolean> {
  await page.waitForTimeout(2500);
  return (await page.locator('declutter-reader').count()) > 0;
}

beforeAll(async () => {
  server = await startSiteServer([LIST]);
  browser = await launchWithExtension(server, { headful: true, developerMode: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

let options: Page;

describe('turning a site on from the popup', () => {
  it('the popup hands over to the options page, which asks for that one origin; declined, it says so', async () => {
    expect(await backgroundState()).toEqual(OFF);
    const { page } = await openTab(browser, ARTICLE.url);
    const popup = await openPopupByShortcut(browser, page);
    await popup.waitFor(`document.querySelector('[data-testid="site-toggle"][data-state="off"]')`);
    const opened = browser.context.waitForEvent('page');
    await clickInPopup(popup, '[data-testid="site-toggle"]');
    options = await opened;
    await options.getByTestId('site-asked').waitFor({ timeout: 10_000 });
    expect(options.url()).toBe(`chrome-extension://${browser.extensionId}/options.html#add=${encodeURIComponent(ORIGIN)}`);
    expect(await options.getByTestId('site-asked').textContent()).toBe(message('siteAsk'));
    expect(await options.locator('[data-testid="reader-sites"] input').inputValue()).toBe(HOST);
    expect(await backgroundState()).toEqual(OFF);
    await options.getByTestId('site-add').click();
    await answerPrompt(false);
    await options.locator(`[data-testid="reader-sites"] [data-testid="status"]:has-text("${message('siteDeclined')}")`).waitFor();
    expect(await backgroundState()).toEqual(OFF);
    await page.close();
  });

  it('allowed, the content script is registered for it alone; no required permission is added', async () => {
    await options.getByTestId('site-add').click();
    await answerPrompt(true);
    await options.locator(`[data-testid="reader-sites"] [data-testid="status"]:has-text("${message('siteAdded')}")`).waitFor();
    expect(await backgroundState()).toEqual(ON);
    expect(
      await options.locator('.options__site').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.origin)),
    ).toEqual([ORIGIN]);
    // Granted at runtime; the manifest asks for nothing more.
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
      permissions: string[];
      host_permissions: string[];
    };
    const granted = await browser.worker.evaluate(() => chrome.permissions.getAll());
    expect(granted.origins?.sort()).toEqual([...manifest.host_permissions, PATTERN].sort());
    expect(granted.permissions?.sort()).toEqual([...manifest.permissions].sort());
    // The popup now shows it on.
    const { page } = await openTab(browser, LIST.url);
    const popup = await openPopupByShortcut(browser, page);
    await popup.waitFor(`document.querySelector('[data-testid="site-toggle"][data-state="on"][aria-pressed="true"]')`);
    await popup.close();
    await page.close();
  });
});

describe('the site in reader mode', () => {
  it('opens its article in the reader by itself; a list page stays as it is; Back stays on the site', async () => {
    const { page } = await openTab(browser, LIST.url);
    // The content script runs there (registered), but a list is not an article.
    expect(
      await askContentScript(
        browser.worker,
        (await browser.worker.evaluate((url) => chrome.tabs.query({ url }), LIST.url))[0]!.id!,
      ),
    ).toMatchObject({ open: false });
    expect(await readerOpenedBySelf(page)).toBe(false);
    const entries = await page.evaluate(() => window.history.length);
    await page.click('#to-article');
    await page.waitForURL(ARTICLE.url);
    await readerOpens(page);
    expect(await page.locator('declutter-reader [data-testid="article-title"]').textContent()).toBe(ARTICLE.expected.title);
    // Opening the reader added no history entry: Back goes to the list, on the same site.
    expect(await page.evaluate(() => window.history.length)).toBe(entries + 1);
    await page.goBack({ waitUntil: 'load' });
    expect(page.url()).toBe(LIST.url);
    expect(await readerOpenedBySelf(page)).toBe(false);
    await page.close();
  });

  it('still opens there after an extension update (registration kept or restored from the list)', async () => {
    await reloadExtension(browser);
    await until(async () => (await backgroundState()).scripts.length === 1, 'the script is registered after the update');
    expect(await backgroundState()).toEqual(ON);
    const { page } = await openTab(browser, ARTICLE.url);
    await readerOpens(page);
    await page.close();
  });
});

describe('already covered, built in, restricted', () => {
  it('the options page says a listed site is already on, asking for nothing', async () => {
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-testid="reader-sites"] input').fill(`${ORIGIN}/news/articleList.html`);
    await options.getByTestId('site-add').click();
    await options.locator(`[data-testid="reader-sites"] [data-testid="status"]:has-text("${message('siteAlready')}")`).waitFor();
    expect(await backgroundState()).toEqual(ON);
  });

  it('the popup on a built-in site points to the auto-open setting; on a browser page it says it cannot', async () => {
    const sedaily = getArticle('sedaily-desktop-2020-era2');
    const { page } = await openTab(browser, sedaily.url);
    let popup = await openPopupByShortcut(browser, page);
    await clickInPopup(popup, '[data-testid="site-toggle"][data-state="built-in"]');
    await popup.waitFor(
      `document.querySelector('[data-testid="status"]').textContent === ${JSON.stringify(message('siteBuiltIn', 'www.sedaily.com'))}`,
    );
    await popup.close();
    await page.goto('chrome://version');
    popup = await openPopupByShortcut(browser, page);
    await clickInPopup(popup, '[data-testid="site-toggle"][data-state="unavailable"]');
    await popup.waitFor(
      `document.querySelector('[data-testid="status"]').textContent === ${JSON.stringify(enMessage('siteUnavailable'))}`,
    );
    expect(await popup.evaluate('getComputedStyle(document.querySelector(\'[data-testid="status"]\')).clipPath')).toBe('none');
    await popup.close();
    await page.close();
    expect(await backgroundState()).toEqual(ON);
  });
});

describe('turning it off', () => {
  it('removing the site on the options page unregisters the script and gives the permission back', async () => {
    await options.locator(`.options__site[data-origin="${ORIGIN}"] button`).click();
    await options.locator(`[data-testid="reader-sites"] [data-testid="status"]:has-text("${message('siteRemoved')}")`).waitFor();
    await until(async () => !(await backgroundState()).granted, 'the permission is given back');
    expect(await backgroundState()).toEqual(OFF);
    expect(await options.locator('.options__site').count()).toBe(0);
    const { page, tabId } = await openTab(browser, ARTICLE.url);
    expect(await readerOpenedBySelf(page)).toBe(false);
    // No content script at all there any more.
    expect(await askContentScript(browser.worker, tabId)).toBeNull();
    await page.close();
  });

  it('a permission revoked in the browser drops the site', async () => {
    await options.locator('[data-testid="reader-sites"] input').fill(HOST);
    await options.getByTestId('site-add').click();
    await answerPrompt(true);
    await until(async () => (await backgroundState()).scripts.length === 1, 'added again');
    // What "Remove access" in the browser's extension settings does.
    await browser.worker.evaluate((pattern) => chrome.permissions.remove({ origins: [pattern] }), PATTERN);
    await until(async () => (await backgroundState()).sites.length === 0, 'the site is dropped');
    expect(await backgroundState()).toEqual(OFF);
  });
});

describe('a browser restart', () => {
  /**
   * Closes the browser, keeping its profile, and starts Chromium again on it (headless: nothing
   * needs a gesture any more). The harness's own launch deletes its profile on close, so this one
   * launches by hand with the same extension and host mapping.
   */
  async function restart(): Promise<{ context: BrowserContext; profile: string }> {
    const version = await browser.context.newPage();
    await version.goto('chrome://version');
    const profile = (await version.locator('#profile_path').textContent())!.trim().replace(/\/Default$/, '');
    await browser.context.close();
    const copy = `${profile}-restarted`;
    cpSync(profile, copy, { recursive: true });
    const context = await chromium.launchPersistentContext(copy, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        `--disable-extensions-except=${DIST}`,
        `--load-extension=${DIST}`,
        `--host-resolver-rules=${[...server.hostRules, 'MAP * ~NOTFOUND'].join(', ')}`,
        '--ignore-certificate-errors',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    return { context, profile: copy };
  }

  it('the site still opens in reader mode after the browser restarts', async () => {
    await options.locator('[data-testid="reader-sites"] input').fill(HOST);
    await options.getByTestId('site-add').click();
    await answerPrompt(true);
    await until(async () => (await backgroundState()).scripts.length === 1, 'added again');
    const { context, profile } = await restart();
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
      await until(
        async () => (await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length === 1,
        'the registration is there after the restart',
      );
      const page = await context.newPage();
      await page.goto(ARTICLE.url, { waitUntil: 'load' });
      await readerOpens(page);
      expect(await worker.evaluate(() => chrome.storage.local.get('readerSites'))).toEqual({ readerSites: [ORIGIN] });
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
