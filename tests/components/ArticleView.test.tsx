// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleView } from '@/components/ArticleView';
import { byTestId, ko, makeArticle, mount, useKoreanMessages, type Mounted } from '../support/helpers';

let view: Mounted | undefined;
beforeEach(useKoreanMessages);
afterEach(() => view?.unmount());

describe('ArticleView', () => {
  it('shows title, deck lines, byline · date, reading time and the body with photo and caption', async () => {
    const article = makeArticle();
    view = await mount(<ArticleView article={article} />);
    const root = view.container;
    expect(byTestId(root, 'article-title')?.textContent).toBe(article.title);
    expect(Array.from(byTestId(root, 'article-deck')!.querySelectorAll('p'), (p) => p.textContent)).toEqual(article.deck);
    expect(root.querySelector('.dc-meta__byline')?.textContent).toBe('김광수 특파원 · 2025-11-27 17:25');
    expect(root.querySelector('.dc-meta__time')?.textContent).toBe(ko('readingTime', '3'));
    const body = byTestId(root, 'article-body')!;
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://newsimg.sedaily.com/a.jpg');
    expect(body.querySelector('figcaption')?.textContent).toBe('서호의 마윈. 웨이보 캡처');
    expect(body.querySelector('#dc-s-2')?.textContent).toBe('3년간 77조 투자');
  });

  it('names the outlet, and on a portal copy links the original story in a new tab', async () => {
    const article = makeArticle({ siteName: '헤럴드경제', sourceUrl: 'http://news.heraldcorp.com/view.php?ud=20230907000489' });
    view = await mount(<ArticleView article={article} />);
    expect(byTestId(view.container, 'article-outlet')?.textContent).toBe('헤럴드경제');
    const source = byTestId(view.container, 'article-source') as HTMLAnchorElement;
    expect(source.textContent).toBe(ko('originalArticle'));
    expect([source.getAttribute('href'), source.target, source.rel]).toEqual([
      article.sourceUrl,
      '_blank',
      'noopener noreferrer',
    ]);
  });

  it("has no original-story link on an outlet's own page", async () => {
    view = await mount(<ArticleView article={makeArticle()} />);
    expect(byTestId(view.container, 'article-source')).toBeNull();
  });

  it('marks the article language for Korean typography', async () => {
    view = await mount(<ArticleView article={makeArticle()} />);
    expect(view.container.querySelector('article')?.getAttribute('lang')).toBe('ko');
  });

  it('has no deck block when there are no deck lines', async () => {
    view = await mount(<ArticleView article={makeArticle({ deck: [], byline: null, published: null })} />);
    expect(byTestId(view.container, 'article-deck')).toBeNull();
    expect(view.container.querySelector('.dc-meta__byline')).toBeNull();
  });

  it('follows in-article #fragment links without touching the URL (no history entry)', async () => {
    const scrolled: Element[] = [];
    // jsdom has no layout, hence no scrollIntoView: record who would scroll.
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    view = await mount(<ArticleView article={makeArticle()} />);
    const hash = location.hash;
    const link = view.container.querySelector<HTMLAnchorElement>('a[href="#dc-s-1"]')!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(location.hash).toBe(hash);
    expect(scrolled.map((el) => el.id)).toEqual(['dc-s-1']);
  });
});
