/**
 * What each copy button puts on the clipboard. `article.text` / `article.markdown` are the
 * pipeline's own output; only when captions are turned off do we re-derive them, from the
 * sanitised body HTML parsed into an inert document, with the pipeline's own block walker, so the
 * two paths can never format an article differently.
 */
import type { Article } from '../article';
import { collectBlocks } from '../extract/blocks';
import { toText, type ArticleHeader } from '../extract/to-text';
import { toMarkdown } from '../extract/to-markdown';
import { formatLocalDate } from '../extract/dates';
import type { CopyFormat } from '../settings';

export interface CitationLabels {
  title: string;
  outlet: string;
  author: string;
  date: string;
  url: string;
}

export interface CopyOptions {
  captions: boolean;
  labels: CitationLabels;
}

function headerOf(article: Article): ArticleHeader {
  return { title: article.title, deck: article.deck, byline: article.byline, published: article.published };
}

/** DOMParser documents are inert: no scripts run and no images load while we walk the body. */
function bodyBlocks(html: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return collectBlocks(doc.body);
}

export function articleText(article: Article, captions: boolean): string {
  return captions ? article.text : toText(headerOf(article), bodyBlocks(article.html), { captions: false });
}

export function articleMarkdown(article: Article, captions: boolean): string {
  return captions ? article.markdown : toMarkdown(headerOf(article), bodyBlocks(article.html), { captions: false });
}

/**
 * The outlet named in citations: the pipeline's `siteName` (the rule's name, 서울경제, else the
 * page's og:site_name), else the page's host. Read from the article, not the site rules, so the
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
  ];
  return rows
    .filter((row): row is [string, string] => Boolean(row[1]))
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
}

export function buildCopyText(article: Article, format: CopyFormat, options: CopyOptions): string {
  switch (format) {
    case 'text':
      return articleText(article, options.captions);
    case 'markdown':
      return articleMarkdown(article, options.captions);
    case 'citation':
      return `${citationHeader(article, options.labels)}\n\n${articleText(article, options.captions)}`;
  }
}
