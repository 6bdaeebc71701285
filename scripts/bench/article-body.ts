/**
 * The article BODY of an extraction, for scoring: `Article.text` is the header (title, deck lines,
 * the `byline · date` line), a blank line, then the body (docs/architecture.md, "The contract"). The header is rebuilt from
 * the article's own fields with the pipeline's `bylineLine`, and stripped only when it matches the
 * start of `text` exactly; otherwise the result says so and the caller counts it.
 */
import type { Article } from '../../utils/article';
import { bylineLine } from '../../utils/extract/to-text';

export interface BodyResult {
  body: string;
  /** false when the header rebuilt from the fields did not match: the body was cut at the first blank line. */
  exact: boolean;
}

export function articleBody(article: Pick<Article, 'title' | 'deck' | 'byline' | 'published' | 'text'>): BodyResult {
  const head = [article.title, ...article.deck, bylineLine(article)].filter(Boolean).join('\n');
  const { text } = article;
  if (!head) return { body: text, exact: true };
  if (text === head) return { body: '', exact: true };
  if (text.startsWith(`${head}\n\n`)) return { body: text.slice(head.length + 2), exact: true };
  const blank = text.indexOf('\n\n');
  return { body: blank >= 0 ? text.slice(blank + 2) : '', exact: false };
}
