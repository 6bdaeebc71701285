// @vitest-environment jsdom
/**
 * The checker the fuzz properties rely on is not vacuous: it flags each kind of broken result.
 * A checker that accepted everything would make 10,000 green runs mean nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Article, ExtractResult } from '../../utils/article';
import { XSS_PAYLOADS } from '../support/xss-payloads';
import { htmlViolations, resultViolations } from './invariants';

const article = (patch: Partial<Article>): ExtractResult => ({
  status: 'ok',
  article: {
    url: 'https://news.example.co.kr/a/1',
    site: null,
    lang: 'ko',
    dir: 'ltr',
    title: '제목',
    deck: [],
    byline: null,
    published: null,
    leadImage: null,
    html: '<h2 id="dc-s-1">소제목</h2><p>본문</p>',
    text: '제목\n\n소제목\n\n본문',
    markdown: '',
    outline: [{ id: 'dc-s-1', level: 2, text: '소제목' }],
    stats: { characters: 6, words: 3, readingMinutes: 1 },
    removed: [],
    ...patch,
  } as Article,
});

describe('invariant checker', () => {
  it('accepts a clean result and flags raw XSS payloads', () => {
    expect(resultViolations(article({}))).toEqual([]);
    expect(
      htmlViolations('<p>ok <a href="https://example.com/" target="_blank" rel="noopener noreferrer nofollow">x</a></p>'),
    ).toEqual([]);
    const flagged = XSS_PAYLOADS.filter((p) => htmlViolations(p.html).length > 0);
    expect(flagged.length).toBeGreaterThan(XSS_PAYLOADS.length * 0.9);
  });

  it.each([
    ['a handler', '<p onclick="x()">a</p>'],
    ['a javascript: URL', '<a href=" javascript:alert(1)">a</a>'],
    ['a data: image', '<img src="data:image/png;base64,AAAA">'],
    ['a relative URL', '<a href="/x">a</a>'],
    ['a forbidden element', '<iframe></iframe>'],
    ['an svg element', '<svg><a>x</a></svg>'],
    ['a style attribute', '<p style="color:red">a</p>'],
    ['a srcset', '<img src="https://e.example/a.jpg" srcset="javascript:alert(1) 1x">'],
    ['a foreign id', '<p id="top">a</p>'],
    ['target without noopener', '<a href="https://e.example/" target="_blank">a</a>'],
    ['a non-empty is attribute', '<p is="x">a</p>'],
  ])('flags %s in html', (_what, html) => {
    expect(htmlViolations(html)).not.toEqual([]);
  });

  it('flags bad text, outline ids, reasons and non-JSON values', () => {
    expect(resultViolations(article({ text: 'a\u200Bb' }))).not.toEqual([]);
    expect(resultViolations(article({ text: 'a\u0000b' }))).not.toEqual([]);
    expect(resultViolations(article({ outline: [{ id: 'dc-s-9', level: 2, text: 'x' }] }))).not.toEqual([]);
    expect(resultViolations(article({ html: '<h2 id="dc-s-1">a</h2><h2 id="dc-s-1">b</h2>' }))).not.toEqual([]);
    expect(resultViolations(article({ published: new Date() as unknown as string }))).not.toEqual([]);
    expect(resultViolations(article({ byline: undefined as unknown as null }))).not.toEqual([]);
    expect(resultViolations({ status: 'not-article', reason: '' })).not.toEqual([]);
    expect(resultViolations({ status: 'not-article', reason: 'Extraction failed: boom' })).not.toEqual([]);
    expect(resultViolations({ status: 'not-article', reason: 'Too little text.' })).toEqual([]);
  });
});
