/**
 * Extraction results per URL. Extraction runs only when asked (never at page load), once per URL;
 * a forced result ("try anyway") is kept apart from the plain one, and an ok result answers both.
 */
import type { ExtractResult } from '../article';

export type Extractor = (url: string, force: boolean) => ExtractResult;

export interface ArticleCache {
  get(url: string, force: boolean): ExtractResult;
  /** Drops every entry (after a URL change the page content is no longer the cached one). */
  clear(): void;
}

export function createArticleCache(extract: Extractor): ArticleCache {
  const entries = new Map<string, ExtractResult>();
  const key = (url: string, force: boolean) => `${force ? 'force' : 'plain'} ${url}`;
  return {
    get(url, force) {
      const plain = entries.get(key(url, false));
      if (plain && (plain.status === 'ok' || !force)) return plain;
      const cached = entries.get(key(url, force));
      if (cached) return cached;
      const result = extract(url, force);
      entries.set(key(url, force), result);
      return result;
    },
    clear() {
      entries.clear();
    },
  };
}
