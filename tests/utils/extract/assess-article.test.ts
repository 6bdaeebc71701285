import { describe, expect, it } from 'vitest';
import { MIN_CHARS, notArticleReason, type ArticleEvidence } from '../../../utils/extract/assess-article';

const element = (html: string) =>
  new DOMParser().parseFromString(`<html><body><div id="c">${html}</div></body></html>`, 'text/html').querySelector('#c')!;

const RULE: ArticleEvidence = { ruleArticle: true, declaresArticle: false, force: false };
const DECLARED: ArticleEvidence = { ruleArticle: false, declaresArticle: true, force: false };
const GENERIC: ArticleEvidence = { ruleArticle: false, declaresArticle: false, force: false };
const FORCED: ArticleEvidence = { ruleArticle: false, declaresArticle: false, force: true };

const text = (length: number) => '가'.repeat(length);

describe('MIN_CHARS', () => {
  it('has the documented thresholds', () => {
    expect(MIN_CHARS).toEqual({ rule: 30, declared: 140, generic: 400, forced: 1 });
  });
});

describe('notArticleReason: length thresholds', () => {
  it.each<[string, ArticleEvidence, number, string | null]>([
    ['rule article at the minimum', RULE, 30, null],
    ['rule article below it', RULE, 29, 'Too little text for an article (29 characters).'],
    ['declared article at the minimum', DECLARED, 140, null],
    ['declared article below it', DECLARED, 139, 'Too little text for an article (139 characters).'],
    ['generic page at the minimum', GENERIC, 400, null],
    ['generic page below it', GENERIC, 399, 'Too little text for an article (399 characters).'],
    ['rule evidence beats declared', { ruleArticle: true, declaresArticle: true, force: false }, 30, null],
    ['forced with one character', FORCED, 1, null],
    ['forced with nothing', FORCED, 0, 'No readable text was found on this page.'],
    ['empty generic page', GENERIC, 0, 'Too little text for an article (0 characters).'],
  ])('%s', (_name, evidence, length, expected) => {
    const body = text(length);
    expect(notArticleReason(element(`<p>${body}</p>`), body, evidence)).toBe(expected);
  });

  it('counts characters without whitespace', () => {
    const body = `${text(15)} \n\n ${text(14)}   `;
    expect(notArticleReason(element(`<p>${body}</p>`), body, RULE)).toBe('Too little text for an article (29 characters).');
  });

  it('forced extraction ignores link density and the minimums', () => {
    const content = element('<ul><li><a href="/a">링크</a></li></ul>');
    expect(notArticleReason(content, '링크', FORCED)).toBeNull();
  });
});

describe('notArticleReason: link lists', () => {
  const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/NewsView/${i}">${text(30)}</a></li>`).join('');

  it('a generic page that is mostly links is a list, not an article', () => {
    const content = element(`<ul>${links}</ul><p>${text(20)}</p>`);
    expect(notArticleReason(content, content.textContent ?? '', GENERIC)).toBe(
      'This page is mostly links: it looks like a list or front page, not an article.',
    );
    expect(notArticleReason(content, content.textContent ?? '', DECLARED)).toBe(
      'This page is mostly links: it looks like a list or front page, not an article.',
    );
  });

  it('a rule article path is trusted even when link-heavy', () => {
    const content = element(`<ul>${links}</ul>`);
    expect(notArticleReason(content, content.textContent ?? '', RULE)).toBeNull();
  });

  it('an article with some links passes', () => {
    const content = element(`<p>${text(300)} <a href="/x">${text(100)}</a> ${text(100)}</p>`);
    expect(notArticleReason(content, content.textContent ?? '', GENERIC)).toBeNull();
  });
});
