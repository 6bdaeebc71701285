/**
 * Pages that change under the extension, in real Chromium:
 *  (a) a sedaily article that, a second after load, opens a newsletter/app modal and appends two
 *      "infinite scroll" next articles (same markup, same classes, a duplicate #article-body):
 *      the popup, the clipboard and the reader still give exactly this article (expected.txt),
 *      with no modal text and nothing of the next articles, which are not part of it;
 *  (b) SPA navigation: pushState to another article's URL, the new content swapped in a moment
 *      later (head and body, as a client-side router renders), the popup and the open reader show
 *      the new article; history.back() (popstate, the old content swapped back) the old one;
 *  (c) the extension reloaded (as by an update) while the page is open: the old content script is
 *      orphaned. Its open reader closes (Esc at once, or by itself within a second) and leaves the
 *      page as it was; nothing is thrown or logged into the page by the orphan; the next popup
 *      request injects a fresh loader, which reads and opens the reader again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articleViewExpression, expectArticle, type ArticleView } from './article-checks';
import {
  askContentScript,
  findTabId,
  getArticle,
  launchWithExtension,
  openPopup,
  reloadExtension,
  startSiteServer,
  until,
  watchConsole,
  watchExtensionWorld,
  type ConsoleWatch,
  type E2ePage,
  type ExtensionWorld,
  type Launched,
  type SiteServer,
} from './harness';

const ERA3 = getArticle('sedaily-desktop-2026-era3');
const ALIBABA = getArticle('sedaily-desktop-2025-alibaba');
const ERA2 = getArticle('sedaily-desktop-2020-era2');

/** What the page adds after load; none of it may reach the article. */
const MODAL_TEXT = ['서울경제 뉴스레터를 구독하세요', '매일 아침 7시 꼭 읽어야 할 경제 뉴스를 메일로 보내 드립니다', '서울경제 앱에서 더 빠르게'];
const NEXT_ARTICLES = [
  {
    title: '반도체 수출 석 달째 증가…AI 서버 수요가 끌어올려',
    deck: '메모리 가격 반등에 수출액 역대 최대',
    reporter: '김도윤 기자',
    body: [
      '다음 기사 첫 문단이다. 반도체 수출이 석 달 연속 늘며 지난달 수출액이 같은 달 기준 역대 최대를 기록했다. 인공지능 서버용 고대역폭메모리 수요가 크게 늘어난 영향이다.',
      '산업통상자원부에 따르면 지난달 반도체 수출은 1년 전보다 22% 늘었다. 업계는 메모리 가격 반등이 상반기 내내 이어질 것으로 보고 있다.',
    ],
  },
  {
    title: '서울 아파트값 6주 연속 상승…강남권 오름폭 커져',
    deck: '거래량도 석 달 만에 반등',
    reporter: '이서진 기자',
    body: [
      '그다음 기사 첫 문단이다. 서울 아파트값이 6주 연속 올랐다. 강남 3구를 중심으로 오름폭이 커지면서 매수 심리도 살아나는 모습이다.',
      '한국부동산원이 발표한 주간 아파트 가격 동향에 따르면 서울 아파트값은 0.08% 올라 전주보다 상승 폭이 커졌다.',
    ],
  },
];

/** Page scripts of the saved page are ads and trackers: dropped; ours simulates the site. */
function changingPage(): E2ePage {
  const next = NEXT_ARTICLES.map(
    (article, index) => `<article class="article-wrap next-article" data-next="${index}"><div class="article-head">` +
      `<h1 class="title">${article.title}</h1><div class="article-subtitle"><p>${article.deck}</p></div>` +
      `<div class="byline"><div class="writer"><span><a href="/reporter/9${index}">${article.reporter}</a></span></div>` +
      `<div class="date"><span class="date-publish">입력 2026-02-13 09:0${index}</span></div></div></div>` +
      `<div id="article-body" class="article-body" itemprop="articleBody">${article.body.map((p) => `<p class="text-l">${p}</p>`).join('')}</div></article>`,
  );
  const modal =
    '<div class="nl-modal" role="dialog" aria-modal="true" aria-labelledby="nl-title"><div class="nl-modal__box">' +
    `<h2 id="nl-title">${MODAL_TEXT[0]}</h2><p>${MODAL_TEXT[1]}</p><p class="app-promo">${MODAL_TEXT[2]}: 앱 설치하기</p>` +
    '<form><input type="email" placeholder="이메일 주소"><button type="button">구독</button></form><button type="button" class="nl-close">닫기</button></div></div>';
  const script = `<script>(() => {
  const NEXT = ${JSON.stringify(next)};
  const MODAL = ${JSON.stringify(modal)};
  window.__changes = 0;
  const appendNext = () => {
    document.querySelector('main#container').insertAdjacentHTML('beforeend', NEXT[window.__changes - 1]);
  };
  setTimeout(() => {
    document.body.insertAdjacentHTML('beforeend', MODAL);
    window.__changes = 1;
    appendNext();
    setTimeout(() => { window.__changes = 2; appendNext(); }, 400);
  }, 1000);
})();</script>`;
  const html = ERA3.html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace('</body>', `${script}\n</body>`);
  return { slug: 'changing-article', url: 'https://www.sedaily.com/article/20012399', html, scripts: true };
}

const CHANGING = changingPage();

let server: SiteServer;
let browser: Launched;

beforeAll(async () => {
  server = await startSiteServer([CHANGING]);
  browser = await launchWithExtension(server, { developerMode: true });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  tabId: number;
  messages: ConsoleWatch;
  world: ExtensionWorld;
}

/** Opens `url` in a new tab with its console and the extension's world watched from the start. */
async function openWatched(url: string): Promise<Watched> {
  const page = await browser.context.newPage();
  const messages = await watchConsole(browser, page);
  const world = await watchExtensionWorld(browser, page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await findTabId(browser.worker, url), messages, world };
}

const READER_VIEW = articleViewExpression(`document.querySelector('declutter-reader')?.shadowRoot`);

const pageState = (page: Page) =>
  page.evaluate(() => ({ html: document.documentElement.outerHTML, x: window.scrollX, y: window.scrollY, url: location.href }));

/** The popup's "copy text": exactly what the clipboard gets (read back in the popup tab). */
async function copiedText(popup: Page): Promise<string> {
  await popup.bringToFront();
  await popup.evaluate(() => navigator.clipboard.writeText(''));
  await popup.getByTestId('copy-text').click();
  let copied = '';
  await until(async () => (copied = await popup.evaluate(() => navigator.clipboard.readText())) !== '', 'the clipboard is written');
  return copied;
}

describe('(a) a modal and infinite scroll after load', () => {
  it('the popup, the clipboard and the reader give exactly the original article', async () => {
    const { page, tabId, messages } = await openWatched(CHANGING.url);
    await page.waitForFunction(() => (window as unknown as { __changes: number }).__changes === 2 && document.querySelectorAll('article.next-article').length === 2);
    expect(await page.locator('.nl-modal').count()).toBe(1);
    // The same markup twice more: three h1.title and three #article-body in the document.
    expect(await page.locator('h1.title').count()).toBe(3);

    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    const view = await popup.evaluate<ArticleView>(articleViewExpression());
    expectArticle(view, ERA3);
    expect(await copiedText(popup)).toBe(ERA3.text);
    const foreign = [...MODAL_TEXT, ...NEXT_ARTICLES.flatMap((article) => [article.title, article.deck, article.reporter, ...article.body])];
    const shown = [view.title, ...view.deck, view.byline, ...view.outline, view.body].join('\n');
    expect(foreign.filter((text) => shown.includes(text.slice(0, 16)))).toEqual([]);

    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    const inReader = await page.evaluate<ArticleView>(READER_VIEW);
    expectArticle(inReader, ERA3);
    const shownInReader = [inReader.title, ...inReader.deck, inReader.byline, ...inReader.outline, inReader.body].join('\n');
    expect(foreign.filter((text) => shownInReader.includes(text.slice(0, 16)))).toEqual([]);
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    expect(messages.fromExtension()).toEqual([]);
    expect(messages.pageErrors).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('(b) SPA navigation', () => {
  it('pushState to another article, its content a moment later: the popup and the open reader follow; back returns', async () => {
    const { page, tabId, messages } = await openWatched(ERA3.url);
    let popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expectArticle(await popup.evaluate<ArticleView>(articleViewExpression()), ERA3);
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });

    // A client-side router: the URL first, the content once "fetched" (the other page's head and
    // body, parsed inert and moved in); back/forward swap the content back.
    await page.evaluate(([oldUrl, oldHtml, newUrl, newHtml]) => {
      const render = (html: string) => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.title = next.title;
        document.head.replaceChildren(...Array.from(next.head.childNodes).map((node) => document.adoptNode(node)));
        // The open reader lives at the end of <html>, outside <body>: the router leaves it alone.
        document.body.replaceChildren(...Array.from(next.body.childNodes).map((node) => document.adoptNode(node)));
      };
      addEventListener('popstate', () => render(location.href === oldUrl ? oldHtml : newHtml));
      history.pushState({}, '', newUrl);
      setTimeout(() => render(newHtml), 200);
    }, [ERA3.url, ERA3.html, ALIBABA.url, ALIBABA.html] as const);
    expect(page.url()).toBe(ALIBABA.url);

    // The open reader re-reads after the page settles (the loader waits 700 ms after a URL change).
    const readerTitle = page.locator('declutter-reader [data-testid="article-title"]');
    await until(async () => (await readerTitle.textContent()) === ALIBABA.expected.title, 'the reader shows the new article');
    expectArticle(await page.evaluate<ArticleView>(READER_VIEW), ALIBABA);
    expect(await page.locator('declutter-reader').count()).toBe(1);
    await popup.close();
    popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expectArticle(await popup.evaluate<ArticleView>(articleViewExpression()), ALIBABA);
    expect(await askContentScript(browser.worker, tabId)).toEqual({ open: true, url: ALIBABA.url });
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });

    await page.goBack();
    expect(page.url()).toBe(ERA3.url);
    await until(async () => (await page.locator('h1.title').first().textContent()) === ERA3.expected.title, 'the router rendered the old article');
    await popup.reload();
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expectArticle(await popup.evaluate<ArticleView>(articleViewExpression()), ERA3);
    expect(messages.fromExtension()).toEqual([]);
    expect(messages.pageErrors).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('(c) the extension reloaded while the page is open', () => {
  it('the orphaned reader closes cleanly, nothing is thrown into the page, and the next request works', async () => {
    const { page, tabId, messages, world } = await openWatched(ERA2.url);
    await page.evaluate(() => window.scrollTo(0, 600));
    const before = await pageState(page);
    expect(before.y).toBeGreaterThan(0);
    let popup = await openPopup(browser, tabId);
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 20_000 });
    await popup.close();

    // 1. Reloaded with the reader open, then Esc at once: the orphan closes as it should.
    await reloadExtension(browser);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 5_000 });
    expect(await pageState(page)).toEqual(before);
    // The orphan no longer answers: the next request must inject a fresh loader.
    expect(await askContentScript(browser.worker, tabId)).toBeNull();

    // 2. The popup injects a fresh loader, which reads the page and opens the reader.
    popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expectArticle(await popup.evaluate<ArticleView>(articleViewExpression()), ERA2);
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    // A new isolated world for the new extension instance: the loader and the app were injected anew.
    expect(world.runs('/content-scripts/reader.js')).toBe(2);
    expect(world.runs('/reader-app.js')).toBe(2);
    await popup.close();

    // 3. Reloaded again with the reader open and left alone: it closes itself within a second or so.
    await reloadExtension(browser);
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 5_000 });
    expect(await pageState(page)).toEqual(before);
    // The orphaned loader on a URL change (SPA navigation) stays silent too.
    await page.evaluate(() => history.pushState({}, '', `${location.pathname}?from=orphan`));
    await page.waitForTimeout(1_000);
    await page.evaluate((url) => history.replaceState({}, '', url), ERA2.url);

    // 4. And the next request works again.
    popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await pageState(page)).toEqual(before);
    await popup.close();

    expect(messages.fromExtension()).toEqual([]);
    expect(messages.pageErrors).toEqual([]);
    await page.close();
  });
});
