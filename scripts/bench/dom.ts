/**
 * HTML → a Document in Node for the benchmarks. linkedom is the default (fastest, same Readability
 * output as jsdom on the benchmark pages); jsdom is there for a sanity comparison and because
 * DOMPurify works in it (under linkedom `sanitizeHtml` fails closed and returns '').
 * No DOM here fetches anything or runs page scripts.
 */
import { parseHTML } from 'linkedom';
import { parseHtmlDocument } from '../parse-html-document';

export type DomName = 'linkedom' | 'jsdom';
export const DOM_NAMES: readonly DomName[] = ['linkedom', 'jsdom'];

export interface BenchDocument {
  document: Document;
  window: Window;
  close(): void;
}

export function parseDocument(html: string, url: string, dom: DomName = 'linkedom'): BenchDocument {
  if (dom === 'jsdom') return parseHtmlDocument(html, url);
  const window = parseHTML(html) as unknown as Window;
  placeStrayChildren(window.document);
  return { document: window.document, window, close: () => {} };
}

/** What a browser's parser puts in `<head>` when it meets it between `</head>` and `<body>`. */
const HEAD_TAGS = new Set(['BASE', 'LINK', 'META', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE']);

/**
 * linkedom leaves elements it meets outside `<head>`/`<body>` (a `<script>` between them, a
 * `<div>` after `</body>`) as children of `<html>`, where no browser puts them, and its
 * `document.body` then answers a NEW empty body inserted after `<head>` whenever the next element
 * is not the body: Readability and the pipeline read an empty page. This moves them where the
 * HTML parser does (head-type elements before the body into `<head>`, the rest into the body).
 */
export function placeStrayChildren(document: Document): void {
  const root = document.documentElement;
  const kids = Array.from(root?.children ?? []);
  const head = kids.find((kid) => kid.tagName === 'HEAD');
  const body = kids.find((kid) => kid.tagName === 'BODY');
  if (!head || !body || kids.length === 2) return;
  let beforeBody = true;
  const leading: Element[] = [];
  for (const kid of kids) {
    if (kid === body) beforeBody = false;
    else if (kid === head) continue;
    else if (!beforeBody) body.append(kid);
    else if (HEAD_TAGS.has(kid.tagName)) head.append(kid);
    else leading.push(kid);
  }
  body.prepend(...leading);
}
