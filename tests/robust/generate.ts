/**
 * Generated documents: random tag trees with hostile attributes, rendered to HTML strings (so the
 * real parser's error recovery is part of the test), article-like pages that survive to `ok` (so
 * the sanitiser invariants are exercised on real output), and well-formed XHTML/SVG/XML.
 */
import fc from 'fast-check';
import { XSS_PAYLOADS } from '../support/xss-payloads';
import { ATTR_NAMES, ATTR_VALUES, HEAD_SNIPPETS, LANGS, SENTENCES, URLS, WEIRD_CHARS } from './payloads';

export interface Tree {
  tag: string;
  attrs: [name: string, value: string, quote: string][];
  kids: (Tree | string)[];
  close: boolean;
}

const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'img',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'ul',
  'ol',
  'li',
  'b',
  'strong',
  'em',
  'pre',
  'code',
  'blockquote',
  'article',
  'section',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'svg',
  'math',
  'template',
  'noscript',
  'frameset',
  'frame',
  'base',
  'meta',
  'link',
  'select',
  'option',
  'textarea',
  'details',
  'summary',
  'video',
  'source',
  'picture',
  'amp-img',
  'x-unknown',
  'font',
  'center',
  'time',
  'dl',
  'dt',
  'dd',
  'foreignObject',
  'mglyph',
  'annotation-xml',
  'title',
  'xmp',
  'noembed',
  'body',
  'html',
  'head',
] as const;
const VOID = new Set(['img', 'br', 'hr', 'input', 'meta', 'link', 'base', 'embed', 'source', 'frame']);

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: pick(SENTENCES) },
  { weight: 2, arbitrary: fc.array(pick(WEIRD_CHARS), { minLength: 1, maxLength: 4 }).map((cs) => cs.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
const attrArb = fc.tuple(
  pick(ATTR_NAMES),
  fc.oneof({ weight: 5, arbitrary: pick(ATTR_VALUES) }, fc.string({ maxLength: 12 })),
  pick(['"', "'", '']),
);

const { node: nodeArb } = fc.letrec<{ node: Tree | string; element: Tree }>((tie) => ({
  node: fc.oneof({ maxDepth: 6, depthIdentifier: 'tree' }, textArb, tie('element')),
  element: fc.record({
    tag: pick(TAGS),
    attrs: fc.array(attrArb, { maxLength: 3 }),
    kids: fc.array(tie('node'), { maxLength: 4, depthIdentifier: 'tree' }),
    close: fc.boolean(),
  }),
}));

/** Tag-soup rendering: attributes as generated (quotes may be missing), closing tags optional. */
export function renderSoup(node: Tree | string): string {
  if (typeof node === 'string') return node;
  const attrs = node.attrs.map(([name, value, quote]) => ` ${name}=${quote}${value}${quote}`).join('');
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.kids.map(renderSoup).join('')}${node.close ? `</${node.tag}>` : ''}`;
}

const escapeXml = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- control characters are matched on purpose
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Well-formed XML rendering: every tag closed, values escaped, `:`-names dropped (no namespace declared). */
export function renderXml(node: Tree | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = [...new Map(node.attrs.filter(([name]) => !name.includes(':')).map(([n, v]) => [n, v])).entries()]
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  return `<${node.tag}${attrs}>${node.kids.map(renderXml).join('')}</${node.tag}>`;
}

export interface GeneratedDoc {
  html: string;
  type: DOMParserSupportedType;
  url: string;
  force: boolean;
}

const headArb = fc.array(pick(HEAD_SNIPPETS), { maxLength: 3 }).map((items) => items.join(''));
const langAttr = (lang: string | null) => (lang === null ? '' : ` lang="${lang}"`);

/** Arbitrary tag trees in one of several page shells (no body, frameset, attributes on body…). */
export const soupDocArb: fc.Arbitrary<GeneratedDoc> = fc
  .record({
    doctype: fc.boolean(),
    lang: pick(LANGS),
    head: headArb,
    shell: pick(['body', 'bare', 'frameset', 'body-attrs', 'no-html'] as const),
    kids: fc.array(nodeArb, { maxLength: 6 }),
    url: pick(URLS),
    force: fc.boolean(),
  })
  .map(({ doctype, lang, head, shell, kids, url, force }) => {
    const body = kids.map(renderSoup).join('');
    const inner =
      shell === 'bare'
        ? body
        : shell === 'frameset'
          ? `<frameset><frame src="javascript:alert(1)">${body}</frameset>`
          : shell === 'body-attrs'
            ? `<body onload="alert(1)" background="javascript:alert(1)">${body}</body>`
            : `<body>${body}</body>`;
    const page = shell === 'no-html' ? `${head}${body}` : `<html${langAttr(lang)}><head>${head}</head>${inner}</html>`;
    return { html: `${doctype ? '<!doctype html>' : ''}${page}`, type: 'text/html' as const, url, force };
  });

/** Enough real sentences to pass the "too little text" floors, with hostile trees and payloads between. */
export const articleDocArb: fc.Arbitrary<GeneratedDoc> = fc
  .record({
    lang: pick(LANGS),
    head: headArb,
    blocks: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.array(pick(SENTENCES), { minLength: 2, maxLength: 5 }).map((s) => `<p>${s.join(' ')}</p>`) },
        { weight: 2, arbitrary: nodeArb.map(renderSoup) },
        { weight: 2, arbitrary: fc.nat({ max: XSS_PAYLOADS.length - 1 }).map((i) => XSS_PAYLOADS[i]!.html) },
      ),
      { minLength: 4, maxLength: 14 },
    ),
    container: pick(['<article>', '<div id="articleBody">', '<div class="article_view">', '<main><div>', '']),
    url: pick(URLS),
    force: fc.boolean(),
  })
  .map(({ lang, head, blocks, container, url, force }) => ({
    html: `<!doctype html><html${langAttr(lang)}><head>${head}</head><body><h1>${SENTENCES[0]}</h1>${container}${blocks.join('')}</body></html>`,
    type: 'text/html' as const,
    url,
    force,
  }));

/** XHTML as XML, SVG documents, foreign XML (no body), and broken XML (a parsererror document). */
export const xmlDocArb: fc.Arbitrary<GeneratedDoc> = fc
  .record({
    kind: pick(['xhtml', 'svg', 'rss', 'broken'] as const),
    type: pick(['application/xml', 'application/xhtml+xml', 'image/svg+xml', 'text/xml'] as const),
    kids: fc.array(nodeArb, { minLength: 1, maxLength: 6 }),
    lang: pick(LANGS),
    url: pick(URLS),
    force: fc.boolean(),
  })
  .map(({ kind, type, kids, lang, url, force }) => {
    const body = `<p>${escapeXml(SENTENCES.join(' '))}</p>${kids.map(renderXml).join('')}`;
    const xhtml = `<html xmlns="http://www.w3.org/1999/xhtml"${lang === null ? '' : ` lang="${escapeXml(lang)}"`}><head><title>제목</title></head><body>${body}</body></html>`;
    const html =
      kind === 'xhtml'
        ? `<?xml version="1.0" encoding="UTF-8"?>${xhtml}`
        : kind === 'svg'
          ? `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)"><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>클릭</text></a><foreignObject>${xhtml}</foreignObject></svg>`
          : kind === 'rss'
            ? `<rss><channel><title>뉴스</title><item><description>${body}</description></item></channel></rss>`
            : xhtml.slice(0, xhtml.length / 2);
    return { html, type, url, force };
  });

/** Pages that are barely pages: empty, whitespace, binary, a lone doctype, frames, raw-text traps. */
const ODD_PAGES = [
  '',
  ' ',
  '<!doctype html>',
  '<html></html>',
  '<html><head></head></html>',
  '<html><body></body></html>',
  '<frameset><frame src="javascript:alert(1)"><frame src="x.html"></frameset>',
  '<plaintext><p>본문</p>',
  '<xmp><p>본문</p>',
  '<noembed><p>본문</p></noembed>',
  '<template><p>본문</p></template>',
  '<!-- only a comment -->',
  '<svg><foreignObject><p>본문</p></foreignObject></svg>',
  '<math><mi>x</mi></math>',
  '<table><p>foster</p></table>',
  '<head><body><head><body>',
  '\uFEFF<html>',
  '<html lang="ar" dir="rtl"><body><p>한국어 본문</p></body></html>',
];

/** Odd HTML strings, optionally with article text appended, parsed then stripped at the DOM level. */
export const oddHtmlArb = fc
  .record({
    page: fc.oneof(pick(ODD_PAGES), fc.string({ unit: 'binary', maxLength: 200 })),
    text: fc.boolean(),
    strip: pick(['none', 'body', 'root', 'head'] as const),
    url: pick(URLS),
    force: fc.boolean(),
  })
  .map(({ page, text, strip, url, force }) => ({
    doc: { html: text ? `${page}<p>${SENTENCES.join(' ')}</p>` : page, type: 'text/html' as const, url, force },
    strip,
  }));
