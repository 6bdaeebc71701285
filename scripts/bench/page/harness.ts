/**
 * Evaluated inside a saved page in Chromium (bundled to an IIFE by page-bundle.ts): the same
 * pipeline code the content script runs, plain Readability and Defuddle, each timed with
 * performance.now() around one run. The caller (browser-speed.ts) interleaves the tools, forces a
 * GC between runs and takes medians.
 */
import { sanitizeHtml } from '../../../utils/extract/sanitize';

import { runTool, type Tool } from '../tools';
export type { Tool };

export interface CheckResult {
  pipeline: { status: string; textLength: number; htmlLength: number; site: string | null };
  readability: { textLength: number };
  defuddle: { textLength: number };
  /** One DOMPurify pass over the pipeline's (already clean) body HTML, in ms: the sanitise step's cost. */
  sanitizeMs: number;
}

let sink: unknown = null;

/** Milliseconds for one run of `tool`. */
function time(tool: Tool, url: string): number {
  const start = performance.now();
  sink = runTool(tool, document, window, url);
  return performance.now() - start;
}

function check(url: string): CheckResult {
  const result = runTool('pipeline', document, window, url);
  const readability = runTool('readability', document, window, url);
  const defuddle = runTool('defuddle', document, window, url);
  const html = result.status === 'ok' ? result.article.html : '';
  const start = performance.now();
  sanitizeHtml(html, window);
  const sanitizeMs = performance.now() - start;
  return {
    pipeline: {
      status: result.status,
      textLength: result.status === 'ok' ? result.article.text.length : 0,
      htmlLength: html.length,
      site: result.status === 'ok' ? result.article.site : null,
    },
    readability: { textLength: readability?.textContent?.length ?? 0 },
    defuddle: { textLength: (defuddle.content ?? '').replace(/<[^>]*>/g, '').length },
    sanitizeMs,
  };
}

(globalThis as unknown as { __declutterBench: unknown }).__declutterBench = {
  time,
  check,
  drop: () => {
    sink = null;
  },
  get sink() {
    return sink;
  },
};
