/** Reading a rule's ordered metadata hints: the first hint with real text wins. */
import type { Hint } from '../site-rules/site-rule';
import { collapseSpace } from './text';

export interface HintHit {
  value: string;
  /** The element the value came from (a `<meta>` for attribute hints). */
  element: Element;
}

/** First non-empty value of one hint: an element's text, or [selector, attribute]. */
export function readHint(doc: Document, hint: Hint): HintHit | null {
  for (const hit of readHintValues(doc, hint)) return hit;
  return null;
}

/** Every non-empty value of one hint, in document order. */
export function* readHintValues(doc: Document, hint: Hint): Generator<HintHit> {
  const [selector, attribute] = typeof hint === 'string' ? [hint, null] : hint;
  const valueOf = (element: Element) => collapseSpace((attribute ? element.getAttribute(attribute) : element.textContent) ?? '');
  // The first match alone first: it usually settles the hint, and querySelector stops there while
  // querySelectorAll walks the whole live page (a `<meta>` hint is found in <head>). Only a caller
  // that wants more than the first element pays for the full query. Same values, same order.
  let first: Element | null;
  try {
    first = doc.querySelector(selector);
  } catch {
    return; // a selector this DOM cannot parse must not stop extraction
  }
  if (!first) return;
  const firstValue = valueOf(first);
  if (firstValue) yield { value: firstValue, element: first };
  let elements: Element[];
  try {
    elements = Array.from(doc.querySelectorAll(selector));
  } catch {
    return;
  }
  for (const element of elements) {
    if (element === first) continue;
    const value = valueOf(element);
    if (value) yield { value, element };
  }
}

/**
 * The first value, hint by hint and element by element, that `transform` accepts: `.view_top li`
 * holds the reporter in its first item and the date in its second.
 */
export function readFirstHint<T>(
  doc: Document,
  hints: readonly Hint[],
  transform: (value: string, element: Element) => T | null,
): { result: T; element: Element } | null {
  for (const hint of hints) {
    for (const { value, element } of readHintValues(doc, hint)) {
      const result = transform(value, element);
      if (result !== null && result !== undefined) return { result, element };
    }
  }
  return null;
}
