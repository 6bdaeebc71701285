/**
 * Step 3: the inert copy everything after works on. Only the rule's article container when the
 * page has one (the page chrome is never copied), else the whole document; the title, deck and
 * byline elements the metadata step read are taken out of it (they would repeat in the body).
 */
import type { SiteRule } from '../site-rules/site-rule';
import { cloneDocument, cloneScope } from './clone-document';
import type { Metadata } from './metadata';
import { revealStreamedSegments } from './streamed-segments';
import { hasAtLeast } from './text';

/** A body container with less text than this is an empty shell or a teaser, not the article. */
const MIN_BODY_ROOT_TEXT = 40;

/** The rule's body container: the first selector, in order, whose element has real content. */
export function findBodyRoot(doc: Document, selectors: readonly string[] = []): Element | null {
  for (const selector of selectors) {
    let elements: Element[];
    try {
      // The first match usually is the body: querySelector stops there, querySelectorAll would
      // walk the whole live page. Only when it is an empty shell are the others looked at.
      const first = doc.querySelector(selector);
      if (!first) continue;
      if (hasAtLeast(first, MIN_BODY_ROOT_TEXT)) return first;
      elements = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue;
    }
    const hit = elements.find((element) => hasAtLeast(element, MIN_BODY_ROOT_TEXT));
    if (hit) return hit;
  }
  return null;
}

export interface PageCopy {
  doc: Document;
  /** The copied article container (rule pages that have one), else null: the whole page was copied. */
  root: Element | null;
}

export function copyPage(doc: Document, rule: SiteRule | null, meta: Metadata): PageCopy {
  const liveRoot = rule ? findBodyRoot(doc, rule.body) : null;
  const copy = liveRoot ? cloneScope(doc, liveRoot, meta.sources) : cloneDocument(doc, meta.sources);
  const root = liveRoot ? copy.doc.body.firstElementChild : null;
  for (const source of copy.counterparts) if (source && !source.contains(root)) source.remove();
  rule?.prepare?.(copy.doc);
  // A server-streamed page saved before its scripts ran keeps the story in hidden segments.
  revealStreamedSegments(copy.doc);
  return { doc: copy.doc, root };
}
