/**
 * Pages that change under the extension, in both browsers ((c) in changing-pages.chromium.test.ts):
 *  (a) a sedaily article that, a second after load, opens a newsletter/app modal and appends two
 *      "infinite scroll" next articles (same markup, same classes, a duplicate #article-body):
 *      the popup, the clipboard and the reader still give exactly this article (expected.txt),
 *      with no modal text and nothing of the next articles, which are not part of it;
 *  (b) SPA navigation: pushState to another article's URL, the new content swapped in a moment
 *      later (head and body, as a client-side router renders), the popup and the open reader show
 *      the new article; history.back() (popstate, the old content swapped back) the old one;
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleViewExpression, expectArticle, type ArticleView } from './article-checks';
import { launch, type ConsoleWatch, type E2eBrowser } from './driver/driver';
import type { Tab as Page } from './driver/tab';
import type { E2ePage } from './e2e-page';
import { getArticle } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';
import { until } from './until';

const ERA3 = getArticle('sedaily-desktop-2026-era3');
const ALIBABA = getArticle('sedaily-desktop-2025-alibaba');

/** What the page adds after load; none of it may reach the article. */
const MODAL_TEXT = [
  '서울경제 뉴스레터를 구독하세요',
  '매일 아침 7시 꼭 읽어야 할 경제 뉴스를 메일로 보내 드립니다',
  '서울경제 앱에서 더 빠르게',
];
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
    (article, index) =>
      `<article class="article-wrap next-article" data-next="${index}"><div class="article-head">` +
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
let browser: E2eBrowser;

beforeAll(async () => {
  server = await startSiteServer([CHANGING]);
  browser = await launch(server);
  await browser.grantClipboard();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  tabId: number;
  messages: ConsoleWatch;
}

/** Opens `url` in a new tab with its console and the extension's world watched from the start. */
async function openWatched(url: string): Promise<Watched> {
  const page = await browser.newPage();
  const messages = await browser.watchConsole(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await browser.findTabId(url), messages };
}

const READER_VIEW = articleViewExpression(`document.querySelector('declutter-reader')?.shadowRoot`);

/** The popup's "copy text": exactly what the clipboard gets (read back in the popup tab). */
async function copiedText(popup: Page): Promise<string> {
  await browser.clearClipboard(popup);
  await popup.getByTestId('copy-text').click();
  let copied = '';
  await until(async () => (copied = await browser.readClipboard(popup)) !== '', 'the clipboard is written');
  return copied;
}

describe('(a) a modal and infinite scroll after load', () => {
  it('the popup, the clipboard and the reader give exactly the original article', async () => {
    const { page, tabId, messages } = await openWatched(CHANGING.url);
    await page.waitForFunction(
      () =>
        (window as unknown as { __changes: number }).__changes === 2 &&
        document.querySelectorAll('article.next-article').length === 2,
    );
    expect(await page.locator('.nl-modal').count()).toBe(1);
    // The same markup twice more: three h1.title and three #article-body in the document.
    expect(await page.locator('h1.title').count()).toBe(3);

    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    const view = await popup.evaluate<ArticleView>(articleViewExpression());
    expectArticle(view, ERA3);
    expect(await copiedText(popup)).toBe(ERA3.text);
    const foreign = [
      ...MODAL_TEXT,
      ...NEXT_ARTICLES.flatMap((article) => [article.title, article.deck, article.reporter, ...article.body]),
    ];
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
    let popup = await browser.openPopup(tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expectArticle(await popup.evaluate<ArticleView>(articleViewExpression()), ERA3);
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });

    // A client-side router: the URL first, the content once "fetched" (the other page's head and
    // body, parsed inert and moved in); back/forward swap the content back.
    await page.evaluate(
      ([oldUrl, oldHtml, newUrl, newHtml]) => {
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
      },
      [ERA3.url, ERA3.html, ALIBABA.url, ALIBABA.html] as const,
    );
    expect(page.url()).toBe(ALIBABA.url);

    // The open reader re-reads after the page settles (the loader waits 700 ms after a URL change).
    const readerTitle = page.locator('declutter-reader [data-testid="article-title"]');
    await until(async () => (await readerTitle.textContent()) === ALIBABA.expected.title, 'the reader shows the new article');
    expectArticle(await page.evaluate<ArticleView>(READER_VIEW), ALIBABA);
    expect(await page.locator('declutter-reader').count()).toBe(1);
    await popup.close();
    popup = await browser.openPopup(tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expectArticle(await popup.evaluate<ArticleView>(articleViewExpression()), ALIBABA);
    expect(await browser.askContentScript(tabId)).toEqual({ open: true, url: ALIBABA.url });
    await popup.getByTestId('reader-toggle').click();
    await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });

    await page.goBack();
    expect(page.url()).toBe(ERA3.url);
    await until(
      async () => (await page.locator('h1.title').first().textContent()) === ERA3.expected.title,
      'the router rendered the old article',
    );
    await popup.reload();
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expectArticle(await popup.evaluate<ArticleView>(articleViewExpression()), ERA3);
    expect(messages.fromExtension()).toEqual([]);
    expect(messages.pageErrors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
