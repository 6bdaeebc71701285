/**
 * Part of step 10: the outline, with stable ids (`dc-s-1`, `dc-s-2`, … in document order) on its targets.
 * Real and marked subheads first. Most Korean stories have none but carry deck lines that sum up
 * their parts, so those become derived items linked to the paragraph that covers each point best;
 * failing that, the photo-delimited parts of the story. Only a story with neither has no outline.
 */
import type { OutlineItem } from '../article';
import { collapseSpace, HANGUL_FIRST, HANGUL_LAST, hasAtLeast, isHangulSyllable } from './text';

export const OUTLINE_ID_PREFIX = 'dc-s-';
const PART_TITLE_LENGTH = 40;
/** Shorter blocks (datelines, one-word lines) are not paragraphs an outline item can point to. */
const MIN_PARAGRAPH_LENGTH = 20;

interface Candidate {
  target: Element;
  level: number;
  text: string;
  derived: boolean;
}

function bodyParagraphs(content: Element): Element[] {
  return Array.from(content.querySelectorAll('p')).filter(
    (p) => !p.closest('figure, figcaption, blockquote, li, table') && hasAtLeast(p, MIN_PARAGRAPH_LENGTH),
  );
}

function headingCandidates(content: Element): Candidate[] {
  return Array.from(content.querySelectorAll('h2, h3, h4'))
    .map((heading) => ({
      target: heading,
      level: Number(heading.tagName[1]),
      text: collapseSpace(heading.textContent ?? ''),
      derived: false,
    }))
    .filter((candidate) => candidate.text);
}

/** Terms of a line: numbers (strong evidence), Latin words, and Hangul bigrams (particles attach to Korean words, so whole words rarely repeat verbatim). */
export function terms(text: string): Map<string, number> {
  const found = new Map<string, number>();
  eachTerm(text, (term, weight) => found.set(term, Math.max(found.get(term) ?? 0, weight)));
  return found;
}

/** Every term of `text` with its weight, repeats included, in the order `terms` collects them. */
function eachTerm(text: string, visit: (term: string, weight: number) => void, bigrams = true): void {
  for (const number of text.match(/\d+(?:[.,]\d+)*/g) ?? []) visit(`#${number.replace(/,/g, '')}`, 3);
  for (const word of text.match(/[A-Za-z]{2,}/g) ?? []) visit(word.toLowerCase(), 1);
  if (!bigrams) return;
  for (const run of text.match(/[가-힣]{2,}/g) ?? []) {
    for (let index = 0; index + 1 < run.length; index += 1) visit(run.slice(index, index + 2), 1);
  }
}

/** Two Hangul syllables as one number: a paragraph's bigrams are looked up without making strings. */
const bigramCode = (first: number, second: number) =>
  (first - HANGUL_FIRST) * (HANGUL_LAST - HANGUL_FIRST + 1) + (second - HANGUL_FIRST);

/** The terms of `text` that are in `wanted` (`bigrams`: the Hangul ones among them, as codes). */
function wantedTerms(text: string, wanted: ReadonlySet<string>, bigrams: ReadonlySet<number>): Set<string> {
  const own = new Set<string>();
  eachTerm(
    text,
    (term) => {
      if (wanted.has(term)) own.add(term);
    },
    false,
  );
  // The bigrams of the `[가-힣]{2,}` runs are exactly the adjacent pairs of Hangul syllables.
  for (let index = 0; index + 1 < text.length; index += 1) {
    const first = text.charCodeAt(index);
    if (!isHangulSyllable(first)) continue;
    const second = text.charCodeAt(index + 1);
    if (!isHangulSyllable(second)) {
      index += 1; // nor can the next pair start there
      continue;
    }
    if (bigrams.has(bigramCode(first, second))) own.add(text.slice(index, index + 2));
  }
  return own;
}

/** Deck point → the paragraph sharing the most (rarity-weighted) terms; null when none shares any. */
function deckCandidates(content: Element, deck: readonly string[]): Candidate[] {
  const paragraphs = bodyParagraphs(content);
  if (!paragraphs.length) return [];
  // Only terms of the deck lines are ever scored, so a paragraph only records which of those it
  // has: no map of every bigram of every paragraph. Frequencies and scores are the same.
  const lineTerms = deck.map(terms);
  const wanted = new Set<string>();
  for (const found of lineTerms) for (const term of found.keys()) wanted.add(term);
  const bigrams = new Set<number>();
  for (const term of wanted) {
    if (term.length === 2 && isHangulSyllable(term.charCodeAt(0)) && isHangulSyllable(term.charCodeAt(1))) {
      bigrams.add(bigramCode(term.charCodeAt(0), term.charCodeAt(1)));
    }
  }
  const paragraphTerms = paragraphs.map((p) => wantedTerms(p.textContent ?? '', wanted, bigrams));
  const documentFrequency = new Map<string, number>();
  for (const set of paragraphTerms) for (const term of set) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const candidates: Candidate[] = [];
  for (const [lineIndex, line] of deck.entries()) {
    const scores = new Array<number>(paragraphs.length).fill(0);
    for (const [term, weight] of lineTerms[lineIndex]!) {
      const df = documentFrequency.get(term);
      if (!df) continue;
      const rarity = Math.log(1 + paragraphs.length / df);
      paragraphTerms.forEach((set, index) => {
        if (set.has(term)) scores[index]! += weight * rarity;
      });
    }
    // Ties go to the earlier paragraph: a point is usually made where the story first raises it.
    const bestIndex = scores.reduce((best, score, index) => (score > scores[best]! ? index : best), 0);
    if (scores[bestIndex]! > 0) candidates.push({ target: paragraphs[bestIndex]!, level: 2, text: line, derived: true });
  }
  return candidates;
}

/** "First sentence" of a paragraph, cut to 40 characters: the title of a photo-delimited part. */
export function partTitle(text: string): string {
  const sentence = /^.*?[.?!](?=\s|$)/s.exec(text)?.[0] ?? text;
  return sentence.length > PART_TITLE_LENGTH ? `${sentence.slice(0, PART_TITLE_LENGTH - 1).trimEnd()}…` : sentence;
}

/** Parts of the story between photos: each part's first paragraph, when photos make ≥2 parts. */
function photoPartCandidates(content: Element): Candidate[] {
  const paragraphs = new Set(bodyParagraphs(content));
  const candidates: Candidate[] = [];
  let partStarted = false;
  const walker = content.ownerDocument.createTreeWalker(content, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (element.tagName === 'FIGURE' || (element.tagName === 'IMG' && !element.closest('figure'))) {
      partStarted = false;
    } else if (paragraphs.has(element) && !partStarted) {
      partStarted = true;
      candidates.push({ target: element, level: 2, text: partTitle(collapseSpace(element.textContent ?? '')), derived: true });
    }
  }
  return candidates.length >= 2 ? candidates : [];
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

/** Builds the outline and writes `id`s onto its targets inside `content`. */
export function buildOutline(content: Element, deck: readonly string[]): OutlineItem[] {
  let candidates = headingCandidates(content);
  if (!candidates.length && deck.length) candidates = deckCandidates(content, deck);
  if (!candidates.length) candidates = photoPartCandidates(content);
  // Stable sort: targets in document order, deck order among items sharing a target.
  const ordered = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => documentOrder(a.candidate.target, b.candidate.target) || a.index - b.index)
    .map(({ candidate }) => candidate);
  const ids = new Map<Element, string>();
  return ordered.map(({ target, level, text, derived }) => {
    let id = ids.get(target);
    if (!id) {
      id = `${OUTLINE_ID_PREFIX}${ids.size + 1}`;
      ids.set(target, id);
      target.setAttribute('id', id);
    }
    return derived ? { id, level, text, derived } : { id, level, text };
  });
}
