/**
 * Part of step 7. Readability keeps one container and the siblings that score well next to it. A story split
 * over sibling blocks (a recipe's ingredients and steps, each item of a "best of" list in its own
 * card, page-builder sections, an intro outside the body container) loses every part but one.
 * The generic pipeline already knows the element that holds most of the page's running text
 * (findMainText); when Readability's pick is a small part of it, the whole holder is the story.
 *
 * The swap is guarded, because a page's running text can also be comments, teaser lists or a
 * hidden second copy of the story: the holder must contain Readability's text, what it adds must
 * be prose (hardly any links) and new (not the same sentences again).
 */
import { collapseSpace } from './text';
import { linkDensity } from './link-density';

/** Readability's text under this share of the cleaned holder's: it kept only a part. */
const MAX_KEPT_SHARE = 0.6;
/** Fewer added characters than this are a byline, a date or a teaser's deck, not a missing part. */
const MIN_ADDED_LENGTH = 400;
/** Readability's words the holder must contain: else it is another block of the page. */
const MIN_CONTAINED = 0.5;
/** Link share of what the holder adds: teaser lists and menus are links, a story's sections are not. */
const MAX_ADDED_LINK_DENSITY = 0.1;
/** Share of the added word runs that repeat Readability's text: above it, a second copy. */
const MAX_REPEATED = 0.5;
/** Blocks of the holder that are mostly links (menus, teasers, tag clouds) are dropped first. */
const MAX_BLOCK_LINK_DENSITY = 0.5;
const SHINGLE = 4;

interface TextStats {
  length: number;
  linked: number;
  text: string;
}

function wordsOf(stats: TextStats): string[] {
  return stats.text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Words with a break at every element boundary (textContent glues "end.</p><p>Next"). */
function statsOf(root: Element): TextStats {
  const parts: string[] = [];
  let linked = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    parts.push(value);
    if (node.parentElement?.closest('a')) linked += collapseSpace(value).length;
  }
  const text = collapseSpace(parts.join(' '));
  return { length: text.length, linked, text };
}

/** What Readability's conditional cleaning would take out of the holder: page regions and link blocks. */
function cleanHolder(holder: Element): void {
  for (const region of Array.from(holder.querySelectorAll('footer, aside, nav'))) region.remove();
  for (const block of Array.from(holder.querySelectorAll('div, section, article, ul, ol, table'))) {
    if (holder.contains(block) && linkDensity(block) > MAX_BLOCK_LINK_DENSITY) block.remove();
  }
}

function counts(items: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

function shingles(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index + SHINGLE <= words.length; index += 1) out.push(words.slice(index, index + SHINGLE).join(' '));
  return out;
}

/** Share of `read`'s words found in `holder` (as multisets). */
function contained(read: readonly string[], holder: readonly string[]): number {
  if (!read.length) return 0;
  const available = counts(holder);
  let found = 0;
  for (const word of read) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      found += 1;
      available.set(word, left - 1);
    }
  }
  return found / read.length;
}

/** Share of the holder's word runs beyond Readability's that repeat one of Readability's. */
function repeatedShare(read: readonly string[], holder: readonly string[]): number {
  const own = counts(shingles(read));
  const left = new Map(own);
  let added = 0;
  let repeated = 0;
  for (const shingle of shingles(holder)) {
    const count = left.get(shingle) ?? 0;
    if (count > 0) {
      left.set(shingle, count - 1); // Readability's own copy of this run
      continue;
    }
    added += 1;
    if (own.has(shingle)) repeated += 1;
  }
  return added ? repeated / added : 0;
}

function addsEnough(kept: TextStats, whole: TextStats): boolean {
  return whole.length > 0 && kept.length < whole.length * MAX_KEPT_SHARE && whole.length - kept.length >= MIN_ADDED_LENGTH;
}

/**
 * The cleaned holder when it is the better article than Readability's `content`, else null.
 * `holder` is a copy taken before Readability ran (Readability moves and edits what it reads).
 */
export function extendToMainText(content: Element, holder: Element): Element | null {
  const kept = statsOf(content);
  // Cleaning only takes text away, so when even the uncleaned holder adds too little, the answer
  // is no without cleaning it (most pages: Readability kept most of the holder).
  if (!addsEnough(kept, statsOf(holder))) return null;
  cleanHolder(holder);
  const whole = statsOf(holder);
  if (!addsEnough(kept, whole)) return null;
  const addedLinkDensity = (whole.linked - kept.linked) / Math.max(1, whole.length - kept.length);
  if (addedLinkDensity > MAX_ADDED_LINK_DENSITY) return null;
  const keptWords = wordsOf(kept);
  const wholeWords = wordsOf(whole);
  if (contained(keptWords, wholeWords) < MIN_CONTAINED) return null;
  if (repeatedShare(keptWords, wholeWords) > MAX_REPEATED) return null;
  return holder;
}
