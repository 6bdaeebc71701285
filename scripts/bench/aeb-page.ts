/**
 * One benchmark page through every system, scored with both metrics: the unit of work of
 * `npm run bench:aeb` (run in a worker thread by aeb-pool.ts).
 *
 * - The URL given to the pipeline is the page's ground-truth `url`. No site rule may run on a
 *   benchmark page: if one ever matches, the page is extracted under a neutral host instead
 *   (`ruleMatched`), so the generic pipeline is what is measured.
 * - `pipeline` = the article body (Article.text without the title/deck/byline header), as the
 *   content script runs it (no "try anyway"); a `not-article` answer predicts '' (it costs recall,
 *   as the user would see no article). `pipelineForced` scores the "try anyway" answer there.
 * - Readability 0.6.0 with default options on a fresh parse of the same HTML: `readability` is its
 *   `textContent` as published, `readabilityBlocks` the same content with a line break at every
 *   block element (block-text.ts), which the AEB README also reports.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract/extract-article';
import { findSiteRule } from '../../utils/site-rules';
import { scoreShingles, shingles, type PageCounts } from './aeb-metric';
import { articleBody } from './article-body';
import { blockSeparatedText } from './block-text';
import { parseDocument, type DomName } from './dom';
import { scoreWordBags, wordBag, type WordScores } from './word-f1';

export type SystemName = 'pipeline' | 'pipelineForced' | 'readability' | 'readabilityBlocks';
export const SYSTEMS: readonly SystemName[] = ['pipeline', 'pipelineForced', 'readability', 'readabilityBlocks'];

const NEUTRAL_HOST = 'aeb-page.invalid';

export interface PageInput {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export interface PageRecord {
  id: string;
  url: string;
  status: 'ok' | 'not-article';
  reason?: string;
  /** A site rule matched the page's URL: it was extracted under a neutral host. */
  ruleMatched: boolean;
  /** The header rebuilt from the article's fields did not match the start of its text. */
  inexactBody: boolean;
  removed: number;
  /** Extraction only, parse excluded. */
  ms: { pipeline: number; readability: number };
  texts: Record<SystemName, string>;
  /** The AEB shingle metric's normalised counts (aeb-metric.ts). */
  shingle: Record<SystemName, PageCounts>;
  /** WCXB's word metric (word-f1.ts). */
  word: Record<SystemName, WordScores>;
}

/** A URL that no site rule matches: the page's own, or the same path under a neutral host. */
export function genericUrl(url: string): { url: string; ruleMatched: boolean } {
  if (!findSiteRule(url)) return { url, ruleMatched: false };
  const neutral = new URL(url);
  neutral.hostname = NEUTRAL_HOST;
  return { url: neutral.href, ruleMatched: true };
}

export function runPage({ id, url, html, truth }: PageInput, dom: DomName): PageRecord {
  const target = genericUrl(url);
  if (findSiteRule(target.url)) throw new Error(`${id}: a site rule still matches ${target.url}`);

  const forPipeline = parseDocument(html, target.url, dom);
  let start = performance.now();
  const result = extractArticle(forPipeline.document, target.url, { window: forPipeline.window });
  const pipelineMs = performance.now() - start;
  let pipelineText = '';
  let forcedText = '';
  let inexactBody = false;
  if (result.status === 'ok') {
    const body = articleBody(result.article);
    inexactBody = !body.exact;
    pipelineText = forcedText = body.body;
  } else {
    const forced = extractArticle(forPipeline.document, target.url, { window: forPipeline.window, force: true });
    if (forced.status === 'ok') {
      const body = articleBody(forced.article);
      inexactBody = !body.exact;
      forcedText = body.body;
    }
  }
  forPipeline.close();

  // A fresh parse, not the pipeline's: the pipeline leaves its input as it was in a browser, but
  // under linkedom reading `document.body` of a page without one (content between </head> and
  // <body>, WCXB 0335) adds an empty <body>, and Readability then finds nothing.
  const forReadability = parseDocument(html, url, dom);
  start = performance.now();
  const parsed = new Readability<Element>(forReadability.document, { serializer: (node) => node as Element }).parse();
  const readabilityMs = performance.now() - start;
  const readabilityText = parsed?.textContent ?? '';
  const readabilityBlocks = parsed?.content ? blockSeparatedText(parsed.content) : '';
  forReadability.close();

  const texts: Record<SystemName, string> = {
    pipeline: pipelineText,
    pipelineForced: forcedText,
    readability: readabilityText,
    readabilityBlocks,
  };
  // The truth is tokenised once, and a text two systems share (the pipeline and its forced answer,
  // mostly) is scored once.
  const truthShingles = shingles(truth);
  const truthWords = wordBag(truth);
  const scored = new Map<string, { shingle: PageCounts; word: WordScores }>();
  const score = (text: string) => {
    let entry = scored.get(text);
    if (!entry) {
      entry = { shingle: scoreShingles(truthShingles, text), word: scoreWordBags(truthWords, wordBag(text)) };
      scored.set(text, entry);
    }
    return entry;
  };
  const each = <T>(pick: (text: string) => T) =>
    Object.fromEntries(SYSTEMS.map((system) => [system, pick(texts[system])])) as Record<SystemName, T>;
  return {
    id,
    url,
    status: result.status,
    ...(result.status === 'not-article' ? { reason: result.reason } : {}),
    ruleMatched: target.ruleMatched,
    inexactBody,
    removed: result.status === 'ok' ? result.article.removed.length : 0,
    ms: { pipeline: pipelineMs, readability: readabilityMs },
    texts,
    shingle: each((text) => score(text).shingle),
    word: each((text) => score(text).word),
  };
}
