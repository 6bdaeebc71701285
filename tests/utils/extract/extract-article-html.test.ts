// @vitest-environment jsdom
/**
 * extractArticle's `html` (sanitised with DOMPurify, which only works under a spec-compliant DOM):
 * ids on outline targets, no page ids, no script-capable markup, absolute URLs, no clutter.
 */
import { describe, expect, it } from 'vitest';
import type { Article, ExtractResult } from '../../../utils/article';
import { extractArticle } from '../../../utils/extract/extract-article';
import {
  ERA2_CAPTION_1,
  ERA2_CAPTION_2,
  ERA2_HTML,
  ERA2_P3,
  ERA2_TEXT,
  ERA2_URL,
  ERA3_HTML,
  ERA3_URL,
} from '../../support/extract-pages';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function ok(result: ExtractResult): Article {
  if (result.status !== 'ok') throw new Error(`expected ok, got not-article: ${result.reason}`);
  return result.article;
}

/** The sanitised HTML, re-parsed for structural assertions. */
const fragment = (html: string) => parse(`<html><body>${html}</body></html>`).body;

describe('extractArticle html (jsdom)', () => {
  const article = ok(extractArticle(parse(ERA2_HTML), ERA2_URL));
  const body = fragment(article.html);

  it('is not empty and holds the body paragraphs and both figures with captions', () => {
    expect(article.html.length).toBeGreaterThan(0);
    expect(body.querySelectorAll('figure')).toHaveLength(2);
    expect(Array.from(body.querySelectorAll('figcaption')).map((c) => c.textContent?.trim())).toEqual([
      ERA2_CAPTION_1,
      ERA2_CAPTION_2,
    ]);
    expect(Array.from(body.querySelectorAll('img')).map((img) => img.getAttribute('src'))).toEqual([
      'https://newsimg.sedaily.com/2025/11/27/2H0ABCDEFG_1.jpg',
      'https://newsimg.sedaily.com/2025/11/27/2H0ABCDEFG_2.jpg',
    ]);
    expect(body.textContent).toContain(ERA2_P3);
  });

  it('carries the outline ids on their targets and no page ids', () => {
    const ids = Array.from(body.querySelectorAll('[id]')).map((el) => el.id);
    expect(ids).toEqual(['dc-s-1', 'dc-s-2', 'dc-s-3']);
    for (const item of article.outline) expect(body.querySelector(`[id="${item.id}"]`), item.id).not.toBeNull();
    expect(body.querySelector('[id="dc-s-2"]')?.textContent).toContain('77조 원');
    expect(body.querySelector('[name]')).toBeNull();
  });

  it('has no script-capable markup, styles, forms or title', () => {
    expect(article.html).not.toMatch(/<(?:script|style|form|input|button|iframe|h1|meta|base|link)\b/i);
    expect(article.html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(article.html).not.toMatch(/javascript:|data:image/i);
    expect(article.html).not.toMatch(/\sclass=|\sstyle=/i);
  });

  it('makes every link absolute against the page URL, with a safe rel', () => {
    const links = Array.from(body.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.sedaily.com/NewsView/2H0BBBBBBB']);
    for (const a of links) expect(a.getAttribute('rel')).toContain('noopener');
  });

  it('holds none of the clutter and the same words as the text', () => {
    for (const clutter of [
      '관련기사',
      '광고',
      '저작권자',
      '이 기자의 다른 기사',
      'ksk@sedaily.com',
      '공유하기',
      'Copyright',
      '주 메뉴 바로가기',
    ]) {
      expect(body.textContent, clutter).not.toContain(clutter);
    }
    const words = (text: string) => text.replace(/\s+/g, '');
    const bodyText = ERA2_TEXT.split('\n\n').slice(1).join('');
    expect(words(body.textContent ?? '')).toBe(words(bodyText));
  });

  it('does not modify the input document', () => {
    const doc = parse(ERA2_HTML);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, ERA2_URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle html: Era 3 headings', () => {
  it('promoted subheads are <h2> with outline ids, in order', () => {
    const article = ok(extractArticle(parse(ERA3_HTML), ERA3_URL));
    const body = fragment(article.html);
    expect(Array.from(body.querySelectorAll('h2')).map((h) => [h.id, h.textContent])).toEqual([
      ['dc-s-1', 'AI 서버 수요 폭증'],
      ['dc-s-2', '하반기 전망은'],
    ]);
    expect(body.textContent).not.toContain('yoonmh@sedaily.com');
    expect(body.textContent).not.toContain('저작권');
  });
});

describe('extractArticle html: hostile body markup', () => {
  it('strips handlers, script URLs and embedded markup from the article body', () => {
    const paragraph = '이 문단은 충분히 길어서 본문으로 인정되는 평범한 기사 문장이며 공격 코드는 제거되어야 한다.';
    const html = `<html lang="ko"><head><meta property="og:title" content="보안 | 서울경제"></head><body>
      <div id="article-body" itemprop="articleBody">
        <p>${paragraph}</p>
        <p onclick="alert(1)">${paragraph} <a href="javascript:alert(1)">클릭</a> <a href="https://www.sedaily.com/ok" target="_self" onmouseover="x()">정상</a></p>
        <p><img src="https://img.test/a.jpg" onerror="alert(1)" style="width:1px"> ${paragraph}</p>
        <p id="clobber" name="location">${paragraph}<svg onload="alert(1)"><circle r="1"></circle></svg></p>
      </div></body></html>`;
    const article = ok(extractArticle(parse(html), 'https://www.sedaily.com/article/20008367'));
    expect(article.html.length).toBeGreaterThan(0);
    expect(article.html).not.toMatch(/\son[a-z]+\s*=|javascript:|<svg|style=|id="clobber"|name=/i);
    const body = fragment(article.html);
    expect(Array.from(body.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'))).toEqual([
      'https://www.sedaily.com/ok',
    ]);
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://img.test/a.jpg');
  });
});
