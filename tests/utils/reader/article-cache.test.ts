import { describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '@/utils/article';
import { createArticleCache } from '@/utils/reader/article-cache';
import { makeArticle } from '../../support/helpers';

const OK: ExtractResult = { status: 'ok', article: makeArticle() };
const NOT: ExtractResult = { status: 'not-article', reason: 'front page' };

describe('article cache', () => {
  it('extracts once per URL', async () => {
    const extract = vi.fn(() => OK);
    const cache = createArticleCache(extract);
    await cache.get('https://a/1', false);
    await cache.get('https://a/1', false);
    await cache.get('https://a/2', false);
    expect(extract.mock.calls).toEqual([
      ['https://a/1', false],
      ['https://a/2', false],
    ]);
  });

  it('shares one run between callers asking while it is under way', async () => {
    let finish: (result: ExtractResult) => void = () => {};
    const extract = vi.fn(() => new Promise<ExtractResult>((resolve) => (finish = resolve)));
    const cache = createArticleCache(extract);
    const first = cache.get('https://a/1', false);
    const second = cache.get('https://a/1', false);
    await Promise.resolve();
    finish(OK);
    expect(await first).toBe(OK);
    expect(await second).toBe(OK);
    expect(extract).toHaveBeenCalledTimes(1);
  });

  it('keeps a forced result apart from a plain not-article, and lets an ok answer both', async () => {
    const extract = vi.fn((_url: string, force: boolean) => (force ? OK : NOT));
    const cache = createArticleCache(extract);
    expect(await cache.get('https://a/front', false)).toBe(NOT);
    expect(await cache.get('https://a/front', true)).toBe(OK);
    expect(await cache.get('https://a/front', true)).toBe(OK);
    expect(extract).toHaveBeenCalledTimes(2);
    const okCache = createArticleCache(() => OK);
    await okCache.get('https://a/1', false);
    expect(await okCache.get('https://a/1', true)).toBe(OK);
  });

  it('re-extracts after clear (a URL change)', async () => {
    const extract = vi.fn(() => OK);
    const cache = createArticleCache(extract);
    await cache.get('https://a/1', false);
    cache.clear();
    await cache.get('https://a/1', false);
    expect(extract).toHaveBeenCalledTimes(2);
  });
});
