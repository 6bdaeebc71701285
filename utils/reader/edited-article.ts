/**
 * The article as the reader shows it after the user took blocks out: copy, Markdown, the print
 * view and the outline follow what is shown. Text, Markdown and stats come from the kept blocks
 * through the pipeline's own block walk (as copying without captions does), so the edited article
 * is formatted exactly like an extracted one.
 */
import type { Article } from '../article';
import { collectBlocks } from '../extract/blocks';
import { computeStats } from '../extract/stats';
import { toMarkdown } from '../extract/to-markdown';
import { bodyText, toText, type ArticleHeader } from '../extract/to-text';
import type { ArticleBlock } from './article-blocks';

export function editedArticle(article: Article, blocks: readonly ArticleBlock[], removed: ReadonlySet<number>): Article {
  if (removed.size === 0 || blocks.length === 0) return article;
  const kept = blocks.filter((_, index) => !removed.has(index));
  const html = kept.map((block) => block.html).join('');
  // DOMParser documents are inert: nothing loads or runs while the kept blocks are walked.
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html');
  const walked = collectBlocks(doc.body);
  const header: ArticleHeader = {
    title: article.title,
    deck: article.deck,
    byline: article.byline,
    published: article.published,
  };
  const ids = new Set(kept.flatMap((block) => block.ids));
  return {
    ...article,
    html,
    text: toText(header, walked),
    markdown: toMarkdown(header, walked),
    outline: article.outline.filter((item) => ids.has(item.id)),
    stats: computeStats(bodyText(walked), article.lang),
  };
}
