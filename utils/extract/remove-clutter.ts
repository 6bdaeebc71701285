/**
 * Step 5: remove clutter by selector, recording each removal. Never removes an element that
 * contains the article body (a broad selector such as `.header` can wrap a whole page on some
 * sites), and never removes `<form>` wholesale: OhmyNews-style pages wrap the article in one.
 */
import type { RemoveRule } from '../site-rules/site-rule';
import type { RemovedLog } from './removed-log';
import { stripEventHandlers } from './clone-document';
import { linkDensity } from './link-density';

/** Never content, never worth listing: code, styles, embeds and form controls. */
const INERT_JUNK =
  'script, style, link, meta, template, iframe, frame, frameset, object, embed, applet, ins, canvas, audio, video, source, track, input, button, select, textarea, dialog:not([open]), [hidden], noscript';

/** What selector removal must never take: the article container, and blocks holding much of its text. */
export interface Protection {
  /** Elements kept with all their ancestors (the rule's body container, or the main text holder). */
  roots: readonly Element[];
  /** Characters of the article's text; a block with ≥ 30 % of it and few links is content. */
  mainTextLength: number;
}

const CONTENT_SHARE = 0.3;
const MAX_CONTENT_LINK_DENSITY = 0.3;

/**
 * True when removing `element` would take the article (or a large part of it) with it: a broad
 * class selector (`[class*="related"]`, `.header`) can wrap the story on some sites, and text in
 * `<div>`s (not `<p>`s) is easy to mistake for a widget.
 */
function isProtected(element: Element, protection: Protection): boolean {
  if (protection.roots.some((kept) => element === kept || element.contains(kept))) return true;
  if (!protection.mainTextLength) return false;
  const length = (element.textContent ?? '').trim().length;
  if (length < protection.mainTextLength * CONTENT_SHARE) return false;
  return linkDensity(element) < MAX_CONTENT_LINK_DENSITY;
}

/** Text nodes shorter than this are labels and buttons, not article text. */
const MIN_TEXT_RUN = 25;

/**
 * In generic mode there is no known body element: find the deepest element holding more than half
 * of the page's running text (text nodes of some length outside links — `<p>` or not), so a
 * mis-aimed selector cannot wipe the article.
 */
export function findMainText(doc: Document): Protection {
  const root = doc.body;
  if (!root) return { roots: [], mainTextLength: 0 };
  const share = new Map<Element, number>();
  let total = 0;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node.nodeValue ?? '').trim().length;
    const parent = node.parentElement;
    if (length < MIN_TEXT_RUN || !parent || parent.closest('a')) continue;
    total += length;
    for (let element: Element | null = parent; element; element = element.parentElement) {
      share.set(element, (share.get(element) ?? 0) + length);
    }
  }
  if (total < 300) return { roots: [], mainTextLength: 0 };
  // The deepest element still holding half the text; its ancestors are protected by `contains`.
  let deepest: Element | null = null;
  for (const [element, length] of share) {
    if (length * 2 <= total) continue; // more than half: one of two equal halves is not "the" article
    if (!deepest || deepest.contains(element)) deepest = element;
  }
  const useful = deepest && deepest !== doc.body && deepest !== doc.documentElement;
  return { roots: useful ? [deepest!] : [], mainTextLength: useful ? share.get(deepest!)! : total };
}

export function removeJunk(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll(INERT_JUNK))) element.remove();
  // Inline SVG is icons and charts the sanitiser would drop anyway; removing it early also keeps
  // `<style>` inside SVG away from DOMs that mis-parse it.
  for (const svg of Array.from(doc.querySelectorAll('svg, math'))) svg.remove();
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/**
 * One query for all the rules' selectors (one walk of the document instead of one per rule), in
 * document order. A selector this DOM cannot parse spoils the union, so then each rule is queried
 * on its own and the bad one skipped.
 */
function matchingElements(doc: Document, rules: readonly RemoveRule[]): Element[] {
  try {
    return Array.from(doc.querySelectorAll(rules.map((rule) => rule.selector).join(', ')));
  } catch {
    const seen = new Set<Element>();
    const elements: Element[] = [];
    for (const rule of rules) {
      let found: Element[];
      try {
        found = Array.from(doc.querySelectorAll(rule.selector));
      } catch {
        continue;
      }
      for (const element of found) {
        if (seen.has(element)) continue;
        seen.add(element);
        elements.push(element);
      }
    }
    return elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  }
}

/** A match is credited to the first rule, in order, that it matches. */
function firstRule(element: Element, rules: readonly RemoveRule[]): RemoveRule | undefined {
  return rules.find((candidate) => safeMatches(element, candidate.selector));
}

/** A "link list" match this long with this few links is prose: a section of a ranked article. */
const MIN_PROSE_LENGTH = 500;
const MAX_PROSE_LINK_DENSITY = 0.05;

function isProse(element: Element): boolean {
  const length = (element.textContent ?? '').trim().length;
  return length >= MIN_PROSE_LENGTH && linkDensity(element) < MAX_PROSE_LINK_DENSITY;
}

export function removeBySelectors(doc: Document, rules: readonly RemoveRule[], protection: Protection, log: RemovedLog): void {
  let removed: Element | null = null;
  for (const element of matchingElements(doc, rules)) {
    // Document order: a match inside the last removed element went with it (its rule is not even
    // looked up: matching each rule's selector again is most of this step's time).
    if (removed?.contains(element)) continue;
    if (element.tagName === 'FORM' || element.tagName === 'BODY' || element.tagName === 'HTML') continue;
    const rule = firstRule(element, rules);
    if (!rule || isProtected(element, protection) || (rule.linkList && isProse(element))) continue;
    log.element(element, rule.reason, rule.selector);
    element.remove();
    removed = element;
  }
}

/**
 * The whole step: invisible junk, then the rule's (or the generic) selectors around what is
 * protected: the rule's copied container, else the page's main-text holder, which is returned
 * (step 7 reads it again). Event handlers go last: before anything re-parses the copy's markup
 * (Readability's retries, the sanitiser), after the removals, which leave far fewer elements.
 */
export function removeClutter(copy: Document, root: Element | null, rules: readonly RemoveRule[], log: RemovedLog): Protection {
  removeJunk(copy);
  const protection = root ? { roots: [root], mainTextLength: (root.textContent ?? '').trim().length } : findMainText(copy);
  removeBySelectors(copy, rules, protection, log);
  stripEventHandlers(copy);
  return protection;
}
