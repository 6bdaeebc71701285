/**
 * What each copy button puts on the clipboard. `article.text` / `article.markdown` are the
 * pipeline's own output; only when captions are turned off do we re-derive them
 * (without-captions.ts, loaded on that first use only).
 */
import type { Article } from '../article';
import { formatLocalDate } from '../extract/dates';
import type { CopyFormat } from '../settings';

export interface CitationLabels {
  title: string;
  outlet: string;
  author: string;
  date: string;
  url: string;
  /** The original story's link, on a portal's copy (Naver News): `원문: …`. */
  source: string;
}

export interface CopyOptions {
  captions: boolean;
  labels: CitationLabels;
}

/** A separate chunk: most people keep captions, and the popup should not load the block walker. */
const withoutCaptions = () => import('./without-captions');

export async function articleText(article: Article, captions: boolean): Promise<string> {
  return captions ? article.text : (await withoutCaptions()).textWithoutCaptions(article);
}

export async function articleMarkdown(article: Article, captions: boolean): Promise<string> {
  return captions ? article.markdown : (await withoutCaptions()).markdownWithoutCaptions(article);
}

/**
 * The outlet named in citations: the pipeline's `siteName` (the newspaper a portal page names,
 * 중앙일보; else the rule's name, 서울경제; else the page's og:site_name), else the page's host. Read from the article, not the site rules, so the
 * popup does not bundle every rule just for a name.
 */
export function outletName(article: Article): string {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return article.url;
  }
}

/** `제목: …` / `언론사: …` lines; fields the article lacks are left out rather than left blank. */
export function citationHeader(article: Article, labels: CitationLabels): string {
  const date = article.published ? formatLocalDate(article.published) : null;
  const rows: [string, string | null][] = [
    [labels.title, article.title],
    [labels.outlet, outletName(article)],
    [labels.author, article.byline],
    [labels.date, date],
    [labels.url, article.url],
    [labels.source, article.sourceUrl],
  ];
  return rows
    .filter((row): row is [string, string] => Boolean(row[1]))
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
}

export async function buildCopyText(article: Article, format: CopyFormat, options: CopyOptions): Promise<string> {
  switch (format) {
    case 'text':
      return articleText(article, options.captions);
    case 'markdown':
      return articleMarkdown(article, options.captions);
    case 'citation':
      return `${citationHeader(article, options.labels)}\n\n${await articleText(article, options.captions)}`;
  }
}
