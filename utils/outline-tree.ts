/**
 * The flat outline (the `OutlineItem[]` contract: document order, levels) as a tree, so it renders
 * as nested lists and screen readers announce its structure ("list, 3 items, level 2"), as
 * preact-www's table of contents does. A deeper item nests under the nearest shallower one before
 * it; a level skipped (h2 → h4) nests one step only.
 */
import type { OutlineItem } from './article';

export interface OutlineNode {
  item: OutlineItem;
  children: OutlineNode[];
}

export function outlineTree(items: readonly OutlineItem[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = []; // the chain of nodes the next item may nest under
  for (const item of items) {
    const node: OutlineNode = { item, children: [] };
    while (open.length && open[open.length - 1]!.item.level >= item.level) open.pop();
    (open.length ? open[open.length - 1]!.children : roots).push(node);
    open.push(node);
  }
  return roots;
}
