/**
 * Step 10: the Article (docs/architecture.md, "The contract"). The header merges what the
 * metadata step read with what only the story gives (Readability's byline and date, the
 * dateline's reporter, a sign-off); one walk into blocks feeds text, Markdown and stats; `html` is
 * sanitised here too, so it is safe wherever it goes.
 */
import type { Article } from '../article';
import type { SiteRule } from '../site-rules/site-rule';
import { firstParagraph, type Block } from './blocks';
import { cleanByline, datelineByline, fullerByline } from './byline';
import type { CleanedStory } from './clean-story';
import { toIsoDate } from './dates';
import type { Metadata } from './metadata';
import { buildOutline } from './outline';
import type { Story } from './read-story';
import type { RemovedLog } from './removed-log';
import { sanitizeHtml } from './sanitize';
import { computeStats } from './stats';
import { collapseSpace } from './text';
import { toMarkdown } from './to-markdown';
import { toText, type ArticleHeader } from './to-text';

export interface ArticleParts {
  url: string;
  rule: SiteRule | null;
  meta: Metadata;
  story: Story;
  cleaned: CleanedStory;
  blocks: readonly Block[];
  /** The body's text as counted for the stats (bodyText of the blocks). */
  body: string;
  lang: string;
  log: RemovedLog;
  /** The window whose DOMPurify sanitises (null: the sanitiser fails closed). */
  view: Window | null;
}

function buildHeader({ meta, story: { read }, cleaned, blocks, rule }: ArticleParts): ArticleHeader {
  return {
    title: meta.title || collapseSpace(read.title ?? ''),
    deck: cleaned.deck,
    byline: fullerByline(
      meta.byline ?? (read.byline ? cleanByline(read.byline) : null),
      datelineByline(firstParagraph(blocks)),
      cleaned.signOffs.map(cleanByline).find(Boolean) ?? null,
    ),
    published: meta.published ?? (read.publishedTime ? toIsoDate(read.publishedTime, rule?.utcOffset ?? null) : null),
  };
}

export function buildArticle(parts: ArticleParts): Article {
  const { url, rule, meta, story, blocks, body, lang, log, view } = parts;
  const header = buildHeader(parts);
  // First: it gives the headings the `dc-` ids the sanitised html keeps for the outline's links.
  const outline = buildOutline(story.content, header.deck);
  const firstImage = blocks.find((block) => block.kind === 'image');
  return {
    url,
    site: rule?.id ?? null,
    siteName: meta.outlet ?? rule?.name ?? meta.siteName ?? null,
    lang,
    dir: meta.dir,
    ...header,
    deck: [...header.deck],
    modified: meta.modified,
    sourceUrl: meta.sourceUrl,
    leadImage: meta.leadImage ?? (firstImage?.kind === 'image' ? firstImage.src : null),
    html: sanitizeHtml(story.content.innerHTML, view),
    text: toText(header, blocks),
    markdown: toMarkdown(header, blocks),
    outline,
    stats: computeStats(body, lang),
    removed: log.blocks,
  };
}
