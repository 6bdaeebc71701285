/**
 * Step 10 (and every renderer): the one place where untrusted article HTML becomes renderable HTML.
 *
 * Everything the extraction pipeline produces comes from a third-party page, so the body HTML is
 * treated as hostile: it is run through DOMPurify with an explicit allowlist that only knows
 * "article content" (text blocks, headings, lists, tables, figures, links, inline formatting).
 * Anything else is dropped, and when we cannot prove that DOMPurify actually works in the given
 * window we return '' instead of passing HTML through (fail closed).
 *
 * Why fail closed and not "best effort": DOMPurify depends on a spec-compliant DOM. In a broken DOM
 * (happy-dom is the known example: it keeps `<script>` and `javascript:` URLs, see
 * tests/utils/extract/sanitize-happy-dom.test.ts) `sanitize()` silently returns dangerous HTML while still
 * reporting `isSupported === true`. An empty article is a visible bug; an XSS is not.
 */
import createDOMPurify from 'dompurify';
import type { Config, DOMPurify, UponSanitizeAttributeHookEvent } from 'dompurify';

/** Deep-ish freeze for the config arrays; DOMPurify checks `isFrozen` before lower-casing in place. */
function list(...items: string[]): string[] {
  return Object.freeze(items) as string[];
}

/**
 * URL policy, applied by DOMPurify to every allowed attribute that is not "URI safe" (here: href
 * and src) after it strips whitespace and control characters from the value.
 *
 * Only absolute http(s) URLs, mailto: and in-page fragments. Relative URLs are NOT accepted: the
 * caller has already made every link absolute against the article URL, and in the reader page
 * (an extension page) a leftover relative URL would resolve against `chrome-extension://…`, which
 * is never what the article meant. Requiring `//` after http(s) also rejects odd forms such as
 * `https:foo`. Entities are decoded by the parser before this runs, so `&#106;avascript:` is seen as
 * `javascript:` and rejected; `java\tscript:` is compacted to `javascript:` and rejected.
 */
const ALLOWED_URI = /^(?:https?:\/\/|mailto:|#)/i;

/** Same characters DOMPurify strips before testing URLs (ASCII controls, space, Unicode spaces). */
// eslint-disable-next-line no-control-regex -- control characters are matched on purpose
const URL_IGNORED_CHARS = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;

/**
 * Our own element ids. The pipeline assigns outline targets like `dc-s-1` and removes every page id
 * before sanitising; we enforce the shape again here so a page id can never reach the reader DOM
 * (ids are what DOM clobbering and `#fragment` confusion feed on).
 */
const OWN_ID = /^dc-[A-Za-z0-9_-]{1,64}$/;

/** `data-dc-*` attributes are ours (pipeline markers); names and values are kept to plain tokens. */
const OWN_DATA_ATTR = /^data-dc-[a-z0-9][a-z0-9-]{0,31}$/;
const OWN_DATA_VALUE = /^[A-Za-z0-9 _.-]{0,100}$/;

/** Attributes holding URLs; checked by our own hook as well as by ALLOWED_URI_REGEXP. */
const URL_ATTRS: ReadonlySet<string> = new Set(['href', 'src']);

/** `rel` every link gets: no window.opener, no Referer to the target, no endorsement. */
export const LINK_REL = 'noopener noreferrer nofollow';

export const SANITIZE_CONFIG: Readonly<Config> = Object.freeze({
  // Explicit allowlist; DOMPurify's defaults (which include forms, svg, math, style, class…) are
  // replaced, not extended. No h1: the title is rendered separately from the body.
  ALLOWED_TAGS: list(
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'figure',
    'figcaption',
    'img',
    'a',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'small',
    'mark',
    'code',
    'pre',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
    'hr',
    'span',
    'div',
    'time',
    'abbr',
    'q',
    'cite',
    'dl',
    'dt',
    'dd',
    // Not article markup: the root of DOMPurify's own parse, which is never in the output (that is
    // the root's innerHTML) and the only <body> a parsed document ever has (the parser merges any
    // other `<body>` tag into it). Disallowed, DOMPurify deep-clones every child of the root next
    // to it before removing it, only to serialise the detached original: a third of the sanitiser's
    // time. Its attributes are still filtered, and the output is byte for byte the same.
    'body',
  ),
  // No class/style (page CSS hooks, CSS injection, `url(javascript:)`), no srcset (a second URL
  // list DOMPurify would have to parse), no name (DOM clobbering), no target/rel (set by our hook).
  // `loading` and `data-dc-*` are admitted only by the attribute hook, with fixed values.
  ALLOWED_ATTR: list('id', 'href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'datetime', 'lang', 'dir'),
  // Defence in depth: these are already outside ALLOWED_TAGS, but FORBID_TAGS wins over every
  // allowlist, so a future edit that widens ALLOWED_TAGS cannot re-admit them by accident.
  FORBID_TAGS: list(
    'script',
    'style',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'form',
    'input',
    'button',
    'select',
    'textarea',
    'option',
    'base',
    'meta',
    'link',
    'template',
    'noscript',
    'svg',
    'math',
    'audio',
    'video',
    'source',
    'track',
    'canvas',
    'dialog',
    'details',
    'marquee',
    'portal',
  ),
  FORBID_ATTR: list('style', 'class', 'srcset', 'name', 'target', 'rel', 'formaction', 'action', 'xlink:href'),
  // Removed elements keep their text (a page wrapping the whole article in <form> or <details> must
  // not lose it) EXCEPT these, whose content is code, UI or fallback, never article text.
  // DOMPurify's default list (script, style, template, noscript, iframe, svg, math, audio, video,
  // noembed, noframes, xmp, plaintext, title, head…) is kept and extended.
  KEEP_CONTENT: true,
  ADD_FORBID_CONTENTS: list(
    'object',
    'embed',
    'applet',
    'canvas',
    'button',
    'select',
    'option',
    'textarea',
    'frameset',
    'frame',
    'dialog',
    'marquee',
    'portal',
    'source',
    'track',
  ),
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  // Attributes whose values are not URLs: skip the URL regexp (otherwise width="640" would fail it).
  ADD_URI_SAFE_ATTR: list('width', 'height', 'colspan', 'rowspan', 'datetime', 'lang', 'dir'),
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Only HTML-namespace elements; svg/math are forbidden anyway and namespace confusion is the
  // root of most DOMPurify mXSS bypasses.
  ALLOWED_NAMESPACES: list('http://www.w3.org/1999/xhtml'),
  // Drops id values that collide with document/form properties (`id=getElementById`).
  SANITIZE_DOM: true,
  // Deliberately OFF. It rewrites every id to `user-content-<id>`, which would break outline ids
  // like `dc-s-1` (and the `#dc-s-1` links pointing at them). The clobbering it guards against is
  // covered instead: `name` is not allowed at all, and ids must match OWN_ID (`dc-…`), a prefix no
  // DOM/window property uses, enforced by the attribute hook below.
  SANITIZE_NAMED_PROPS: false,
  // Off: sanitizeHtml prefixes `<!DOCTYPE html><body>` itself. That still parses the fragment in
  // body context (a leading <noscript> or <style> would otherwise land "in head", and
  // `<noscript><p>enable JS</p>` would leak its fallback text), and the doctype makes the parse
  // standards-mode like every page that shows the result: in quirks mode `<p><table>` nests, in
  // standards mode it does not, and the output would re-parse to another tree.
  FORCE_BODY: false,
  SAFE_FOR_XML: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
} satisfies Config);

/** Extra value checks for the attributes we allow; runs before DOMPurify's own checks. */
function onAttribute(node: Element, data: UponSanitizeAttributeHookEvent): void {
  const name = data.attrName;
  const tag = node.nodeName.toLowerCase();

  if (URL_ATTRS.has(name)) {
    // DOMPurify treats img src `data:` as allowed regardless of ALLOWED_URI_REGEXP (DATA_URI_TAGS
    // cannot be narrowed by config), and lets empty values through. We want neither: data: images
    // can be SVG documents, and an empty src/href re-requests / reloads the reader page.
    const compact = data.attrValue.replace(URL_IGNORED_CHARS, '');
    if (!compact || !ALLOWED_URI.test(compact)) data.keepAttr = false;
    return;
  }
  if (name === 'id') {
    if (!OWN_ID.test(data.attrValue)) data.keepAttr = false;
    return;
  }
  // Image lazy-loading is kept when the page asked for it (saves bandwidth in long articles); any
  // other value (eager/auto/garbage) is dropped, the browser default is fine. Not in ALLOWED_ATTR,
  // so it is only reachable through this branch.
  if (name === 'loading') {
    if (tag === 'img' && data.attrValue.toLowerCase() === 'lazy') data.forceKeepAttr = true;
    return;
  }
  // Our own markers. forceKeepAttr is needed because DOMPurify would otherwise run the URL regexp on
  // them; the strict name/value patterns are what make force-keeping safe.
  if (OWN_DATA_ATTR.test(name)) {
    if (OWN_DATA_VALUE.test(data.attrValue)) data.forceKeepAttr = true;
  }
}

/**
 * An element created with `is` keeps its "is value" for life, and the serialiser writes it back
 * even after the attribute is removed (DOMPurify therefore voids it to `is=""`). Outside the
 * allowlist all the same, so such an element is replaced by a fresh one of the same tag, before
 * DOMPurify looks at it; the iterator then visits the fresh element like any other.
 */
function dropIsValue(node: Node): void {
  if (node.nodeType !== 1 || !(node as Element).hasAttribute('is')) return;
  const element = node as Element;
  const fresh = element.ownerDocument.createElementNS(element.namespaceURI, element.localName);
  for (const name of element.getAttributeNames()) {
    // on* are dropped by DOMPurify anyway; setting one here would count against the page's CSP.
    if (name !== 'is' && !/^on/i.test(name)) fresh.setAttribute(name, element.getAttribute(name) ?? '');
  }
  fresh.append(...Array.from(element.childNodes));
  element.replaceWith(fresh);
}

/** Link hardening and value normalisation, after DOMPurify has removed everything unsafe. */
function afterAttributes(node: Element): void {
  // nodeName, not instanceof: the node belongs to the target window's realm.
  const tag = node.nodeName.toLowerCase();
  if (tag === 'a') {
    const href = node.getAttribute('href');
    if (href && !href.trim().startsWith('#')) {
      // External links open in a new tab, the reader view stays; rel stops window.opener access
      // and the referrer, and marks the link as not endorsed. Fragment links stay in-page.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', LINK_REL);
    } else {
      node.removeAttribute('target');
      node.removeAttribute('rel');
    }
  }
  if (tag === 'img' && node.hasAttribute('loading')) {
    node.setAttribute('loading', 'lazy');
  }
}

/**
 * One-time functional self-test. `isSupported` only says the DOM APIs exist, not that they behave;
 * this proves disallowed attributes (style, data-*), the script, the `javascript:` URL and a data:
 * image are removed, and that our hooks ran (benign content survives with its id and the link gets
 * `rel`). No `on*` attribute in it: parsing one in a content script counts as a violation of the
 * page's CSP, and Chromium then POSTs a report naming the extension to the site (seen in tests).
 */
const PROBE_HTML =
  '<p id="dc-probe" style="color:red" data-x="1">ok</p><script>alert(2)</script>' +
  '<a href="javascript:alert(3)">a</a><img src="data:image/svg+xml,x"><a href="https://example.com/">b</a>';

function probePasses(purify: DOMPurify): boolean {
  const out = purify.sanitize(PROBE_HTML);
  if (typeof out !== 'string') return false;
  const lower = out.toLowerCase();
  const leaked = ['style=', 'data-x', '<script', 'alert', 'javascript:', 'data:'].some((s) => lower.includes(s));
  const works = lower.includes('id="dc-probe"') && lower.includes('>ok<') && lower.includes(`rel="${LINK_REL}"`);
  return !leaked && works;
}

interface Sanitizer {
  purify: DOMPurify | null;
  ok: boolean;
}

const sanitizers = new WeakMap<object, Sanitizer>();

function getSanitizer(win: Window | null | undefined): Sanitizer | null {
  if (!win || (typeof win !== 'object' && typeof win !== 'function')) return null;
  const cached = sanitizers.get(win);
  if (cached) return cached;
  let entry: Sanitizer = { purify: null, ok: false };
  try {
    const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    if (purify.isSupported) {
      // Hooks live on this private instance and are added exactly once, here.
      purify.addHook('beforeSanitizeElements', dropIsValue);
      purify.addHook('uponSanitizeAttribute', onAttribute);
      purify.addHook('afterSanitizeAttributes', afterAttributes);
      // Set once: with a config argument DOMPurify rebuilds its allowlists on every call.
      purify.setConfig(SANITIZE_CONFIG);
      entry = { purify, ok: probePasses(purify) };
    }
  } catch {
    entry = { purify: null, ok: false };
  }
  sanitizers.set(win, entry);
  return entry;
}

/** true when DOMPurify works in this window (cached per window). */
export function isSanitizerSupported(win: Window | null | undefined): boolean {
  try {
    return getSanitizer(win)?.ok === true;
  } catch {
    return false;
  }
}

/** Body context and standards mode for DOMPurify's parse (see FORCE_BODY above). */
const PARSE_PREFIX = '<!DOCTYPE html><body>';

/** The output as a standards-mode page parses it back, serialised again. */
function reparse(html: string, win: Window): string {
  const Parser = (win as Window & { DOMParser: typeof DOMParser }).DOMParser;
  return new Parser().parseFromString(PARSE_PREFIX + html, 'text/html').body.innerHTML;
}

/** Sanitise article body HTML for rendering; returns '' (fail closed) when DOMPurify cannot work in `win`. */
export function sanitizeHtml(html: string, win: Window | null | undefined): string {
  try {
    if (typeof html !== 'string' || html === '') return '';
    const s = getSanitizer(win);
    if (!s?.ok || !s.purify || !win) return '';
    const out = s.purify.sanitize(PARSE_PREFIX + html);
    if (typeof out !== 'string') return '';
    // Unwrapping a disallowed wrapper can leave nesting the parser never builds (`<h3>a<main><h2>`
    // → `<h3>a<h2>`), so the string would re-parse to another tree where it is shown. Such output
    // goes through once more, from the tree a page really builds; that second result is stable.
    const canonical = reparse(out, win);
    if (canonical === out) return out;
    const again = s.purify.sanitize(PARSE_PREFIX + canonical);
    return typeof again === 'string' ? again : '';
  } catch {
    return '';
  }
}
