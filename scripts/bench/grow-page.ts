/**
 * Scaling input: one saved article grown to `factor`× — its body paragraphs repeated `factor`
 * times and every clutter block outside the body (menus, related lists, ads, footer: whatever the
 * site rule's `remove` selectors match) repeated `factor` times next to itself. Same markup, same
 * structure, `factor` times the content and the clutter.
 */
import { parseHTML } from 'linkedom';
import { findBodyRoot } from '../../utils/extract/copy-page';
import type { SiteRule } from '../../utils/site-rules';

export interface GrownPage {
  html: string;
  /** Child nodes of the body element after growing. */
  bodyNodes: number;
  /** Clutter blocks outside the body after growing. */
  clutterBlocks: number;
}

/** Outermost elements matched by `selectors`, outside `body` and not wrapping it. */
function clutterBlocks(doc: Document, selectors: readonly string[], body: Element): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors) {
    try {
      for (const element of Array.from(doc.querySelectorAll(selector))) found.add(element);
    } catch {
      // a selector linkedom cannot parse: skip it, as the pipeline does
    }
  }
  return [...found].filter((element) => {
    if (element.contains(body) || body.contains(element)) return false;
    if (element.tagName === 'BODY' || element.tagName === 'HTML' || element.tagName === 'FORM') return false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (found.has(parent)) return false;
    return true;
  });
}

export function growPage(html: string, factor: number, rule: Pick<SiteRule, 'body' | 'remove'>): GrownPage {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a positive integer, got ${factor}`);
  const { document } = parseHTML(html) as unknown as { document: Document };
  const body = findBodyRoot(document, rule.body ?? []);
  if (!body) throw new Error('growPage: the page has no body element the rule knows');
  const clutter = clutterBlocks(
    document,
    rule.remove.map((entry) => entry.selector),
    body,
  );
  const paragraphs = Array.from(body.childNodes);
  for (let copy = 1; copy < factor; copy += 1) {
    for (const node of paragraphs) body.appendChild(node.cloneNode(true));
  }
  for (const block of clutter) {
    for (let copy = 1; copy < factor; copy += 1) block.after(block.cloneNode(true));
  }
  return {
    html: document.toString(),
    bodyNodes: body.childNodes.length,
    clutterBlocks: clutter.length * factor,
  };
}
