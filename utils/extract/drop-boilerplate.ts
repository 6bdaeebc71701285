/**
 * Part of step 8: drop boilerplate that survived Readability, by anchored text patterns tested one by one
 * on whole blocks: copyright lines, registration footers, follow/SNS lines, reporter sign-offs,
 * related-article blocks, duplicated captions. Matching on words survives any markup redesign.
 */
import type { DropTextRule } from '../site-rules/site-rule';
import { TRAILING_SIGN_OFF } from '../site-rules/korean-news';
import { GENERIC_BLOCK_LABELS } from '../site-rules/generic';
import type { RemovedLog } from './removed-log';
import { collapseSpace, hasText, isHangulSyllable, shortText } from './text';
import { linkDensity } from './link-density';
import { CANDIDATE_BLOCKS, TEXT_BLOCKS } from './block-elements';
import { trimCaptionTrailers } from './caption-trailers';
import { trimTrailingText } from './trim-text';

// Block elements only: an inline match (a bold name inside a sentence) must not cut a paragraph.
/** A sign-off ("/이종호기자 phillies@@sedaily.com") is never longer than this. */
const MAX_SIGN_OFF_LENGTH = 160;
/** A block longer than this is article text whatever it contains; patterns never remove it. */
const MAX_BOILERPLATE_LENGTH = 500;
/** Labels that head a clutter block ("관련기사", "많이 본 뉴스") are short. */
const MAX_LABEL_LENGTH = 30;

export interface DropResult {
  /** Sign-off lines removed, for a byline of last resort. */
  signOffs: string[];
}

function matchingRule(text: string, rules: readonly DropTextRule[]): DropTextRule | null {
  for (const rule of rules) if (rule.pattern.test(text)) return rule;
  return null;
}

/** "…했다. /이종호기자 phillies@@sedaily.com": the sign-off glued to the last paragraph. */
function trimTrailingSignOff(content: Element, log: RemovedLog, result: DropResult): void {
  const paragraphs = Array.from(content.querySelectorAll('p')).filter((p) => !p.closest('figure'));
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return;
  const raw = last.textContent ?? '';
  // Only the paragraph's tail can hold a sign-off; matching there keeps a hostile paragraph (a
  // 100,000-space run) from making the pattern backtrack for minutes.
  const trimmed = raw.trimEnd();
  const tailStart = Math.max(0, trimmed.length - MAX_SIGN_OFF_LENGTH);
  const match = TRAILING_SIGN_OFF.exec(trimmed.slice(tailStart));
  if (!match) return;
  const signOff = collapseSpace(match[0]);
  trimTrailingText(last, raw.length - (tailStart + match.index));
  log.text(signOff, 'sign-off', 'trailing-sign-off');
  result.signOffs.push(signOff);
}

/** A clutter label ("관련기사", "많이 본 뉴스") and the link list it heads. */
function dropLabelledBlocks(content: Element, log: RemovedLog): void {
  for (const element of Array.from(content.querySelectorAll('h2, h3, h4, h5, h6, p, strong, b, span, div, dt'))) {
    if (!element.isConnected && !content.contains(element)) continue;
    const text = shortText(element, MAX_LABEL_LENGTH);
    const rule = text ? matchingRule(text, GENERIC_BLOCK_LABELS) : null;
    if (!rule) continue;
    const parent = element.parentElement;
    if (parent && parent !== content && linkDensity(parent) > 0.5) {
      log.element(parent, rule.reason, 'label:' + text);
      parent.remove();
      continue;
    }
    let next = element.nextElementSibling;
    while (next && /^(?:UL|OL|DIV|P)$/.test(next.tagName) && linkDensity(next) > 0.5) {
      const following = next.nextElementSibling;
      log.element(next, rule.reason, 'label:' + text);
      next.remove();
      next = following;
    }
    log.element(element, rule.reason, 'label:' + text);
    element.remove();
  }
}

/** Case, spacing and punctuation do not make a repeat new: "Florida Today" repeats "floridatoday". */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of `candidate`'s words that are also the title's: 1 for a copy, high for a reworded one. */
function titleOverlap(candidate: string, title: Set<string>): number {
  const own = words(candidate);
  if (!own.size || !title.size) return 0;
  let shared = 0;
  for (const word of own) if (title.has(word)) shared += 1;
  return shared / Math.max(own.size, title.size);
}

/**
 * False when `text`'s repeat key must be longer than `maxKeyLength`: ASCII letters and digits and
 * Hangul syllables all survive into the key, one character each, so counting them bounds the
 * key's length from below. Stops counting past the limit: a body paragraph is rejected after a
 * title's length of characters instead of being lower-cased and scanned with a Unicode-property
 * regex in full (repeatKey on every paragraph was a tenth of dropBoilerplate).
 */
function keyMayFit(text: string, maxKeyLength: number): boolean {
  let kept = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (
      (code >= 0x61 && code <= 0x7a) ||
      isHangulSyllable(code) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a)
    ) {
      kept += 1;
      if (kept > maxKeyLength) return false;
    }
  }
  return true;
}

/** A heading this close to the title at the top of the body is the title again, reworded. */
const TITLE_OVERLAP = 0.6;

/**
 * Blocks repeating a caption, the title, a deck line or the outlet name (sedaily duplicates
 * captions into the body; templates print the headline and the outlet again above the story).
 */
function dropDuplicates(content: Element, repeated: readonly string[], log: RemovedLog): void {
  const captions = Array.from(content.querySelectorAll('figcaption')).map((c) => collapseSpace(c.textContent ?? ''));
  const seen = new Set([...captions, ...repeated].map(repeatKey).filter((key) => key.length >= 6));
  let longestKey = 0;
  for (const key of seen) longestKey = Math.max(longestKey, key.length);
  const titleWords = words(repeated[0] ?? ''); // the title comes first
  let beforeStory = true;
  for (const block of Array.from(content.querySelectorAll('p, h1, h2, h3, h4'))) {
    if (block.closest('figure') || block.querySelector('img')) continue;
    const text = shortText(block, MAX_BOILERPLATE_LENGTH);
    if (text === null) {
      beforeStory = false;
      continue;
    }
    const isHeading = /^H\d$/.test(block.tagName);
    if (
      (keyMayFit(text, longestKey) && seen.has(repeatKey(text))) ||
      (beforeStory && isHeading && titleOverlap(text, titleWords) >= TITLE_OVERLAP)
    ) {
      log.element(block, 'duplicate', 'repeated-caption-title-or-outlet');
      block.remove();
    } else if (!isHeading && text.length >= 100) beforeStory = false;
  }
}

/** Repeats shorter than this (a one-word caption, "사진") are not worth calling template artifacts. */
const MIN_REPEAT_LENGTH = 20;

/**
 * The same caption under several photos: a gallery template artifact. Later copies go, the images
 * stay. Paragraphs are left alone: meal plans, schedules and recipes repeat lines on purpose.
 */
function dropRepeatedCaptions(content: Element, log: RemovedLog): void {
  const seen = new Set<string>();
  for (const caption of Array.from(content.querySelectorAll('figcaption'))) {
    const text = shortText(caption, MAX_BOILERPLATE_LENGTH * 2);
    if (!text || text.length < MIN_REPEAT_LENGTH) continue;
    const key = repeatKey(text);
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    log.element(caption, 'duplicate', 'repeated-caption');
    caption.remove();
  }
}

/** A list whose every item is one short link: a site menu that survived Readability. */
const MIN_MENU_ITEMS = 4;
const MAX_MENU_ITEM_LENGTH = 30;

function dropMenuLists(content: Element, log: RemovedLog): void {
  for (const list of Array.from(content.querySelectorAll('ul, ol'))) {
    if (!content.contains(list)) continue;
    const items = Array.from(list.children).filter((child) => child.tagName === 'LI');
    if (items.length < MIN_MENU_ITEMS) continue;
    const texts = items.map((item) => collapseSpace(item.textContent ?? ''));
    const isMenu = items.every((item, index) => {
      const links = item.querySelectorAll('a');
      return links.length >= 1 && collapseSpace(Array.from(links, (a) => a.textContent).join(' ')) === texts[index];
    });
    const average = texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
    if (isMenu && average <= MAX_MENU_ITEM_LENGTH) {
      log.element(list, 'menu', 'link-list');
      list.remove();
    }
  }
}

/** "Tags: a, b, c" / "태그 …" with the tags as links: a tag list, not text. */
const TAG_LIST_LABEL = /^(?:Tags?|Tagged(?: with)?|Topics|Filed under|Keywords|태그|키워드|관련\s?태그)\s*(?::\s*)?\S/i;

/** Cheap first look at a block's start, before collapsing its text. */
const TAG_LIST_START = /^\s*(?:Tag|Topic|Filed|Keyword|태그|키워드|관련)/i;

function dropTagLists(content: Element, log: RemovedLog): void {
  for (const block of Array.from(content.querySelectorAll('p, div, li, strong, span, dd'))) {
    if (!content.contains(block) || !TAG_LIST_START.test((block.textContent ?? '').slice(0, 64))) continue;
    const text = shortText(block, MAX_BOILERPLATE_LENGTH);
    if (text && TAG_LIST_LABEL.test(text) && linkDensity(block) > 0.5) {
      log.element(block, 'tags', 'tag-list');
      block.remove();
    }
  }
}

/** A line led by a promo marker: "▶ 그래서, 팩트가 뭐야? 궁금하면 '팩플'". */
const PROMO_MARKER = /^[▶☞■▷►◆●]/;
/** The marked line is a link (to the outlet's other pages, apps and newsletters), not a sentence. */
const MIN_PROMO_LINK_SHARE = 0.6;

/**
 * The run of "▶ <a>…</a>" lines outlets end a story with: from the end of the body back, every
 * block that starts with a marker and is mostly a link. A marked line that is prose (an editor's
 * note, a subhead) stops the run.
 */
function dropTrailingPromoLinks(content: Element, log: RemovedLog): void {
  const leaves = Array.from(content.querySelectorAll(TEXT_BLOCKS)).filter((block) => !block.querySelector(TEXT_BLOCKS));
  for (let index = leaves.length - 1; index >= 0; index -= 1) {
    const block = leaves[index]!;
    if (!content.contains(block) || block.closest('figure')) continue;
    if (block.querySelector('img')) return;
    const text = shortText(block, MAX_BOILERPLATE_LENGTH);
    if (text === null) return;
    if (!text) continue;
    if (!PROMO_MARKER.test(text) || linkDensity(block) < MIN_PROMO_LINK_SHARE) return;
    log.element(block, 'promo', 'trailing-promo-links');
    block.remove();
  }
}

/** Blocks left empty by the removals above (no text, no image). */
function dropEmpty(content: Element): void {
  for (const element of Array.from(
    content.querySelectorAll('p, div, section, li, ul, ol, span, strong, b, a, figure, h2, h3, h4'),
  )) {
    if (!hasText(element) && !element.querySelector('img') && element.tagName !== 'IMG') {
      element.remove();
    }
  }
}

export function dropBoilerplate(
  content: Element,
  rules: readonly DropTextRule[],
  /** The title first, then deck lines and the outlet name: text a block may only repeat. */
  repeated: readonly string[],
  log: RemovedLog,
): DropResult {
  const result: DropResult = { signOffs: [] };
  dropLabelledBlocks(content, log);
  // Innermost first, so a copyright line goes without the paragraph of text it sits next to.
  const blocks = Array.from(content.querySelectorAll(CANDIDATE_BLOCKS)).reverse();
  for (const block of blocks) {
    if (!content.contains(block)) continue;
    if (block.querySelector('img, figure') || block.closest('figcaption')) continue;
    const text = shortText(block, MAX_BOILERPLATE_LENGTH);
    if (!text) continue;
    const rule = matchingRule(text, rules);
    if (!rule || (rule.outsideLists && block.closest('li, td, th, ul, ol, dl, table'))) continue;
    log.element(block, rule.reason, rule.pattern.source.slice(0, 60));
    if (rule.reason === 'sign-off') result.signOffs.push(text);
    block.remove();
  }
  dropTrailingPromoLinks(content, log);
  trimTrailingSignOff(content, log, result);
  trimCaptionTrailers(content, log);
  dropTagLists(content, log);
  dropMenuLists(content, log);
  dropDuplicates(content, repeated, log);
  dropRepeatedCaptions(content, log);
  dropEmpty(content);
  return result;
}
