/**
 * The popup on saved sedaily articles of every era, as `popup.html?tabId=N` in a tab, in both
 * browsers: each shows the fixture's title, deck, `byline · date` line, outline entries and every
 * block of its expected.txt, and no clutter line of tests/clutter-strings.ts; the controls are all
 * there. (The real toolbar popup: real-popup.chromium.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleViewExpression, expectArticle, type ArticleView } from './article-checks';
import { launch, type E2eBrowser } from './driver/driver';
import { getArticle, isArticle, loadFixtures } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';

const articles = loadFixtures()
  .filter(isArticle)
  .filter((fixture) => fixture.expected.site === 'sedaily');
const CONTROLS = ['reader-toggle', 'copy-text', 'copy-markdown', 'copy-citation', 'status', 'outline'];

let server: SiteServer;
let browser: E2eBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launch(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup.html?tabId=N', () => {
  it.each(articles.map((fixture) => [fixture.slug, fixture.expected.era] as const))('%s (%s)', async (slug) => {
    const fixture = getArticle(slug);
    const { page, tabId } = await browser.openTab(fixture.url);
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expectArticle(await popup.evaluate<ArticleView>(articleViewExpression()), fixture);
    for (const id of CONTROLS) expect(await popup.getByTestId(id).count(), id).toBe(1);
    expect(await popup.getByTestId('reader-toggle').getAttribute('data-state')).toBe('off');
    await popup.close();
    await page.close();
  });
});
