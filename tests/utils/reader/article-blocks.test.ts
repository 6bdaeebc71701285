// @vitest-environment jsdom
// Blocks are split from sanitised HTML (DOMPurify), so this runs under jsdom.
/**
 * Removing blocks by hand: the body split into blocks through the sanitiser, and the article as
 * shown without some of them (text, Markdown, outline and stats from the kept blocks).
 */
import { describe, expect, it } from 'vitest';
import { splitArticleBlocks } from '@/utils/reader/article-blocks';
import { editedArticle } from '@/utils/reader/edited-article';
import { makeArticle } from '../../support/helpers';
import { htmlViolations } from '../../support/output-contract';

describe('splitArticleBlocks', () => {
  it('walks into wrappers and gives each paragraph, subhead, figure and list as a block, with its ids', () => {
    const blocks = splitArticleBlocks(makeArticle().html, window);
    expect(blocks.map((block) => block.html.slice(0, block.html.indexOf('>') + 1))).toEqual([
      '<figure>',
      '<p>',
      '<h2 id="dc-s-1">',
      '<p>',
      '<h2 id="dc-s-2">',
      '<p>',
    ]);
    expect(blocks[2]).toMatchObject({ text: '클라우드·AI로 업무혁신 지원', ids: ['dc-s-1'] });
    expect(blocks[0]!.text).toBe('서호의 마윈. 웨이보 캡처');
  });

  it('makes loose text between blocks a paragraph and drops rules', () => {
    const blocks = splitArticleBlocks('<div><div>머리 <b>글</b><br>둘째 줄<p>문단</p><hr>꼬리</div></div>', window);
    expect(blocks.map((block) => block.html)).toEqual(['<p>머리 <b>글</b><br>둘째 줄</p>', '<p>문단</p>', '<p>꼬리</p>']);
  });

  it('sanitises first: what it returns is safe markup, and nothing when the sanitiser cannot run', () => {
    const blocks = splitArticleBlocks(
      '<p onclick="alert(1)">a<img src=x onerror=alert(2)></p><script>alert(3)</script><a href="javascript:alert(4)">b</a>',
      window,
    );
    expect(blocks.flatMap((block) => htmlViolations(block.html))).toEqual([]);
    expect(blocks.map((block) => block.html).join('')).not.toMatch(/alert|onclick|onerror|script/);
    expect(splitArticleBlocks('<p>a</p>', null)).toEqual([]);
  });
});

describe('editedArticle', () => {
  const article = makeArticle();
  const blocks = splitArticleBlocks(article.html, window);

  it('is the article itself while nothing is removed', () => {
    expect(editedArticle(article, blocks, new Set())).toBe(article);
  });

  it('leaves removed blocks out of the HTML, text, Markdown, outline and stats', () => {
    const edited = editedArticle(article, blocks, new Set([1, 4]));
    expect(edited.html).not.toContain('첫 문단');
    expect(edited.text).toBe(
      '마윈 움직이자 성과 내는 알리바바\n클라우드·AI로 업무혁신 지원\n3년간 77조 투자\n김광수 특파원 · 2025-11-27 17:25\n\n서호의 마윈. 웨이보 캡처\n\n클라우드·AI로 업무혁신 지원\n\n둘째 문단입니다.\n\n셋째 문단 위로',
    );
    expect(edited.markdown).toContain('## 클라우드·AI로 업무혁신 지원');
    expect(edited.markdown).not.toContain('3년간 77조 투자\n\n셋째');
    expect(edited.markdown).not.toContain('첫 문단');
    expect(edited.outline.map((item) => item.id)).toEqual(['dc-s-1']);
    expect(edited.stats.characters).toBeLessThan(article.stats.characters);
    expect([edited.title, edited.url, edited.removed]).toEqual([article.title, article.url, article.removed]);
  });
});
