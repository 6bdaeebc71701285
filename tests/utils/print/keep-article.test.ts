/**
 * Keeping an article: the reading position per article (bounded, by block), the Markdown file's
 * name and text, and the print view's store.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { markdownFileName, markdownFileText, MAX_NAME_LENGTH } from '@/utils/print/markdown-file';
import { getPrintArticle, MAX_PRINT_ARTICLES, putPrintArticle } from '@/utils/print/print-store';
import { loadPosition, MAX_POSITIONS, positionKey, savePosition } from '@/utils/reader/reading-positions';
import { makeArticle } from '../../support/helpers';

beforeEach(() => fakeBrowser.reset());

describe('reading positions', () => {
  const url = 'https://www.sedaily.com/NewsView/2H1C4KQZ7M';

  it('are kept per article (fragment ignored) in storage.local, and the top of an article is none', async () => {
    await savePosition(`${url}#dc-s-2`, { block: 7, offset: 0.25 }, 1000);
    expect(await loadPosition(url)).toEqual({ block: 7, offset: 0.25, at: 1000 });
    expect(Object.keys((await fakeBrowser.storage.local.get('readingPositions')).readingPositions as object)).toEqual([
      positionKey(url),
    ]);
    await savePosition(url, { block: 0, offset: 0 }, 2000);
    expect(await loadPosition(url)).toBeNull();
  });

  it('keep only the most recent MAX_POSITIONS articles', async () => {
    const stored: Record<string, unknown> = {};
    for (let i = 0; i < MAX_POSITIONS; i++) stored[`https://a.example/${i}`] = { block: 1, offset: 0, at: i };
    await fakeBrowser.storage.local.set({ readingPositions: stored });
    await savePosition('https://a.example/new', { block: 3, offset: 0.5 }, 10_000);
    const after = (await fakeBrowser.storage.local.get('readingPositions')).readingPositions as Record<string, unknown>;
    expect(Object.keys(after)).toHaveLength(MAX_POSITIONS);
    expect(after['https://a.example/0']).toBeUndefined();
    expect(await loadPosition('https://a.example/new')).toMatchObject({ block: 3 });
  });

  it('ignore stored values of another shape', async () => {
    await fakeBrowser.storage.local.set({ readingPositions: { [url]: { block: -1, offset: 2, at: 'x' } } });
    expect(await loadPosition(url)).toBeNull();
  });
});

describe('the Markdown file', () => {
  it('is named after the title, without characters file systems refuse', () => {
    expect(markdownFileName('마윈 움직이자: 성과 내는 "알리바바"?')).toBe('마윈 움직이자 성과 내는 알리바바.md');
    expect(markdownFileName('../../etc/passwd')).toBe('etc passwd.md');
    expect(markdownFileName('  ')).toBe('article.md');
    expect(Array.from(markdownFileName('가'.repeat(200)))).toHaveLength(MAX_NAME_LENGTH + 3);
  });

  it("is the article's Markdown, then its address and the original story's", () => {
    const article = makeArticle({ sourceUrl: 'https://www.joongang.co.kr/article/1' });
    expect(markdownFileText(article, { url: 'URL', source: '원문' })).toBe(
      `${article.markdown}\n\n---\n\nURL: <${article.url}>  \n원문: <https://www.joongang.co.kr/article/1>\n`,
    );
    expect(markdownFileText(makeArticle(), { url: 'URL', source: '원문' })).not.toContain('원문');
  });
});

describe('the print store', () => {
  it('hands an article to the print view by a random id, in storage.session, a few at a time', async () => {
    const first = await putPrintArticle(makeArticle({ title: '첫째' }), 1);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect((await getPrintArticle(first))?.title).toBe('첫째');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    for (let i = 0; i < MAX_PRINT_ARTICLES; i++) await putPrintArticle(makeArticle(), 2 + i);
    expect(await getPrintArticle(first)).toBeNull();
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toHaveLength(MAX_PRINT_ARTICLES);
    expect(await getPrintArticle('../settings')).toBeNull();
  });
});
