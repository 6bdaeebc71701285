/**
 * Step 5: remove clutter by selector, recording each removal. Never removes an element that
 * contains the article body (a broad selector such as `.header` can wrap a whole page on some
 * sites), and never removes `<form>` wholesale: OhmyNews-style pages wrap the article in one.
 */
import type { RemoveRule } from '../site-rules/site-rule';
import type { RemovedLog } from './removed-log';

/** Never content, never worth listing: code, styles, embeds and form controls. */
const INERT_JUNK =
  'script, style, link, meta, template, iframe, frame, frameset, object, embed, applet, ins, canvas, audio, video, source, track, input, button, select, textarea, dialog:not([open]), [hidden], noscript';

/** True when removing `element` would take the article body (or most of the page's text) with it. */
function isProtected(element: Element, protect: readonly Element[]): boolean {
  return protect.some((kept) => element === kept || element.contains(kept));
}

/**
 * In generic mode there is no known body element: protect any element holding at least half of
 * the page's paragraph text, so a mis-aimed class selector cannot wipe the article.
 */
export function findMainTextHolders(doc: Document): Element[] {
  const paragraphs = Array.from(doc.querySelectorAll('p'));
  const total = paragraphs.reduce((sum, p) => sum + (p.textContent?.length ?? 0), 0);
  if (total < 300) return [];
  // The deepest element still holding half the text; its ancestors are protected by `contains`.
  const share = new Map<Element, number>();
  for (const p of paragraphs) {
    const length = p.textContent?.length ?? 0;
    for (let node = p.parentElement; node; node = node.parentElement) {
      share.set(node, (share.get(node) ?? 0) + length);
    }
  }
  let deepest: Element | null = null;
  for (const [element, length] of share) {
    if (length * 2 < total) continue;
    if (!deepest || deepest.contains(element)) deepest = element;
  }
  return deepest && deepest !== doc.body && deepest !== doc.documentElement ? [deepest] : [];
}

export function removeJunk(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll(INERT_JUNK))) element.remove();
  // Inline SVG is icons and charts the sanitiser would drop anyway; removing it early also keeps
  // `<style>` inside SVG away from DOMs that mis-parse it.
  for (const svg of Array.from(doc.querySelectorAll('svg, math'))) svg.remove();
}

export function removeBySelectors(
  doc: Document,
  rules: readonly RemoveRule[],
  protect: readonly Element[],
  log: RemovedLog,
): void {
  for (const { selector, reason } of rules) {
    let matches: Element[];
    try {
      matches = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue;
    }
    for (const element of matches) {
      if (!element.isConnected && !doc.contains(element)) continue; // went with an earlier match
      if (element.tagName === 'FORM' || element.tagName === 'BODY' || element.tagName === 'HTML') continue;
      if (isProtected(element, protect)) continue;
      log.element(element, reason, selector);
      element.remove();
    }
  }
}
