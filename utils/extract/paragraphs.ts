/**
 * Part of step 6: sedaily's 2016–2026 bodies are text nodes separated by `<br><br>`, not `<p>`s.
 * Splitting them into paragraphs first lets subhead marking, Readability and the text output all
 * see the same paragraphs.
 */
import { BLOCK_TAGS } from './block-elements';

/** Parents whose `<br><br>` runs are paragraph breaks. */
const SPLITTABLE = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'TD', 'P', 'BODY', 'FORM']);

const isElement = (node: Node): node is Element => node.nodeType === 1;
const isBr = (node: Node | undefined): boolean => !!node && isElement(node) && node.tagName === 'BR';
const isBlank = (node: Node): boolean => node.nodeType === 3 && !(node.nodeValue ?? '').trim();

/** Index of the next non-blank sibling after `index`. */
function nextMeaningful(nodes: Node[], index: number): number {
  let next = index + 1;
  while (next < nodes.length && isBlank(nodes[next]!)) next += 1;
  return next;
}

function hasContent(nodes: Node[]): boolean {
  return nodes.some(
    (node) =>
      (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') ||
      (isElement(node) &&
        node.tagName !== 'BR' &&
        ((node.textContent ?? '').trim() !== '' || !!node.querySelector?.('img') || node.tagName === 'IMG')),
  );
}

/** Trims leading and trailing `<br>`s and blank text from a run. */
function trimRun(nodes: Node[]): Node[] {
  let start = 0;
  let end = nodes.length;
  while (start < end && (isBr(nodes[start]) || isBlank(nodes[start]!))) start += 1;
  while (end > start && (isBr(nodes[end - 1]) || isBlank(nodes[end - 1]!))) end -= 1;
  return nodes.slice(start, end);
}

function splitParent(parent: Element): void {
  const doc = parent.ownerDocument;
  const nodes = Array.from(parent.childNodes);
  const pieces: (Node[] | Element)[] = [[]];
  let hasChain = false;
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index]!;
    if (isBr(node) && isBr(nodes[nextMeaningful(nodes, index)])) {
      hasChain = true;
      while (index + 1 < nodes.length && (isBr(nodes[index + 1]) || isBlank(nodes[index + 1]!))) index += 1;
      pieces.push([]);
    } else if (isElement(node) && BLOCK_TAGS.has(node.tagName)) {
      pieces.push(node, []);
    } else {
      (pieces[pieces.length - 1] as Node[]).push(node);
    }
  }
  if (!hasChain) return;
  const replacement: Node[] = [];
  for (const piece of pieces) {
    if (!Array.isArray(piece)) {
      replacement.push(piece);
      continue;
    }
    const run = trimRun(piece);
    if (!hasContent(run)) continue;
    const paragraph = doc.createElement('p');
    paragraph.append(...run);
    replacement.push(paragraph);
  }
  if (parent.tagName === 'P') parent.replaceWith(...replacement);
  else parent.replaceChildren(...replacement);
}

/** Turns `text<br><br>text` runs into `<p>` paragraphs wherever they occur under `root`. */
export function splitBrParagraphs(root: Element): void {
  const parents = new Set<Element>();
  for (const br of Array.from(root.querySelectorAll('br'))) {
    const parent = br.parentElement;
    if (parent && SPLITTABLE.has(parent.tagName)) parents.add(parent); // split only if it has a chain
  }
  for (const parent of parents) splitParent(parent);
}
