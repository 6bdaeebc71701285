/**
 * The pipeline (docs/architecture.md, "The pipeline"): DOM in, plain JSON out, the same code in the content script, the CLI,
 * the benchmarks and the tests. Each step is a named function in its own module; this file only
 * orders them. It never throws and never touches `doc`: everything runs on an inert copy.
 */
import { notArticle, type Article, type ExtractResult } from '../article';
import { findSiteRule, isArticlePath } from '../site-rules';
import { GENERIC_DROP_TEXT, GENERIC_REMOVE } from '../site-rules/generic';
import { cloneDocument, cloneScope, stripEventHandlers } from './clone-document';
import { readMetadata } from './metadata';
import { cleanByline, datelineByline, fullerByline } from './byline';
import { promoteLazyImages } from './lazy-images';
import { revealStreamedSegments } from './streamed-segments';
import { normalizeFigures } from './figures';
import { findMainText, removeBySelectors, removeJunk } from './remove-clutter';
import { RemovedLog } from './removed-log';
import { splitBrParagraphs } from './paragraphs';
import { markSubheads, promoteRuleHeadings } from './subheads';
import { GENERIC_CHAR_THRESHOLD, RULE_CHAR_THRESHOLD, runReadability } from './run-readability';
import { dropBoilerplate } from './drop-boilerplate';
import { extendToMainText } from './extend-to-main-text';
import { takeLeadDeck } from './lead-deck';
import { absolutizeLinks, stripPageIds } from './finish-content';
import { collectBlocks, firstParagraph } from './blocks';
import { notArticleReason } from './assess-article';
import { isHeadlineList } from './headline-list';
import { buildOutline } from './outline';
import { bodyText, toText, type ArticleHeader } from './to-text';
import { toMarkdown } from './to-markdown';
import { computeStats } from './stats';
import { toIsoDate } from './dates';
import { sanitizeHtml } from './sanitize';
import { dropSanitizerDroppedSubtrees } from './sanitizer-drops';
import { collapseSpace, hasAtLeast } from './text';
import { errorMessage } from '../error-message';

export interface ExtractOptions {
  /** "Try anyway": extract even where the URL or the amount of text says "not an article". */
  force?: boolean;
  /** Window whose DOMPurify sanitises `html` when `doc` has none (an inert or parsed document). */
  window?: Window | null;
}


/** A body container with less text than this is an empty shell or a teaser, not the article. */
const MIN_BODY_ROOT_TEXT = 40;

/** The rule's body container: the first selector, in order, whose element has real content. */
export function findBodyRoot(doc: Document, selectors: readonly string[] = []): Element | null {
  for (const selector of selectors) {
    let elements: Element[];
    try {
      // The first match usually is the body: querySelector stops there, querySelectorAll would
      // walk the whole live page. Only when it is an empty shell are the others looked at.
      const first = doc.querySelector(selector);
      if (!first) continue;
      if (hasAtLeast(first, MIN_BODY_ROOT_TEXT)) return first;
      elements = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue;
    }
    const hit = elements.find((element) => hasAtLeast(element, MIN_BODY_ROOT_TEXT));
    if (hit) return hit;
  }
  return null;
}

/**
 * Where relative URLs point: the page's `<base href>` when it is an http(s) URL, else the page. Only
 * a `<base>` in `<head>` counts: one inside the body is a stray or hostile element (a comment, an
 * injected ad), and the article's links and photos must not be sent elsewhere by it.
 */
export function documentBase(doc: Document, url: string): string {
  const href = doc.head?.querySelector('base[href]')?.getAttribute('href');
  if (!href) return url;
  try {
    const base = new URL(href.trim(), url);
    return base.protocol === 'http:' || base.protocol === 'https:' ? base.href : url;
  } catch {
    return url;
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
  // 2–3. Metadata read from the live page (read-only: querySelector and textContent change
  // nothing), then an inert copy of only what extraction needs: the rule's article container when
  // the page has one, else the whole document.
  const liveRoot = rule ? findBodyRoot(doc, rule.body) : null;
  const meta = readMetadata(doc, rule);
  const copy = liveRoot ? cloneScope(doc, liveRoot, meta.sources) : cloneDocument(doc, meta.sources);
  const clone = copy.doc;
  const copiedRoot = liveRoot ? clone.body.firstElementChild : null;
  // Title, deck and byline elements inside the copy would repeat in the body.
  for (const source of copy.counterparts) if (source && !source.contains(copiedRoot)) source.remove();
  rule?.prepare?.(clone);
  // A server-streamed page saved before its scripts ran keeps the story in hidden segments.
  revealStreamedSegments(clone);
  // 4. Lazy images, and photo blocks as figures so captions stay with their images.
  const view = doc.defaultView ?? options.window ?? (typeof window === 'undefined' ? null : window);
  const base = documentBase(doc, url);
  promoteLazyImages(clone, base, view);
  normalizeFigures(clone);
  if (clone.body) absolutizeLinks(clone.body, base);
  // 5. Clutter, by selector, recorded.
  const log = new RemovedLog();
  removeJunk(clone);
  const protection = copiedRoot
    ? { roots: [copiedRoot], mainTextLength: (copiedRoot.textContent ?? '').trim().length }
    : findMainText(clone);
  removeBySelectors(clone, rule?.remove ?? GENERIC_REMOVE, protection, log);
  // Handlers go before anything re-parses the copy's markup (Readability's retries, the
  // sanitiser), and after the removals above, which leave far fewer elements to look at.
  stripEventHandlers(clone);
  // 6. Paragraphs and subheads.
  if (!clone.body) return notArticle('This is not an HTML page.');
  splitBrParagraphs(clone.body);
  promoteRuleHeadings(clone.body, rule?.headings);
  // 7. Readability, the floor under every rule.
  // Rule pages hand Readability only the article container, where a Korean brief can be short;
  // on whole pages its default threshold makes it look past a short cookie notice or teaser.
  // A copy of the main-text holder, for when Readability keeps only part of it (generic pages).
  const holder = copiedRoot ? null : ((protection.roots[0]?.cloneNode(true) as Element | undefined) ?? null);
  const read = runReadability(clone, copiedRoot ? RULE_CHAR_THRESHOLD : GENERIC_CHAR_THRESHOLD);
  if (!read) return notArticle('No article text was found on this page.');
  const content = (holder && extendToMainText(read.content, holder)) || read.content;
  // Judged on Readability's own pick before cleaning, which drops the teasers' times ("12-03 10:05"
  // reads as a dateline).
  const headlineList = !ruleArticle && isHeadlineList(read.content);
  // 8. Boilerplate by anchored text patterns, recorded.
  // The byline printed again in the body ("JANIE HAR", "By Paul Takahashi") is a repeat too.
  const author = meta.byline ?? read.byline ?? '';
  const repeated = [meta.title || read.title || '', ...meta.deck, rule?.name ?? '', meta.siteName ?? '', author, author && `By ${author}`];
  const dropped = dropBoilerplate(content, rule?.dropText ?? GENERIC_DROP_TEXT, repeated, log);
  const lang = meta.lang !== 'und' ? meta.lang : read.lang || 'und';
  // A Korean story whose markup marks no deck prints it as its first lines (lead-deck.ts).
  const deck = meta.deck.length || !/^ko\b/i.test(lang) ? meta.deck : takeLeadDeck(content, meta.title || read.title || '');
  markSubheads(content);
  stripPageIds(content);
  // What the sanitiser will drop with its content goes now, so text, outline and html agree.
  dropSanitizerDroppedSubtrees(content);
  // 9. Outline, text, markdown, stats.
  const blocks = collectBlocks(content);
  const body = bodyText(blocks);
  const reason = notArticleReason(content, body, {
    ruleArticle,
    declaresArticle: meta.declaresArticle,
    force: options.force === true,
    headlineList,
  });
  if (reason) return notArticle(reason);
  const outline = buildOutline(content, deck);
  const offset = rule?.utcOffset ?? null;
  const header: ArticleHeader = {
    title: meta.title || collapseSpace(read.title ?? ''),
    deck,
    byline: fullerByline(
      meta.byline ?? (read.byline ? cleanByline(read.byline) : null),
      datelineByline(firstParagraph(blocks)),
      dropped.signOffs.map(cleanByline).find(Boolean) ?? null,
    ),
    published: meta.published ?? (read.publishedTime ? toIsoDate(read.publishedTime, offset) : null),
  };
  const firstImage = blocks.find((block) => block.kind === 'image');
  // 10. Sanitise at the sink's source too: `html` is safe wherever it goes.
  const article: Article = {
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
    const message = errorMessage(error);
    return notArticle(`Extraction failed: ${message}`);
  }
}
