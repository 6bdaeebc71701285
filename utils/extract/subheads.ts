/**
 * Steps 6 and 8: mark subheads as headings so the outline and the reader see them. Korean news subheads
 * are rarely real headings (docs/peers.md §5.2): they are rule-known elements (promoted before Readability),
 * bold-only lines or lines led by a marker glyph (◆ ■ ▲ ▶, docs/sedaily-dom.md §4; marked after it).
 */
import { collapseSpace, shortText } from './text';
import { CONTAINER_CONTENT } from './block-elements';

const MARKERS = '■◆▲▶◇□●○▷►◈▣';
const MARKER_LINE = new RegExp(`^[${MARKERS}]\\s*(\\S.*)$`, 's');
const MARKER_ANYWHERE = new RegExp(`[${MARKERS}]`, 'g');
const MAX_SUBHEAD_LENGTH = 60;
/** A full sentence ("…했다.") is a paragraph, not a subhead. */
const SENTENCE_END = /(?:다|요|죠|함|음)\.$|[.!?]["'”’]?$/;

function isShortLine(text: string): boolean {
  return text.length >= 2 && text.length <= MAX_SUBHEAD_LENGTH && !SENTENCE_END.test(text);
}

/** A line led by one marker: "◆ 반도체 수출 회복". "▲A사 ▲B사 등이 참여했다." is an enumeration. */
export function markerSubheadText(text: string): string | null {
  const match = MARKER_LINE.exec(text);
  if (!match) return null;
  if ((text.match(MARKER_ANYWHERE) ?? []).length !== 1) return null;
  const rest = collapseSpace(match[1]!);
  return isShortLine(rest) ? rest : null;
}

/** A `<br>` with text on both sides: the block is several lines (a deck, an address), not one subhead. */
function hasLineBreak(element: Element): boolean {
  if (!element.querySelector('br')) return false;
  let textSeen = false;
  let brAfterText = false;
  const walker = element.ownerDocument.createTreeWalker(element, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (!(node.nodeValue ?? '').trim()) continue;
      if (brAfterText) return true;
      textSeen = true;
    } else if ((node as Element).tagName === 'BR' && textSeen) brAfterText = true;
  }
  return false;
}

/** `<p><b>…</b></p>`: every piece of text sits inside bold elements, on one line. */
function isBoldOnly(element: Element, text: string): boolean {
  if (!isShortLine(text) || hasLineBreak(element)) return false;
  let boldText = '';
  for (const bold of Array.from(element.querySelectorAll('b, strong'))) {
    const outer = bold.parentElement?.closest('b, strong');
    if (outer && element.contains(outer)) continue; // counted with its outer bold
    boldText += bold.textContent ?? '';
  }
  // Compared without spaces: `<b>반도체</b> <b>수출 회복</b>` is bold-only, the space sits between.
  return boldText.replace(/\s+/g, '') === text.replace(/\s+/g, '');
}

function toHeading(element: Element, tag: 'h2' | 'h3', text: string | null): Element {
  const heading = element.ownerDocument.createElement(tag);
  if (text === null) heading.append(...Array.from(element.childNodes));
  else heading.textContent = text;
  element.replaceWith(heading);
  return heading;
}

/**
 * The rule's subhead selectors → `<h2>`. Runs before Readability, while the classes these
 * selectors name still exist (Readability strips classes).
 */
export function promoteRuleHeadings(root: Element, selectors: readonly string[] = []): void {
  for (const selector of selectors) {
    let matches: Element[];
    try {
      matches = Array.from(root.querySelectorAll(selector));
    } catch {
      continue;
    }
    for (const element of matches) {
      if (/^H[2-4]$/.test(element.tagName)) continue;
      const text = collapseSpace(element.textContent ?? '');
      if (text) toHeading(element, 'h2', markerSubheadText(text) ?? text);
    }
  }
}

/**
 * Marker lines and bold-only lines → `<h2>`, markers dropped from headings. Runs on Readability's
 * output: marked earlier, a subhead that shares words with the title ("Dare to Play 3:") is taken
 * by Readability for a repeated title and deleted.
 */
export function markSubheads(root: Element): void {
  for (const heading of Array.from(root.querySelectorAll('h2, h3, h4'))) {
    const marked = markerSubheadText(collapseSpace(heading.textContent ?? ''));
    if (marked) heading.textContent = marked;
  }
  for (const element of Array.from(root.querySelectorAll('p, div'))) {
    if (element.closest('figure, figcaption, li, blockquote, table, h1, h2, h3, h4, h5, h6')) continue;
    if (element.tagName === 'DIV' && element.querySelector(CONTAINER_CONTENT)) continue;
    if (element.querySelector('img')) continue;
    // Marker text is ≤ 60 characters after the marker and one space.
    const text = shortText(element, MAX_SUBHEAD_LENGTH + 2);
    if (!text) continue;
    const marked = markerSubheadText(text);
    if (marked) toHeading(element, 'h2', marked);
    else if (isBoldOnly(element, text)) toHeading(element, 'h2', text);
  }
}
