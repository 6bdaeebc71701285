import { describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '@/utils/article';
import { createArticleCache } from '@/utils/reader/article-cache';
import { makeArticle } from '../components/helpers';

const OK: ExtractResult = { status: 'ok', article: makeArticle() };
const NOT: ExtractResult = { status: 'not-article', reason: 'front page' };

describe('article cache', () => {
  it('extracts once per URL', () => {
    const extract = vi.fn(() => OK);
    const cache = createArticleCache(extract);
    cache.get('https://a/1', false);
    cache.get('https://a/1', false);
    cache.get('https://a/2', false);
    expect(extract.mock.calls).toEqual([['https://a/1', false], ['https://a/2', false]]);
  });

  it('keeps a forced result apart from a plain not-article, and lets an ok answer both', () => {
    const extract = vi.fn((_url: string, force: boolean) => (force ? OK : NOT));
    const cache = createArticleCache(extract);
    expect(cache.get('https://a/front', false)).toBe(NOT);
    expect(cache.get('https://a/front', true)).toBe(OK);
    expect(cache.get('https://a/front', true)).toBe(OK);
    expect(extract).toHaveBeenCalledTimes(2);
    const okCache = createArticleCache(() => OK);
    okCache.get('https://a/1', false);
    expect(okCache.get('https://a/1', true)).toBe(OK);
  });

  it('re-extracts after clear (a URL change)', () => {
    const extract = vi.fn(() => OK);
    const cache = createArticleCache(extract);
    cache.get('https://a/1', false);
    cache.clear();
    cache.get('https://a/1', false);
    expect(extract).toHaveBeenCalledTimes(2);
  });
});
