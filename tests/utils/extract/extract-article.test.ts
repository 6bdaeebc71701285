/**
 * End-to-end extraction on small hand-written pages, under happy-dom. `html` is not asserted here:
 * it is sanitised by DOMPurify, which fails closed to '' under happy-dom (see
 * extract-article-html.test.ts, which runs under jsdom).
 */
import { describe, expect, it } from 'vitest';
import type { Article, ExtractResult } from '../../../utils/article';
import { extractArticle } from '../../../utils/extract/extract-article';
import { findBodyRoot } from '../../../utils/extract/copy-page';
import { documentBase } from '../../../utils/extract/prepare-media';
import {
  ERA2_CAPTION_1,
  ERA2_CAPTION_2,
  ERA2_DECK,
  ERA2_HTML,
  ERA2_P2,
  ERA2_P3,
  ERA2_P4,
  ERA2_TEXT,
  ERA2_TITLE,
  ERA2_URL,
  ERA3_HTML,
  ERA3_TEXT,
  ERA3_URL,
  GENERIC_HTML,
  GENERIC_PARAGRAPHS,
} from '../../support/extract-pages';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function ok(result: ExtractResult): Article {
  if (result.status !== 'ok') throw new Error(`expected ok, got not-article: ${result.reason}`);
  return result.article;
}

/** Clutter text that must never reach the copied text or markdown. */
const CLUTTER = [
  '주 메뉴 바로가기',
  '전체메뉴',
  '증권',
  '팝업창 닫기',
  '공유하기',
  '이메일보내기',
  '글자크기 설정',
  '관련기사',
  '알리바바, AI 안경 공개',
  '광고',
  '저작권자',
  '이 기자의 다른 기사',
  'ksk@sedaily.com',
  '주소 :',
  'Copyright',
  '팔로우',
  '입력 2025',
];

describe('extractArticle: sedaily Era 2 article', () => {
  const result = extractArticle(parse(ERA2_HTML), ERA2_URL);
  const article = ok(result);

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      url: ERA2_URL,
      site: 'sedaily',
      siteName: '서울경제',
      lang: 'ko',
      dir: 'ltr',
      title: ERA2_TITLE,
      deck: ERA2_DECK,
      byline: '김광수 특파원',
      published: '2025-11-27T17:25:13+09:00',
      leadImage: 'https://newsimg.sedaily.com/2025/11/27/2H0ABCDEFG_1.jpg',
    });
  });

  it('text is exactly title, deck, byline · date, then the body blocks', () => {
    expect(article.text).toBe(ERA2_TEXT);
  });

  it('text and markdown carry no clutter', () => {
    for (const clutter of CLUTTER) {
      expect(article.text, clutter).not.toContain(clutter);
      expect(article.markdown, clutter).not.toContain(clutter);
    }
  });

  it('markdown has both photos (the lazy one promoted) with their captions, in place', () => {
    const photo1 = '![마윈](https://newsimg.sedaily.com/2025/11/27/2H0ABCDEFG_1.jpg)';
    const photo2 = '![본사](https://newsimg.sedaily.com/2025/11/27/2H0ABCDEFG_2.jpg)';
    expect(article.markdown).toContain(`${photo1}\n\n*${ERA2_CAPTION_1}*\n\n`);
    expect(article.markdown).toContain(`${ERA2_P2}\n\n${photo2}\n\n*${ERA2_CAPTION_2}*\n\n${ERA2_P3}`);
    expect(article.markdown.endsWith(ERA2_P4)).toBe(true);
    expect(article.markdown.startsWith(`# ${ERA2_TITLE}\n\n> ${ERA2_DECK[0]}\n>\n> ${ERA2_DECK[1]}`)).toBe(true);
  });

  it('makes in-body links absolute against the page URL', () => {
    expect(article.markdown).toContain('[샤오훙수](https://www.sedaily.com/NewsView/2H0BBBBBBB)');
  });

  it('links each deck point to the paragraph that covers it', () => {
    expect(article.outline).toEqual([
      { id: 'dc-s-1', level: 2, text: ERA2_DECK[0], derived: true },
      { id: 'dc-s-2', level: 2, text: ERA2_DECK[1], derived: true },
      { id: 'dc-s-3', level: 2, text: ERA2_DECK[2], derived: true },
      { id: 'dc-s-3', level: 2, text: ERA2_DECK[3], derived: true },
    ]);
  });

  it('counts the body only (not title, deck or byline) for stats', () => {
    const body = ERA2_TEXT.split('\n\n').slice(1).join('\n\n');
    expect(article.stats.characters).toBe(body.replace(/\s+/g, '').length);
    expect(article.stats.words).toBe(body.split(/\s+/).filter(Boolean).length);
    expect(article.stats.readingMinutes).toBe(1);
  });

  it('records what was removed, each with a reason, a rule and a short preview', () => {
    expect(article.removed.length).toBeGreaterThan(0);
    for (const entry of article.removed) {
      expect(entry.reason).toMatch(/^[a-z][a-z-]*$/);
      expect(entry.rule.length).toBeGreaterThan(0);
      expect(entry.text.length).toBeGreaterThan(0);
      expect(entry.text.length).toBeLessThanOrEqual(80);
    }
    const reasons = new Set(article.removed.map((entry) => entry.reason));
    // Removals inside the article container; the page chrome around it is never copied at all.
    for (const reason of ['related', 'ad', 'copyright', 'reporter-box', 'sign-off']) {
      expect(reasons, reason).toContain(reason);
    }
    for (const reason of ['menu', 'popup', 'footer']) expect(reasons, reason).not.toContain(reason);
    expect(article.removed).toContainEqual({
      reason: 'sign-off',
      rule: 'trailing-sign-off',
      text: '/김광수 특파원 ksk@sedaily.com',
      detail: '/김광수 특파원 ksk@sedaily.com',
    });
    expect(article.removed).toContainEqual(
      expect.objectContaining({ reason: 'copyright', text: '< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 >' }),
    );
  });

  it('returns plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('extractArticle: sedaily Era 3 article', () => {
  const article = ok(extractArticle(parse(ERA3_HTML), ERA3_URL));

  it('reads metadata, shifting a UTC published time to KST', () => {
    expect(article).toMatchObject({
      site: 'sedaily',
      siteName: '서울경제',
      title: '반도체 수출 석 달 만에 반등',
      deck: ['1월 수출 12% 증가', 'AI 서버 수요가 견인'],
      byline: '윤민혁 기자',
      published: '2026-02-12T10:40:31+09:00',
      leadImage: 'https://wimg.sedaily.com/news/cms/2026/02/12/news-p.v1.20260212.0123456789abcdef0123456789abcdef_P1.jpg',
    });
  });

  it('marks marker and bold subheads as the outline', () => {
    expect(article.outline).toEqual([
      { id: 'dc-s-1', level: 2, text: 'AI 서버 수요 폭증' },
      { id: 'dc-s-2', level: 2, text: '하반기 전망은' },
    ]);
  });

  it('drops the sign-off, copyright and follow lines inside the body container', () => {
    expect(article.text).toBe(ERA3_TEXT);
    const reasons = article.removed.map((entry) => entry.reason);
    expect(reasons).toEqual(expect.arrayContaining(['sign-off', 'copyright', 'follow']));
  });

  it('makes the relative photo URL absolute', () => {
    expect(article.markdown).toContain('![연구원](https://www.sedaily.com/news/cms/2026/02/12/photo.jpg)');
  });
});

describe('extractArticle: generic article', () => {
  it('extracts an English article with no rule', () => {
    const article = ok(extractArticle(parse(GENERIC_HTML), 'https://example.com/news/asia-rates'));
    expect(article).toMatchObject({
      site: null,
      // No rule: the outlet name comes from og:site_name.
      siteName: 'Example News',
      lang: 'en',
      title: 'Asian central banks hold rates',
      byline: 'Jane Doe',
      published: '2024-05-01T12:00:00+00:00',
    });
    expect(article.text).toBe(
      ['Asian central banks hold rates', 'Jane Doe · 2024-05-01 12:00', '', ...GENERIC_PARAGRAPHS.join('\n\n').split('\n')].join(
        '\n',
      ),
    );
    expect(article.removed.map((entry) => entry.reason)).toEqual(
      expect.arrayContaining(['menu', 'share-tools', 'related', 'footer']),
    );
  });

  it('uses the generic pipeline on the excluded English edition', () => {
    const result = extractArticle(parse(GENERIC_HTML), 'https://en.sedaily.com/finance/2026/03/02/asia-rates');
    expect(ok(result).site).toBeNull();
  });

  it('uses the generic pipeline on a look-alike host', () => {
    expect(ok(extractArticle(parse(GENERIC_HTML), 'https://sedaily.com.evil.io/NewsView/2H0ABCDEFG')).site).toBeNull();
  });
});

describe('extractArticle: not articles', () => {
  it.each([
    ['https://www.sedaily.com/'],
    ['https://www.sedaily.com/v/NewsMain/GA'],
    ['https://www.sedaily.com/NewsList/GA01'],
    ['https://www.sedaily.com/Search/?scText=알리바바'],
    ['https://www.sedaily.com/newsArchive/2026/03/02'],
    ['https://www.sedaily.com/economy'],
  ])('a sedaily section URL (%s) is not an article, whatever the page holds', (url) => {
    expect(extractArticle(parse(ERA2_HTML), url)).toEqual({
      status: 'not-article',
      reason: 'This 서울경제 page is not an article: it is a section front, list, search or home page.',
    });
  });

  it('force extracts a sedaily section URL anyway', () => {
    const article = ok(extractArticle(parse(ERA2_HTML), 'https://www.sedaily.com/v/NewsMain/GA', { force: true }));
    expect(article.site).toBe('sedaily');
    expect(article.title).toBe(ERA2_TITLE);
    expect(article.text).toBe(ERA2_TEXT);
  });

  it('a generic page that is mostly links is not an article', () => {
    const links = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/story/${i}">Headline number ${i} about markets and rates today</a></li>`,
    ).join('');
    const result = extractArticle(parse(`<html lang="en"><body><ul>${links}</ul></body></html>`), 'https://example.com/');
    expect(result.status).toBe('not-article');
  });

  it('a short generic page is not an article; force extracts it', () => {
    const html = '<html lang="en"><body><p>Just one short line of text on this page.</p></body></html>';
    const result = extractArticle(parse(html), 'https://example.com/short');
    expect(result.status).toBe('not-article');
    if (result.status === 'not-article') expect(result.reason).toMatch(/characters|No article text/);
    const forced = extractArticle(parse(html), 'https://example.com/short', { force: true });
    expect(ok(forced).text).toContain('Just one short line of text on this page.');
  });
});

describe('extractArticle: never throws on garbage', () => {
  const xml = () => new DOMParser().parseFromString('<root><p>x</p></root>', 'application/xml');
  const noBody = () => {
    const doc = parse('<html><head><title>t</title></head><body><p>본문</p></body></html>');
    doc.documentElement.removeChild(doc.body);
    return doc;
  };
  const noRoot = () => {
    const doc = parse('<p>x</p>');
    doc.removeChild(doc.documentElement);
    return doc;
  };

  it.each<[string, () => Document, string]>([
    ['an empty string parsed', () => parse(''), 'No article text was found on this page.'],
    [
      'an empty createHTMLDocument',
      () => document.implementation.createHTMLDocument(''),
      'No article text was found on this page.',
    ],
    ['a document without body', noBody, 'This is not an HTML page.'],
    ['a document without documentElement', noRoot, 'This is not an HTML page.'],
    ['an XML document', xml, 'This is not an HTML page.'],
    // A frameset has no body in jsdom and browsers, an empty one in happy-dom: either answer is ours.
    [
      'a frameset',
      () => parse('<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'),
      'This is not an HTML page.|No article text was found on this page.',
    ],
    ['whitespace only', () => parse('<html><body>   \n  </body></html>'), 'No article text was found on this page.'],
    [
      'only scripts and styles',
      () => parse('<html><body><script>x()</script><style>p{}</style></body></html>'),
      'No article text was found on this page.',
    ],
  ])('%s → not-article, with its own reason (not a caught exception)', (_name, make, reasons) => {
    for (const url of [ERA2_URL, 'https://example.com/a', 'not a url', '']) {
      const result = extractArticle(make(), url);
      expect(result.status, url).toBe('not-article');
      expect(reasons.split('|'), url).toContain(result.status === 'not-article' ? result.reason : '');
    }
  });

  it('null or undefined document → "not an HTML page", from the guard (not a caught exception)', () => {
    const reason = 'This is not an HTML page.';
    expect(extractArticle(null as unknown as Document, ERA2_URL)).toEqual({ status: 'not-article', reason });
    expect(extractArticle(undefined as unknown as Document, 'https://example.com/')).toEqual({ status: 'not-article', reason });
  });

  it('a garbage URL with a real article still gives the article (generic mode), not a caught exception', () => {
    for (const url of ['not a url', '', 'javascript:alert(1)', 'https://']) {
      const article = ok(extractArticle(parse(ERA2_HTML), url));
      expect([article.site, article.url], url).toEqual([null, url]);
      expect(article.title, url).toContain(ERA2_TITLE);
      expect(article.text.split('\n\n').length, url).toBeGreaterThan(3);
    }
  });
});

describe('extractArticle: the input document is never touched', () => {
  it.each<[string, string, string, { force?: boolean }]>([
    ['Era 2 article', ERA2_HTML, ERA2_URL, {}],
    ['Era 3 article', ERA3_HTML, ERA3_URL, {}],
    ['generic article', GENERIC_HTML, 'https://example.com/news/asia-rates', {}],
    ['forced section page', ERA2_HTML, 'https://www.sedaily.com/v/NewsMain/GA', { force: true }],
  ])('%s: outerHTML unchanged', (_name, html, url, options) => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    const imagesBefore = Array.from(doc.querySelectorAll('img')).map((img) => img.getAttribute('src'));
    const result = extractArticle(doc, url, options);
    expect(result.status).toBe('ok');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(Array.from(doc.querySelectorAll('img')).map((img) => img.getAttribute('src'))).toEqual(imagesBefore);
    expect(doc.querySelector('[id^="dc-s-"]')).toBeNull();
  });

  it('gives the same result twice on the same document', () => {
    const doc = parse(ERA2_HTML);
    expect(extractArticle(doc, ERA2_URL)).toEqual(extractArticle(doc, ERA2_URL));
  });
});

describe('findBodyRoot', () => {
  it('takes the first selector whose element has real text (≥ 40 characters)', () => {
    const doc = parse(
      `<div id="article-body">짧음</div><div class="article_view" id="v">${'가'.repeat(40)}</div><div class="view_con">${'나'.repeat(80)}</div>`,
    );
    expect(findBodyRoot(doc, ['#article-body', '.article_view', '.view_con'])?.id).toBe('v');
  });

  it('skips an unparsable selector and returns null when nothing qualifies', () => {
    const doc = parse('<div class="x">짧음</div>');
    expect(findBodyRoot(doc, ['[[[', '.x'])).toBeNull();
    expect(findBodyRoot(doc, [])).toBeNull();
  });

  it('on the sedaily Era 2 page, finds the article view', () => {
    const doc = parse(ERA2_HTML);
    expect(findBodyRoot(doc, ['#article-body', '.article_view[itemprop="articleBody"]'])).toBe(
      doc.querySelector('.article_view'),
    );
  });
});

describe('extractArticle: body markup variants', () => {
  const page = (body: string) =>
    parse(`<html lang="ko"><head><meta property="og:title" content="제목 | 서울경제"></head><body>${body}</body></html>`);
  const sentence = (n: number) => `${n}번째 문단은 서울경제의 본문 형식을 흉내 낸 충분히 긴 문장이다.`;

  it('Era 1 view_con body with a bare sign-off line and a print code', () => {
    const article = ok(
      extractArticle(
        page(
          `<div id="v-left-scroll-in"><h2>코스피 2,500선 회복</h2><div class="view_top"><ul><li>오철수 기자</li><li>입력 2018-03-19 17:42:10</li></ul></div>` +
            `<div class="view_con" itemprop="articleBody">${sentence(1)}<br><br>${sentence(2)}<br><br>0319A01 증권<br><br>/오철수기자</div>` +
            '<div class="copyright">저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지</div></div>',
        ),
        'https://www.sedaily.com/NewsView/1RX1IP84RV',
      ),
    );
    expect(article.title).toBe('코스피 2,500선 회복');
    expect(article.byline).toBe('오철수 기자');
    expect(article.text).toBe(`코스피 2,500선 회복\n오철수 기자 · 2018-03-19 17:42\n\n${sentence(1)}\n\n${sentence(2)}`);
  });

  it("keeps the AI PRISM editor's note and an ▲ enumeration as paragraphs", () => {
    const note =
      '▲ AI 프리즘*맞춤형 경제 브리핑 * 편집자 주 : ‘AI PRISM’(Personalized Report & Insight Summarizing Media)은 한국언론진흥재단의 지원을 받아 개발한 맞춤형 뉴스 서비스입니다.';
    const list = '이번 컨소시엄에는 ▲A사 ▲B사 ▲C사 등이 참여했다.';
    const article = ok(
      extractArticle(
        page(
          `<div id="article-body" itemprop="articleBody"><p>${note}</p><p>${sentence(1)}</p><p>▲A사 ▲B사 등이 참여했다.</p><p>${list}</p></div>`,
        ),
        'https://www.sedaily.com/article/20008366',
      ),
    );
    expect(article.outline.filter((item) => !item.derived)).toEqual([]);
    expect(article.text.split('\n\n').slice(1)).toEqual([note, sentence(1), '▲A사 ▲B사 등이 참여했다.', list]);
  });
});

describe('documentBase', () => {
  const page = (head: string) => new DOMParser().parseFromString(`<html><head>${head}</head><body></body></html>`, 'text/html');
  it.each([
    ['', 'https://www.sedaily.com/NewsView/2H0ABCDEFG'],
    ['<base href="https://img.example.com/news/">', 'https://img.example.com/news/'],
    ['<base href="/amp/">', 'https://www.sedaily.com/amp/'],
    ['<base href="javascript:alert(1)//">', 'https://www.sedaily.com/NewsView/2H0ABCDEFG'],
    ['<base href="data:text/html,x">', 'https://www.sedaily.com/NewsView/2H0ABCDEFG'],
  ])('%j → %j', (head, expected) => {
    expect(documentBase(page(head), 'https://www.sedaily.com/NewsView/2H0ABCDEFG')).toBe(expected);
  });

  it('ignores a <base> inside the body (a stray or hostile element)', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head></head><body><p>x</p><base href="https://evil.example/"></body></html>',
      'text/html',
    );
    expect(doc.head.querySelector('base')).toBeNull(); // the parser left it in the body
    expect(documentBase(doc, 'https://news.example.org/a/1')).toBe('https://news.example.org/a/1');
  });
});
