/**
 * Step 4: photos and links made to work outside the page. Lazy images get their real source,
 * photo blocks become `<figure>` + `<figcaption>` (so captions stay with their images), and every
 * URL is made absolute against where the page's relative URLs point.
 */
import { normalizeFigures } from './figures';
import { absolutizeLinks } from './finish-content';
import { promoteLazyImages } from './lazy-images';

/**
 * Where relative URLs point: the page's `<base href>` when it is an http(s) URL, else the page. Only
 * a `<base>` in `<head>` counts: one inside the body is a stray or hostile element (a comment, an
 * injected ad), and the article's links and photos must not be sent elsewhere by it.
 */
export function documentBase(doc: Document, url: string): string {
  const href = doc.head?.querySelector('base[href]')?.getAttribute('href');
  if (!href) return url;
  try {
    const base = new URL(href.trim(), url);
    return base.protocol === 'http:' || base.protocol === 'https:' ? base.href : url;
  } catch {
    return url;
  }
}

/**
 * The window the steps ask about layout (which images are shown) and whose DOMPurify sanitises:
 * the page's own, else the one the caller gives (an inert or parsed document has none), else this
 * realm's.
 */
export function pageWindow(doc: Document, fallback: Window | null | undefined): Window | null {
  return doc.defaultView ?? fallback ?? (typeof window === 'undefined' ? null : window);
}

/** `view` is the window whose layout says which images are really shown (null: none to ask). */
export function prepareMedia(copy: Document, base: string, view: Window | null): void {
  promoteLazyImages(copy, base, view);
  normalizeFigures(copy);
  if (copy.body) absolutizeLinks(copy.body, base);
}
