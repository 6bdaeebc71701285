/**
 * Extraction results per URL. Extraction runs only when asked (never at page load), once per URL;
 * callers asking while it runs share the same run. A forced result ("try anyway") is kept apart
 * from the plain one, and an ok result answers both.
 */
import type { ExtractResult } from '../article';

/** Synchronous in the page, asynchronous when a large page is read off the page's thread. */
export type Extractor = (url: string, force: boolean) => ExtractResult | Promise<ExtractResult>;

export interface ArticleCache {
  get(url: string, force: boolean): Promise<ExtractResult>;
  /** Drops every entry (after a URL change the page content is no longer the cached one). */
  clear(): void;
}

export function createArticleCache(extract: Extractor): ArticleCache {
  const entries = new Map<string, Promise<ExtractResult>>();
  const key = (url: string, force: boolean) => `${force ? 'force' : 'plain'} ${url}`;
  return {
    async get(url, force) {
      const plain = entries.get(key(url, false));
      if (plain) {
        const result = await plain;
        if (result.status === 'ok' || !force) return result;
      }
      let entry = entries.get(key(url, force));
      if (!entry) {
        entry = Promise.resolve().then(() => extract(url, force));
        entries.set(key(url, force), entry);
      }
      return entry;
    },
    clear() {
      entries.clear();
    },
  };
}
