/**
 * Naver News in the built extension, in both browsers, on the real saved pages (tests/pages/naver-*):
 * the popup and the reader show the article with every deck line, the newspaper (not 네이버) as
 * its outlet and a link to the original story; the citation copy names the newspaper and the
 * original story. Expectations come from the fixtures' hand-written expected files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleViewExpression, expectArticle, type ArticleView } from './article-checks';
import { launch, type E2eBrowser } from './driver/driver';
import type { Tab } from './driver/tab';
import { enMessage } from './en-message';
import { getArticle, isArticle, loadFixtures } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';
import { until } from './until';

const articles = loadFixtures()
  .filter(isArticle)
  .filter((fixture) => fixture.expected.site === 'naver');

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

async function copyCitation(popup: Tab): Promise<string> {
  await browser.clearClipboard(popup);
  await popup.getByTestId('copy-citation').click();
  let copied = '';
  await until(async () => (copied = await browser.readClipboard(popup)) !== '', 'the clipboard is written');
  return copied;
}

describe('Naver News', () => {
  it('has real article fixtures of both designs', () => {
    expect(new Set(articles.map((fixture) => fixture.expected.era))).toEqual(new Set(['desktop-2020', 'pc-2022']));
  });

  it.each(articles.map((fixture) => [fixture.slug] as const))('%s: popup, citation and reader', async (slug) => {
    const fixture = getArticle(slug);
    const { siteName, sourceUrl } = fixture.expected;
    expect(siteName, 'the fixture names its newspaper').toBeTruthy();
    const { page, tabId } = await browser.openTab(fixture.url);
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expectArticle(await popup.evaluate<ArticleView>(articleViewExpression()), fixture);
    expect(await popup.getByTestId('article-outlet').textContent()).toBe(siteName);
    expect(await popup.getByTestId('article-source').getAttribute('href')).toBe(sourceUrl);

    const citation = (await copyCitation(popup)).split('\n\n')[0]!.split('\n');
    expect(citation).toContain(`${enMessage('citeOutlet')}: ${siteName}`);
    expect(citation).toContain(`${enMessage('citeSource')}: ${sourceUrl}`);
    expect(citation.join('\n')).not.toMatch(/네이버/);

    await popup.getByTestId('reader-toggle').click();
    const outlet = page.locator('declutter-reader [data-testid="article-outlet"]');
    await outlet.waitFor({ timeout: 10_000 });
    expect(await outlet.textContent()).toBe(siteName);
    const deck = page.locator('declutter-reader [data-testid="article-deck"] p');
    expect(await deck.count()).toBe(fixture.expected.deck.length);
    for (const [index, line] of fixture.expected.deck.entries()) expect(await deck.nth(index).textContent()).toBe(line);
    await popup.close();
    await page.close();
  });
});
