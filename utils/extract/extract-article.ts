/**
 * The pipeline (docs/architecture.md, "The pipeline"): DOM in, plain JSON out, the same code in the content script, the CLI,
 * the benchmarks and the tests. Each step is a named function in its own module; this file only
 * orders them. It never throws and never touches `doc`: everything runs on an inert copy.
 */
import { notArticle, type ExtractResult } from '../article';
import { findSiteRule, isArticlePath } from '../site-rules';
import { GENERIC_REMOVE } from '../site-rules/generic';
import { readMetadata } from './metadata';
import { copyPage } from './copy-page';
import { documentBase, pageWindow, prepareMedia } from './prepare-media';
import { removeClutter } from './remove-clutter';
import { RemovedLog } from './removed-log';
import { splitBrParagraphs } from './paragraphs';
import { promoteRuleHeadings } from './subheads';
import { readStory } from './read-story';
import { cleanStory } from './clean-story';
import { collectBlocks } from './blocks';
import { bodyText } from './to-text';
import { notArticleReason } from './assess-article';
import { buildArticle } from './build-article';
import { errorMessage } from '../error-message';

export interface ExtractOptions {
  /** "Try anyway": extract even where the URL or the amount of text says "not an article". */
  force?: boolean;
  /** Window whose DOMPurify sanitises `html` when `doc` has none (an inert or parsed document). */
  window?: Window | null;
}

const NOT_HTML = 'This is not an HTML page.';

function run(doc: Document, url: string, options: ExtractOptions): ExtractResult {
  // 1. Site rule: a ruled site's section, list and home pages are refused before any work.
  const rule = findSiteRule(url);
  if (!doc?.documentElement || !doc.body) return notArticle(NOT_HTML);
  const ruleArticle = rule !== null && isArticlePath(rule, url);
  if (rule && !ruleArticle && !options.force) {
    return notArticle(`This ${rule.name} page is not an article: it is a section front, list, search or home page.`);
  }
  // 2. Metadata, from the live page (read-only: querySelector and textContent change nothing).
  const meta = readMetadata(doc, rule);
  // 3. Inert copy: everything after works on it, never on `doc`.
  const page = copyPage(doc, rule, meta);
  // 4. Lazy images, figures and absolute URLs.
  const view = pageWindow(doc, options.window);
  prepareMedia(page.doc, documentBase(doc, url), view);
  // 5. Clutter by selector, recorded.
  const log = new RemovedLog();
  const protection = removeClutter(page.doc, page.root, rule?.remove ?? GENERIC_REMOVE, log);
  if (!page.doc.body) return notArticle(NOT_HTML);
  // 6. Paragraphs and rule subheads.
  splitBrParagraphs(page.doc.body);
  promoteRuleHeadings(page.doc.body, rule?.headings);
  // 7. Readability.
  const story = readStory(page, protection, !ruleArticle);
  if (!story) return notArticle('No article text was found on this page.');
  // 8. Boilerplate by text, the deck, subheads.
  const lang = meta.lang !== 'und' ? meta.lang : story.read.lang || 'und';
  const cleaned = cleanStory(story, meta, rule, lang, log);
  // 9. Article or not.
  const blocks = collectBlocks(story.content);
  const body = bodyText(blocks);
  const reason = notArticleReason(story.content, body, {
    ruleArticle,
    declaresArticle: meta.declaresArticle,
    force: options.force === true,
    headlineList: story.headlineList,
  });
  if (reason) return notArticle(reason);
  // 10. The Article: header, outline, text, Markdown, stats, sanitised html.
  return { status: 'ok', article: buildArticle({ url, rule, meta, story, cleaned, blocks, body, lang, log, view }) };
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
