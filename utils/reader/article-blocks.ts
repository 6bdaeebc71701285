/**
 * The article body as separate blocks, so the reader can take single blocks out (and put them
 * back) by hand. The body HTML is sanitised first and parsed into an inert DOMParser document;
 * each block is that sanitised markup's own serialisation, and is rendered through SafeHtml (which
 * sanitises it once more): no second HTML sink, and nothing here touches the page.
 */
import { sanitizeHtml } from '../extract/sanitize';

export interface ArticleBlock {
  /** Sanitised HTML of the block. */
  html: string;
  /** Its text, whitespace-collapsed (labels, "what was removed"). */
  text: string;
  /** Element ids inside it (outline targets), so the outline can follow a removal. */
  ids: string[];
}

/** Wrappers that are walked into rather than offered as one block. */
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'SPAN']);
const BLOCK_CHILD = 'p, div, section, article, figure, ul, ol, h2, h3, h4, h5, h6, blockquote, table, pre, dl, hr, img';

function blockOf(element: Element): ArticleBlock {
  const ids = [element, ...Array.from(element.querySelectorAll('[id]'))].map((node) => node.id).filter(Boolean);
  return { html: element.outerHTML, text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(), ids };
}

function collect(container: Element, blocks: ArticleBlock[]): void {
  const doc = container.ownerDocument;
  let run: Node[] = [];
  // Text and inline elements between blocks become one paragraph.
  const flush = () => {
    if (run.some((node) => (node.textContent ?? '').trim() || (node.nodeType === 1 && (node as Element).querySelector('img')))) {
      const paragraph = doc.createElement('p');
      paragraph.append(...run);
      blocks.push(blockOf(paragraph));
    }
    run = [];
  };
  for (const node of Array.from(container.childNodes)) {
    const element = node.nodeType === 1 ? (node as Element) : null;
    const isBlock =
      element !== null &&
      (!/^(?:A|B|STRONG|EM|I|U|S|SUB|SUP|SMALL|MARK|CODE|TIME|ABBR|Q|CITE|BR|SPAN)$/.test(element.tagName) ||
        element.querySelector(BLOCK_CHILD));
    if (!isBlock) {
      if (node.nodeType === 1 || node.nodeType === 3) run.push(node);
      continue;
    }
    flush();
    if (WRAPPERS.has(element.tagName) && element.querySelector(BLOCK_CHILD)) collect(element, blocks);
    else if (element.tagName !== 'HR') blocks.push(blockOf(element));
  }
  flush();
}

/** The blocks of `html` in order; [] when the sanitiser cannot run (fails closed, like SafeHtml). */
export function splitArticleBlocks(html: string, win: Window | null): ArticleBlock[] {
  const clean = sanitizeHtml(html, win);
  if (!clean || !win) return [];
  const Parser = (win as Window & { DOMParser: typeof DOMParser }).DOMParser;
  const doc = new Parser().parseFromString(`<!DOCTYPE html><body>${clean}`, 'text/html');
  const blocks: ArticleBlock[] = [];
  collect(doc.body, blocks);
  return blocks;
}
