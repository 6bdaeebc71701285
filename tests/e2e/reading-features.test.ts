/**
 * The reading features in Chromium and Firefox with the built extension, on a saved sedaily
 * article, against the driver only:
 *  - fixing the article by hand: a paragraph removed in the reader leaves the page's DOM as it
 *    was, copying from the reader omits it, undo puts it back;
 *  - reading position: reopening the reader, and reopening it after a reload, returns to the block
 *    it was left at;
 *  - read the selection: the popup offers it when the page has one; the reader shows exactly it;
 *  - the print view: a tab of its own with only the article (without what was removed by hand) and
 *    its source; its Markdown file and the popup's (driver download).
 * Read aloud (a stand-in engine in the isolated world), the print view's print styles and its
 * requests stay in reading-features.chromium.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownFileName } from '../../utils/print/markdown-file';
import { squash } from './article-checks';
import { launch, type E2eBrowser } from './driver/driver';
import type { Tab } from './driver/tab';
import { pickFixture } from './fixtures';
import { expectUntouched, pageSnapshot } from './page-checks';
import { bodyBlocks, loadReaderPhotos, scrollReaderToBlock, selectInPage, topBlock } from './reading-checks';
import { startSiteServer, type SiteServer } from './site-server';
import { until } from './until';

declare const chrome: typeof import('wxt/browser').browser;

const fixture = pickFixture();
const blocks = bodyBlocks(fixture);

let server: SiteServer;
let browser: E2eBrowser;
let page: Tab;
let tabId: number;

const inReader = (selector: string) => page.locator(`declutter-reader ${selector}`);
const innerText = (target: Tab, selector: string) => target.locator(selector).evaluate((element) => element.innerText);

/** Opens the reader from the popup; the popup stays open (an extension page to read the clipboard in). */
async function openReader(): Promise<Tab> {
  const popup = await browser.openPopup(tabId);
  await popup.getByTestId('reader-toggle').click();
  await inReader('[data-testid="article-title"]').waitFor({ timeout: 15_000 });
  await page.bringToFront();
  return popup;
}

async function closeReader(): Promise<void> {
  await page.bringToFront();
  await inReader('.dc-reader__close').click();
  await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
}

/** Clicks the reader's copy-text button and returns the clipboard, read back in `clipboard`. */
async function copyFromReader(clipboard: Tab): Promise<string> {
  await browser.clearClipboard(clipboard);
  await page.bringToFront();
  await inReader('[data-testid="copy-text"]').click();
  await inReader('[data-testid="status"][data-kind="success"]').waitFor({ timeout: 10_000 });
  let copied = '';
  await until(async () => (copied = await browser.readClipboard(clipboard)) !== '', 'the clipboard is written');
  await page.bringToFront();
  return copied;
}

async function reloadPage(): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await until(async () => (await browser.askContentScript(tabId)) !== null, 'the content script is back');
}

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launch(server);
  await browser.grantClipboard();
  const blank = browser.pages()[0];
  ({ page, tabId } = await browser.openTab(fixture.url));
  await blank?.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`fixing the article by hand (${fixture.slug})`, () => {
  it('removes a paragraph from the reader only: the page stays, copy omits it, undo puts it back', async () => {
    const before = await pageSnapshot(page);
    const pageBody = await page.evaluate(() => document.body.outerHTML);
    const popup = await openReader();
    await inReader('[data-testid="edit-toggle"]').click();
    // The second body block: the first paragraph after the photo.
    const text = squash(await innerText(page, 'declutter-reader [data-block="1"] .dc-block__content'));
    expect(blocks.map(squash)).toContain(text);
    await inReader('[data-block="1"] [data-testid="block-remove"]').click();
    await inReader('[data-block="1"][data-removed="true"]').waitFor();
    await inReader('[data-testid="edit-toggle"]').click();
    await inReader('[data-block="1"]').waitFor({ state: 'detached' });
    // The page has not changed while the reader is open (the reader's host sits after the body).
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(pageBody);

    expect(await copyFromReader(popup)).toBe(
      [fixture.text!.split('\n\n')[0], ...blocks.filter((block) => squash(block) !== text)].join('\n\n'),
    );

    await inReader('[data-testid="removed-toggle"]').click();
    const byHand = inReader('[data-testid="removed-by-hand"]');
    expect(squash((await byHand.textContent()) ?? '')).toContain(text.slice(0, 20));
    await inReader('[data-testid="removed-by-hand"] button').click();
    await inReader('[data-block="1"]').waitFor();
    expect(await copyFromReader(popup)).toBe(fixture.text);
    await page.keyboard.press('Escape');
    await closeReader();
    await popup.close();
    await expectUntouched(page, before);
  });
});

describe('reading position', () => {
  it('reopening the reader returns to where it was left, and so does a reload', async () => {
    const popup = await openReader();
    await popup.close();
    await loadReaderPhotos(page);
    await scrollReaderToBlock(page, 3);
    expect(await topBlock(page)).toBe(3);
    await until(async () => {
      const stored = await browser.extension(() => chrome.storage.local.get('readingPositions'));
      return (stored.readingPositions as Record<string, { block: number }> | undefined)?.[fixture.url]?.block === 3;
    }, 'the position is saved');
    await page.keyboard.press('Escape');
    await page.locator('declutter-reader').waitFor({ state: 'detached' });
    await (await openReader()).close();
    await until(async () => (await topBlock(page)) === 3, 'the reader is back at block 3');
    await closeReader();

    await reloadPage();
    await (await openReader()).close();
    await until(async () => (await topBlock(page)) === 3, 'back at block 3 after a reload');
    await closeReader();
  });
});

describe('read the selection', () => {
  it('the popup offers it when the page has a selection; the reader shows exactly the selected part', async () => {
    await reloadPage();
    const [second, third, fourth] = [blocks[2]!, blocks[3]!, blocks[4]!];
    await selectInPage(page, second.slice(0, 20), third.slice(0, 20));
    const before = await pageSnapshot(page);
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('read-selection').click();
    await inReader('.dc-reader[data-source="selection"]').waitFor({ timeout: 15_000 });
    await popup.close();
    await page.bringToFront();
    const body = squash(await innerText(page, 'declutter-reader [data-testid="article-body"]'));
    expect(body.startsWith(squash(second.slice(5)).slice(0, 30))).toBe(true);
    expect(body.endsWith(squash(third.slice(0, 10)))).toBe(true);
    expect(body).not.toContain(squash(fourth).slice(0, 20));
    expect(await inReader('[data-testid="article-title"]').textContent()).toBe(fixture.expected.title);
    await closeReader();
    await expectUntouched(page, before);
    await page.evaluate(() => getSelection()!.removeAllRanges());
  });
});

describe('the print view and the Markdown file', () => {
  it("opens in a tab of its own with only the article and its source; the reader's edits stay out", async () => {
    const popup = await openReader();
    await popup.close();
    await inReader('[data-testid="edit-toggle"]').click();
    const removedText = squash(await innerText(page, 'declutter-reader [data-block="1"] .dc-block__content')).slice(0, 30);
    await inReader('[data-block="1"] [data-testid="block-remove"]').click();
    await inReader('[data-block="1"][data-removed="true"]').waitFor();
    await inReader('[data-testid="print-open"]').click();
    const print = await browser.waitForTab((url) => url.startsWith(`${browser.origin}/print.html`), { timeout: 15_000 });
    await print.locator('[data-testid="article-title"]').waitFor({ timeout: 15_000 });
    expect(await print.evaluate(() => document.title)).toBe(fixture.expected.title);
    expect(await print.locator('[data-testid="article-deck"] p').allTextContents()).toEqual(fixture.expected.deck);
    expect(await print.locator('.dc-meta__byline').textContent()).toBe(fixture.text!.split('\n\n')[0]!.split('\n').at(-1));
    expect(await print.locator('[data-testid="article-body"] figure img').count()).toBe(fixture.expected.images);
    expect(await print.locator('[data-testid="article-body"] figcaption').count()).toBeGreaterThan(0);
    const body = squash(await innerText(print, '[data-testid="article-body"]'));
    expect(body).not.toContain(removedText);
    // Only the article: every other body block is there, nothing of the page around it.
    for (const block of blocks.filter((candidate) => !squash(candidate).startsWith(removedText)))
      expect(body).toContain(squash(block).slice(0, 30));
    expect(await innerText(print, '[data-testid="print-source"]')).toContain(fixture.url);

    const file = await browser.download(print, () => print.getByTestId('save-markdown').click());
    expect(file.name).toBe(markdownFileName(fixture.expected.title));
    expect(file.text.startsWith(`# ${fixture.expected.title.replace(/([\\`*_[\]<~])/g, '\\$1')}\n`)).toBe(true);
    expect(file.text).toContain(`URL: <${fixture.url}>`);
    expect(squash(file.text)).not.toContain(removedText);
    await print.close();
    await closeReader();
  });

  it('the popup saves the same Markdown file, with every paragraph', async () => {
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
    const file = await browser.download(popup, () => popup.getByTestId('save-markdown').click());
    expect(file.name).toBe(markdownFileName(fixture.expected.title));
    expect(file.text).toContain(`URL: <${fixture.url}>`);
    for (const block of blocks) expect(squash(file.text)).toContain(squash(block).slice(0, 20));
    await popup.close();
  });
});
