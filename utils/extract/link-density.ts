/**
 * How much of a block is links: the one measure every step uses to tell menus, teaser lists and
 * tag clouds (mostly links) from prose (hardly any). Lengths are of whitespace-collapsed text, as
 * everywhere in the pipeline.
 */
import { collapseSpace } from './text';

/** Characters of text inside links under `element`. */
export function linkTextLength(element: Element): number {
  let linked = 0;
  for (const a of Array.from(element.querySelectorAll('a'))) linked += collapseSpace(a.textContent ?? '').length;
  return linked;
}

/**
 * Share of `element`'s text that is inside links, 0 to 1. An element without text (a photo's
 * wrapper, an empty block) links nothing: 0, so that no step takes a photo for a link list.
 */
export function linkDensity(element: Element): number {
  const total = collapseSpace(element.textContent ?? '').length;
  return total ? linkTextLength(element) / total : 0;
}
