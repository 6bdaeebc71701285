/**
 * Part of step 8: the deck (부제) of a Korean story whose markup does not mark one. Outlets print it
 * as the first lines under the headline: a bold summary block with one line per `<br>` (Naver's
 * summary, most Korean CMSs), or short lines without a sentence ending right before the dateline
 * paragraph ("[엔터미디어=정덕현의 이슈공감] …", "(서울=연합뉴스) …"). Left in the body, those lines
 * read as a first paragraph (or glue into one run); taken out, they are the deck.
 */
import { deckLines } from './metadata';
import { collapseSpace } from './text';
import { TEXT_BLOCKS } from './block-elements';

/** A deck candidate is the first leaf of TEXT_BLOCKS with text. */
const MAX_DECK_LINES = 6;
const MAX_DECK_LINE = 100;
/** A deck is a few lines above a story: the rest of the body must be the story. */
const MIN_STORY_AFTER = 200;
/** A line that ends like a sentence is a paragraph ("…했다.", "…까?"), not a deck line. */
const SENTENCE_END = /(?:다|요|죠|함|음|임)\s*[.!?]?["'”’)]*$|[.!?。]["'”’)]*$/;
/** The dateline that opens a Korean story: "[헤럴드경제=한지숙 기자]", "(서울=연합뉴스)", "【…】". */
const DATELINE_START = /^\s*(?:\[[^\]]{2,40}\]|\([^)]{2,40}=[^)]{0,20}\)|【[^】]{2,40}】)/;
/** A subhead marker: a single marked bold line is a subhead, not a deck. */
const MARKER_START = /^[■◆▲▶◇□●○▷►◈▣]/;

function isLeaf(element: Element): boolean {
  return !element.querySelector(TEXT_BLOCKS);
}

/** The text leaves of `content` in order, images and figures reported as `null`. */
function* leaves(content: Element): Generator<Element | null> {
  for (const element of Array.from(content.querySelectorAll(TEXT_BLOCKS))) {
    if (element.tagName !== 'FIGURE' && (element.parentElement?.closest('figure') || !isLeaf(element))) continue;
    if (element.tagName === 'FIGURE' || element.querySelector('img')) yield null;
    else if (collapseSpace(element.textContent ?? '')) yield element;
  }
}

/** Every piece of text sits inside `<b>` / `<strong>`. */
function isBold(element: Element): boolean {
  let bold = '';
  for (const b of Array.from(element.querySelectorAll('b, strong'))) {
    if (b.parentElement?.closest('b, strong') && element.contains(b.parentElement.closest('b, strong'))) continue;
    bold += b.textContent ?? '';
  }
  return bold.replace(/\s+/g, '') === (element.textContent ?? '').replace(/\s+/g, '');
}

/**
 * `<p><strong>a<br>b<br>c</strong>[이데일리 …] 국민의힘 …</p>`: a bold summary of several lines that
 * the page runs straight into the first paragraph (no break between them), or it reads glued.
 */
function gluedSummary(block: Element): Element | null {
  const first = Array.from(block.childNodes).find((node) => node.nodeType !== 3 || (node.nodeValue ?? '').trim());
  if (!first || first.nodeType !== 1 || !/^(?:B|STRONG)$/.test((first as Element).tagName)) return null;
  if (deckLines(first as Element).length < 2) return null; // a bold lead-in phrase is not a deck
  const rest = collapseSpace(block.textContent ?? '').length - collapseSpace(first.textContent ?? '').length;
  return rest > 0 ? (first as Element) : null;
}

/** Deck-shaped: a few short lines, none a sentence, none the title, not links. */
function isDeckShaped(element: Element, lines: readonly string[], title: string): boolean {
  if (!lines.length || lines.length > MAX_DECK_LINES) return false;
  if (lines.some((line) => line.length > MAX_DECK_LINE || SENTENCE_END.test(line))) return false;
  if (collapseSpace(title) === lines.join(' ')) return false;
  // A deck is the story's own text: a link (a teaser's headline on a list page) is not one.
  const linked = Array.from(element.querySelectorAll('a')).reduce((sum, a) => sum + collapseSpace(a.textContent ?? '').length, 0);
  return linked * 2 <= lines.join('').length;
}

/** Removes and returns the deck lines at the top of `content`, or [] when it starts with the story. */
export function takeLeadDeck(content: Element, title: string): string[] {
  let candidate: Element | null = null;
  let next: Element | null = null;
  let images = 0;
  for (const leaf of leaves(content)) {
    if (leaf === null) {
      if (candidate) continue; // a photo between the deck and the story
      images += 1;
      if (images > 2) return [];
      continue;
    }
    if (!candidate) candidate = leaf;
    else {
      next = leaf;
      break;
    }
  }
  if (!candidate) return [];
  const before = collapseSpace(content.textContent ?? '').length;
  const glued = gluedSummary(candidate);
  if (glued) {
    const lines = deckLines(glued);
    if (!isDeckShaped(glued, lines, title) || before - lines.join('').length < MIN_STORY_AFTER) return [];
    glued.remove();
    return lines;
  }
  if (!next) return [];
  const lines = deckLines(candidate);
  if (!isDeckShaped(candidate, lines, title)) return [];
  const bold = isBold(candidate);
  if (lines.length === 1 && MARKER_START.test(lines[0]!)) return [];
  const nextText = collapseSpace(next.textContent ?? '');
  if (!(bold || DATELINE_START.test(nextText))) return [];
  if (before - lines.join('').length < MIN_STORY_AFTER) return [];
  // Moved, not removed: it is shown as the deck, so it is not listed among the removed blocks.
  candidate.remove();
  return lines;
}
