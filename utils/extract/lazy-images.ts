/**
 * Part of step 4: promote lazy images before anything reads the body, or photos vanish (docs/peers.md §4.4):
 * `data-src`-style attributes, `srcset` candidates, `<noscript>` fallbacks, `<picture>` sources
 * and AMP's `<amp-img>`. Every image URL is made absolute against the page URL.
 */

const LAZY_ATTRIBUTES = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-lazy',
  'data-url',
  'data-echo',
  'data-original-src',
  'data-full-src',
] as const;
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'srcset'] as const;
/** Placeholder sources: inline data, 1×1 spacers and "loading" images. */
const PLACEHOLDER =
  /^(?:data:|about:blank)|(?:^|\/)(?:blank|spacer|pixel|transparent|1x1|lazy|loading|placeholder|grey|gray)[\w-]*\.(?:gif|png|svg|jpe?g)(?:\?|$)/i;

function absolute(url: string, base: string): string | null {
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return null;
  }
}

/**
 * The widest (or highest-density) candidate of a srcset, parsed as the HTML spec does: a URL runs
 * to whitespace (a trailing comma ends it), descriptors run to the next comma, so both
 * "a.jpg 320w, b.jpg 1280w" and "a.jpg 320w,b.jpg 1280w" work, and commas inside URLs survive.
 */
export function bestSrcsetCandidate(srcset: string): string | null {
  let best: { url: string; score: number } | null = null;
  let position = 0;
  while (position < srcset.length) {
    while (position < srcset.length && /[\s,]/.test(srcset[position]!)) position += 1;
    if (position >= srcset.length) break;
    let end = position;
    while (end < srcset.length && !/\s/.test(srcset[end]!)) end += 1;
    let url = srcset.slice(position, end);
    let descriptor = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      const next = srcset.indexOf(',', end);
      descriptor = srcset.slice(end, next === -1 ? srcset.length : next).trim();
      end = next === -1 ? srcset.length : next + 1;
    }
    position = end;
    const value = Number.parseFloat(descriptor);
    // Width descriptors compare among themselves; density ones ×1000 so "2x" beats a bare URL.
    const score = !descriptor ? 1000 : descriptor.endsWith('w') ? value : value * 1000;
    if (url && (!best || (Number.isFinite(score) && score > best.score)))
      best = { url, score: Number.isFinite(score) ? score : 0 };
  }
  return best?.url ?? null;
}

function isMissing(src: string | null): boolean {
  return !src || !src.trim() || PLACEHOLDER.test(src.trim());
}

function lazySource(img: Element): string | null {
  for (const name of LAZY_ATTRIBUTES) {
    const value = img.getAttribute(name);
    if (value && !isMissing(value)) return value;
  }
  for (const name of LAZY_SRCSET_ATTRIBUTES) {
    const value = img.getAttribute(name);
    const candidate = value ? bestSrcsetCandidate(value) : null;
    if (candidate && !isMissing(candidate)) return candidate;
  }
  const source = img.closest('picture')?.querySelector('source[srcset], source[data-srcset]');
  const sourceSet = source?.getAttribute('srcset') ?? source?.getAttribute('data-srcset');
  return sourceSet ? bestSrcsetCandidate(sourceSet) : null;
}

/** `<amp-img>` → `<img>` with the same source, size and text alternative. */
function replaceAmpImages(doc: Document): void {
  for (const amp of Array.from(doc.querySelectorAll('amp-img, amp-anim'))) {
    const img = doc.createElement('img');
    for (const name of ['src', 'srcset', 'alt', 'width', 'height', 'title']) {
      const value = amp.getAttribute(name);
      if (value !== null) img.setAttribute(name, value);
    }
    amp.replaceWith(img);
  }
}

/**
 * Event-handler attributes in markup about to be parsed. Parsing one in a content script is a
 * violation of the page's CSP even in an inert document, and Chromium reports it to the site.
 */
const HANDLER_ATTRIBUTE = /\son[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/** Images inside `<noscript>`: used when the visible image is a placeholder or absent. */
function promoteNoscriptImages(doc: Document, parser: DOMParser | null): void {
  if (!parser) return;
  for (const noscript of Array.from(doc.querySelectorAll('noscript'))) {
    const markup = noscript.textContent ?? '';
    const direct = noscript.querySelector('img');
    let fallback: Element | null = direct;
    if (!fallback && /<img\b/i.test(markup)) {
      // Parsed in a separate inert document: nothing in it loads or runs.
      fallback = parser.parseFromString(markup.replace(HANDLER_ATTRIBUTE, ''), 'text/html').querySelector('img');
    }
    if (!fallback) continue;
    const src = fallback.getAttribute('src');
    if (isMissing(src)) continue;
    const placeholder = noscript.previousElementSibling?.tagName === 'IMG' ? noscript.previousElementSibling : null;
    if (placeholder && !isMissing(lazySource(placeholder) ?? placeholder.getAttribute('src'))) {
      noscript.remove(); // the visible image is real: the fallback would be a duplicate
      continue;
    }
    const img = doc.createElement('img');
    img.setAttribute('src', src!);
    const alt = fallback.getAttribute('alt');
    if (alt) img.setAttribute('alt', alt);
    placeholder?.remove();
    noscript.replaceWith(img);
  }
}

/**
 * `baseUrl` resolves relative sources (the page's `<base href>` when it has one); `win` supplies a
 * DOMParser for `<noscript>` markup (the inert copy has no window; Node has no global one).
 */
export function promoteLazyImages(doc: Document, baseUrl: string, win?: Window | null): void {
  replaceAmpImages(doc);
  const Parser = (win as (Window & { DOMParser?: typeof DOMParser }) | null | undefined)?.DOMParser ?? globalThis.DOMParser;
  promoteNoscriptImages(doc, Parser ? new Parser() : null);
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const current = img.getAttribute('src');
    const lazy = isMissing(current) || img.hasAttribute('data-src') ? lazySource(img) : null;
    const chosen = lazy ?? (isMissing(current) ? null : current);
    if (!chosen) {
      img.remove(); // a placeholder with no real source is not a photo
      continue;
    }
    const url = absolute(chosen, baseUrl);
    if (url) img.setAttribute('src', url);
    else img.remove();
    img.removeAttribute('srcset');
    if (lazy) showLazyImage(img);
  }
}

/**
 * A lazy image is often hidden until the page's script has loaded it (`style="display: none"` on
 * Naver News' photos): with its source promoted it is a photo, and Readability would drop it as
 * invisible. Only the image's own hiding goes; hidden wrappers stay hidden.
 */
function showLazyImage(img: Element): void {
  img.removeAttribute('hidden');
  const style = img.getAttribute('style');
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) {
    const rest = style.replace(/(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*;?/gi, '').trim();
    if (rest) img.setAttribute('style', rest);
    else img.removeAttribute('style');
  }
}
