/**
 * Copy text / Markdown / citation, in both browsers, put exactly the expected text on the system
 * clipboard (read back in the popup tab: driver readClipboard).
 * The expectations never come from the browser: text is the fixture's expected.txt; Markdown is the
 * extraction pipeline run in Node (jsdom, as the CLI does) on the same HTML and URL; the citation is
 * its header lines (English UI labels, fixture metadata) + a blank line + expected.txt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../scripts/parse-html-document';
import { extractArticle } from '../../utils/extract/extract-article';
import { launch, type E2eBrowser } from './driver/driver';
import type { Tab } from './driver/tab';
import { enMessage } from './en-message';
import { expectedHeader, getArticle, getFixture, isArticle, loadFixtures, type ArticleFixture, type Fixture } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';
import { until } from './until';

const articles = loadFixtures()
  .filter(isArticle)
  .filter((fixture) => fixture.expected.site === 'sedaily');

/**
 * The pipeline's output in Node for the page as the browser has it (same HTML, same URL), with the
 * one browser global it reads: DOMParser (the `<noscript>` photo fallbacks; without it Node drops
 * those photos, which the extension keeps; see the report of this suite).
 */
function nodeArticle(fixture: Fixture) {
  const parsed = parseHtmlDocument(fixture.html, fixture.url);
  const globals = globalThis as { DOMParser?: unknown };
  const had = 'DOMParser' in globals;
  const previous = globals.DOMParser;
  globals.DOMParser = (parsed.window as unknown as { DOMParser: unknown }).DOMParser;
  try {
    const result = extractArticle(parsed.document, fixture.url, { window: parsed.window });
    if (result.status !== 'ok') throw new Error(`${fixture.slug}: the Node pipeline says ${result.reason}`);
    return result.article;
  } finally {
    if (had) globals.DOMParser = previous;
    else delete globals.DOMParser;
    parsed.close();
  }
}

function expectedCitation(fixture: ArticleFixture, url: string): string {
  const { byline: line } = expectedHeader(fixture);
  // `byline · date`, or the date alone when there is no byline (tests/pages/README.md).
  const date = line === null ? null : fixture.expected.byline ? line.split(' · ').pop()! : line;
  const rows: [string, string | null][] = [
    [enMessage('citeTitle'), fixture.expected.title],
    [enMessage('citeOutlet'), '서울경제'],
    [enMessage('citeAuthor'), fixture.expected.byline],
    [enMessage('citeDate'), date],
    [enMessage('citeUrl'), url],
  ];
  const header = rows
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
  return `${header}\n\n${fixture.text}`;
}

let server: SiteServer;
let browser: E2eBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launch(server);
  await browser.grantClipboard();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Clicks a copy button in `where` and returns the clipboard, read back in the popup tab. */
async function copyWith(popup: Tab, click: () => Promise<void>): Promise<string> {
  await browser.clearClipboard(popup);
  await click();
  let copied = '';
  await until(async () => (copied = await browser.readClipboard(popup)) !== '', 'the clipboard is written');
  return copied;
}

describe('copy from the popup', () => {
  it.each(articles.map((fixture) => [fixture.slug, fixture.expected.era] as const))(
    '%s (%s): text, Markdown and citation',
    async (slug) => {
      const fixture = getArticle(slug);
      const article = nodeArticle(fixture);
      // The Node pipeline agrees with the fixture on the text and the photos, so its Markdown is a
      // fair reference.
      expect(article.text).toBe(fixture.text);
      expect(article.markdown.match(/!\[[^\]]*\]\([^)]+\)/g)?.length ?? 0).toBe(fixture.expected.images);
      const { page, tabId } = await browser.openTab(fixture.url);
      const popup = await browser.openPopup(tabId);
      await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
      const click = (id: string) => () => popup.getByTestId(id).click();

      expect(await copyWith(popup, click('copy-text'))).toBe(fixture.text);
      expect(await popup.locator('[data-testid="status"][data-kind="success"]').count()).toBe(1);
      expect(await copyWith(popup, click('copy-markdown'))).toBe(article.markdown);
      expect(await copyWith(popup, click('copy-citation'))).toBe(expectedCitation(fixture, article.url));
      await popup.close();
      await page.close();
    },
  );
});

describe('copy from the reader', () => {
  it('puts the same clean text on the clipboard from the in-page reader (https page, content script)', async () => {
    const fixture = getFixture('sedaily-desktop-2020-era2');
    const { page, tabId } = await browser.openTab(fixture.url);
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('reader-toggle').click();
    const button = page.locator('declutter-reader [data-testid="copy-text"]');
    await button.waitFor({ timeout: 10_000 });
    const copied = await copyWith(popup, async () => {
      await page.bringToFront();
      await button.click();
      await page.locator('declutter-reader [data-testid="status"][data-kind="success"]').waitFor({ timeout: 10_000 });
    });
    expect(copied).toBe(fixture.text);
    await popup.close();
    await page.close();
  });
});
