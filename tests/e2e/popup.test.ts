/**
 * The popup on saved sedaily articles of every era, in real Chromium, both ways the design names:
 * as `popup.html?tabId=N` in a tab (every sedaily article fixture) and as the real toolbar popup
 * (`chrome.action.openPopup()`, read over CDP) for one article per era. Each shows the fixture's
 * title, deck, `byline · date` line, outline entries and every block of its expected.txt, and no
 * clutter line of tests/clutter-strings.ts; the controls are all there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleViewExpression, expectArticle, type ArticleView } from './article-checks';
import {
  getArticle,
  getFixture,
  isArticle,
  launchWithExtension,
  loadFixtures,
  openPopup,
  openRealPopup,
  openTab,
  startSiteServer,
  type Launched,
  type SiteServer,
} from './harness';

const articles = loadFixtures()
  .filter(isArticle)
  .filter((fixture) => fixture.expected.site === 'sedaily');
/** One real-popup run per era (desktop 2016/2020/2026, mobile, AMP). */
const REAL_POPUP = ['sedaily-desktop-2016-era1', 'sedaily-desktop-2025-alibaba', 'sedaily-desktop-2026-era3', 'sedaily-mobile-2024', 'sedaily-amp-2026'];
const CONTROLS = ['reader-toggle', 'copy-text', 'copy-markdown', 'copy-citation', 'status', 'outline'];

let server: SiteServer;
let browser: Launched;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launchWithExtension(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup.html?tabId=N', () => {
  it.each(articles.map((fixture) => [fixture.slug, fixture.expected.era] as const))('%s (%s)', async (slug) => {
    const fixture = getArticle(slug);
    const { page, tabId } = await openTab(browser, fixture.url);
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expectArticle(await popup.evaluate<ArticleView>(articleViewExpression()), fixture);
    for (const id of CONTROLS) expect(await popup.getByTestId(id).count(), id).toBe(1);
    expect(await popup.getByTestId('reader-toggle').getAttribute('data-state')).toBe('off');
    await popup.close();
    await page.close();
  });
});

describe('the real toolbar popup (chrome.action.openPopup, read over CDP)', () => {
  it.each(REAL_POPUP.map((slug) => [slug, getFixture(slug).expected.era] as const))('%s (%s)', async (slug) => {
    const fixture = getArticle(slug);
    const { page } = await openTab(browser, fixture.url);
    const real = await openRealPopup(browser, page);
    await real.waitFor(`document.querySelector('[data-testid="article-title"]')`, 20_000);
    expectArticle(await real.evaluate<ArticleView>(articleViewExpression()), fixture);
    const present = await real.evaluate<number[]>(`${JSON.stringify(CONTROLS)}.map((id) => document.querySelectorAll('[data-testid="' + id + '"]').length)`);
    expect(present).toEqual(CONTROLS.map(() => 1));
    await real.close();
    await page.close();
  });
});
