/**
 * Part of step 9, the article check: a section front or news list is a run of teasers — a headline link,
 * often a lead sentence and a time — repeated under one parent. Its lead sentences are plain text,
 * so link density alone calls it an article (a 연합뉴스 section list was). A story's own list (a
 * listicle, steps, a timeline) repeats items too, but its items are not led by a link to another
 * page and do not carry publication times.
 */
import { collapseSpace } from './text';

/**
 * A teaser is a headline and a lead: a sentence or two, or (연합뉴스 sends whole first paragraphs
 * and lets CSS cut them) a long excerpt; never a whole article section.
 */
const MAX_TEASER_TEXT = 2000;
/** Headlines are a few words to a long sentence. */
const MIN_HEADLINE = 8;
const MAX_HEADLINE = 150;
const MIN_TEASERS = 6;
/** A run of teasers under one parent. */
const MIN_RUN = 3;
/** The teasers must be most of the page's text, and most must carry a time. */
const MIN_TEXT_SHARE = 0.5;
const MIN_DATED_SHARE = 0.5;
/** "12-03 10:05", "2025.12.03", "2025-12-03 10:05", "3시간 전", "10:05", "Dec 3, 2025". */
const TIMESTAMP =
  /\b\d{1,2}[-./]\d{1,2}\.?\s+\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\s?[-./년]\s?\d{1,2}\s?[-./월]\s?\d{1,2}|\d+\s?(?:분|시간|일)\s?전|(?:^|\s)\d{1,2}:\d{2}(?:\s|$)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},\s\d{4}\b/;

/**
 * The item opens with a headline-sized link. Before it may come only other links' own text (a
 * photo link labelled "동영상기사"), not a date: an events list ("March 16, 2026 · FABCON · …")
 * leads with its dates and stays an article.
 */
function leadingHeadline(item: Element, text: string): boolean {
  const links = Array.from(item.querySelectorAll('a[href]'));
  const index = links.findIndex((a) => {
    const length = collapseSpace(a.textContent ?? '').length;
    return length >= MIN_HEADLINE && length <= MAX_HEADLINE;
  });
  if (index < 0) return false;
  const headline = collapseSpace(links[index]!.textContent ?? '');
  const start = text.indexOf(headline);
  if (start < 0) return false;
  const before = text.slice(0, start).replace(/\s+/g, '');
  const linkedBefore = links
    .slice(0, index)
    .map((a) => a.textContent ?? '')
    .join('')
    .replace(/\s+/g, '');
  return before.length <= 2 || before === linkedBefore;
}

/** True when most of `content`'s text is six or more teasers, in runs of siblings that mostly carry a time. */
export function isHeadlineList(content: Element): boolean {
  const totalText = collapseSpace(content.textContent ?? '').length;
  if (!totalText) return false;
  const parents = new Set<Element>();
  for (const link of Array.from(content.querySelectorAll('a[href]'))) {
    // The teaser is the ancestor whose parent repeats it: walk up a few levels from each link.
    let item: Element | null = link;
    for (let depth = 0; item && item !== content && depth < 5; depth += 1, item = item.parentElement) {
      if (item.parentElement) parents.add(item.parentElement);
    }
  }
  // Lists come in runs (Naver's section list is two lists of ten): teasers of every parent that
  // is itself a run of dated teasers count together.
  let teasers = 0;
  let text = 0;
  for (const parent of parents) {
    if ((!content.contains(parent) && parent !== content) || parent.children.length < MIN_RUN) continue;
    let own = 0;
    let dated = 0;
    let ownText = 0;
    for (const child of Array.from(parent.children)) {
      const childText = collapseSpace(child.textContent ?? '');
      if (!childText || childText.length > MAX_TEASER_TEXT || !leadingHeadline(child, childText)) continue;
      own += 1;
      ownText += childText.length;
      if (TIMESTAMP.test(childText)) dated += 1;
    }
    if (own < MIN_RUN || dated < own * MIN_DATED_SHARE) continue;
    teasers += own;
    text += ownText;
  }
  return teasers >= MIN_TEASERS && text >= totalText * MIN_TEXT_SHARE;
}
