/**
 * A real saved page (tests/pages/<slug>/source.html) → a happy-dom document, for the tests that run
 * under happy-dom (the Node tools and fixtures.test.ts parse with jsdom: scripts/parse-html-document.ts).
 * The test environment's own DOMParser logs a "Failed to load external stylesheet … CSS file loading
 * is disabled" error, with its stack, for every `<link rel=stylesheet>` of the page: this parses in a
 * window of its own where stylesheets and scripts are still never fetched, but a disabled load counts
 * as done instead of failed. Nothing is requested and nothing runs either way.
 */
import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  close(): Promise<void>;
}

export function parsePage(html: string, url: string): ParsedPage {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}
