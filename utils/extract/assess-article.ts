/**
 * Step 9: whether what Readability found is an article. Site rules already gate by URL; this catches
 * portal pages, link lists and empty shells, so the popup can say "not an article" honestly.
 * CJK pages of many short paragraphs fail Readability's own readerable check (docs/peers.md §4.6), so
 * this counts characters, not paragraph sizes.
 */
import { countText } from './text';
import { linkDensity } from './link-density';

export interface ArticleEvidence {
  /** A site rule matched the URL as an article path. */
  ruleArticle: boolean;
  /** og:type article or JSON-LD article. */
  declaresArticle: boolean;
  /** The user asked to try anyway. */
  force: boolean;
  /** Readability's pick is a run of dated teasers (headline-list.ts): a section front or news list. */
  headlineList?: boolean;
}

/** Body text below these lengths is not an article (characters, whitespace collapsed). */
export const MIN_CHARS = { rule: 30, declared: 140, generic: 400, forced: 1 } as const;
const MAX_LINK_DENSITY = 0.5;

/** null when `content` is an article, else the reason it is not. */
export function notArticleReason(content: Element, bodyText: string, evidence: ArticleEvidence): string | null {
  const length = countText(bodyText).characters; // bodyText.replace(/\s+/g, '').length, without the copy
  if (evidence.force) return length >= MIN_CHARS.forced ? null : 'No readable text was found on this page.';
  const minimum = evidence.ruleArticle ? MIN_CHARS.rule : evidence.declaresArticle ? MIN_CHARS.declared : MIN_CHARS.generic;
  if (length < minimum) return `Too little text for an article (${length} characters).`;
  if (!evidence.ruleArticle && linkDensity(content) > MAX_LINK_DENSITY) {
    return 'This page is mostly links: it looks like a list or front page, not an article.';
  }
  if (!evidence.ruleArticle && evidence.headlineList) {
    return 'This page is a list of headlines with their times: a section front or news list, not an article.';
  }
  return null;
}
