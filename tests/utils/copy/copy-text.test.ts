import { describe, expect, it } from 'vitest';
import { buildCopyText, citationHeader, outletName } from '@/utils/copy/copy-text';
import { makeArticle } from '../../support/helpers';

const LABELS = { title: 'Title', outlet: 'Outlet', author: 'Author', date: 'Date', url: 'URL', source: 'Original' };

describe('copy text', () => {
  it('uses the pipeline output as is when captions are on', async () => {
    const article = makeArticle();
    expect(await buildCopyText(article, 'text', { captions: true, labels: LABELS })).toBe(article.text);
    expect(await buildCopyText(article, 'markdown', { captions: true, labels: LABELS })).toBe(article.markdown);
  });

  it('re-derives text and Markdown from the body without captions', async () => {
    const article = makeArticle();
    const text = await buildCopyText(article, 'text', { captions: false, labels: LABELS });
    expect(text).toBe(
      [
        '마윈 움직이자 성과 내는 알리바바',
        '클라우드·AI로 업무혁신 지원',
        '3년간 77조 투자',
        '김광수 특파원 · 2025-11-27 17:25',
        '',
        '첫 문단입니다.',
        '',
        '클라우드·AI로 업무혁신 지원',
        '',
        '둘째 문단입니다.',
        '',
        '3년간 77조 투자',
        '',
        '셋째 문단 위로',
      ].join('\n'),
    );
    const markdown = await buildCopyText(article, 'markdown', { captions: false, labels: LABELS });
    expect(markdown).toContain('## 클라우드·AI로 업무혁신 지원');
    expect(markdown).not.toContain('웨이보 캡처');
    expect(markdown).toContain('![](https://newsimg.sedaily.com/a.jpg)');
  });

  it('puts title, outlet, author, date and URL above a blank line and the text', async () => {
    const article = makeArticle();
    expect(await buildCopyText(article, 'citation', { captions: true, labels: LABELS })).toBe(
      `Title: ${article.title}\nOutlet: 서울경제\nAuthor: 김광수 특파원\nDate: 2025-11-27 17:25\nURL: ${article.url}\n\n${article.text}`,
    );
  });

  it('names the newspaper of a portal page and links its original story', () => {
    const article = makeArticle({
      url: 'https://n.news.naver.com/article/016/0002194334',
      site: 'naver',
      siteName: '헤럴드경제',
      sourceUrl: 'http://news.heraldcorp.com/view.php?ud=20230907000489',
    });
    expect(citationHeader(article, LABELS).split('\n')).toEqual([
      `Title: ${article.title}`,
      'Outlet: 헤럴드경제',
      'Author: 김광수 특파원',
      'Date: 2025-11-27 17:25',
      'URL: https://n.news.naver.com/article/016/0002194334',
      'Original: http://news.heraldcorp.com/view.php?ud=20230907000489',
    ]);
  });

  it("names the page's og:site_name when there is no site rule", () => {
    const article = makeArticle({ url: 'https://www.example.co.kr/news/1', site: null, siteName: 'Example Daily' });
    expect(outletName(article)).toBe('Example Daily');
  });

  it('leaves out missing fields and names the host when there is no outlet name', () => {
    const article = makeArticle({
      url: 'https://www.example.co.kr/news/1',
      site: null,
      siteName: null,
      byline: null,
      published: null,
    });
    expect(outletName(article)).toBe('example.co.kr');
    expect(citationHeader(article, LABELS)).toBe(`Title: ${article.title}\nOutlet: example.co.kr\nURL: ${article.url}`);
  });
});
