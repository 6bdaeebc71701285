/**
 * What the reader reads aloud, mapped to its own rendered article: the title, the deck lines and
 * each body block (paragraph, subhead, list item, quote), in document order, skipping captions,
 * tables, our own controls and blocks the user removed. Each unit keeps its text nodes with their
 * offsets, so a sentence (offsets into the unit's text) becomes a DOM Range for the highlight.
 * Only reads the DOM.
 */
import { splitSentences, type Span } from './sentences';

export interface ReadingUnit {
  element: Element;
  /** The unit's text as its text nodes spell it (whitespace not collapsed). */
  text: string;
  sentences: Span[];
  /** Text nodes in order with the offset of each one's first character in `text`. */
  nodes: { node: Text; start: number }[];
}

const UNIT_SELECTOR = [
  '.dc-title',
  '.dc-deck p',
  ...['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dt', 'dd'].map((tag) => `.dc-body ${tag}`),
].join(', ');
/** Never read: captions (photo credits), tables, our controls, blocks the user took out, restored clutter. */
const SKIP = 'figcaption, table, button, [aria-hidden="true"], [data-removed="true"], .dc-restored';

export function collectReadingUnits(root: ParentNode): ReadingUnit[] {
  const candidates = Array.from(root.querySelectorAll(UNIT_SELECTOR)).filter((element) => !element.closest(SKIP));
  // Innermost only: a quote holding paragraphs is read as its paragraphs.
  const innermost = candidates.filter((element) => !candidates.some((other) => other !== element && element.contains(other)));
  const units: ReadingUnit[] = [];
  for (const element of innermost) {
    const nodes: ReadingUnit['nodes'] = [];
    let text = '';
    const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest(SKIP)) continue;
      nodes.push({ node: node as Text, start: text.length });
      text += node.nodeValue ?? '';
    }
    const sentences = splitSentences(text);
    if (sentences.length) units.push({ element, text, sentences, nodes });
  }
  return units;
}

/** The sentence as an utterance: its text with white space collapsed. */
export function sentenceText(unit: ReadingUnit, index: number): string {
  const span = unit.sentences[index];
  return span ? unit.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : '';
}

/** The text node and offset holding character `offset` of the unit (`end`: the position after it). */
function locate(unit: ReadingUnit, offset: number, end: boolean): [Text, number] | null {
  for (let index = unit.nodes.length - 1; index >= 0; index--) {
    const { node, start } = unit.nodes[index]!;
    if (end ? start < offset : start <= offset) return [node, Math.min(offset - start, node.length)];
  }
  return null;
}

/** The DOM Range of sentence `index` of `unit`, or null when it is gone from the DOM. */
export function sentenceRange(unit: ReadingUnit, index: number): Range | null {
  const span = unit.sentences[index];
  if (!span || !unit.element.isConnected) return null;
  const from = locate(unit, span.start, false);
  const to = locate(unit, span.end, true);
  if (!from || !to) return null;
  const range = unit.element.ownerDocument.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}
