/**
 * Step 7: Readability on the cleaned, inert copy. It is the floor under every rule: when a site's
 * markup drifts past the rule's selectors, Readability still finds the story.
 */
import { Readability } from '@mozilla/readability';

export interface ReadabilityOutput {
  content: Element;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
}

/**
 * Korean briefs can be a few hundred characters; 500 (Readability's default) would make it retry
 * with ever looser settings on every brief. 120 still rejects menus and teasers.
 */
export const CHAR_THRESHOLD = 120;

export function runReadability(doc: Document): ReadabilityOutput | null {
  const reader = new Readability<Element>(doc, {
    charThreshold: CHAR_THRESHOLD,
    // Return the element itself: the next steps walk it; serialising and re-parsing would cost time.
    serializer: (node) => node as Element,
    keepClasses: false,
  });
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
  };
}
