/**
 * Part of step 7: Readability on the cleaned, inert copy. It is the floor under every rule: when a site's
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
 * Readability keeps retrying with looser settings until its result has this many characters.
 * Inside a known article container a Korean brief of a few hundred characters is the article
 * (120 still rejects an empty shell); on a whole page, Readability's default (500) is what makes
 * it look past a 160-character cookie banner to the story.
 */
export const RULE_CHAR_THRESHOLD = 120;
export const GENERIC_CHAR_THRESHOLD = 500;

export function runReadability(doc: Document, charThreshold: number): ReadabilityOutput | null {
  const reader = new Readability<Element>(doc, {
    charThreshold,
    // Return the element itself: the next steps walk it; serialising and re-parsing would cost time.
    serializer: (node) => node as Element,
    keepClasses: false,
    // JSON-LD was read by the metadata step already; parsing it twice is wasted work.
    disableJSONLD: true,
  });
  let parsed: ReturnType<typeof reader.parse>;
  try {
    parsed = reader.parse();
  } catch {
    // Readability climbs to <body> and reads `null.tagName` when a script put the text in <head>;
    // whatever throws inside it, the page has no article Readability can give.
    return null;
  }
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
