/**
 * HTML → a jsdom document for Node tools (CLI, benchmarks). jsdom because DOMPurify works in it;
 * no scripts run, no resource is fetched. jsdom 29+ throws on some broken CSS (leftover SCSS in
 * `<style>`): the styles are irrelevant to extraction, so on failure the page is re-parsed without them.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface ParsedDocument {
  document: Document;
  window: Window;
  close(): void;
}

function parse(html: string, url: string): ParsedDocument {
  // A silent console: page CSS and markup errors are not the tool's output.
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  const window = dom.window as unknown as Window;
  return { document: window.document, window, close: () => dom.window.close() };
}

export function parseHtmlDocument(html: string, url: string): ParsedDocument {
  try {
    return parse(html, url);
  } catch {
    return parse(html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, ''), url);
  }
}
