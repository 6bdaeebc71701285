/**
 * What the content script calls to read its page: the pipeline right here for ordinary pages (a
 * few milliseconds), and off the page's main thread for very large ones, where it would freeze the
 * tab for seconds. Never rejects.
 */
import type { ExtractResult } from '../article';
import { extractArticle, type ExtractOptions } from '../extract/extract-article';
import { extractInFrame, type FrameOptions } from './extract-in-frame';
import { explainFramedArticle } from './framed-article';

/**
 * Elements above which a page is read in the extraction frame. A sedaily article page has 2–5
 * thousand; a 10 MB page about 300 thousand (1.3 s in the page for the pipeline, measured).
 */
export const LARGE_PAGE_ELEMENTS = 25_000;

export function isLargePage(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS;
}

export async function extractPage(
  doc: Document,
  url: string,
  options: ExtractOptions,
  frame: FrameOptions | null,
): Promise<ExtractResult> {
  return explainFramedArticle(await extractHereOrInFrame(doc, url, options, frame), doc);
}

async function extractHereOrInFrame(
  doc: Document,
  url: string,
  options: ExtractOptions,
  frame: FrameOptions | null,
): Promise<ExtractResult> {
  if (frame && isLargePage(doc)) {
    const result = await extractInFrame(doc, url, options.force === true, frame).catch(() => null);
    if (result) return result;
    // The frame could not run (a page CSP that blocks it): read here rather than not at all.
  }
  return extractArticle(doc, url, options);
}
