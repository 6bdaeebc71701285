/**
 * Copy text and Markdown without photo captions (a setting; captions are kept by default). Re-derived
 * from the sanitised body HTML, parsed into an inert document, with the pipeline's own block walker,
 * so the two paths can never format an article differently. copy-text.ts loads this module only
 * when it is needed: the block walker is not part of the popup's startup.
 */
import type { Article } from '../article';
import { collectBlocks } from '../extract/blocks';
import { toText, type ArticleHeader } from '../extract/to-text';
import { toMarkdown } from '../extract/to-markdown';

function headerOf(article: Article): ArticleHeader {
  return { title: article.title, deck: article.deck, byline: article.byline, published: article.published };
}

/** DOMParser documents are inert: no scripts run and no images load while we walk the body. */
function bodyBlocks(html: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return collectBlocks(doc.body);
}

export function textWithoutCaptions(article: Article): string {
  return toText(headerOf(article), bodyBlocks(article.html), { captions: false });
}

export function markdownWithoutCaptions(article: Article): string {
  return toMarkdown(headerOf(article), bodyBlocks(article.html), { captions: false });
}
