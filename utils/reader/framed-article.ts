/**
 * Pages whose article sits in a frame (a partner page embedding a news article, a portal's
 * viewer). Extensions read the frame they run in, the top one here, where the pipeline finds too
 * little text. When it finds no article, a large visible frame is the likely reason: the answer
 * says so and names the frame's host, instead of a bare "too little text".
 */
import type { ExtractResult } from '../article';

/** A frame counts as the page's main content from this share of the viewport up. */
export const MAIN_FRAME_SHARE = 0.25;

/** The viewport a document is shown in (its window). */
export type Viewport = Pick<Window, 'innerWidth' | 'innerHeight'>;

/** The URL of the largest visible http(s) frame covering MAIN_FRAME_SHARE of the viewport, or null. */
export function findMainFrame(doc: Document, win: Viewport | null = doc.defaultView): string | null {
  if (!win) return null;
  const viewport = win.innerWidth * win.innerHeight;
  if (viewport <= 0) return null;
  let best: { url: string; area: number } | null = null;
  for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe[src], frame[src]'))) {
    let url: URL;
    try {
      url = new URL(frame.getAttribute('src') ?? '', doc.baseURI);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const rect = frame.getBoundingClientRect();
    const area = Math.min(rect.width, win.innerWidth) * Math.min(rect.height, win.innerHeight);
    if (area >= viewport * MAIN_FRAME_SHARE && (!best || area > best.area)) best = { url: url.href, area };
  }
  return best?.url ?? null;
}

/** A not-article result for a page with a main frame, told why; any other result unchanged. */
export function explainFramedArticle(
  result: ExtractResult,
  doc: Document,
  win: Viewport | null = doc.defaultView,
): ExtractResult {
  if (result.status !== 'not-article') return result;
  const frame = findMainFrame(doc, win);
  if (!frame) return result;
  const host = new URL(frame).host;
  return {
    status: 'not-article',
    reason: `The article seems to be in a frame from ${host} inside this page, and Declutter reads only the page itself. Open ${host}'s page on its own to read it.`,
  };
}
