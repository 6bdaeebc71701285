/** The headline, never the site's name: the logo <h1>, og:title that names the site, `<title>` suffixes. */
import { describe, expect, it } from 'vitest';
import { readTitle } from '../../../utils/extract/title';

function title(html: string, url = 'http://entermedia.co.kr/news/news_view.html?idx=1', siteName: string | null = null) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'URL', { value: url });
  return readTitle(doc, null, siteName, []);
}

describe('readTitle', () => {
  it('skips the logo <h1> inside the link home and cuts the site off <title>', () => {
    const html =
      '<title>엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유 - Entermedia</title>' +
      '<body><div id="header"><a href="/"><h1>엔터 미디어</h1></a></div><dl><dt>엘제이-류화영 진흙탕 싸움</dt></dl></body>';
    expect(title(html)).toBe('엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유');
  });

  it('cuts a Korean site name known from og:site_name or the logo off the end', () => {
    expect(title('<title>코스피 3000 돌파 | 예시일보</title><body><p>x</p></body>', 'https://example.co.kr/1', '예시일보')).toBe(
      '코스피 3000 돌파',
    );
    const logo =
      '<title>코스피 3000 돌파 :: 예시 일보</title><body><a href="https://example.co.kr/"><h1>예시일보</h1></a></body>';
    expect(title(logo, 'https://example.co.kr/1')).toBe('코스피 3000 돌파');
  });

  it('passes over an og:title that is only the site name', () => {
    const html =
      '<head><meta property="og:title" content="예시일보"><title>정부, 추경 편성 - 예시일보</title></head><body><h1>정부, 추경 편성</h1></body>';
    expect(title(html, 'https://example.co.kr/1', '예시일보')).toBe('정부, 추경 편성');
  });

  it('keeps dashes and separators that belong to the headline', () => {
    expect(title('<title>문재인 - 시진핑 정상회담</title><body></body>', 'https://example.co.kr/1')).toBe(
      '문재인 - 시진핑 정상회담',
    );
    expect(title('<body><h1>엘제이-류화영 진흙탕 싸움</h1></body>')).toBe('엘제이-류화영 진흙탕 싸움');
    expect(title('<body><a href="/news/1"><h1>링크 안의 제목</h1></a></body>')).toBe('링크 안의 제목');
  });
});
