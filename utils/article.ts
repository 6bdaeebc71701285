/**
 * The JSON contract between the extraction pipeline and everything that shows or copies an
 * article (docs/architecture.md, "The contract"). Plain data only: it crosses extension messaging and is printed by the CLI.
 */

/** One outline entry, flat and in document order; `id` is an element id inside `Article.html`. */
export interface OutlineItem {
  id: string;
  level: number;
  text: string;
  /** true when the item comes from deck points or photo-delimited parts, not from a subhead. */
  derived?: boolean;
}

/** A block the pipeline stripped, shown to the user in "what was removed". */
export interface RemovedBlock {
  /** Why it went: a short machine-readable reason such as `share-tools` or `copyright`. */
  reason: string;
  /** The selector or pattern that matched it. */
  rule: string;
  /** The block's text, whitespace-collapsed, first ~80 characters. */
  text: string;
  /**
   * The block's full text (whitespace-collapsed, up to ~2000 characters), for "show it back" in the
   * reader's "what was removed" panel. Optional: the UI falls back to `text`. Plain text, never HTML.
   */
  detail?: string;
}

export interface ArticleStats {
  /** Characters of the body text without whitespace. */
  characters: number;
  /** Space-separated words (eojeol for Korean). */
  words: number;
  readingMinutes: number;
}

export interface Article {
  url: string;
  /** Rule id (`sedaily`), or null when the generic pipeline ran. */
  site: string | null;
  /**
   * The outlet's name for citations: the newspaper a portal page names (중앙일보 on Naver News),
   * else the site rule's `name` (서울경제), else the page's `og:site_name`, else null. Carried
   * here so consumers need not load the site rules.
   */
  siteName: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** 부제 lines, in order. */
  deck: string[];
  byline: string | null;
  /** ISO 8601 with offset, e.g. `2025-11-27T17:25:00+09:00`. */
  published: string | null;
  /** When the article was last changed (수정), ISO 8601 with offset; null when the page does not say. */
  modified: string | null;
  /**
   * The story on the newspaper's own site (기사원문) when the page is a portal's copy of it (Naver
   * News); null otherwise. Offered in the citation copy beside `url`.
   */
  sourceUrl: string | null;
  leadImage: string | null;
  /** Body HTML, sanitised, with ids on outline targets. */
  html: string;
  /** Exactly what "copy clean text" puts on the clipboard. */
  text: string;
  markdown: string;
  outline: OutlineItem[];
  stats: ArticleStats;
  removed: RemovedBlock[];
}

export type ExtractResult = { status: 'ok'; article: Article } | { status: 'not-article'; reason: string };

/** A not-article result with the reason the user is shown. */
export function notArticle(reason: string): ExtractResult {
  return { status: 'not-article', reason };
}
