// @vitest-environment jsdom
/**
 * "Read the selection": the selected ranges of a live page become the article through the
 * pipeline's steps and its sanitiser, without Readability; the page is only read.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, extractSelection, NO_SELECTION } from '../../../utils/extract/extract-selection';
import { htmlViolations } from '../../support/output-contract';
import { XSS_PAYLOADS } from '../../support/xss-payloads';

const URL = 'https://www.example-news.co.kr/news/articleView.html?idxno=12345';
const PAGE = `<!DOCTYPE html><html lang="ko"><head><title>기사 제목 - 예시뉴스</title>
  <meta property="og:title" content="정부, 반도체 지원 확대"><meta name="author" content="홍길동 기자">
  <meta property="article:published_time" content="2026-03-02T10:00:00+09:00"></head>
  <body><nav>메뉴 <a href="/">홈</a></nav><article id="story">
  <p id="p1">첫째 문단입니다. 반도체 지원이 늘어난다.</p>
  <div class="share">공유하기 페이스북 트위터</div>
  <p id="p2">둘째 문단입니다. <a href="/news/2">관련 링크</a>가 있다.</p>
  <figure><img data-src="/img/a.jpg" alt="공장"><figcaption>반도체 공장. 사진=연합뉴스</figcaption></figure>
  <p id="p3">셋째 문단입니다. 끝.</p></article><footer>ⓒ 예시뉴스 무단 전재 및 재배포 금지</footer></body></html>`;

function load(html = PAGE): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function range(doc: Document, from: [string, number], to: [string, number]): Range {
  const r = doc.createRange();
  r.setStart(doc.getElementById(from[0])!.firstChild!, from[1]);
  r.setEnd(doc.getElementById(to[0])!.firstChild!, to[1]);
  return r;
}

describe('extractSelection', () => {
  it("takes exactly the selected text, cut mid-paragraph, with the page's title, byline and date", () => {
    const doc = load();
    const result = extractSelection(doc, URL, [range(doc, ['p1', 10], ['p3', 6])], { window });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const { article } = result;
    expect([article.title, article.byline, article.published, article.lang, article.site]).toEqual([
      '정부, 반도체 지원 확대',
      '홍길동 기자',
      '2026-03-02T10:00:00+09:00',
      'ko',
      null,
    ]);
    const body = article.text.split('\n\n').slice(1);
    expect(body).toEqual([
      '반도체 지원이 늘어난다.',
      '둘째 문단입니다. 관련 링크가 있다.',
      '반도체 공장. 사진=연합뉴스',
      '셋째 문단입',
    ]);
    // Lazy photo promoted and made absolute, link absolute, clutter taken out and listed.
    expect(article.html).toContain('src="https://www.example-news.co.kr/img/a.jpg"');
    expect(article.html).toContain('href="https://www.example-news.co.kr/news/2"');
    expect(article.removed.map((block) => block.text)).toContain('공유하기 페이스북 트위터');
    expect(article.text).not.toContain('메뉴');
    expect(article.markdown).toMatch(/^# 정부, 반도체 지원 확대\n/);
  });

  it('keeps a selection inside one paragraph a paragraph', () => {
    const doc = load();
    const result = extractSelection(doc, URL, [range(doc, ['p2', 0], ['p2', 9])], { window });
    expect(result.status === 'ok' && result.article.html).toBe('<p>둘째 문단입니다.</p>');
  });

  it('never changes the page, and never copies into it', () => {
    const doc = load();
    const before = doc.documentElement.outerHTML;
    const images = doc.images.length;
    extractSelection(doc, URL, [range(doc, ['p1', 0], ['p3', 3])], { window });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.images.length).toBe(images);
  });

  it('says so when nothing, or nothing but white space, is selected', () => {
    const doc = load('<!DOCTYPE html><body><p id="a">글</p><p id="b">   </p></body>');
    expect(extractSelection(doc, URL, [])).toEqual({ status: 'not-article', reason: NO_SELECTION });
    const collapsed = doc.createRange();
    expect(extractSelection(doc, URL, [collapsed])).toEqual({ status: 'not-article', reason: NO_SELECTION });
    expect(extractSelection(doc, URL, [range(doc, ['b', 0], ['b', 2])], { window })).toEqual({
      status: 'not-article',
      reason: EMPTY_SELECTION,
    });
  });

  it('puts every payload of the XSS corpus through the sanitiser: the article HTML keeps the output contract', () => {
    let read = 0;
    for (const payload of XSS_PAYLOADS) {
      const doc = load(
        `<!DOCTYPE html><body><p id="a">앞 문단입니다.</p><div>${payload.html}</div><p id="b">뒤 문단입니다.</p></body>`,
      );
      // To the end of the body: a payload may swallow what follows it (an unclosed <textarea>).
      // Through the prototypes: clobbering payloads (`<img name=body>`) shadow document properties.
      const body = Object.getOwnPropertyDescriptor(Document.prototype, 'body')!.get!.call(doc) as HTMLElement;
      const selected = Document.prototype.createRange.call(doc);
      selected.setStart(Element.prototype.querySelector.call(body, '#a')!.firstChild!, 0);
      selected.setEnd(body, body.childNodes.length);
      const result = extractSelection(doc, URL, [selected], { window });
      const html = result.status === 'ok' ? result.article.html : '';
      if (html.includes('뒤 문단') || html.includes('앞 문단')) read++;
      expect(htmlViolations(html), payload.name).toEqual([]);
    }
    // The check means something only if the selections were read (a payload may clobber the page's DOM API).
    expect(read).toBeGreaterThan(XSS_PAYLOADS.length * 0.9);
  }, 30_000);
});
