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
  return { document: window.document, window, close: () => {} };
}
