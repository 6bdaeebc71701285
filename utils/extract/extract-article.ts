/**
 * The pipeline (design §4): DOM in, plain JSON out, the same code in the content script, the CLI,
 * the benchmarks and the tests. Each step is a named function in its own module; this file only
 * orders them. It never throws and never touches `doc`: everything runs on an inert copy.
 */
import type { Article, ExtractResult } from '../article';
import { findSiteRule } from '../site-rules';
import type { SiteRule } from '../site-rules/site-rule';
import { KOREAN_NEWS_DROP_TEXT, KOREAN_NEWS_REMOVE } from '../site-rules/korean-news';
import { cloneDocument } from './clone-document';
import { cleanByline, readMetadata } from './metadata';
import { promoteLazyImages } from './lazy-images';
import { normalizeFigures } from './figures';
import { findMainTextHolders, removeBySelectors, removeJunk } from './remove-clutter';
import { RemovedLog } from './removed-log';
import { splitBrParagraphs } from './paragraphs';
import { markSubheads } from './subheads';
import { runReadability } from './run-readability';
import { dropBoilerplate } from './drop-boilerplate';
import { absolutizeLinks, stripPageIds } from './finish-content';
import { collectBlocks } from './blocks';
import { notArticleReason } from './assess-article';
import { buildOutline } from './outline';
import { bodyText, toText, type ArticleHeader } from './to-text';
import { toMarkdown } from './to-markdown';
import { computeStats } from './stats';
import { toIsoDate } from './dates';
import { sanitizeHtml } from './sanitize';
import { collapseSpace } from './text';

export interface ExtractOptions {
  /** "Try anyway": extract even where the URL or the amount of text says "not an article". */
  force?: boolean;
  /** Window whose DOMPurify sanitises `html` when `doc` has none (an inert or parsed document). */
  window?: Window | null;
}

const notArticle = (reason: string): ExtractResult => ({ status: 'not-article', reason });

/** The rule's body container: the first selector, in order, whose element has real content. */
export function findBodyRoot(doc: Document, selectors: readonly string[] = []): Element | null {
  for (const selector of selectors) {
    let elements: Element[];
    try {
      elements = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue;
    }
    const hit = elements.find((element) => collapseSpace(element.textContent ?? '').length >= 40);
    if (hit) return hit;
  }
  return null;
}

function isArticlePath(rule: SiteRule, url: string): boolean {
  try {
    return rule.articlePath.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

function run(doc: Document, url: string, options: ExtractOptions): ExtractResult {
  // 1. The site rule, by exact host or subdomain.
  const rule = findSiteRule(url);
  if (!doc?.documentElement || !doc.body) return notArticle('This is not an HTML page.');
  const ruleArticle = rule !== null && isArticlePath(rule, url);
  if (rule && !ruleArticle && !options.force) {
    return notArticle(`This ${rule.name} page is not an article: it is a section front, list, search or home page.`);
  }
  // 2. An inert copy; the live page is never touched.
  const clone = cloneDocument(doc);
  rule?.prepare?.(clone);
  // 3. Metadata, before cleaning removes what carries it.
  const meta = readMetadata(clone, rule);
  // 4. Lazy images, and photo blocks as figures so captions stay with their images.
  promoteLazyImages(clone, url);
  normalizeFigures(clone);
  if (clone.body) absolutizeLinks(clone.body, url);
  // 5. Clutter, by selector, recorded.
  const log = new RemovedLog();
  const bodyRoot = rule ? findBodyRoot(clone, rule.body) : null;
  removeJunk(clone);
  for (const source of meta.sources) if (!bodyRoot || !source.contains(bodyRoot)) source.remove();
  const protect = bodyRoot ? [bodyRoot] : findMainTextHolders(clone);
  removeBySelectors(clone, rule?.remove ?? KOREAN_NEWS_REMOVE, protect, log);
  if (bodyRoot && clone.body?.contains(bodyRoot)) clone.body.replaceChildren(bodyRoot);
  // 6. Paragraphs and subheads.
  if (!clone.body) return notArticle('This is not an HTML page.');
  splitBrParagraphs(clone.body);
  markSubheads(clone.body, rule?.headings);
  // 7. Readability, the floor under every rule.
  const read = runReadability(clone);
  if (!read) return notArticle('No article text was found on this page.');
  const content = read.content;
  // 8. Boilerplate by anchored text patterns, recorded.
  const dropped = dropBoilerplate(content, rule?.dropText ?? KOREAN_NEWS_DROP_TEXT, [meta.title, ...meta.deck], log);
  stripPageIds(content);
  // 9. Outline, text, markdown, stats.
  const blocks = collectBlocks(content);
  const body = bodyText(blocks);
  const reason = notArticleReason(content, body, {
    ruleArticle,
    declaresArticle: meta.declaresArticle,
    force: options.force === true,
  });
  if (reason) return notArticle(reason);
  const outline = buildOutline(content, meta.deck);
  const lang = meta.lang !== 'und' ? meta.lang : read.lang || 'und';
  const offset = rule?.utcOffset ?? null;
  const header: ArticleHeader = {
    title: meta.title || collapseSpace(read.title ?? ''),
    deck: meta.deck,
    byline:
      meta.byline ??
      (read.byline ? cleanByline(read.byline) : null) ??
      dropped.signOffs.map(cleanByline).find(Boolean) ??
      null,
    published: meta.published ?? (read.publishedTime ? toIsoDate(read.publishedTime, offset) : null),
  };
  const firstImage = blocks.find((block) => block.kind === 'image');
  // 10. Sanitise at the sink's source too: `html` is safe wherever it goes.
  const view = doc.defaultView ?? options.window ?? (typeof window === 'undefined' ? null : window);
  const article: Article = {
    url,
    site: rule?.id ?? null,
    siteName: rule?.name ?? meta.siteName ?? null,
    lang,
    dir: meta.dir,
    ...header,
    deck: [...header.deck],
    leadImage: meta.leadImage ?? (firstImage?.kind === 'image' ? firstImage.src : null),
    html: sanitizeHtml(content.innerHTML, view),
    text: toText(header, blocks),
    markdown: toMarkdown(header, blocks),
    outline,
    stats: computeStats(body, lang),
    removed: log.blocks,
  };
  return { status: 'ok', article };
}

/** Extracts the article of `doc` (the page at `url`). Never throws, never mutates `doc`. */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  try {
    return run(doc, url, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return notArticle(`Extraction failed: ${message}`);
  }
}
