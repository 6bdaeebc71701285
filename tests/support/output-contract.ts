/**
 * What the pipeline's output promises, checked independently of SANITIZE_CONFIG on purpose: a
 * config edit that widens the allowlist must fail here. Used by the sanitiser tests
 * (tests/utils/extract/sanitize.test.ts) and the fuzz invariants (tests/robust/invariants.ts).
 * The re-parse check needs a spec-compliant DOM: call it only under `@vitest-environment jsdom`.
 */
const ALLOWED_TAGS = new Set([
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
]);
const ALLOWED_ATTRS = new Set([
  'id',
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'datetime',
  'lang',
  'dir',
]);
/** Attributes only the sanitiser's hooks add, per tag. */
const HOOK_ATTRS: Record<string, Set<string>> = { a: new Set(['rel', 'target']), img: new Set(['loading']) };
/** Redundant with ALLOWED_TAGS, listed so a failure message names the worst offenders. */
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'svg',
  'math',
  'style',
  'link',
  'meta',
  'base',
  'template',
  'noscript',
  'frame',
  'frameset',
]);
/** Redundant with ALLOWED_ATTRS, named in failures: attributes that style or carry URLs. */
const STYLING_ATTRS = new Set(['style', 'class', 'srcset']);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'style', 'background', 'poster']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SAFE_URL = /^(?:https?:\/\/|mailto:|#)/i;
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data|blob|file|about|filesystem):/i;
// eslint-disable-next-line no-control-regex -- control characters are matched on purpose
const URL_IGNORED = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;

/** What utils/extract/text.ts promises to strip from text: C0/C1 controls (not \t \n \r), zero-widths, soft hyphen. */
// eslint-disable-next-line no-control-regex -- control characters are matched on purpose
export const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\u00AD]/;

export interface HtmlCheckOptions {
  /**
   * Let `is=""` pass. DOMPurify voids `is` to "" instead of removing it (old browsers could not):
   * inert, but outside the allowlist. tests/robust/findings.test.ts pins it; the fuzz invariants
   * tolerate it so that it masks nothing else.
   */
  allowVoidIs?: boolean;
}

export interface HtmlInspection {
  /** Every way the HTML breaks the sanitiser's contract; [] when it is clean. */
  violations: string[];
  /** The `id` of every element, in document order (for the outline's targets). */
  ids: string[];
}

/** One inert parse of `html`, checked element by element and against its own re-serialisation. */
export function inspectHtml(html: string, options: HtmlCheckOptions = {}): HtmlInspection {
  const violations: string[] = [];
  const ids: string[] = [];
  // <template> content is inert: nothing loads or runs while we inspect it.
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const el of Array.from(template.content.querySelectorAll('*'))) {
    const tag = el.localName;
    if (el.id) ids.push(el.id);
    if (el.namespaceURI !== HTML_NS) violations.push(`non-HTML namespace <${tag}> ${el.namespaceURI}`);
    if (FORBIDDEN_TAGS.has(tag)) violations.push(`forbidden element <${tag}>`);
    else if (!ALLOWED_TAGS.has(tag)) violations.push(`element <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (options.allowVoidIs && name === 'is' && value === '') continue;
      if (name.startsWith('on')) violations.push(`handler ${name} on <${tag}>`);
      if (STYLING_ATTRS.has(name)) violations.push(`${name} on <${tag}>`);
      const allowed = ALLOWED_ATTRS.has(name) || HOOK_ATTRS[tag]?.has(name) === true || /^data-dc-[a-z0-9-]+$/.test(name);
      if (!allowed) violations.push(`attribute ${name} on <${tag}>`);
      if (URL_ATTRS.has(name)) {
        if ((name === 'href' || name === 'src') && !SAFE_URL.test(value.trim()))
          violations.push(`${name}="${value}" on <${tag}>`);
        if (DANGEROUS_SCHEME.test(value.replace(URL_IGNORED, ''))) violations.push(`script-capable ${name}="${value}"`);
      }
      if (name === 'id' && !value.startsWith('dc-')) violations.push(`foreign id "${value}"`);
      if (name === 'target' && !(el.getAttribute('rel') ?? '').includes('noopener')) violations.push('target without noopener');
    }
  }
  // Re-parsing the output must not change it: mutation XSS lives exactly in that gap. The
  // template's serialisation is what a second parse of `html` would serialise to.
  if (template.innerHTML !== html) violations.push(`not stable under re-parse: ${JSON.stringify(template.innerHTML)}`);
  return { violations, ids };
}

/** Every way `html` breaks the sanitiser's contract; [] when it is clean. */
export function htmlViolations(html: string, options: HtmlCheckOptions = {}): string[] {
  return inspectHtml(html, options).violations;
}
