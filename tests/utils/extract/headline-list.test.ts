/** Section fronts and news lists: dated teasers under one parent, whatever their lead text. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { isHeadlineList } from '../../../utils/extract/headline-list';
import NAVER_SECTION from '../../pages/naver-section-2024/source.html?raw';
import { parsePage } from '../../support/parse-page';

const content = (html: string) =>
  new DOMParser().parseFromString(`<body><div id="c">${html}</div></body>`, 'text/html').querySelector('#c')!;
const teaser = (i: number, time = `12-03 10:0${i}`) =>
  `<li><a href="/view/${i}"><img src="/p/${i}.jpg"></a><p><a href="/view/${i}">오늘의 경제 소식 ${i}번째 기사 제목입니다</a></p>` +
  `<p>정부가 새 정책을 발표했다는 내용의 리드 문장이 이어진다. 두 번째 문장도 있다.</p><span>${time}</span></li>`;

describe('isHeadlineList', () => {
  it('takes teasers with long excerpts too (연합뉴스 sends whole first paragraphs)', () => {
    const long = (i: number) => teaser(i).replace('두 번째 문장도 있다.', '이어지는 문장이다. '.repeat(60));
    expect(isHeadlineList(content(`<ul>${[0, 1, 2, 3, 4, 5].map(long).join('')}</ul>`))).toBe(true);
  });

  it('counts runs together: two lists of four dated teasers, each led by a labelled photo link', () => {
    const labelled = (i: number) =>
      teaser(i).replace(`<img src="/p/${i}.jpg">`, `<img src="/p/${i}.jpg"><strong>동영상기사</strong>`);
    const runs = `<ul>${[0, 1, 2, 3].map(labelled).join('')}</ul><ul>${[4, 5, 6, 7].map(labelled).join('')}</ul>`;
    expect(isHeadlineList(content(runs))).toBe(true);
  });

  it('calls a real Naver News section list (2024) a list in generic mode too', async () => {
    const page = parsePage(NAVER_SECTION, 'https://news.example.org/list');
    const result = extractArticle(page.document, 'https://news.example.org/list');
    await page.close();
    expect(result.status === 'not-article' ? result.reason : 'an article').toMatch(/list of headlines/);
  });

  it('takes six dated teasers that are most of the text for a list', () => {
    expect(isHeadlineList(content(`<ul>${[0, 1, 2, 3, 4, 5].map((i) => teaser(i)).join('')}</ul>`))).toBe(true);
  });

  it.each([
    ['five teasers', `<ul>${[0, 1, 2, 3, 4].map((i) => teaser(i)).join('')}</ul>`],
    ['undated teasers (a listicle of linked items)', `<ul>${[0, 1, 2, 3, 4, 5].map((i) => teaser(i, '')).join('')}</ul>`],
    [
      'an article with a dated list of related links at its end',
      `${'<p>본문 문단입니다. 충분히 긴 기사 본문이 여기에 이어지고, 독자는 이 부분을 읽는다. 기자는 여러 사람을 취재했다.</p>'.repeat(12)}<ul>${[
        0, 1, 2, 3, 4, 5,
      ]
        .map((i) => `<li><a href="/view/${i}">관련 기사 제목 ${i}번째입니다</a> <span>12-0${i} 10:00</span></li>`)
        .join('')}</ul>`,
    ],
    [
      'an events list, each item led by its date (a page WCXB calls an article)',
      `<ul>${[0, 1, 2, 3, 4, 5].map((i) => `<li><span>March 1${i}, 2026</span><a href="/e/${i}">Conference number ${i} on data</a><p>A long description of the event follows here.</p></li>`).join('')}</ul>`,
    ],
    [
      'items led by plain text, not a link',
      `<ul>${[0, 1, 2, 3, 4, 5].map((i) => `<li><p>${i}단계: 재료를 준비한다 <a href="/x">참고</a></p><span>10:0${i}</span></li>`).join('')}</ul>`,
    ],
  ])('leaves %s alone', (_what, html) => {
    expect(isHeadlineList(content(html))).toBe(false);
  });
});
